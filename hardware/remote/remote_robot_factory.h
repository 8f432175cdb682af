#pragma once
// RemoteRobotFactory: remote-robot linked into an executable (tests, the bench), like
// PointReachFactory. The plugin library in bin/plugins exports the same robot.
#include <memory>

#include "api/robot_interface.h"
#include "remote/remote_robot.h"

namespace lab::hw {

class RemoteRobotFactory : public IRobotFactory {
 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<RemoteRobot>(); }
};

}  // namespace lab::hw
