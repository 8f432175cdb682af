// The Ball-to-Goal plugin: exports BallToGoalSim through Qt's plugin system (metadata in
// ball_to_goal.json plus the versions, robot_plugin.json from sigentlab_robot_plugin_metadata).
#include <QObject>

#include "api/robot_interface.h"
#include "sim/ball_to_goal_sim.h"

namespace lab::hw {

class BallToGoalFactory : public QObject, public IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<IRobot> create() override { return std::make_unique<BallToGoalSim>(); }
};

}  // namespace lab::hw

#include "ball_to_goal_plugin.moc"
