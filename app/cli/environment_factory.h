#pragma once
// Builds an Environment by robot id: the built-in point-reach task, or a simulated robot.
#include <QString>
#include <QStringList>
#include <memory>

#include "environment.h"

namespace lab::cli {

// Throws std::runtime_error naming the available robots for an unknown id.
std::unique_ptr<Environment> makeEnvironment(const QString& robotId, bool withImage,
                                             std::uint64_t seed);
QStringList availableRobots();

}  // namespace lab::cli
