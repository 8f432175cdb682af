#pragma once
// The robots the training engine can connect to, found the way the host finds them: robots
// linked into the executable (add()), then Qt static plugins, then the plugin folder, each
// through hardware/host's PluginLoader and driven through a RobotHandle. The composition root
// (the CLI, the window, the tests and benchmarks) makes one and gives it to the
// TrainingController.
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include "api/robot_interface.h"
#include "robot_source.h"

namespace lab {

class HostRobotSource : public RobotSource {
 public:
  // A robot linked into the executable, offered to every later create() before Qt static
  // plugins and the plugin folder. Any thread; add before connecting.
  void add(const QString& id, const QString& name, std::shared_ptr<hw::IRobotFactory> factory);

  // A new PluginLoader per robot (on the caller's thread: RobotPort's plugin-call thread),
  // scanning `pluginDir` (empty: PluginLoader::defaultPluginDir()) only when the robot is not
  // linked in or a static plugin.
  std::unique_ptr<RobotDriver> create(const QString& robotId, const QString& pluginDir,
                                      QString& error) override;

  // Called each time a robot created here is configured, with its info and action layout AS
  // CONFIGURED (its settings may change the time limit and the actions; a remote robot learns
  // its actions from the server only then). On RobotPort's plugin-call thread: post to your
  // own. The window's keyboard teleop maps its keys from it. Any thread; set before connecting.
  using ConfiguredListener =
      std::function<void(const QString& robotId, const hw::RobotInfo&, const hw::ActionSpec&)>;
  void setConfiguredListener(ConfiguredListener listener);

 private:
  struct Linked {
    QString name;
    std::shared_ptr<hw::IRobotFactory> factory;
  };
  std::mutex m_mutex;
  std::map<QString, Linked> m_linked;
  ConfiguredListener m_configured;
};

}  // namespace lab
