#pragma once
// PointReachFactory: point-reach linked into an executable (the window, the CLI, tests), to
// add to the engine's HostRobotSource (app/robots) or PluginLoader::registerFactory like the sims'
// SimRobotFactory. The plugin library in bin/plugins exports the same robot.
#include <memory>

#include "api/robot_interface.h"
#include "toy/point_reach_robot.h"

namespace lab::hw {

class PointReachFactory : public IRobotFactory {
 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<PointReachRobot>(); }
  // The metadata the plugin library carries (id, name, description, version).
  RobotInfo info() const { return PointReachRobot().info(); }
};

}  // namespace lab::hw
