#pragma once
// RobotCatalog: the robots the window offers. Built-in robots (the simulated ones when the app
// links hardware/sim, and the point-reach toy task) are added to the controller's robot source
// and listed first; plugins found in the plugin folder follow (PluginLoader checks
// IID, ABI/API/Qt versions and metadata and logs every skipped file). Each robot's details
// (rate, time limit, actions) are its defaults, read from an unconfigured instance; the teleop
// maps its keys from the connected robot's actions as configured (HostRobotSource tells them).
// Thread: GUI thread.
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

#include "api/robot_interface.h"
#include "robot_panel.h"

namespace lab {
class HostRobotSource;
}
namespace lab::hw {
class PluginLoader;
}

namespace lab::ui {

class RobotCatalog {
 public:
  // Scans `pluginDir` (empty: PluginLoader::defaultPluginDir()).
  explicit RobotCatalog(const QString& pluginDir = {});
  ~RobotCatalog();

  QVector<RobotChoice> robots() const { return m_robots; }
  bool contains(const QString& id) const;
  QStringList skippedMessages() const { return m_skipped; }  // why plugins were left out
  // Adds the built-in robots to the engine's robot source. Returns their ids.
  static QStringList registerBuiltInRobots(lab::HostRobotSource& source);

 private:
  std::unique_ptr<lab::hw::PluginLoader> m_loader;
  QVector<RobotChoice> m_robots;
  QStringList m_skipped;
};

}  // namespace lab::ui
