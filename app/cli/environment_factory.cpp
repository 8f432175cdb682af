#include "environment_factory.h"

#include <stdexcept>

#include "point_reach_task.h"
#include "robot_environment.h"
#include "sim/sim_robots.h"

namespace lab::cli {

QStringList availableRobots() {
  QStringList ids{"point-reach"};
  for (const auto& id : hw::simRobotIds()) ids << QString::fromStdString(id);
  return ids;
}

std::unique_ptr<Environment> makeEnvironment(const QString& robotId, bool withImage,
                                             std::uint64_t seed,
                                             const QJsonObject& robotSettings) {
  (void)withImage;  // the simulated robots always render; the config decides what is used
  if (robotId == "point-reach") {
    if (!robotSettings.isEmpty()) {
      throw std::runtime_error("the built-in point-reach task has no robot settings");
    }
    return std::make_unique<PointReachTask>();
  }
  if (auto robot = hw::createSimRobot(robotId.toStdString())) {
    return std::make_unique<RobotEnvironment>(std::move(robot), 64, seed, robotSettings);
  }
  throw std::runtime_error(QString("unknown robot '%1'; available: %2")
                               .arg(robotId, availableRobots().join(", "))
                               .toStdString());
}

}  // namespace lab::cli
