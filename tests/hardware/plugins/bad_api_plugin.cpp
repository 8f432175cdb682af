// Test plugin for test_plugin_loader: metadata says an API minor newer than the host's
// (tests/hardware/CMakeLists.txt overrides api_version).
#include <QObject>

#include "fake_robot.h"

class BadApiFactory : public QObject, public lab::hw::IRobotFactory {
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

#include "bad_api_plugin.moc"
