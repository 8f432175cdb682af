// Test plugin for test_plugin_loader: metadata lacks 'description'.
#include <QObject>

#include "fake_robot.h"

class MissingKeyFactory : public QObject, public lab::hw::IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<lab::hw::IRobot> create() override {
    auto r = std::make_unique<lab::hw::test::FakeRobot>();
    r->id = "fake-good";
    return r;
  }
};

#include "missing_key_plugin.moc"
