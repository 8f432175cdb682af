// Checkpoints: a round trip restores actions AND the next update exactly; corrupt, truncated
// and mismatched files are refused with a clear error and leave the learner untouched.
#include <ATen/CPUGeneratorImpl.h>

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>
#include <sstream>

#include "checkpoint_file.h"
#include "replay_buffer.h"
#include "sigent_sac.h"

using namespace lab;

namespace {
SacConfig smallConfig() {
  SacConfig c;
  c.hiddenDim = 32;
  c.batchSize = 16;
  c.oodPolicySamples = 2;
  c.seed = 5;
  return c;
}
const Observation kProbe{{}, {0.1f, -0.2f, 0.5f, 0.4f}};

// Episodes of 10 steps with a reward at the end of every other one: data of the shapes a
// point-reach learner trains on (the values do not matter to a round trip).
void fill(ReplayBuffer& buffer, int episodes, unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> u(-1, 1);
  for (int e = 0; e < episodes; ++e) {
    for (int i = 0; i < 10; ++i) {
      Transition t;
      for (int k = 0; k < 4; ++k) t.obs.state.push_back(u(rng));
      for (int k = 0; k < 4; ++k) t.next.state.push_back(u(rng));
      t.action = {u(rng), u(rng)};
      t.terminal = i == 9 && e % 2 == 0;
      t.reward = t.terminal ? 1.0f : 0.0f;
      buffer.add(t, e, 9 - i);
    }
  }
}
// A checkpoint of `learner`'s networks whose actor optimiser took one step on gradients of 0.5:
// over the actor's parameters, and with `encoderInActorOpt` also the encoder's (the layout of
// format 1 files with bc_trains_encoder in an image mode).
QByteArray payloadWithActorMoments(SigEntSac& learner, bool encoderInActorOpt) {
  auto clones = [](const std::vector<torch::Tensor>& params) {
    std::vector<torch::Tensor> out;
    for (const auto& p : params) out.push_back(p.detach().clone().set_requires_grad(true));
    return out;
  };
  auto& net = learner.networks();
  auto actorParams = clones(net.actor->parameters());
  if (encoderInActorOpt) {
    for (const auto& p : clones(net.encoder->parameters())) actorParams.push_back(p);
  }
  torch::optim::Adam actorOpt(actorParams, torch::optim::AdamOptions(3e-4));
  for (auto& p : actorParams) p.mutable_grad() = torch::full_like(p, 0.5);
  actorOpt.step();
  torch::optim::Adam criticOpt(clones(net.criticParameters()), torch::optim::AdamOptions(3e-4));
  auto logAlpha = torch::full({1}, std::log(learner.alpha())).set_requires_grad(true);
  torch::optim::Adam alphaOpt(std::vector<torch::Tensor>{logAlpha},
                              torch::optim::AdamOptions(3e-4));
  torch::serialize::OutputArchive archive;
  net.save(archive);
  auto put = [&](const char* key, const torch::optim::Optimizer& opt) {
    torch::serialize::OutputArchive sub;
    opt.save(sub);
    archive.write(key, sub);
  };
  put("actor_opt", actorOpt);
  put("critic_opt", criticOpt);
  put("alpha_opt", alphaOpt);
  archive.write("log_alpha", logAlpha.detach());
  archive.write("rng", at::make_generator<at::CPUGeneratorImpl>(7).get_state());
  archive.write("step", torch::tensor(int64_t(3), torch::kLong));
  std::ostringstream out;
  archive.save_to(out);
  const auto bytes = out.str();
  return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

}  // namespace

class TestCheckpoint : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void roundTrip_sameActionsAndNextUpdate();
  void corruptFile_refusedAndNothingChanges();
  void truncatedFile_refused();
  void mismatchedShapes_refused();
  void notACheckpoint_refused();
  void nonFinite_updateSkipped_saveRefused_restoreGoesBack();
  void formatOne_encoderInActorOptimiser_keepsTheActorsMoments();
  void torchScript_pythonGivesSameActions_data();
  void torchScript_pythonGivesSameActions();

 private:
  QTemporaryDir m_dir;
};

