// The Slalom-Quadruped plugin: exports SlalomQuadrupedSim through Qt's plugin system (metadata in
// slalom_quadruped.json plus the versions, robot_plugin.json from sigentlab_robot_plugin_metadata).
#include <QObject>

#include "api/robot_interface.h"
#include "sim/slalom_quadruped_sim.h"

namespace lab::hw {

class SlalomQuadrupedFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<SlalomQuadrupedSim>(); }
};

}  // namespace lab::hw

#include "slalom_quadruped_plugin.moc"
