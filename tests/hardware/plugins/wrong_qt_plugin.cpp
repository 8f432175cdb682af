// Test plugin for test_plugin_loader: metadata says it was built with Qt 5.15
// (tests/hardware/CMakeLists.txt overrides qt_version).
#include <QObject>

#include "fake_robot.h"

class WrongQtFactory : public QObject, public lab::hw::IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<lab::hw::IRobot> create() override {
    auto r = std::make_unique<lab::hw::test::FakeRobot>();
    r->id = "fake-wrong-qt";
    return r;
  }
};

#include "wrong_qt_plugin.moc"