void TestCheckpoint::roundTrip_sameActionsAndNextUpdate() {
  ReplayBuffer replay(1000, 0, 4, 2), expert(100, 0, 4, 2);
  fill(replay, 20, 1);
  fill(expert, 2, 2);
  SigEntSac trained(smallConfig(), 4, 2);
  for (int i = 0; i < 60; ++i) trained.update(replay, expert);
  const QString path = m_dir.filePath("a.ckpt");
  trained.save(path, QJsonObject{{"note", "x"}});

  SigEntSac restored(smallConfig(), 4, 2);
  QVERIFY(restored.act(kProbe, true) != trained.act(kProbe, true));
  const auto extra = restored.load(path);
  QCOMPARE(extra.value("note").toString(), QString("x"));
  QCOMPARE(restored.updateCount(), trained.updateCount());
  QCOMPARE(restored.act(kProbe, true), trained.act(kProbe, true));
  QCOMPARE(restored.alpha(), trained.alpha());
  // Same RNG state, optimiser moments and weights: the next update is identical.
  const auto a = trained.update(replay, expert);
  const auto b = restored.update(replay, expert);
  QCOMPARE(a.values(), b.values());
  QCOMPARE(restored.act(kProbe, true), trained.act(kProbe, true));
}

void TestCheckpoint::nonFinite_updateSkipped_saveRefused_restoreGoesBack() {
  ReplayBuffer replay(1000, 0, 4, 2), expert(100, 0, 4, 2);
  fill(replay, 5, 1);
  fill(expert, 1, 2);
  SigEntSac sac(smallConfig(), 4, 2);
  for (int i = 0; i < 5; ++i) sac.update(replay, expert);
  QVERIFY(sac.weightsFinite());
  const std::string good = sac.snapshot();
  const auto goodAction = sac.act(kProbe, true);

  // A NaN in one critic weight: the next update stops at its critic loss, before any step.
  {
    torch::NoGradGuard noGrad;
    sac.networks().critic->parameters().front().view(-1)[0] = std::nan("");
  }
  QVERIFY(!sac.weightsFinite());
  QVERIFY_THROWS_EXCEPTION(NonFiniteError, sac.update(replay, expert));
  QCOMPARE(sac.updateCount(), int64_t(5));
  const QString path = m_dir.filePath("nan.ckpt");
  try {
    sac.save(path);
    QFAIL("a checkpoint with a NaN weight was written");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("not all finite"), e.what());
  }
  QVERIFY(!QFile::exists(path));

  // Back to the last good state: the same policy, updates and checkpoints work again, and the
  // counter keeps running forward.
  sac.restore(good);
  QVERIFY(sac.weightsFinite());
  QCOMPARE(sac.act(kProbe, true), goodAction);
  QCOMPARE(sac.updateCount(), int64_t(5));
  const auto m = sac.update(replay, expert);
  QVERIFY(std::isfinite(m.criticLoss));
  QCOMPARE(sac.updateCount(), int64_t(6));
  sac.save(path);
  QVERIFY(QFile::exists(path));
}

void TestCheckpoint::corruptFile_refusedAndNothingChanges() {
  SigEntSac sac(smallConfig(), 4, 2);
  const QString path = m_dir.filePath("b.ckpt");
  sac.save(path);
  QFile f(path);
  QVERIFY(f.open(QIODevice::ReadWrite));
  QByteArray bytes = f.readAll();
  bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
  f.seek(0);
  f.write(bytes);
  f.close();

  SigEntSac other(smallConfig(), 4, 2);
  other.networks();  // a different learner with its own state
  ReplayBuffer replay(100, 0, 4, 2);
  Transition t{{{}, {0, 0, 0, 0}}, {0.5f, 0.5f}, 0, false, {{}, {0, 0, 0, 0}}};
  for (int i = 0; i < 20; ++i) replay.add(t, 0);
  other.update(replay, replay);
  const auto before = other.act(kProbe, true);
  try {
    other.load(path);
    QFAIL("a corrupt checkpoint was accepted");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("checksum"), e.what());
  }
  QCOMPARE(other.act(kProbe, true), before);
  QCOMPARE(other.updateCount(), int64_t(1));
}

void TestCheckpoint::truncatedFile_refused() {
  SigEntSac sac(smallConfig(), 4, 2);
  const QString path = m_dir.filePath("c.ckpt");
  sac.save(path);
  QFile f(path);
  QVERIFY(f.resize(f.size() - 100));
  try {
    sac.load(path);
    QFAIL("a truncated checkpoint was accepted");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("truncated"), e.what());
  }
}

