// Test plugin for test_plugin_loader: built the way every plugin was before ABI versions
// existed (ABI 3): the interface id "org.sigentlab.hw.IRobot/3.0" and "api_version": 3 in a
// hand-written metadata file, no abi_version.
#include <QObject>

#include "fake_robot.h"

class OldAbiFactory : public QObject, public lab::hw::IRobotFactory {
  Q_OBJECT
  Q_PLUGIN_METADATA(IID "org.sigentlab.hw.IRobot/3.0" FILE "old_abi.json")
  Q_INTERFACES(lab::hw::IRobotFactory)

 public:
  std::unique_ptr<lab::hw::IRobot> create() override {
    auto r = std::make_unique<lab::hw::test::FakeRobot>();
    r->id = "fake-old-abi";
    return r;
  }
};

#include "old_abi_plugin.moc"
