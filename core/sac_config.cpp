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

[[noreturn]] void fail(const QString& message) { throw ConfigError(message.toStdString()); }

double readNumber(const QString& key, const QJsonValue& v, double lo, double hi) {
  if (!v.isDouble()) fail(QString("config key '%1' must be a number").arg(key));
  const double x = v.toDouble();
  if (!std::isfinite(x) || x < lo || x > hi) {
    fail(QString("config key '%1' = %2 is out of range [%3, %4]").arg(key).arg(x).arg(lo).arg(hi));
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
            if (x != std::floor(x)) fail(QString("config key '%1' must be an integer").arg(key));
            c.*member = static_cast<int>(x);
          },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

Field boolean(const QString& key, bool SacConfig::*member) {
  return {key,
          [=](SacConfig& c, const QJsonValue& v) {
            if (!v.isBool()) fail(QString("config key '%1' must be true or false").arg(key));
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
            fail(QString("config key '%1' must be one of: %2").arg(key, names.join(", ")));
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
              fail(QString("config key '%1' must be one of: %2").arg(key, allowed.join(", ")));
            }
            c.*member = v.toString();
          },
          [=](const SacConfig& c) { return QJsonValue(c.*member); }};
}

const std::vector<Field>& fields() {
  static const std::vector<Field> all = {
      choice<ObsMode>("obs_mode", &SacConfig::obsMode,
                      {{"state", ObsMode::State}, {"image", ObsMode::Image}, {"both", ObsMode::Both}}),
      integer("image_size", &SacConfig::imageSize, 16, 256),
      integer("frame_stack", &SacConfig::frameStack, 1, 4),
      integer("hidden_dim", &SacConfig::hiddenDim, 8, 4096),
      integer("hidden_layers", &SacConfig::hiddenLayers, 1, 8),
      integer("encoder_channels", &SacConfig::encoderChannels, 4, 256),
      integer("encoder_layers", &SacConfig::encoderLayers, 2, 6),
      integer("feature_dim", &SacConfig::featureDim, 4, 1024),
      boolean("critic_layer_norm", &SacConfig::criticLayerNorm),
      number("log_std_min", &SacConfig::logStdMin, -20, 0),
      number("log_std_max", &SacConfig::logStdMax, -5, 5),
      number("gamma", &SacConfig::gamma, 0, 0.9999),
      number("tau", &SacConfig::tau, 1e-5, 1),
      number("actor_lr", &SacConfig::actorLr, 1e-7, 1),
      number("critic_lr", &SacConfig::criticLr, 1e-7, 1),
      number("alpha_lr", &SacConfig::alphaLr, 1e-7, 1),
      integer("batch_size", &SacConfig::batchSize, 0, 8192),  // 0: resolvedBatchSize()
      integer("utd", &SacConfig::utd, 1, 64),
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
           fail("config key 'target_entropy' must be \"auto\" or a number in [-100, 100]");
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
      integer("replay_capacity", &SacConfig::replayCapacity, 100, 10000000),
      integer("expert_capacity", &SacConfig::expertCapacity, 10, 1000000),
      number("expert_ratio", &SacConfig::expertRatio, 0, 1),
      boolean("demo_to_replay", &SacConfig::demoToReplay),
      boolean("bc_trains_encoder", &SacConfig::bcTrainsEncoder),
      integer("augment_pad", &SacConfig::augmentPad, 0, 16),
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
  if (logStdMin >= logStdMax) fail("config: 'log_std_min' must be below 'log_std_max'");
  if (obsMode != ObsMode::State && imageSize < 16) fail("config key 'image_size' must be >= 16");
  if (oodLambda > 0 && oodPolicySamples + oodUniformSamples == 0) {
    fail("config: 'ood_lambda' > 0 needs 'ood_policy_samples' or 'ood_uniform_samples' > 0");
  }
  if (expertCapacity > replayCapacity) {
    fail("config key 'expert_capacity' must not exceed 'replay_capacity'");
  }
}

SacConfig SacConfig::fromJson(const QJsonObject& json) {
  SacConfig c;
  if (json.contains("preset")) {
    const auto p = json.value("preset");
    if (!p.isString() || !presetNames().contains(p.toString())) {
      fail(QString("config key 'preset' must be one of: %1").arg(presetNames().join(", ")));
    }
    c.applyPreset(p.toString());
  }
  for (auto it = json.begin(); it != json.end(); ++it) {
    if (it.key() == "preset") continue;
    const Field* field = nullptr;
    for (const auto& f : fields()) {
      if (f.key == it.key()) field = &f;
    }
    if (!field) fail(QString("unknown config key '%1'").arg(it.key()));
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
    fail(QString("cannot read config file '%1': %2").arg(path, file.errorString()));
  }
  QJsonParseError err;
  const auto doc = QJsonDocument::fromJson(file.readAll(), &err);
  if (err.error != QJsonParseError::NoError) {
    fail(QString("config file '%1' is not valid JSON at offset %2: %3")
             .arg(path)
             .arg(err.offset)
             .arg(err.errorString()));
  }
  if (!doc.isObject()) fail(QString("config file '%1' must hold a JSON object").arg(path));
  return fromJson(doc.object());
}

void SacConfig::saveFile(const QString& path) const {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) ||
      file.write(QJsonDocument(toJson()).toJson()) < 0 || !file.commit()) {
    fail(QString("cannot write config file '%1': %2").arg(path, file.errorString()));
  }
}

QStringList SacConfig::presetNames() {
  return {"sigent", "sac", "sac_bc", "rlpd", "sigent_no_gbc", "sigent_no_ood"};
}

void SacConfig::applyPreset(const QString& name) {
  if (!presetNames().contains(name)) {
    fail(QString("unknown preset '%1'; one of: %2").arg(name, presetNames().join(", ")));
  }
  const SacConfig defaults;
  // Reset the switches the presets touch, keep shapes and run settings.
  entropy = defaults.entropy;
  autoAlpha = defaults.autoAlpha;
  alphaInit = defaults.alphaInit;
  targetEntropy = defaults.targetEntropy;
  gate = defaults.gate;
  bcLambda = defaults.bcLambda;
  oodLambda = defaults.oodLambda;
  expertRatio = defaults.expertRatio;
  demoToReplay = defaults.demoToReplay;
  criticLayerNorm = defaults.criticLayerNorm;
  if (name == "sac" || name == "sac_bc" || name == "rlpd") {
    entropy = EntropyKind::Standard;
    autoAlpha = true;
    alphaInit = 1.0;
    oodLambda = 0.0;
    bcLambda = 0.0;
  }
  if (name == "sac" || name == "sac_bc") expertRatio = 0.0;  // "SAC with prior data"
  if (name == "sac_bc") {
    gate = GateMode::AlwaysOn;
    bcLambda = defaults.bcLambda;
  }
  if (name == "rlpd") {
    expertRatio = 0.5;
    criticLayerNorm = true;
  }
  if (name == "sigent_no_gbc") bcLambda = 0.0;
  if (name == "sigent_no_ood") oodLambda = 0.0;
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
  return entropy == EntropyKind::Standard ? -double(actionDim) : 0.5 * actionDim * hMax;
}

}  // namespace lab
