// The config: JSON round trip, presets as switches, and specific messages for bad input.
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <ATen/CPUGeneratorImpl.h>

#include <random>
#include <set>

#include "frame_stack.h"
#include "replay_buffer.h"
#include "sac_config.h"

using namespace lab;

Q_DECLARE_METATYPE(lab::NoticeCode)

class TestSacConfig : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void jsonRoundTrip_keepsEveryValue();
  void badInput_specificMessage_data();
  void badInput_specificMessage();
  void presets_areSwitchesOfOneConfig();
  void ablations_changeExactlyOneThing_data();
  void ablations_changeExactlyOneThing();
  void malformedFile_namesFileAndOffset();
  void replayBuffer_ringStorageAndRelabel();
  void frameStack_newestFirst_throughBufferToBatch();
  void replayBuffer_framesKeptOnce_sameBatches_data();
  void replayBuffer_framesKeptOnce_sameBatches();
};

void TestSacConfig::jsonRoundTrip_keepsEveryValue() {
  SacConfig c;
  c.gateEpsilon = 0.35;
  c.obsMode = ObsMode::Both;
  c.seed = 123456789;
  c.targetEntropy = 0.7;
  const auto back = SacConfig::fromJson(c.toJson());
  QCOMPARE(back.toJson(), c.toJson());
  QCOMPARE(back.gateEpsilon, 0.35);
  QVERIFY(back.obsMode == ObsMode::Both);
  QCOMPARE(SacConfig().toJson().value("target_entropy").toString(), QString("auto"));
  QVERIFY(std::abs(SacConfig().surprisalMidpoint() - (-0.8836465597893729)) < 1e-12);
}

void TestSacConfig::badInput_specificMessage_data() {
  QTest::addColumn<QString>("json");
  QTest::addColumn<QString>("message");
  QTest::addColumn<NoticeCode>("code");
  QTest::addColumn<QVariantList>("args");
  using N = NoticeCode;
  QTest::newRow("unknown key") << R"({"gama": 0.9})"
                               << "unknown config key 'gama'" << N::ConfigUnknownKey
                               << QVariantList{"gama"};
  QTest::newRow("wrong type") << R"({"gamma": "high"})"
                              << "config key 'gamma' must be a number" << N::ConfigNotNumber
                              << QVariantList{"gamma"};
  QTest::newRow("out of range") << R"({"tau": 2})"
                                << "config key 'tau' = 2 is out of range [1e-05, 1]"
                                << N::ConfigOutOfRange << QVariantList{"tau", 2.0, 1e-5, 1.0};
  QTest::newRow("not integer") << R"({"batch_size": 12.5})"
                               << "config key 'batch_size' must be an integer"
                               << N::ConfigNotInteger << QVariantList{"batch_size"};
  QTest::newRow("bad choice") << R"({"entropy": "huge"})"
                              << "config key 'entropy' must be one of: sigmoid, standard"
                              << N::ConfigNotOneOf << QVariantList{"entropy", "sigmoid, standard"};
  QTest::newRow("bad bool") << R"({"auto_alpha": 1})"
                            << "config key 'auto_alpha' must be true or false"
                            << N::ConfigNotBoolean << QVariantList{"auto_alpha"};
  QTest::newRow("bad preset") << R"({"preset": "ppo"})"
                              << "config key 'preset' must be one of" << N::ConfigNotOneOf
                              << QVariantList{"preset", SacConfig::presetNames().join(", ")};
  QTest::newRow("bad target entropy")
      << R"({"target_entropy": "high"})"
      << "config key 'target_entropy' must be \"auto\" or a number in [-100, 100]"
      << N::ConfigAutoOrNumber << QVariantList{"target_entropy", -100, 100};
  QTest::newRow("inconsistent") << R"({"log_std_min": -1, "log_std_max": -2})"
                                << "'log_std_min' must be below 'log_std_max'" << N::ConfigNotBelow
                                << QVariantList{"log_std_min", "log_std_max"};
  QTest::newRow("expert above replay")
      << R"({"replay_capacity": 1000, "expert_capacity": 2000})"
      << "config key 'expert_capacity' must not exceed 'replay_capacity'" << N::ConfigNotAbove
      << QVariantList{"expert_capacity", "replay_capacity"};
  QTest::newRow("target subset larger than the ensemble")
      << R"({"critics": 3, "target_critics": 4})"
      << "config key 'target_critics' must not exceed 'critics'" << N::ConfigNotAbove
      << QVariantList{"target_critics", "critics"};
  QTest::newRow("ood without samples")
      << R"({"ood_lambda": 0.1, "ood_policy_samples": 0, "ood_uniform_samples": 0})"
      << "'ood_lambda' > 0 needs 'ood_policy_samples' or 'ood_uniform_samples' > 0"
      << N::ConfigNeedsSamples
      << QVariantList{"ood_lambda", "ood_policy_samples", "ood_uniform_samples"};
}

