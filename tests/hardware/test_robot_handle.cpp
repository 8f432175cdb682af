// RobotHandle: lifecycle step by step, state gating, exception/Fatal -> Error, observation and
// action validation, e-stop latch, timing. Uses an in-memory FakeRobot, no plugin loading.
#include <QtTest>
#include <cmath>
#include <limits>
#include <thread>

#include "fake_robot.h"
#include "host/robot_handle.h"

using namespace lab::hw;
using lab::hw::test::FakeRobot;

namespace {
struct Fixture {
  FakeRobot* fake = nullptr;  // owned by handle
  std::unique_ptr<RobotHandle> handle;
  Fixture() {
    auto r = std::make_unique<FakeRobot>();
    fake = r.get();
    handle = std::make_unique<RobotHandle>(std::move(r), "test");
  }
  void toActive() {
    QVERIFY(handle->configure(RobotConfig{}).ok());
    QVERIFY(handle->activate().ok());
  }
};
}  // namespace

class TestRobotHandle : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void lifecycle_stepByStep_reachesEachState();
  void wrongState_refusedWithStateNameAndPluginNotCalled();
  void exceptionInWrite_entersErrorAndCallsOnError();
  void exceptionInConfigure_entersError();
  void fatalResult_entersErrorWithPluginMessage();
  void retryResult_keepsState();
  void invalidObservation_rejectedNotPassedOn_data();
  void invalidObservation_rejectedNotPassedOn();
  void observationSpecMismatch_configureFails();
  void noCamera_stateOnlyAccepted_nothingObservedRefused();
  void action_wrongSizeOrNaN_refused_inRange_clamped();
  void estop_latchesRefusesWriteUntilAcknowledged();
  void estopRequestFromOtherThread_latchesAndStopsOnNextCall();
  void timing_recordedPerCallKind();
  void capabilities_successDetectorAndExpert();
  void stateListener_seesTransitions();
  void destructor_shutsActiveRobotDown();
};

void TestRobotHandle::lifecycle_stepByStep_reachesEachState() {
  Fixture f;
  auto& h = *f.handle;
  QCOMPARE(h.state(), LifecycleState::Unconfigured);
  QCOMPARE(h.info().id, std::string("fake"));
  QCOMPARE(h.actionSpec().size(), 2);

  QVERIFY(h.configure(RobotConfig{}).ok());
  QCOMPARE(h.state(), LifecycleState::Inactive);
  QCOMPARE(h.observationSpec().imageWidth, 64);

  Observation obs;
  HandleResult r = h.read(obs);  // read is allowed while Inactive
  QVERIFY2(r.ok(), r.error.c_str());
  QCOMPARE(obs.image.size(), std::size_t(64 * 64));
  QCOMPARE(obs.state.size(), std::size_t(3));

  r = h.write({0.1f, 0.2f});  // refused before activate, never reaches the plugin
  QCOMPARE(r.status, HandleStatus::Refused);
  QCOMPARE(f.fake->writes, 0);

  QVERIFY(h.activate().ok());
  QCOMPARE(h.state(), LifecycleState::Active);
  QVERIFY(h.reset(42).ok());
  r = h.write({0.1f, 0.2f});
  QVERIFY2(r.ok(), r.error.c_str());
  QCOMPARE(f.fake->writes, 1);
  QCOMPARE(f.fake->lastWrite, (std::vector<float>{0.1f, 0.2f}));
  std::vector<float> applied;
  QVERIFY(h.appliedCommand(applied).ok());
  QCOMPARE(applied, (std::vector<float>{0.1f, 0.2f}));

  QVERIFY(h.deactivate().ok());
  QCOMPARE(h.state(), LifecycleState::Inactive);
  QVERIFY(h.cleanup().ok());
  QCOMPARE(h.state(), LifecycleState::Unconfigured);
  QCOMPARE(f.fake->configures, 1);
  QCOMPARE(f.fake->cleanups, 1);

  QVERIFY(h.shutdown().ok());
  QCOMPARE(h.state(), LifecycleState::Finalized);
  QCOMPARE(h.configure(RobotConfig{}).status, HandleStatus::Refused);
}

