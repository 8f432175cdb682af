// The Point-Reach plugin: exports PointReachRobot through Qt's plugin system (metadata in
// point_reach.json, read by the loader before the library is instantiated).
#include <QObject>

#include "api/robot_interface.h"
#include "toy/point_reach_robot.h"

namespace lab::hw {

class PointReachPluginFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "point_reach.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<PointReachRobot>(); }
};

}  // namespace lab::hw

#include "point_reach_plugin.moc"