// The window and the CLI get the code and its arguments (translated words come from
// notice_text.cpp), and what() is the same sentence in English.
void TestSacConfig::badInput_specificMessage() {
  QFETCH(QString, json);
  QFETCH(QString, message);
  QFETCH(NoticeCode, code);
  QFETCH(QVariantList, args);
  try {
    SacConfig::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    QFAIL("bad config accepted");
  } catch (const ConfigError& e) {
    QVERIFY2(QString(e.what()).contains(message), e.what());
    QCOMPARE(int(e.notice().code), int(code));
    QCOMPARE(e.notice().args.size(), args.size());
    for (int i = 0; i < args.size(); ++i) {
      QCOMPARE(e.notice().args.at(i).toString(), args.at(i).toString());
    }
    QCOMPARE(e.notice().english(), QString::fromUtf8(e.what()));
    QCOMPARE(exceptionNotice(e), e.notice());
  }
}

void TestSacConfig::presets_areSwitchesOfOneConfig() {
  auto sac = SacConfig::fromJson(QJsonObject{{"preset", "sac"}});
  QVERIFY(sac.entropy == EntropyKind::Standard && sac.autoAlpha);
  QCOMPARE(sac.bcLambda, 0.0);
  QCOMPARE(sac.oodLambda, 0.0);
  QCOMPARE(sac.resolvedTargetEntropy(3), -3.0);  // -|A|
  QCOMPARE(sac.alphaInit, 1.0);
  // SAC's own actor and critics, not SigEnt's std floor and LayerNorm.
  QVERIFY(sac.logStdClip && !sac.criticLayerNorm);
  QCOMPARE(sac.logStdMin, -20.0);
  QCOMPARE(sac.logStdMax, 2.0);
  QCOMPARE(sac.utd, 1);
  auto bc = SacConfig::fromJson(QJsonObject{{"preset", "sac_bc"}});
  QVERIFY(bc.gate == GateMode::AlwaysOn && bc.bcLambda > 0 && bc.bcTrainsActor);
  QVERIFY(bc.logStdClip && !bc.criticLayerNorm && bc.autoAlpha);
  QCOMPARE(bc.logStdMin, -20.0);
  // "SAC with prior data": the demo only in the replay buffer, no symmetric sampling.
  QCOMPARE(sac.expertRatio, 0.0);
  QCOMPARE(bc.expertRatio, 0.0);
  QVERIFY(sac.demoToReplay && bc.demoToReplay);
  // RLPD: LayerNorm critics, 50/50 prior and online data, UTD 20, target entropy -|A|/2, an
  // ensemble of 10 critics with a target over 2 of them and the actor on their mean. The
  // others keep SAC's twin.
  auto rlpd = SacConfig::fromJson(QJsonObject{{"preset", "rlpd"}});
  QCOMPARE(rlpd.expertRatio, 0.5);
  QVERIFY(rlpd.criticLayerNorm && !rlpd.demoToReplay && rlpd.logStdClip && rlpd.autoAlpha);
  QCOMPARE(rlpd.utd, 20);
  QCOMPARE(rlpd.oodLambda, 0.0);
  QCOMPARE(rlpd.bcLambda, 0.0);
  QCOMPARE(rlpd.resolvedTargetEntropy(4), -2.0);
  QVERIFY(rlpd.entropy == EntropyKind::Standard);
  QCOMPARE(rlpd.critics, 10);
  QCOMPARE(rlpd.targetCritics, 2);
  QVERIFY(rlpd.actorQ == ActorQ::Mean);
  QCOMPARE(rlpd.resolvedActorEvery(), 20);  // once per env step, whatever its utd
  QCOMPARE(SacConfig::fromJson(QJsonObject{{"preset", "rlpd"}, {"utd", 4}}).resolvedActorEvery(),
           4);
  QCOMPARE(sac.resolvedActorEvery(), 1);
  QVERIFY(sac.critics == 2 && sac.targetCritics == 2 && sac.actorQ == ActorQ::Min);
  QVERIFY(bc.critics == 2 && SacConfig().critics == 2 && SacConfig().actorQ == ActorQ::Min);
  // A preset applied after another resets what the first one changed.
  auto back = rlpd;
  back.applyPreset("sigent");
  QCOMPARE(back.toJson(), SacConfig().toJson());
  // Every key a preset changes is one presetKeys() names (train --preset relies on the list).
  const auto defaults = SacConfig().toJson();
  for (const auto& name : SacConfig::presetNames()) {
    SacConfig c;
    c.applyPreset(name);
    const auto json = c.toJson();
    for (const auto& key : json.keys()) {
      if (key == "preset" || SacConfig::presetKeys().contains(key)) continue;
      QVERIFY2(json.value(key) == defaults.value(key), qPrintable(name + " changes " + key));
    }
  }
  // Explicit keys win over the preset.
  QCOMPARE(SacConfig::fromJson(QJsonObject{{"preset", "sac"}, {"ood_lambda", 0.3}}).oodLambda, 0.3);
  QCOMPARE(SacConfig().resolvedTargetEntropy(2), 1.0);  // d * h_max / 2
}

