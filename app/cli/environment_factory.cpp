#include "environment_factory.h"

#include <stdexcept>

#include "point_reach_task.h"

namespace lab::cli {

QStringList availableRobots() {
  QStringList ids{"point-reach"};
  return ids;
}

std::unique_ptr<Environment> makeEnvironment(const QString& robotId, bool withImage,
                                             std::uint64_t seed) {
  (void)withImage;
  (void)seed;
  if (robotId == "point-reach") return std::make_unique<PointReachTask>();
  throw std::runtime_error(QString("unknown robot '%1'; available: %2")
                               .arg(robotId, availableRobots().join(", "))
                               .toStdString());
}

}  // namespace lab::cli
