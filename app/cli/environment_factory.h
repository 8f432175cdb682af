#pragma once
// Builds an Environment by robot id: the built-in point-reach task, or a simulated robot.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "environment.h"

namespace lab::cli {

// Throws std::runtime_error naming the available robots for an unknown id, or with the robot's
// reason for settings it refuses. `robotSettings` is the plugin's RobotConfig::settings (the
// built-in point-reach task has none and refuses any).
std::unique_ptr<Environment> makeEnvironment(const QString& robotId, bool withImage,
                                             std::uint64_t seed,
                                             const QJsonObject& robotSettings = {});
QStringList availableRobots();

}  // namespace lab::cli