// Each ablation removes one thing from "sigent": its toJson differs from sigent's in exactly the
// intended keys (and the preset name).
void TestSacConfig::ablations_changeExactlyOneThing_data() {
  QTest::addColumn<QString>("preset");
  QTest::addColumn<QStringList>("keys");
  QTest::newRow("no GBC") << "sigent_no_gbc" << QStringList{"bc_trains_actor"};
  QTest::newRow("no OOD") << "sigent_no_ood" << QStringList{"ood_lambda"};
  QTest::newRow("standard entropy") << "sigent_std_entropy" << QStringList{"entropy"};
  QTest::newRow("no MC floor") << "sigent_no_mc_floor" << QStringList{"ood_mc_floor"};
}

void TestSacConfig::ablations_changeExactlyOneThing() {
  QFETCH(QString, preset);
  QFETCH(QStringList, keys);
  QVERIFY(SacConfig::presetNames().contains(preset));
  for (const auto obs : {"state", "image"}) {
    const auto sigent =
        SacConfig::fromJson(QJsonObject{{"preset", "sigent"}, {"obs_mode", obs}}).toJson();
    const auto ablation =
        SacConfig::fromJson(QJsonObject{{"preset", preset}, {"obs_mode", obs}}).toJson();
    QCOMPARE(ablation.keys(), sigent.keys());
    QStringList differ;
    for (const auto& key : sigent.keys()) {
      if (key != "preset" && sigent.value(key) != ablation.value(key)) differ << key;
    }
    QCOMPARE(differ, keys);
    QCOMPARE(ablation.value("preset").toString(), preset);
  }
}