void TestRobotHandle::wrongState_refusedWithStateNameAndPluginNotCalled() {
  Fixture f;
  auto& h = *f.handle;
  Observation obs;
  HandleResult r = h.read(obs);
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("read") != std::string::npos, r.error.c_str());
  QVERIFY2(r.error.find("Unconfigured") != std::string::npos, r.error.c_str());
  QCOMPARE(f.fake->reads, 0);

  r = h.activate();
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("activate refused in state Unconfigured") != std::string::npos,
           r.error.c_str());
  QCOMPARE(f.fake->activates, 0);
  QCOMPARE(h.reset(1).status, HandleStatus::Refused);
  QCOMPARE(h.deactivate().status, HandleStatus::Refused);
  QCOMPARE(h.cleanup().status, HandleStatus::Refused);
  QCOMPARE(h.recover().status, HandleStatus::Refused);

  QVERIFY(h.configure(RobotConfig{}).ok());
  r = h.configure(RobotConfig{});
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("Inactive") != std::string::npos, r.error.c_str());
  QCOMPARE(f.fake->configures, 1);
  r = h.reset(7);
  QVERIFY2(r.error.find("reset refused in state Inactive") != std::string::npos, r.error.c_str());
  QCOMPARE(f.fake->resets, 0);
  QVERIFY(h.activate().ok());
  r = h.cleanup();  // cleanup straight from Active is not allowed
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("Active") != std::string::npos, r.error.c_str());
  QCOMPARE(f.fake->cleanups, 0);
  QCOMPARE(h.lastError(), r.error);
  QCOMPARE(h.state(), LifecycleState::Active);  // a refused call changes nothing
}

void TestRobotHandle::exceptionInWrite_entersErrorAndCallsOnError() {
  Fixture f;
  f.toActive();
  f.fake->script.throwOnWrite = true;
  const HandleResult r = f.handle->write({0.5f, 0.5f});
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("write threw an exception") != std::string::npos, r.error.c_str());
  QVERIFY2(r.error.find("CAN bus timeout on joint 3") != std::string::npos, r.error.c_str());
  QCOMPARE(f.handle->state(), LifecycleState::Error);
  QCOMPARE(f.handle->lastError(), r.error);
  QCOMPARE(f.fake->errors, 1);

  // In Error nothing but recover/shutdown/e-stop gets through.
  Observation obs;
  QCOMPARE(f.handle->read(obs).status, HandleStatus::Refused);
  QCOMPARE(f.handle->write({0.f, 0.f}).status, HandleStatus::Refused);
  QCOMPARE(f.fake->writes, 1);
  QVERIFY(f.handle->recover().ok());
  QCOMPARE(f.handle->state(), LifecycleState::Unconfigured);
  f.fake->script.throwOnWrite = false;
  f.toActive();
  QVERIFY(f.handle->write({0.f, 0.f}).ok());
}

void TestRobotHandle::exceptionInConfigure_entersError() {
  Fixture f;
  f.fake->script.throwOnConfigure = true;
  const HandleResult r = f.handle->configure(RobotConfig{});
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("configure threw an exception: serial port /dev/ttyFAKE is gone") !=
               std::string::npos,
           r.error.c_str());
  QCOMPARE(f.handle->state(), LifecycleState::Error);
  QCOMPARE(f.fake->errors, 1);
}

void TestRobotHandle::fatalResult_entersErrorWithPluginMessage() {
  Fixture f;
  QVERIFY(f.handle->configure(RobotConfig{}).ok());
  f.fake->script.fatalOnActivate = true;
  const HandleResult r = f.handle->activate();
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("overcurrent") != std::string::npos, r.error.c_str());
  QCOMPARE(f.handle->state(), LifecycleState::Error);
  QCOMPARE(f.fake->errors, 1);

  // Plugin-side validation failure in configure is Fatal too.
  Fixture g;
  RobotConfig cfg;
  cfg.imageSize = 4;
  const HandleResult r2 = g.handle->configure(cfg);
  QCOMPARE(r2.status, HandleStatus::Fatal);
  QVERIFY2(r2.error.find("image too small") != std::string::npos, r2.error.c_str());
  // And bad input the host can see never reaches the plugin.
  Fixture h;
  cfg.imageSize = 0;
  QCOMPARE(h.handle->configure(cfg).status, HandleStatus::Refused);
  QCOMPARE(h.fake->configures, 0);
}

void TestRobotHandle::retryResult_keepsState() {
  Fixture f;
  f.toActive();
  f.fake->script.retryRead = true;
  Observation obs;
  obs.imageWidth = 123;
  const HandleResult r = f.handle->read(obs);
  QCOMPARE(r.status, HandleStatus::Retry);
  QVERIFY2(r.error.find("frame late") != std::string::npos, r.error.c_str());
  QCOMPARE(f.handle->state(), LifecycleState::Active);
  QCOMPARE(obs.imageWidth, 123);  // untouched
  QCOMPARE(f.fake->errors, 0);
}

void TestRobotHandle::invalidObservation_rejectedNotPassedOn_data() {
  QTest::addColumn<int>("kind");
  QTest::addColumn<QString>("expected");
  QTest::newRow("nan") << 0 << "state[1] ('y') is NaN";
  QTest::newRow("inf") << 1 << "state[2] ('theta') is infinite";
  QTest::newRow("image size") << 2 << "image is 32x32, the observation spec says 64x64";
  QTest::newRow("state size") << 3 << "state has 2 values, the observation spec has 3";
}

