#include "sim/sim_settings.h"

#include <QStringList>
#include <cmath>

namespace lab::hw {

namespace {

const QStringList kKnownKeys = {QStringLiteral("raw_image_size"),
                                QStringLiteral("max_episode_steps"), QStringLiteral("start_spread"),
                                QStringLiteral("camera_noise"), QStringLiteral("expert_speed")};

// Reads an integer key in [lo, hi]; `allowZero` also accepts 0 (meaning "off").
bool readInt(const QJsonObject& json, const QString& key, int lo, int hi, bool allowZero, int& out,
             std::string& error) {
  if (!json.contains(key)) return true;
  const QJsonValue v = json.value(key);
  const double d = v.toDouble(std::nan(""));
  const bool isInt = v.isDouble() && std::isfinite(d) && d == std::floor(d);
  const bool inRange = isInt && ((d >= lo && d <= hi) || (allowZero && d == 0.0));
  if (!inRange) {
    error = "setting '" + key.toStdString() + "' must be an integer in [" + std::to_string(lo) +
            ", " + std::to_string(hi) + "]" + (allowZero ? " or 0" : "") + ", got " +
            (v.isDouble() ? std::to_string(d) : std::string("a non-number"));
    return false;
  }
  out = static_cast<int>(d);
  return true;
}

// Reads a number key in [lo, hi].
bool readNumber(const QJsonObject& json, const QString& key, double lo, double hi, double& out,
                std::string& error) {
  if (!json.contains(key)) return true;
  const QJsonValue v = json.value(key);
  const double d = v.toDouble(std::nan(""));
  if (!v.isDouble() || !(d >= lo && d <= hi)) {
    error = QStringLiteral("setting '%1' must be a number in [%2, %3], got %4")
                .arg(key)
                .arg(lo)
                .arg(hi)
                .arg(v.isDouble() ? QString::number(d) : QStringLiteral("a non-number"))
                .toStdString();
    return false;
  }
  out = d;
  return true;
}

}  // namespace

bool SimSettings::parse(const QJsonObject& json, SimSettings& out, std::string& error) {
  SimSettings s;
  // A misspelt key is an error, as in the learner's config: ignored, it would leave the robot
  // at a default the operator thinks they changed, and a warning on stderr never reaches the
  // window.
  for (auto it = json.begin(); it != json.end(); ++it) {
    if (!kKnownKeys.contains(it.key())) {
      error = QStringLiteral("unknown setting '%1' (known: %2)")
                  .arg(it.key(), kKnownKeys.join(QStringLiteral(", ")))
                  .toStdString();
      return false;
    }
  }
  if (!readInt(json, QStringLiteral("raw_image_size"), 32, 1024, true, s.rawImageSize, error) ||
      !readInt(json, QStringLiteral("max_episode_steps"), 1, 100000, false, s.maxEpisodeSteps,
               error) ||
      !readNumber(json, QStringLiteral("start_spread"), 0.25, 1.0, s.startSpread, error) ||
      !readNumber(json, QStringLiteral("camera_noise"), 0.0, 0.5, s.cameraNoise, error) ||
      !readNumber(json, QStringLiteral("expert_speed"), 0.25, 1.0, s.expertSpeed, error)) {
    return false;
  }
  out = s;
  return true;
}

}  // namespace lab::hw