void TestSacConfig::malformedFile_namesFileAndOffset() {
  QTemporaryDir dir;
  const QString path = dir.filePath("bad.json");
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write("{\"gamma\": 0.9,,}");
  f.close();
  try {
    SacConfig::fromFile(path);
    QFAIL("malformed file accepted");
  } catch (const ConfigError& e) {
    QVERIFY2(QString(e.what()).contains("bad.json") && QString(e.what()).contains("offset"),
             e.what());
    QCOMPARE(int(e.notice().code), int(NoticeCode::ConfigFileNotJson));
    QCOMPARE(e.notice().args.value(0).toString(), path);
    QCOMPARE(e.notice().args.value(1).toInt(), 15);  // just past the second comma
  }
  try {
    SacConfig::fromFile(dir.filePath("missing.json"));
    QFAIL("missing file accepted");
  } catch (const ConfigError& e) {
    QCOMPARE(int(e.notice().code), int(NoticeCode::ConfigFileUnreadable));
    QCOMPARE(e.notice().args.value(0).toString(), dir.filePath("missing.json"));
  }
  SacConfig c;
  c.saveFile(dir.filePath("ok.json"));
  QCOMPARE(SacConfig::fromFile(dir.filePath("ok.json")).toJson(), c.toJson());
}

void TestSacConfig::replayBuffer_ringStorageAndRelabel() {
  ReplayBuffer b(3, 4, 1, 2);
  auto make = [](float v) {
    Transition t;
    t.obs.image.assign(16, std::uint8_t(v));
    t.next.image.assign(16, std::uint8_t(v + 1));
    t.obs.state = {v};
    t.next.state = {v + 1};
    t.action = {v / 10, -v / 10};
    return t;
  };
  for (int i = 0; i < 5; ++i) b.add(make(float(i)), i, 0);
  QCOMPARE(b.size(), 3);  // oldest two overwritten
  QCOMPARE(b.at(0).obs.state[0], 3.0f);
  QCOMPARE(b.at(2).obs.state[0], 2.0f);
  // Each transition's obs is the previous one's next: one frame per transition, plus the next
  // frame of the newest; the frames of the overwritten two are given back.
  QCOMPARE(b.framesKept(), int64_t(4));
  QCOMPARE(b.memoryBytes(),
           std::size_t(4 * 16 + 3 * (1 + 1 + 1) + 3 * 4 * (1 + 1 + 2 + 1 + 1) + 3 * 8 * 3 + 3 * 4));
  QCOMPARE(b.relabelEpisode(4, 0.0f, 1.0f, true, 0.9), 1);
  QCOMPARE(b.at(1).reward, 1.0f);
  QVERIFY(b.at(1).terminal);
  QCOMPARE(b.at(1).mcReturn, 1.0f);
  QCOMPARE(b.relabelEpisode(0, 0.0f, 1.0f, true, 0.9), 0);  // overwritten long ago
  // A relabelled episode's earlier steps get the new label's discounted return; steps stored
  // without their distance to the end (-1) are left alone.
  ReplayBuffer ep(10, 4, 1, 2);
  for (int i = 0; i < 3; ++i) ep.add(make(float(i)), 7, 2 - i);
  ep.add(make(9.0f), 7, -1);
  QCOMPARE(ep.relabelEpisode(7, 0.0f, 1.0f, true, 0.5), 3);
  QCOMPARE(ep.at(0).mcReturn, 0.25f);
  QCOMPARE(ep.at(1).mcReturn, 0.5f);
  QCOMPARE(ep.at(2).mcReturn, 1.0f);
  QVERIFY(ep.at(2).terminal && !ep.at(1).terminal);
  QCOMPARE(ep.at(3).mcReturn, 0.0f);
  QCOMPARE(ep.relabelEpisode(7, 1.0f, 0.0f, false, 0.5), 3);  // and back
  QCOMPARE(ep.at(0).mcReturn, 0.0f);
  QCOMPARE(ep.at(2).reward, 0.0f);
  Transition bad = make(1);
  bad.action = {1};
  try {
    b.add(bad);
    QFAIL("wrong action size accepted");
  } catch (const std::invalid_argument& e) {
    QVERIFY2(QString(e.what()).contains("action"), e.what());
  }
  auto gen = at::make_generator<at::CPUGeneratorImpl>(1);
  auto batch = b.sample(8, gen);
  QCOMPARE(batch.image.sizes().vec(), (std::vector<int64_t>{8, 1, 4, 4}));
  QVERIFY(batch.image.max().item<float>() <= 1.0f);
}