void TestRobotHandle::invalidObservation_rejectedNotPassedOn() {
  QFETCH(int, kind);
  QFETCH(QString, expected);
  Fixture f;
  f.toActive();
  f.fake->script.nanState = kind == 0;
  f.fake->script.infState = kind == 1;
  f.fake->script.wrongImageSize = kind == 2;
  f.fake->script.shortStateVector = kind == 3;
  Observation obs;
  obs.state = {9.f};
  const HandleResult r = f.handle->read(obs);
  QCOMPARE(r.status, HandleStatus::Invalid);
  QVERIFY2(r.error.find(expected.toStdString()) != std::string::npos, r.error.c_str());
  QVERIFY2(r.error.find("invalid observation") != std::string::npos, r.error.c_str());
  QCOMPARE(obs.state, std::vector<float>{9.f});  // never passed on
  QVERIFY(obs.image.empty());
  QCOMPARE(f.handle->state(), LifecycleState::Active);
}

void TestRobotHandle::observationSpecMismatch_configureFails() {
  Fixture f;
  f.fake->script.wrongSpecSize = true;
  const HandleResult r = f.handle->configure(RobotConfig{});
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("32x32 but 64x64 was requested") != std::string::npos, r.error.c_str());
  QCOMPARE(f.handle->state(), LifecycleState::Error);
}

void TestRobotHandle::noCamera_stateOnlyAccepted_nothingObservedRefused() {
  // A robot without a camera reports a 0x0 image: any requested image size is fine, and its
  // observations carry the state alone.
  Fixture f;
  f.fake->script.noCamera = true;
  RobotConfig cfg;
  cfg.imageSize = 48;
  QVERIFY2(f.handle->configure(cfg).ok(), f.handle->lastError().c_str());
  QVERIFY(!f.handle->observationSpec().hasImage());
  Observation obs;
  QVERIFY(f.handle->read(obs).ok());
  QVERIFY(obs.image.empty());
  QCOMPARE(obs.state.size(), std::size_t(3));
  // ... but a robot must observe something.
  Fixture g;
  g.fake->script.noCamera = g.fake->script.noState = true;
  const HandleResult r = g.handle->configure(RobotConfig{});
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("neither an image nor a state vector") != std::string::npos,
           r.error.c_str());
}

void TestRobotHandle::action_wrongSizeOrNaN_refused_inRange_clamped() {
  Fixture f;
  f.toActive();
  HandleResult r = f.handle->write({0.1f});
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(
      r.error.find("action has 1 values, the action spec has 2 (vx, omega)") != std::string::npos,
      r.error.c_str());
  r = f.handle->write({0.1f, std::numeric_limits<float>::quiet_NaN()});
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("action[1] ('omega') is NaN") != std::string::npos, r.error.c_str());
  r = f.handle->write({-std::numeric_limits<float>::infinity(), 0.f});
  QVERIFY2(r.error.find("infinite") != std::string::npos, r.error.c_str());
  QCOMPARE(f.fake->writes, 0);
  QCOMPARE(f.handle->state(), LifecycleState::Active);

  QVERIFY(f.handle->write({3.0f, -1.5f}).ok());
  QCOMPARE(f.fake->lastWrite, (std::vector<float>{1.0f, -1.0f}));
  QCOMPARE(f.handle->clampedActionCount(), std::uint64_t(1));
}

void TestRobotHandle::estop_latchesRefusesWriteUntilAcknowledged() {
  Fixture f;
  f.handle->emergencyStop();  // any state, even Unconfigured
  QCOMPARE(f.fake->estops, 1);
  QVERIFY(f.handle->isEmergencyStopped());
  QVERIFY(f.handle->acknowledgeEmergencyStop().ok());

  f.toActive();
  QVERIFY(f.handle->write({0.5f, 0.5f}).ok());
  f.handle->emergencyStop();
  QCOMPARE(f.fake->estops, 2);
  QCOMPARE(f.fake->applied, (std::vector<float>{0.f, 0.f}));
  HandleResult r = f.handle->write({0.5f, 0.5f});
  QCOMPARE(r.status, HandleStatus::Refused);
  QVERIFY2(r.error.find("emergency stop is latched") != std::string::npos, r.error.c_str());
  QCOMPARE(f.handle->reset(3).status, HandleStatus::Refused);
  QCOMPARE(f.fake->writes, 1);
  // The latch survives a deactivate/activate cycle.
  QVERIFY(f.handle->deactivate().ok());
  QVERIFY(f.handle->activate().ok());
  QCOMPARE(f.handle->write({0.5f, 0.5f}).status, HandleStatus::Refused);
  Observation obs;
  QVERIFY(f.handle->read(obs).ok());  // monitoring keeps working
  QVERIFY(f.handle->acknowledgeEmergencyStop().ok());
  QVERIFY(!f.handle->isEmergencyStopped());
  QVERIFY(f.handle->write({0.5f, 0.5f}).ok());
  QCOMPARE(f.fake->writes, 2);

  // In Error too.
  f.fake->script.throwOnWrite = true;
  QCOMPARE(f.handle->write({0.f, 0.f}).status, HandleStatus::Fatal);
  f.handle->emergencyStop();
  QCOMPARE(f.fake->estops, 3);
}

