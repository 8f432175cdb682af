#include "sac_config.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <cmath>
#include <functional>
#include <limits>

namespace lab {

namespace {

// One JSON key: how to read it (with type and range checks) and how to write it.
struct Field {
  QString key;
  std::function<void(SacConfig&, const QJsonValue&)> read;
  std::function<QJsonValue(const SacConfig&)> write;
};

using N = NoticeCode;

template <typename... A>
[[noreturn]] void fail(N code, const A&... args) {
  throw ConfigError(Notice(code, args...));
}

double readNumber(const QString& key, const QJsonValue& v, double lo, double hi) {
  if (!v.isDouble()) fail(N::ConfigNotNumber, key);
  const double x = v.toDouble();
  if (!std::isfinite(x) || x < lo || x > hi) {
    fail(N::ConfigOutOfRange, key, x, lo, hi);
  }
  return x;
}

Field number(const QString& key, double SacConfig::*member, double lo, double hi) {
  return {key, [=](SacConfig& c, const QJsonValue& v) { c.*member = readNumber(key, v, lo, hi); },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

Field integer(const QString& key, int SacConfig::*member, int lo, int hi) {
  return {key,
          [=](SacConfig& c, const QJsonValue& v) {
            const double x = readNumber(key, v, lo, hi);
            if (x != std::floor(x)) fail(N::ConfigNotInteger, key);
            c.*member = static_cast<int>(x);
          },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

Field boolean(const QString& key, bool SacConfig::*member) {
  return {key,
          [=](SacConfig& c, const QJsonValue& v) {
            if (!v.isBool()) fail(N::ConfigNotBoolean, key);
            c.*member = v.toBool();
          },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

template <typename E>
Field choice(const QString& key, E SacConfig::*member, const QList<QPair<QString, E>>& options) {
  QStringList names;
  for (const auto& o : options) names << o.first;
  return {key,
          [=](SacConfig& c, const QJsonValue& v) {
            if (v.isString()) {
              for (const auto& o : options) {
                if (o.first == v.toString()) {
                  c.*member = o.second;
                  return;
                }
              }
            }
            fail(N::ConfigNotOneOf, key, names.join(QStringLiteral(", ")));
          },
          [=](const SacConfig& c) {
            for (const auto& o : options) {
              if (o.second == c.*member) return QJsonValue(o.first);
            }
            return QJsonValue();
          }};
}

Field string(const QString& key, QString SacConfig::*member, const QStringList& allowed) {
  return {key,
          [=](SacConfig& c, const QJsonValue& v) {
            if (!v.isString() || (!allowed.isEmpty() && !allowed.contains(v.toString()))) {
              fail(N::ConfigNotOneOf, key, allowed.join(QStringLiteral(", ")));
            }
            c.*member = v.toString();
          },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

const std::vector<Field>& fields() {
  static const std::vector<Field> all = {
      choice<ObsMode>(
          "obs_mode", &SacConfig::obsMode,
          {{"state", ObsMode::State}, {"image", ObsMode::Image}, {"both", ObsMode::Both}}),
      integer("image_size", &SacConfig::imageSize, 16, 256),
      integer("frame_stack", &SacConfig::frameStack, 1, 4),
      integer("hidden_dim", &SacConfig::hiddenDim, 8, 4096),
      integer("hidden_layers", &SacConfig::hiddenLayers, 1, 8),
      integer("encoder_channels", &SacConfig::encoderChannels, 4, 256),
      integer("encoder_layers", &SacConfig::encoderLayers, 2, 6),
      integer("feature_dim", &SacConfig::featureDim, 4, 1024),
      boolean("critic_layer_norm", &SacConfig::criticLayerNorm),
      integer("critics", &SacConfig::critics, 2, 20),
      integer("target_critics", &SacConfig::targetCritics, 1, 20),
      choice<ActorQ>("actor_q", &SacConfig::actorQ, {{"min", ActorQ::Min}, {"mean", ActorQ::Mean}}),
      number("log_std_min", &SacConfig::logStdMin, -20, 0),
      number("log_std_max", &SacConfig::logStdMax, -5, 5),
      boolean("log_std_clip", &SacConfig::logStdClip),
      number("gamma", &SacConfig::gamma, 0, 0.9999),
      number("tau", &SacConfig::tau, 1e-5, 1),
      number("actor_lr", &SacConfig::actorLr, 1e-7, 1),
      number("critic_lr", &SacConfig::criticLr, 1e-7, 1),
      number("alpha_lr", &SacConfig::alphaLr, 1e-7, 1),
      integer("batch_size", &SacConfig::batchSize, 0, 8192),  // 0: resolvedBatchSize()
      integer("utd", &SacConfig::utd, 1, 64),
      integer("actor_every", &SacConfig::actorEvery, 0, 64),  // 0: utd
      integer("warmup_steps", &SacConfig::warmupSteps, 0, 1000000),
      choice<EntropyKind>("entropy", &SacConfig::entropy,
                          {{"sigmoid", EntropyKind::Sigmoid}, {"standard", EntropyKind::Standard}}),
      number("h_max", &SacConfig::hMax, 1e-3, 100),
      number("sigma_target", &SacConfig::sigmaTarget, 1e-4, 10),
      number("temperature", &SacConfig::temperature, 1e-3, 100),
      boolean("auto_alpha", &SacConfig::autoAlpha),
      number("alpha_init", &SacConfig::alphaInit, 1e-6, 100),
      {"target_entropy",
       [](SacConfig& c, const QJsonValue& v) {
         if (v.isString() && v.toString() == "auto") {
           c.targetEntropy = SacConfig::kAutoTargetEntropy;
         } else if (v.isString() || !v.isDouble()) {
           fail(N::ConfigAutoOrNumber, "target_entropy", -100, 100);
         } else {
           c.targetEntropy = readNumber("target_entropy", v, -100, 100);
         }
       },
       [](const SacConfig& c) {
         return c.targetEntropy == SacConfig::kAutoTargetEntropy ? QJsonValue("auto")
                                                                 : QJsonValue(c.targetEntropy);
       }},
      choice<GateMode>("gate", &SacConfig::gate,
                       {{"gated", GateMode::Gated}, {"always_on", GateMode::AlwaysOn}}),
      number("bc_lambda", &SacConfig::bcLambda, 0, 100),
      number("gate_epsilon", &SacConfig::gateEpsilon, 0, 10),
      number("ood_lambda", &SacConfig::oodLambda, 0, 100),
      number("ood_beta", &SacConfig::oodBeta, 1e-3, 100),
      integer("ood_policy_samples", &SacConfig::oodPolicySamples, 0, 100),
      integer("ood_uniform_samples", &SacConfig::oodUniformSamples, 0, 100),
      boolean("ood_mc_floor", &SacConfig::oodMcFloor),
      integer("replay_capacity", &SacConfig::replayCapacity, 100, 10000000),
      integer("expert_capacity", &SacConfig::expertCapacity, 10, 1000000),
      number("expert_ratio", &SacConfig::expertRatio, 0, 1),
      boolean("demo_to_replay", &SacConfig::demoToReplay),
      boolean("bc_trains_encoder", &SacConfig::bcTrainsEncoder),
      boolean("bc_trains_actor", &SacConfig::bcTrainsActor),
      choice<BcEncoderStep>("bc_encoder_step", &SacConfig::bcEncoderStep,
                            {{"critic", BcEncoderStep::Critic}, {"own", BcEncoderStep::Own}}),
      integer("augment_pad", &SacConfig::augmentPad, 0, 16),
      number("demo_drop", &SacConfig::demoDrop, 0, 0.99),
      number("demo_action_noise", &SacConfig::demoActionNoise, 0, 10),
      number("demo_obs_noise", &SacConfig::demoObsNoise, 0, 10),
      {"seed",
       [](SacConfig& c, const QJsonValue& v) {
         c.seed = static_cast<std::uint64_t>(readNumber("seed", v, 0, 9007199254740991.0));
       },
       [](const SacConfig& c) { return QJsonValue(static_cast<double>(c.seed)); }},
      string("device", &SacConfig::device, {"cpu", "cuda", "auto"}),
      integer("num_threads", &SacConfig::numThreads, 0, 1024),
      boolean("fused_update", &SacConfig::fusedUpdate),
  };
  return all;
}

}  // namespace

void SacConfig::validate() const {
  if (logStdMin >= logStdMax) fail(N::ConfigNotBelow, "log_std_min", "log_std_max");
  if (obsMode != ObsMode::State && imageSize < 16) fail(N::ConfigAtLeast, "image_size", 16);
  if (oodLambda > 0 && oodPolicySamples + oodUniformSamples == 0) {
    fail(N::ConfigNeedsSamples, "ood_lambda", "ood_policy_samples", "ood_uniform_samples");
  }
  if (targetCritics > critics) fail(N::ConfigNotAbove, "target_critics", "critics");
  if (expertCapacity > replayCapacity) {
    fail(N::ConfigNotAbove, "expert_capacity", "replay_capacity");
  }
}

SacConfig SacConfig::fromJson(const QJsonObject& json) {
  SacConfig c;
  if (json.contains("preset")) {
    const auto p = json.value("preset");
    if (!p.isString() || !presetNames().contains(p.toString())) {
      fail(N::ConfigNotOneOf, "preset", presetNames().join(QStringLiteral(", ")));
    }
    c.applyPreset(p.toString());
  }
  for (auto it = json.begin(); it != json.end(); ++it) {
    if (it.key() == "preset") continue;
    const Field* field = nullptr;
    for (const auto& f : fields()) {
      if (f.key == it.key()) field = &f;
    }
    if (!field) fail(N::ConfigUnknownKey, it.key());
    field->read(c, it.value());
  }
  c.validate();
  return c;
}

QJsonObject SacConfig::toJson() const {
  QJsonObject json{{"preset", preset}};
  for (const auto& f : fields()) json.insert(f.key, f.write(*this));
  return json;
}

SacConfig SacConfig::fromFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    fail(N::ConfigFileUnreadable, path, file.errorString());
  }
  QJsonParseError err;
  const auto doc = QJsonDocument::fromJson(file.readAll(), &err);
  if (err.error != QJsonParseError::NoError) {
    fail(N::ConfigFileNotJson, path, err.offset, err.errorString());
  }
  if (!doc.isObject()) fail(N::ConfigFileNotObject, path);
  return fromJson(doc.object());
}

void SacConfig::saveFile(const QString& path) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(toJson()).toJson()) < 0 ||
      !file.commit()) {
    fail(N::ConfigFileUnwritable, path, file.errorString());
  }
}

QStringList SacConfig::presetNames() {
  return {"sigent",
          "sac",
          "sac_bc",
          "rlpd",
          "sigent_no_gbc",
          "sigent_no_ood",
          "sigent_std_entropy",
          "sigent_no_mc_floor"};
}

QStringList SacConfig::presetKeys() {
  return {"entropy",      "auto_alpha",     "alpha_init",      "target_entropy",
          "gate",         "bc_lambda",      "bc_trains_actor", "ood_lambda",
          "ood_mc_floor", "expert_ratio",   "demo_to_replay",  "critic_layer_norm",
          "log_std_min",  "log_std_max",    "log_std_clip",    "utd",
          "critics",      "target_critics", "actor_q",         "actor_every"};
}

void SacConfig::applyPreset(const QString& name) {
  if (!presetNames().contains(name)) {
    fail(N::ConfigUnknownPreset, name, presetNames().join(QStringLiteral(", ")));
  }
  const SacConfig defaults;
  // Reset the switches the presets touch, keep shapes and run settings.
  const QJsonObject reset = defaults.toJson();
  for (const auto& f : fields()) {
    if (presetKeys().contains(f.key)) f.read(*this, reset.value(f.key));
  }
  if (name == "sac" || name == "sac_bc" || name == "rlpd") {
    // SAC as Haarnoja et al. 2018 ("SAC algorithms and applications", arXiv 1812.05905) and its
    // reference implementation softlearning: -log pi, alpha auto-tuned from 1.0 towards a target
    // entropy of -|A| ("auto" resolves to -d for the standard entropy), log-std clipped to
    // (-20, 2), no LayerNorm, lr 3e-4, tau 0.005, gamma 0.99 (the defaults). None of SigEnt's
    // terms: no OOD regulariser, no BC.
    entropy = EntropyKind::Standard;
    autoAlpha = true;
    alphaInit = 1.0;
    oodLambda = 0.0;
    bcLambda = 0.0;
    logStdMin = -20.0;
    logStdMax = 2.0;
    logStdClip = true;
    criticLayerNorm = false;
  }
  // "SAC with prior data": the demo is copied into the replay buffer and sampled uniformly with
  // the online data (demo_to_replay), no separate expert share of the batch.
  if (name == "sac" || name == "sac_bc") expertRatio = 0.0;
  if (name == "sac_bc") {
    // SAC plus an always-on BC term on the mean action. No single reference fixes its weight:
    // the same lambda as SigEnt's GBC, so the gate is the only difference to sigent's BC.
    gate = GateMode::AlwaysOn;
    bcLambda = defaults.bcLambda;
  }
  if (name == "rlpd") {
    // RLPD (Ball, Smith, Kostrikov, Levine, ICML 2023, arXiv 2302.02948; github.com/ikostrikov/
    // rlpd, configs/rlpd_config.py and agents/sac/sac_learner.py): SAC with LayerNorm critics,
    // symmetric sampling (half of each batch from the prior data, half online; the demo stays
    // out of the online buffer), init temperature 1.0, target entropy -|A|/2, log-std clipped to
    // (-20, 2), an ensemble of 10 critics whose target is the min over a random 2 of them each
    // update (num_qs 10, num_min_qs 2) while the actor climbs their mean, and UTD 20 (its
    // README's runs) with the actor and temperature stepped once per env step. UTD 20 costs 20
    // updates per env step, each (10 critics, no OOD term, no BC, the actor once in 20) about a
    // sigent update on images and 1.2x on state (`sigent-lab bench learner --preset rlpd`): an
    // image run pays about 20x the learner time of sigent's, so the image grid may have to set
    // a smaller utd with --set utd=N, and must say so where it reports rlpd.
    expertRatio = 0.5;
    demoToReplay = false;
    criticLayerNorm = true;
    critics = 10;
    targetCritics = 2;
    actorQ = ActorQ::Mean;
    utd = 20;
    actorEvery = 0;  // once per env step's 20 critic updates
  }
  // Ablations: each changes exactly one key of "sigent" (test_sac_config checks it).
  if (name == "sigent_no_gbc")
    bcTrainsActor = false;  // BC leaves the actor, still trains the encoder
  if (name == "sigent_no_ood") oodLambda = 0.0;
  if (name == "sigent_std_entropy") entropy = EntropyKind::Standard;
  if (name == "sigent_no_mc_floor") oodMcFloor = false;
  preset = name;
}

int SacConfig::resolvedBatchSize() const {
  if (batchSize > 0) return batchSize;
  return obsMode == ObsMode::State ? 256 : 128;
}

double SacConfig::surprisalMidpoint() const {
  return std::log(sigmaTarget * std::sqrt(2.0 * M_PI * M_E));
}

double SacConfig::resolvedTargetEntropy(int actionDim) const {
  if (targetEntropy != kAutoTargetEntropy) return targetEntropy;
  if (entropy == EntropyKind::Sigmoid) return 0.5 * actionDim * hMax;
  // RLPD's SACLearner: -|A|/2 when no target is given; SAC's usual -|A| otherwise.
  return preset == "rlpd" ? -0.5 * actionDim : -double(actionDim);
}

}  // namespace lab
