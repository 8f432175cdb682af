// Test plugin for test_plugin_loader: right class, wrong interface id.
#include <QObject>

#include "fake_robot.h"

class WrongIidFactory : public QObject, public lab::hw::IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID "org.example.NotARobot/1.0" FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<lab::hw::IRobot> create() override {
    auto r = std::make_unique<lab::hw::test::FakeRobot>();
    r->id = "fake-good";
    return r;
  }
};

#include "wrong_iid_plugin.moc"
