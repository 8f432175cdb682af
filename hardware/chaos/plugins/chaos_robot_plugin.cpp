// The chaos robot's plugin: exports ChaosRobot through Qt's plugin system, like the toy's.
#include <QObject>

#include "api/robot_interface.h"
#include "chaos/chaos_robot.h"

namespace lab::hw {

class ChaosRobotPluginFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<ChaosRobot>(); }
};

}  // namespace lab::hw

#include "chaos_robot_plugin.moc"