void TestRobotHandle::estopRequestFromOtherThread_latchesAndStopsOnNextCall() {
  Fixture f;
  f.toActive();
  std::thread gui([&] { f.handle->requestEmergencyStop(); });
  gui.join();
  QVERIFY(f.handle->isEmergencyStopped());
  QCOMPARE(f.handle->write({0.2f, 0.2f}).status, HandleStatus::Refused);
  QCOMPARE(f.fake->estops, 1);  // serviced on the owning thread by that call
  QCOMPARE(f.fake->writes, 0);
}

void TestRobotHandle::timing_recordedPerCallKind() {
  Fixture f;
  f.toActive();
  f.fake->script.sleepInWriteUs = 2000;
  for (int i = 0; i < 3; ++i) QVERIFY(f.handle->write({0.f, 0.f}).ok());
  const CallTiming& w = f.handle->timing(CallKind::Write);
  QCOMPARE(w.count, std::uint64_t(3));
  QVERIFY2(w.lastUs >= 2000.0, qPrintable(QString::number(w.lastUs)));
  QVERIFY(w.meanUs >= 2000.0);
  QVERIFY(w.maxUs >= w.meanUs);
  QCOMPARE(f.handle->timing(CallKind::Configure).count, std::uint64_t(1));
  QCOMPARE(f.handle->timing(CallKind::Activate).count, std::uint64_t(1));
  QCOMPARE(f.handle->timing(CallKind::Read).count, std::uint64_t(0));
  // Refused calls are not timed.
  (void)f.handle->write({0.f});
  QCOMPARE(f.handle->timing(CallKind::Write).count, std::uint64_t(3));
  QCOMPARE(QString(toString(CallKind::Write)), QString("write"));
}

void TestRobotHandle::capabilities_successDetectorAndExpert() {
  Fixture f;
  f.toActive();
  bool success = true, failed = true;
  QVERIFY(f.handle->detectSuccess(success).ok());
  QVERIFY(!success);
  QVERIFY(f.handle->detectFailure(failed).ok());
  QVERIFY(!failed);
  for (int i = 0; i < 2; ++i) QVERIFY(f.handle->write({0.f, 0.f}).ok());
  QVERIFY(f.handle->detectFailure(failed).ok());
  QVERIFY(failed);
  QCOMPARE(f.handle->timing(CallKind::DetectFailure).count, std::uint64_t(2));
  QVERIFY(f.handle->write({0.f, 0.f}).ok());
  QVERIFY(f.handle->detectSuccess(success).ok());
  QVERIFY(success);
  std::vector<float> expert;
  QVERIFY(f.handle->scriptedAction(expert).ok());
  QCOMPARE(expert, (std::vector<float>{1.0f, -0.25f}));  // clamped
}

void TestRobotHandle::stateListener_seesTransitions() {
  // Declared before the fixture: the handle's destructor (shutdown) still notifies.
  std::vector<std::pair<LifecycleState, LifecycleState>> seen;
  Fixture f;
  f.handle->setStateListener(
      [&](LifecycleState a, LifecycleState b, const std::string&) { seen.emplace_back(a, b); });
  f.toActive();
  QCOMPARE(seen.size(), std::size_t(2));
  QCOMPARE(seen[1].second, LifecycleState::Active);
  f.handle.reset();
  QCOMPARE(seen.back().second, LifecycleState::Finalized);
}

void TestRobotHandle::destructor_shutsActiveRobotDown() {
  auto robot = std::make_unique<FakeRobot>();
  FakeRobot* fake = robot.get();
  // Keep counters readable after the handle deletes the robot: copy them via the listener.
  int deactivatesAtEnd = -1, cleanupsAtEnd = -1;
  {
    RobotHandle h(std::move(robot));
    h.setStateListener([&](LifecycleState, LifecycleState to, const std::string&) {
      if (to == LifecycleState::Finalized) {
        deactivatesAtEnd = fake->deactivates;
        cleanupsAtEnd = fake->cleanups;
      }
    });
    QVERIFY(h.configure(RobotConfig{}).ok());
    QVERIFY(h.activate().ok());
  }
  QCOMPARE(deactivatesAtEnd, 1);
  QCOMPARE(cleanupsAtEnd, 1);
}

QTEST_GUILESS_MAIN(TestRobotHandle)
#include "test_robot_handle.moc"
