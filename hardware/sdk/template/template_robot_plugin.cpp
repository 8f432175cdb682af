// Exports TemplateRobot through Qt's plugin system. robot_plugin.json is written by
// sigentlab_add_robot_plugin from template_robot.json plus the versions the host checks.
#include <QObject>

#include "api/robot_interface.h"
#include "template_robot.h"

class TemplateRobotFactory : public QObject, public lab::hw::IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<lab::hw::IRobot> create() override { return std::make_unique<TemplateRobot>(); }
};

#include "template_robot_plugin.moc"
