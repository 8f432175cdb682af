#pragma once
// Where RobotPort gets its robot from, so core never links the plugin host: the application
// (the composition root: the CLI, the window, the tests and benchmarks) gives the
// TrainingController a RobotSource. app/robots' HostRobotSource finds robots through
// hardware/host's PluginLoader and drives each through a RobotHandle, which owns the lifecycle
// state machine, validates data, times calls and catches plugin exceptions.
//
// Threads: RobotPort calls create() and every RobotDriver method on its plugin-call thread,
// except requestEmergencyStop(), which any thread may call.
#include <QString>
#include <memory>

#include "robot_driver.h"

namespace lab {

class RobotSource {
 public:
  virtual ~RobotSource() = default;
  // Creates robot `robotId`, looking in `pluginDir` (empty: the source's default folder) when
  // it is not linked in. Null with `error` set (naming the robot, and why plugins that could
  // have been it were skipped) when there is no such robot or it cannot be created.
  virtual std::unique_ptr<RobotDriver> create(const QString& robotId, const QString& pluginDir,
                                              QString& error) = 0;
};

}  // namespace lab