void TestCheckpoint::mismatchedShapes_refused() {
  SigEntSac small(smallConfig(), 4, 2);
  const QString path = m_dir.filePath("d.ckpt");
  small.save(path);
  auto wide = smallConfig();
  wide.hiddenDim = 64;
  SigEntSac other(wide, 4, 2);
  const auto before = other.act(kProbe, true);
  try {
    other.load(path);
    QFAIL("a checkpoint of other networks was accepted");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("hidden_dim"), e.what());
  }
  QCOMPARE(other.act(kProbe, true), before);
  SigEntSac threeActions(smallConfig(), 4, 3);
  QVERIFY_THROWS_EXCEPTION(CheckpointError, threeActions.load(path));
  // A twin's file does not load into RLPD's ensemble of ten, and says why.
  auto ensemble = smallConfig();
  ensemble.critics = 10;
  SigEntSac ten(ensemble, 4, 2);
  try {
    ten.load(path);
    QFAIL("a twin's checkpoint was accepted by an ensemble of ten");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("critics"), e.what());
  }
  // The ensemble's own file round-trips: the next update is the same.
  ReplayBuffer replay(1000, 0, 4, 2), expert(100, 0, 4, 2);
  fill(replay, 20, 1);
  fill(expert, 2, 2);
  ensemble.targetCritics = 2;
  SigEntSac trained(ensemble, 4, 2);
  for (int i = 0; i < 10; ++i) trained.update(replay, expert);
  trained.save(m_dir.filePath("ten.ckpt"));
  ten.load(m_dir.filePath("ten.ckpt"));
  QCOMPARE(ten.update(replay, expert).values(), trained.update(replay, expert).values());

  // An encoder for two stacked frames does not take one-frame weights.
  auto image = smallConfig();
  image.obsMode = ObsMode::Image;
  image.imageSize = 16;
  SigEntSac oneFrame(image, 0, 2);
  oneFrame.save(m_dir.filePath("f.ckpt"));
  image.frameStack = 2;
  SigEntSac twoFrames(image, 0, 2);
  try {
    twoFrames.load(m_dir.filePath("f.ckpt"));
    QFAIL("a one-frame checkpoint was accepted by a two-frame learner");
  } catch (const CheckpointError& e) {
    QVERIFY2(QString(e.what()).contains("frame_stack"), e.what());
  }
  // A file written before frame_stack existed (no such key) is a one-frame file.
  auto contents = CheckpointFile::read(m_dir.filePath("f.ckpt"));
  auto config = contents.header.value("config").toObject();
  config.remove("frame_stack");
  contents.header.insert("config", config);
  CheckpointFile::write(m_dir.filePath("old.ckpt"), contents.header, contents.payload);
  image.frameStack = 1;
  SigEntSac reloaded(image, 0, 2);
  reloaded.load(m_dir.filePath("old.ckpt"));
  QVERIFY_THROWS_EXCEPTION(CheckpointError, twoFrames.load(m_dir.filePath("old.ckpt")));
}

// Format 1 files of image learners with bc_trains_encoder held the encoder in the actor's Adam
// too; loading one keeps the actor's moments and drops the encoder's: the next update is the one
// a format 2 file with the same actor moments gives.
void TestCheckpoint::formatOne_encoderInActorOptimiser_keepsTheActorsMoments() {
  auto config = smallConfig();
  config.obsMode = ObsMode::Image;
  config.imageSize = 16;
  config.augmentPad = 0;
  config.numThreads = 1;
  SigEntSac source(config, 0, 2);
  auto header = [&](int format, bool bcTrainsEncoder) {
    auto c = config.toJson();
    c.insert("bc_trains_encoder", bcTrainsEncoder);
    return QJsonObject{{"format", format}, {"step", 3},   {"state_dim", 0},
                       {"action_dim", 2},  {"config", c}, {"extra", QJsonObject{}}};
  };
  const QString v1 = m_dir.filePath("v1.ckpt"), v2 = m_dir.filePath("v2.ckpt"),
                bad = m_dir.filePath("v1-no-encoder.ckpt");
  const auto oldLayout = payloadWithActorMoments(source, true);
  CheckpointFile::write(v1, header(1, true), oldLayout);
  CheckpointFile::write(v2, header(2, true), payloadWithActorMoments(source, false));
  // The same old layout claimed by a file without the encoder in the actor's Adam is refused.
  CheckpointFile::write(bad, header(1, false), oldLayout);

  ReplayBuffer replay(100, 16, 0, 2), expert(100, 16, 0, 2);
  for (int i = 0; i < 8; ++i) {
    Transition t;
    t.obs.image.assign(16 * 16, std::uint8_t(20 * i));
    t.next.image.assign(16 * 16, std::uint8_t(20 * i + 10));
    t.action = {0.9f, -0.9f};
    replay.add(t, 0);
    expert.add(t, 0);
  }
  SigEntSac fromV1(config, 0, 2), fromV2(config, 0, 2), refused(config, 0, 2);
  fromV1.load(v1);
  fromV2.load(v2);
  QCOMPARE(fromV1.updateCount(), int64_t(3));
  QVERIFY_THROWS_EXCEPTION(CheckpointError, refused.load(bad));
  fromV1.update(replay, expert);
  fromV2.update(replay, expert);
  for (const auto* part : {"actor", "encoder"}) {
    const auto a = std::string(part) == "actor" ? fromV1.networks().actor->parameters()
                                                : fromV1.networks().encoder->parameters();
    const auto b = std::string(part) == "actor" ? fromV2.networks().actor->parameters()
                                                : fromV2.networks().encoder->parameters();
    for (std::size_t i = 0; i < a.size(); ++i) QVERIFY2(torch::equal(a[i], b[i]), part);
  }
  // Saved again, it is a format 2 file that loads as it is.
  fromV1.save(m_dir.filePath("v1-resaved.ckpt"));
  QCOMPARE(CheckpointFile::read(m_dir.filePath("v1-resaved.ckpt")).header.value("format").toInt(),
           2);
  SigEntSac again(config, 0, 2);
  again.load(m_dir.filePath("v1-resaved.ckpt"));
}