void TestSacConfig::frameStack_newestFirst_throughBufferToBatch() {
  auto frame = [](std::uint8_t v) {
    Observation o;
    o.image.assign(4, v);
    o.state = {float(v)};
    return o;
  };
  auto channels = [](const Observation& o) {
    std::vector<int> c;
    for (std::size_t i = 0; i < o.image.size(); i += 4) c.push_back(o.image[i]);
    return c;
  };
  FrameStack stack(3, 4);
  const Observation first = stack.start(frame(10));
  QCOMPARE(channels(first), (std::vector<int>{10, 10, 10}));  // history = the first frame
  QCOMPARE(first.state, std::vector<float>{10.0f});           // state is never stacked
  stack.next(frame(20));
  const Observation third = stack.next(frame(30));
  QCOMPARE(channels(third), (std::vector<int>{30, 20, 10}));
  QCOMPARE(channels(stack.next(frame(40))), (std::vector<int>{40, 30, 20}));
  QCOMPARE(channels(stack.start(frame(50))), (std::vector<int>{50, 50, 50}));  // new episode
  try {
    stack.next(Observation{std::vector<std::uint8_t>(5, 0), {}});
    QFAIL("a wrongly sized frame was stacked");
  } catch (const std::invalid_argument& e) {
    QVERIFY2(QString(e.what()).contains("5 pixels, expected 4"), e.what());
  }
  QCOMPARE(FrameStack(1, 4).next(frame(7)).image.size(), std::size_t(4));  // pass-through

  // The buffer keeps the stack and hands it to the encoder as channels, newest first.
  ReplayBuffer b(4, 2, 0, 1, 3);
  Transition t{third, {0.5f}, 0.0f, false, stack.next(frame(60))};
  t.obs.state.clear();
  t.next.state.clear();
  b.add(t);
  auto gen = at::make_generator<at::CPUGeneratorImpl>(1);
  const auto batch = b.sample(2, gen);
  QCOMPARE(batch.image.sizes().vec(), (std::vector<int64_t>{2, 3, 2, 2}));
  QCOMPARE(qRound(batch.image[0][0][1][1].item<float>() * 255), 30);
  QCOMPARE(qRound(batch.image[0][2][0][0].item<float>() * 255), 10);
  QCOMPARE(qRound(batch.nextImage[1][0][0][0].item<float>() * 255), 60);
  Transition single{frame(1), {0.5f}, 0.0f, false, frame(2)};  // one frame, not three
  single.obs.state.clear();
  single.next.state.clear();
  try {
    b.add(single);
    QFAIL("an unstacked frame entered a 3-frame buffer");
  } catch (const std::invalid_argument& e) {
    QVERIFY2(QString(e.what()).contains("obs.image has 4 values, expected 12"), e.what());
  }
}

void TestSacConfig::replayBuffer_framesKeptOnce_sameBatches_data() {
  QTest::addColumn<int>("frames");
  QTest::newRow("frame_stack 1") << 1;
  QTest::newRow("frame_stack 2") << 2;
  QTest::newRow("frame_stack 3") << 3;
}

