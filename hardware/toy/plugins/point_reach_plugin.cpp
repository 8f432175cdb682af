// The Point-Reach plugin: exports PointReachRobot through Qt's plugin system (metadata in
// point_reach.json plus the versions, robot_plugin.json from sigentlab_robot_plugin_metadata).
#include <QObject>

#include "api/robot_interface.h"
#include "toy/point_reach_robot.h"

namespace lab::hw {

class PointReachPluginFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<PointReachRobot>(); }
};

}  // namespace lab::hw

#include "point_reach_plugin.moc"