void TestCheckpoint::notACheckpoint_refused() {
  const QString path = m_dir.filePath("e.ckpt");
  QFile f(path);
  QVERIFY(f.open(QIODevice::WriteOnly));
  f.write("hello, this is not a checkpoint at all, but it is long enough to be read");
  f.close();
  SigEntSac sac(smallConfig(), 4, 2);
  QVERIFY_THROWS_EXCEPTION(CheckpointError, sac.load(path));
  QVERIFY_THROWS_EXCEPTION(CheckpointError, sac.load(m_dir.filePath("missing.ckpt")));
}

void TestCheckpoint::torchScript_pythonGivesSameActions_data() {
  QTest::addColumn<QString>("mode");
  QTest::addColumn<int>("frames");
  QTest::newRow("state") << "state" << 1;
  QTest::newRow("image") << "image" << 1;
  QTest::newRow("both") << "both" << 1;
  QTest::newRow("image, 2 stacked frames") << "image" << 2;
}

// The exported policy, loaded by Debian's python3-torch, gives the C++ mean action.
void TestCheckpoint::torchScript_pythonGivesSameActions() {
  QFETCH(QString, mode);
  QFETCH(int, frames);
  auto config = smallConfig();
  config.obsMode = mode == "state"   ? ObsMode::State
                   : mode == "image" ? ObsMode::Image
                                     : ObsMode::Both;
  config.imageSize = 32;
  config.encoderChannels = 8;
  config.frameStack = frames;
  SigEntSac sac(config, 4, 2);
  const QString path = m_dir.filePath(QString("policy_%1_%2.pt").arg(mode).arg(frames));
  sac.exportTorchScript(path);
  Observation obs;
  obs.state = {0.1f, -0.2f, 0.5f, 0.4f};
  for (int i = 0; i < frames * 32 * 32; ++i) obs.image.push_back(std::uint8_t((i * 37) % 256));
  const auto expected = sac.act(obs, true);

  const QString script = QString(R"(
import sys, torch
m = torch.jit.load(sys.argv[1])
f = int(sys.argv[3])
img = torch.tensor([(i * 37) % 256 for i in range(f * 32 * 32)], dtype=torch.float32).view(1, f, 32, 32) / 255.0
st = torch.tensor([[0.1, -0.2, 0.5, 0.4]])
mode = sys.argv[2]
a = m(st) if mode == "state" else m(img) if mode == "image" else m(img, st)
print(" ".join("%.7f" % v for v in a[0].tolist()))
)");
  QProcess py;
  py.start("/usr/bin/python3", {"-c", script, path, mode, QString::number(frames)});
  QVERIFY(py.waitForFinished(120000));
  QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
  const auto values = QString::fromUtf8(py.readAllStandardOutput()).split(' ', Qt::SkipEmptyParts);
  QCOMPARE(values.size(), 2);
  for (int i = 0; i < 2; ++i) {
    QVERIFY2(
        std::abs(values[i].toDouble() - expected[i]) < 1e-5,
        qPrintable(QString("dim %1: python %2, C++ %3").arg(i).arg(values[i]).arg(expected[i])));
  }
}

QTEST_GUILESS_MAIN(TestCheckpoint)
#include "test_checkpoint.moc"