// The buffer keeps each frame once but must hand the learner exactly the stacked images the
// transitions carried when added (what the buffer stored before it kept frames once): episodes
// stacked as the learner does (including a robot standing still, frames repeating), an expert
// buffer that gets only some steps of an episode (interventions), unrelated transitions, and a
// ring that wraps several times.
void TestSacConfig::replayBuffer_framesKeptOnce_sameBatches() {
  QFETCH(int, frames);
  const int side = 4, pixels = side * side, capacity = 53;
  std::mt19937 rng(7 + frames);
  auto randomFrame = [&] {
    Observation o;
    o.image.resize(pixels);
    for (auto& p : o.image) p = std::uint8_t(rng() % 256);
    o.state = {float(rng() % 100)};
    return o;
  };
  ReplayBuffer replay(capacity, side, 1, 1, frames), expert(capacity, side, 1, 1, frames);
  std::vector<Transition> replaySlots(capacity), expertSlots(capacity);
  std::vector<int64_t> replayEpisodes(capacity);  // slot's episode (-1: odd)
  int replayAdded = 0, expertAdded = 0, episodes = 0;
  auto addTo = [](ReplayBuffer& b, std::vector<Transition>& slots, int& added, const Transition& t,
                  int64_t episode) {
    b.add(t, episode, 0);
    slots[static_cast<std::size_t>(added++ % static_cast<int>(slots.size()))] = t;
  };
  FrameStack stack(frames, pixels);
  for (int64_t episode = 0; replayAdded < 4 * capacity; ++episode, ++episodes) {
    const int steps = 1 + int(rng() % 25);
    Observation single = randomFrame();
    Observation stacked = stack.start(single);
    for (int i = 0; i < steps; ++i) {
      // A robot standing still: the camera frame repeats now and then.
      Observation nextSingle = rng() % 4 == 0 ? single : randomFrame();
      Transition t{stacked, {float(i)}, 0.0f, i == steps - 1, stack.next(nextSingle)};
      replayEpisodes[replayAdded % capacity] = episode;
      addTo(replay, replaySlots, replayAdded, t, episode);
      if (rng() % 3 == 0) addTo(expert, expertSlots, expertAdded, t, episode);
      stacked = t.next;
      single = nextSingle;
    }
    if (episode % 7 == 3) {  // a transition from nowhere (another stack entirely)
      Transition odd{stack.start(randomFrame()), {0.5f}, 1.0f, true, stack.start(randomFrame())};
      replayEpisodes[replayAdded % capacity] = -1;
      addTo(replay, replaySlots, replayAdded, odd, -1);
    }
  }
  auto bytes = [](const torch::Tensor& image) {
    const auto u8 = image.mul(255).round().to(torch::kUInt8).contiguous();
    return std::vector<std::uint8_t>(u8.data_ptr<std::uint8_t>(),
                                     u8.data_ptr<std::uint8_t>() + u8.numel());
  };
  auto check = [&](const ReplayBuffer& b, const std::vector<Transition>& slots) {
    QCOMPARE(b.size(), capacity);
    for (int i = 0; i < capacity; ++i) {
      QCOMPARE(b.at(i).obs.image, slots[i].obs.image);
      QCOMPARE(b.at(i).next.image, slots[i].next.image);
    }
    auto gen = at::make_generator<at::CPUGeneratorImpl>(11);
    auto same = at::make_generator<at::CPUGeneratorImpl>(11);
    const auto batch = b.sample(64, gen);
    const auto index = torch::randint(capacity, {64}, same, torch::kLong);
    for (int i = 0; i < 64; ++i) {
      const auto& t = slots[static_cast<std::size_t>(index[i].item<int64_t>())];
      QCOMPARE(bytes(batch.image[i]), t.obs.image);
      QCOMPARE(bytes(batch.nextImage[i]), t.next.image);
      QCOMPARE(batch.state[i][0].item<float>(), t.obs.state[0]);
      QCOMPARE(batch.action[i][0].item<float>(), t.action[0]);
      QCOMPARE(batch.terminal[i][0].item<float>(), t.terminal ? 1.0f : 0.0f);
    }
  };
  check(replay, replaySlots);
  check(expert, expertSlots);
  // One frame per transition in the replay buffer, whatever the stack: each episode it holds
  // adds one (its first obs), an odd transition one more (its next), and the oldest transition
  // may reach frames - 1 frames back into its episode. The stacked layout kept 2 x frames.
  std::set<int64_t> episodesHeld;
  int odd = 0;
  for (const int64_t id : replayEpisodes) {
    if (id < 0) {
      ++odd;
    } else {
      episodesHeld.insert(id);
    }
  }
  const int64_t bound = capacity + int64_t(episodesHeld.size()) + odd + frames - 1;
  QVERIFY2(replay.framesKept() <= bound,
           qPrintable(
               QString("%1 frames kept, at most %2 expected").arg(replay.framesKept()).arg(bound)));
  QVERIFY(replay.framesKept() >= capacity);
  QVERIFY(expert.framesKept() <= int64_t(2 * frames) * capacity);
  QVERIFY(episodes > capacity / 25);
}

QTEST_GUILESS_MAIN(TestSacConfig)
#include "test_sac_config.moc"
