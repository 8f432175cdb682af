// The remote-robot plugin: exports RemoteRobot through Qt's plugin system (metadata in
// remote_robot.json plus the versions, robot_plugin.json from sigentlab_robot_plugin_metadata).
#include <QObject>

#include "api/robot_interface.h"
#include "remote/remote_robot.h"

namespace lab::hw {

class RemoteRobotPluginFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<RemoteRobot>(); }
};

}  // namespace lab::hw

#include "remote_robot_plugin.moc"
