// Test plugin for test_plugin_loader: right IID, but the class is no IRobotFactory.
#include <QObject>

#include "fake_robot.h"

class NotAFactory : public QObject {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")

 public:
  int unused = 0;
};

#include "not_a_factory_plugin.moc"
