// The Push-Cube plugin: exports PushCubeSim through Qt's plugin system (metadata in
// push_cube.json plus the versions, robot_plugin.json from sigentlab_robot_plugin_metadata).
#include <QObject>

#include "api/robot_interface.h"
#include "sim/push_cube_sim.h"

namespace lab::hw {

class PushCubeFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<PushCubeSim>(); }
};

}  // namespace lab::hw

#include "push_cube_plugin.moc"
