// The training controller against a fast fake robot (tests/core/fake_point_robot.h, registered
// as a static factory) and, when it is built, the MuJoCo push-cube sim: the state machine and
// its refusals, labels and interventions in the right buffer and table, pause, e-stop timing,
// evaluation, operator reset, demo replay/re-record and relabelling.
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <set>

#include "chaos_control.h"
#include "controller_test_support.h"
#include "learner_worker.h"
#include "memory_budget.h"
#include "replay_buffer.h"
#include "session_recorder.h"
#include "session_restore.h"
#include "session_store.h"
#include "sigent_sac.h"
#ifdef LAB_TEST_HAVE_SIM
#include "sim/sim_robots.h"
#endif

using namespace lab;
using namespace labtest;

class TestTrainingController : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase();
  void init();
  void refusalReason_table_matchesStates();
  void idle_commands_refusedWithReason();
  void connect_unknownRobot_errorAndStaysIdle();
  void connect_observationFitsTheRobot_orIsRefused_data();
  void connect_observationFitsTheRobot_orIsRefused();
  void setSettings_badLearnerConfig_errorCarriesItsCode();
  void connect_sessionHeldElsewhere_errorCarriesTheStoresCode();
  void robotSource_toldTheActionsAsConfigured();
  void demoAndLabels_landInBuffersAndTables();
  void intervention_storedAsExpertAndFlagged();
  void failureDetector_endsEpisodeTerminal_discardsFailedDemo();
  void pause_holdsZeroCommand_andStopsLearner();
  void episodeNotSaved_pausesTraining_resumeSavesAgain();
  void emergencyStop_zeroWithinOneTick_needsAcknowledge();
  void evaluate_reportsSuccessesAndDemoSteps();
  void operatorReset_waitsForReady();
  void replayAndRerecord_replaysActions_replacesDemo();
  void severalDemos_newestTeach_restoredOnReopen();
  void degradedDemo_learnerSeesLess_storeKeepsDemo_sameOnReopen();
  void degradedDemo_noiseBoundedSeeded_returnsFromCleanDemo();
  void relabelEpisode_updatesBufferAndDatabase();
  void labelNotSaved_heldShownRetried_neverLost();
  void reopen_checkpointPathLeavingSession_refusedAndShown();
  void learner_failingMessage_dropsNoLaterMessage();
  void checkpointNow_withoutSession_refused();
  void reopen_moreThanCapacity_newestKeptInBoundedMemory();
  void connect_buffersBeyondMemory_refusedWithSizes();
  void pushCubeSim_recordTrainEvaluate();
  // Motion safety, through the chaos robot plugin (hardware/chaos) and the real loader.
  void badReads_zeroCommand_episodeEndsUnlabelled_paused_data();
  void badReads_zeroCommand_episodeEndsUnlabelled_paused();
  void badReads_recordingDiscarded_replayStopped();
  void refusedCommands_estopLatched_episodeEndsUnlabelled();
  void robotPort_hungCall_faultsAtDeadline_estopNeverWaits();
  void hungWrite_estopAcknowledged_robotFaulted();
  void hungConfigure_estopAcknowledged_connectFails();
  void hungCall_controllerExitsPromptly();
  void nonFiniteLearning_pausesRestores_noNaNPublishedOrSaved();

 private:
  bool haveChaos() const;
};

bool TestTrainingController::haveChaos() const {
  return QDir(chaosPluginDir()).exists() &&
         !QDir(chaosPluginDir()).entryList(QDir::Files).isEmpty();
}

namespace {
bool anyError(const QSignalSpy& errors, const QString& text) {
  for (const auto& e : errors) {
    if (e.at(1).toString().contains(text, Qt::CaseInsensitive)) return true;
  }
  return false;
}
}  // namespace

void TestTrainingController::initTestCase() { registerFakeRobot(); }
void TestTrainingController::init() { FakeProbe::get().clear(); }

void TestTrainingController::refusalReason_table_matchesStates() {
  using S = ControllerState;
  using C = ControllerCommand;
  QCOMPARE(refusalReason(S::Paused, C::Success, false, true).english(),
           QString("Success needs a running episode (state: Paused)"));
  // Codes, not sentences: the refusal and the state it was refused in.
  const Notice paused = refusalReason(S::Paused, C::Pause, false, true);
  QCOMPARE(paused.code, NoticeCode::InState);
  QCOMPARE(paused.args.at(0).value<Notice>().code, NoticeCode::AlreadyPaused);
  QVERIFY(paused.args.at(1).value<ControllerState>() == S::Paused);
  QCOMPARE(refusalReason(S::Ready, C::StartTraining, true, true).code,
           NoticeCode::BlockedByEmergencyStop);
  QVERIFY(refusalReason(S::Idle, C::Connect, false, false).isEmpty());
  QVERIFY(
      refusalReason(S::Idle, C::Pause, false, false).english().contains("needs a connected robot"));
  QVERIFY(refusalReason(S::Connected, C::StartTraining, false, false).english().contains("demo"));
  QVERIFY(refusalReason(S::Ready, C::StartTraining, false, true).isEmpty());
  QVERIFY(refusalReason(S::EpisodeRunning, C::Pause, false, true).isEmpty());
  QVERIFY(refusalReason(S::Paused, C::Pause, false, true).english().contains("Already paused"));
  QVERIFY(refusalReason(S::Paused, C::Resume, false, true).isEmpty());
  QVERIFY(refusalReason(S::EpisodeRunning, C::Resume, false, true)
              .english()
              .contains("Nothing is paused"));
  QVERIFY(refusalReason(S::RecordingDemo, C::StopRecording, false, false).isEmpty());
  QVERIFY(
      refusalReason(S::Ready, C::StopRecording, false, true).english().contains("Not recording"));
  QVERIFY(refusalReason(S::EpisodeRunning, C::InterventionOn, false, true).isEmpty());
  QVERIFY(
      refusalReason(S::Ready, C::InterventionOn, false, true).english().contains("state: Ready"));
  QVERIFY(
      refusalReason(S::EpisodeRunning, C::Disconnect, false, true).english().contains("at rest"));
  QVERIFY(refusalReason(S::Ready, C::Evaluate, false, true).isEmpty());
  QVERIFY(refusalReason(S::Connected, C::ReplayDemo, false, false).english().contains("No demo"));
  QVERIFY(refusalReason(S::Ready, C::AcknowledgeEmergencyStop, false, true)
              .english()
              .contains("No emergency"));
  // The e-stop is never refused; while it is active nothing that moves is allowed, labels and
  // disconnecting still are.
  for (int s = 0; s <= static_cast<int>(S::ReplayingDemo); ++s) {
    QVERIFY(refusalReason(S(s), C::EmergencyStop, false, true).isEmpty());
    QVERIFY(refusalReason(S(s), C::EmergencyStop, true, true).isEmpty());
  }
  QVERIFY(refusalReason(S::Paused, C::Resume, true, true).english().contains("acknowledge"));
  QVERIFY(
      refusalReason(S::Ready, C::StartTraining, true, true).english().contains("emergency stop"));
  QVERIFY(refusalReason(S::Paused, C::Disconnect, true, true).isEmpty());
  QVERIFY(refusalReason(S::Paused, C::AcknowledgeEmergencyStop, true, true).isEmpty());
  QVERIFY(refusalReason(S::BetweenEpisodes, C::Failure, true, true).isEmpty());
  // Every refusal names something: no empty-but-refused and no silent "no".
  for (int s = 0; s <= static_cast<int>(S::ReplayingDemo); ++s) {
    for (int c = 0; c <= static_cast<int>(C::OperatorReady); ++c) {
      const QString r = refusalReason(S(s), C(c), false, true).english();
      if (!r.isEmpty()) QVERIFY2(r.size() > 10, qPrintable(r));
    }
  }
}

void TestTrainingController::idle_commands_refusedWithReason() {
  TrainingController c(robots());
  QSignalSpy refused(&c, &TrainingController::commandRefused);
  c.markSuccess();
  c.pause();
  c.startTraining();
  c.acknowledgeEmergencyStop();
  QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 4, 5000);
  QVERIFY(refused.at(0).at(0).value<ControllerCommand>() == ControllerCommand::Success);
  const Notice why = refused.at(0).at(1).value<Notice>();
  QCOMPARE(why.code, NoticeCode::InState);
  QCOMPARE(why.args.at(0).value<Notice>().code, NoticeCode::NeedsConnectedRobot);
  QVERIFY(why.args.at(1).value<ControllerState>() == ControllerState::Idle);
  QCOMPARE(why.english(), QString("Success needs a connected robot (state: No robot)"));
  QVERIFY(refused.at(1).at(0).value<ControllerCommand>() == ControllerCommand::Pause);
  QVERIFY(refused.at(2).at(0).value<ControllerCommand>() == ControllerCommand::StartTraining);
  QVERIFY(refused.at(3).at(0).value<ControllerCommand>() ==
          ControllerCommand::AcknowledgeEmergencyStop);
  QVERIFY(c.state() == ControllerState::Idle);
}

void TestTrainingController::connect_unknownRobot_errorAndStaysIdle() {
  TrainingController c(robots());
  auto s = fakeSettings();
  s.robotId = "no-such-robot";
  c.setSettings(s);
  QSignalSpy errors(&c, &TrainingController::errorOccurred);
  c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 10000);
  QVERIFY2(errors.at(0).at(1).toString().contains("no-such-robot"),
           qPrintable(errors.at(0).at(1).toString()));
  QVERIFY(c.state() == ControllerState::Idle);

  // A plugin's refusal reads once: the robot, the call, the plugin's reason.
  c.setSettings(fakeSettings());
  FakeProbe::get().configureFrom({{"rate_hz", 0}});
  c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 2, 10000);
  FakeProbe::get().configureFrom({});
  QVERIFY2(errors.at(1).at(1).toString().endsWith(
               "robot 'fake-point': configure failed: rate_hz must be positive"),
           qPrintable(errors.at(1).at(1).toString()));
  QVERIFY(c.state() == ControllerState::Idle);
}

void TestTrainingController::connect_observationFitsTheRobot_orIsRefused_data() {
  QTest::addColumn<QString>("lacks");  // the fake robot's `no_camera` or `no_state`
  QTest::addColumn<int>("asked");      // ObsMode the config asks for
  QTest::addColumn<bool>("fit");
  QTest::addColumn<QString>("said");  // the log line (fit) or the refusal (no fit)
  QTest::addColumn<int>("imageSize");
  QTest::addColumn<int>("stateDim");  // what the session records it learns from
  const int img = int(ObsMode::Image), both = int(ObsMode::Both), st = int(ObsMode::State);
  QTest::newRow("no camera, images asked, fit")
      << "no_camera" << img << true << "has no camera: this connection learns from its state" << 0
      << 4;
  QTest::newRow("no camera, both asked, fit")
      << "no_camera" << both << true << "learns from its state" << 0 << 4;
  QTest::newRow("no state, state asked, fit")
      << "no_state" << st << true << "has no state vector: this connection learns from its images"
      << 64 << 0;
  QTest::newRow("no camera, images asked, refused")
      << "no_camera" << img << false << "has no camera; use obs_mode" << -1 << -1;
  QTest::newRow("no state, both asked, refused")
      << "no_state" << both << false << "has no state vector; use obs_mode" << -1 << -1;
  QTest::newRow("both there, both asked, fit: unchanged") << "" << both << true << "" << 64 << 4;
}

// The window connects a camera-less robot (Point-Reach) with its config asking for the camera:
// the observation narrows to what the robot has, said in the log, and the session records what
// the learner learns from; without fitting (the CLI) the robot is refused with what it lacks.
void TestTrainingController::connect_observationFitsTheRobot_orIsRefused() {
  QFETCH(QString, lacks);
  QFETCH(int, asked);
  QFETCH(bool, fit);
  QFETCH(QString, said);
  QFETCH(int, imageSize);
  QFETCH(int, stateDim);
  QTemporaryDir dir;
  QJsonObject robot;
  if (!lacks.isEmpty()) robot[lacks] = true;
  auto s = fakeSettings(robot, dir.path());
  s.sac.obsMode = ObsMode(asked);
  s.sac.imageSize = 64;
  s.fitObservationToRobot = fit;
  Harness h(s);
  QSignalSpy log(&h.c, &TrainingController::logMessage);
  h.c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(h.c.state() != ControllerState::Idle || !h.errors.isEmpty(), 60000);
  if (imageSize < 0) {
    QVERIFY(h.c.state() == ControllerState::Idle);
    QVERIFY2(anyError(h.errors, said), qPrintable(h.errors.value(0).value(1).toString()));
    return;
  }
  QVERIFY2(h.errors.isEmpty(), qPrintable(h.errors.value(0).value(1).toString()));
  bool told = false, toldAny = false;
  for (const auto& m : log) {
    const QString line = m.at(0).value<Notice>().english();
    told |= !said.isEmpty() && line.contains(said);
    toldAny |= line.contains("this connection learns from");
  }
  QVERIFY2(said.isEmpty() ? !toldAny : told, qPrintable(said));
  QVERIFY(h.recordDemo(3) >= 3);  // the observation the learner takes flows end to end
  // The window says "... has no camera" instead of an empty camera view that looks broken.
  const bool camera = lacks != "no_camera";
  QVERIFY(h.waitStats([&](const LoopStats& st) { return st.camera == camera; }));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.value("SELECT image_size FROM session").toInt(), imageSize);
  QCOMPARE(db.value("SELECT state_dim FROM session").toInt(), stateDim);
  QCOMPARE(h.c.settings().sac.obsMode, ObsMode(asked));  // the window's config is unchanged
  if (!lacks.isEmpty()) return;

  // The same session reopened with the robot's camera gone: the connection would learn from
  // the state, the session from images: refused, saying what changed; the demo stays.
  const int episodes = db.value("SELECT COUNT(*) FROM episodes").toInt();
  QVERIFY(episodes >= 1);
  robot["no_camera"] = true;
  FakeProbe::get().configureFrom(robot);  // the robot the next Connect opens
  h.errors.clear();
  auto again = fakeSettings(robot, dir.path());
  again.sac = s.sac;
  again.fitObservationToRobot = true;
  h.c.setSettings(again);
  h.c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 60000);
  QVERIFY(h.c.state() == ControllerState::Idle);
  QVERIFY2(anyError(h.errors, "its camera or its settings changed"),
           qPrintable(h.errors.value(0).value(1).toString()));
  QCOMPARE(SessionDb(dir.path()).value("SELECT COUNT(*) FROM episodes").toInt(), episodes);
}

// The window shows the learner's own code and arguments (translated), and keeps the settings.
void TestTrainingController::setSettings_badLearnerConfig_errorCarriesItsCode() {
  TrainingController c(robots());
  auto s = fakeSettings();
  s.sac.logStdMin = 1.0;
  s.sac.logStdMax = 0.5;
  QSignalSpy errors(&c, &TrainingController::errorOccurred);
  c.setSettings(s);
  QCOMPARE(errors.count(), 1);
  const auto why = errors.at(0).at(1).value<Notice>();
  QCOMPARE(int(why.code), int(NoticeCode::ConfigNotBelow));
  QCOMPARE(why.args.value(0).toString(), QString("log_std_min"));
  QCOMPARE(c.settings().sac.logStdMin, SacConfig().logStdMin);
}

// A session another program holds: the refusal carries the store's own code (SessionLocked,
// with the file and the holder's pid), so the Chinese window shows it in Chinese, not the
// store's English what().
void TestTrainingController::connect_sessionHeldElsewhere_errorCarriesTheStoresCode() {
  QTemporaryDir dir;
  Harness holder(fakeSettings({}, dir.path()));
  holder.connect();
  TrainingController c(robots());
  c.setSettings(fakeSettings({}, dir.path()));
  QSignalSpy errors(&c, &TrainingController::errorOccurred);
  c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(!errors.isEmpty(), 20000);
  const auto why = errors.at(0).at(1).value<Notice>();
  QCOMPARE(int(why.code), int(NoticeCode::SessionFailed));
  QVERIFY2(why.args.value(1).canConvert<Notice>(), qPrintable(why.english()));
  const auto inner = why.args.value(1).value<Notice>();
  QCOMPARE(int(inner.code), int(NoticeCode::SessionLocked));
  QVERIFY2(inner.english().contains(QString::number(QCoreApplication::applicationPid())),
           qPrintable(inner.english()));
  QTRY_VERIFY_WITH_TIMEOUT(c.state() == ControllerState::Idle, 20000);
  QVERIFY(holder.c.state() != ControllerState::Idle);  // the holder keeps its session
}

namespace {
// A robot whose settings choose how many axes it takes ("axes"), as a real one may.
class AxesRobot : public hw::IRobot {
 public:
  hw::RobotInfo info() const override {
    hw::RobotInfo i;
    i.id = "axes";
    i.maxEpisodeSteps = m_axes * 10;
    return i;
  }
  hw::ActionSpec actionSpec() const override {
    hw::ActionSpec s;
    for (int i = 0; i < m_axes; ++i) s.dims.push_back({"a" + std::to_string(i), "", -1, 1});
    return s;
  }
  hw::ObservationSpec observationSpec() const override { return {}; }
  hw::Result onConfigure(const hw::RobotConfig& c, std::string&) override {
    m_axes = c.settings.value("axes").toInt(2);
    return hw::Result::Ok;
  }
  hw::Result onActivate(std::string&) override { return hw::Result::Ok; }
  hw::Result onDeactivate(std::string&) override { return hw::Result::Ok; }
  hw::Result onCleanup(std::string&) override { return hw::Result::Ok; }
  void onError() noexcept override {}
  hw::Result reset(std::uint64_t, std::string&) override { return hw::Result::Ok; }
  hw::Result read(hw::Observation& o, std::string&) override {
    o.imageWidth = o.imageHeight = 64;
    o.image.assign(64 * 64, 0);
    return hw::Result::Ok;
  }
  hw::Result write(const std::vector<float>&, std::string&) override { return hw::Result::Ok; }
  void emergencyStop() noexcept override {}
  std::vector<float> appliedCommand() const override { return {}; }

 private:
  int m_axes = 2;
};

class AxesFactory : public hw::IRobotFactory {
 public:
  std::unique_ptr<hw::IRobot> create() override { return std::make_unique<AxesRobot>(); }
};
}  // namespace

// What the window's teleop maps its keys from: the actions and time limit as the robot's
// settings made them, told once it is configured (never the unconfigured defaults).
void TestTrainingController::robotSource_toldTheActionsAsConfigured() {
  HostRobotSource source;
  source.add("axes", "Axes (test)", std::make_shared<AxesFactory>());
  QStringList told;
  std::vector<int> sizes, limits;
  source.setConfiguredListener(
      [&](const QString& id, const hw::RobotInfo& info, const hw::ActionSpec& actions) {
        told << id;
        sizes.push_back(actions.size());
        limits.push_back(info.maxEpisodeSteps);
      });
  QString error;
  auto robot = source.create("axes", {}, error);
  QVERIFY2(robot, qPrintable(error));
  QCOMPARE(robot->actionSpec().size(), 2);  // the defaults, before configure
  QVERIFY(told.isEmpty());
  hw::RobotConfig config;
  config.settings = QJsonObject{{"axes", 3}};
  QVERIFY(robot->configure(config).ok());
  QCOMPARE(told, QStringList{"axes"});
  QCOMPARE(sizes, std::vector<int>{3});
  QCOMPARE(limits, std::vector<int>{30});
  QCOMPARE(robot->actionSpec().size(), 3);
}

void TestTrainingController::demoAndLabels_landInBuffersAndTables() {
  QTemporaryDir dir;
  Harness h(fakeSettings({{"max_steps", 30}}, dir.path()));
  h.connect();
  QVERIFY(h.c.state() == ControllerState::Connected);
  h.c.startTraining();
  QVERIFY(h.refusedWith(ControllerCommand::StartTraining, "demo"));

  const int demoSteps = h.recordDemo(8);
  QVERIFY(demoSteps >= 8);
  const auto demoEp = h.episodes.back();
  QCOMPARE(demoEp.kind, QString("demo"));
  QCOMPARE(demoEp.label, QString("success"));
  QVERIFY(h.c.hasDemo());
  QVERIFY(h.waitStats([&](const LoopStats& s) {
    return s.expertSize == demoSteps && s.replaySize == demoSteps;  // demoToReplay
  }));

  // Failure by the operator: episode ends, no reward, not terminal (failureIsTerminal=false).
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(3));
  h.c.markFailure();
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  QVERIFY(h.waitEpisodes(2));
  const auto ep1 = h.episodes.back();
  QCOMPARE(ep1.kind, QString("train"));
  QCOMPARE(ep1.label, QString("failure"));
  // Relabel from BetweenEpisodes, then undo it.
  h.c.markSuccess();
  h.c.undoLabel();
  // Time-out: the next episode runs to max_steps.
  h.c.startTraining();
  QVERIFY(h.waitEpisodes(3, 15000));
  const auto ep2 = h.episodes.back();
  QCOMPARE(ep2.label, QString("timeout"));
  QCOMPARE(ep2.steps, 30);
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  QVERIFY(h.waitStats([&](const LoopStats& s) {
    return s.replaySize == demoSteps + ep1.steps + ep2.steps && s.expertSize == demoSteps;
  }));
  // Undo reaches back past the timer's time-out to the last label someone GAVE: the
  // operator's failure of episode 1 (the success on top of it was undone already).
  h.c.undoLabel();
  h.c.undoLabel();
  QVERIFY(h.refusedWith(ControllerCommand::UndoLabel, "No label to undo"));
  h.disconnect();
  for (const auto& e : h.errors)
    QVERIFY2(e.at(0).toString() != "store", qPrintable(e.at(1).toString()));

  // The tables: the demo, both episodes with their labels; the undone labels are not kept.
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(demoEp.id), QString("success"));
  QCOMPARE(db.episodeKind(demoEp.id), QString("demo"));
  QCOMPARE(db.episodeLabel(ep1.id), QString(""));
  QCOMPARE(db.episodeLabel(ep2.id), QString("timeout"));
  QCOMPARE(db.transitionCount(ep1.id), ep1.steps);
  QCOMPARE(db.lastReward(ep1.id), 0.0);
  QCOMPARE(db.lastTerminal(ep1.id), false);
  QCOMPARE(db.lastReward(demoEp.id), 1.0);
  QCOMPARE(db.lastTerminal(demoEp.id), true);
  QCOMPARE(db.lastTerminal(ep2.id), false);
}

void TestTrainingController::failureDetector_endsEpisodeTerminal_discardsFailedDemo() {
  // The fake fails at the edge of its plane. Driven there by the operator, a recording is
  // discarded and a training episode ends at once as a terminal failure "by detector", even
  // though operator failures are not terminal here (failureIsTerminal=false).
  QTemporaryDir dir;
  // The goal in a corner: however many random steps the policy takes before the operator
  // takes over (more on a busy machine), driving rightwards never passes it (it did, 1 run in
  // 15, when the goal was random).
  auto s =
      fakeSettings({{"max_steps", 60}, {"fail_at_edge", true}, {"goal_corner", true}}, dir.path());
  s.scriptedDemo = false;
  s.useSuccessDetector = true;  // the detectors label
  Harness h(s);
  QSignalSpy log(&h.c, &lab::TrainingController::logMessage);
  h.connect();
  h.c.setTeleopAction({1.0f, 0.0f});
  h.c.startRecording();
  QVERIFY(h.waitState(ControllerState::RecordingDemo));
  // On the signal, not c.state(): the log line is posted before the state change, and is
  // delivered by the time the window hears of the change.
  QTRY_VERIFY_WITH_TIMEOUT(h.signalledState() != ControllerState::RecordingDemo, 20000);
  QVERIFY(!h.c.hasDemo());
  QVERIFY(h.episodes.empty());
  bool discarded = false;
  for (const auto& m : log) discarded |= m.at(0).toString().contains("recording discarded");
  QVERIFY2(discarded, "no log line says why the recording was dropped");

  h.c.setTeleopAction({0.0f, 0.05f});  // a slow move: the clock starts at the first one
  QVERIFY(h.recordDemo(3) >= 3);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  h.c.setTeleopAction({1.0f, 0.0f});
  h.c.setIntervention(true);
  QVERIFY(h.waitEpisodes(2));
  h.c.setIntervention(false);
  const auto failed = h.episodes.back();
  QCOMPARE(failed.label, QString("failure"));
  QVERIFY2(failed.steps < 60, "the failure must end the episode before the time limit");
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(failed.id), QString("failure"));
  QCOMPARE(db.lastReward(failed.id), 0.0);
  QCOMPARE(db.lastTerminal(failed.id), true);
}

void TestTrainingController::intervention_storedAsExpertAndFlagged() {
  QTemporaryDir dir;
  auto s = fakeSettings({{"max_steps", 40}}, dir.path());
  s.scriptedDemo = false;  // only the operator's teleop action drives
  Harness h(s);
  h.connect();
  h.c.startRecording();
  QVERIFY(h.refusedWith(ControllerCommand::StartRecording, "teleop"));
  h.c.setTeleopAction({0.4f, -0.2f});
  const int demoSteps = h.recordDemo(5);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(2));
  h.c.setTeleopAction({0.7f, 0.1f});
  h.c.setIntervention(true);
  QTRY_VERIFY_WITH_TIMEOUT(h.interventionPoints() >= 4, 10000);
  h.c.setIntervention(false);
  h.c.markFailure();
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  QVERIFY(h.waitEpisodes(2));
  const auto ep = h.episodes.back();
  QVERIFY2(ep.interventionSteps >= 4, qPrintable(QString::number(ep.interventionSteps)));
  QVERIFY(ep.interventionSteps < ep.steps);
  // The operator's action reached the robot.
  int driven = 0;
  for (const auto& w : FakeProbe::get().writesFrom(0)) {
    if (std::abs(w[0] - 0.7f) < 1e-6 && std::abs(w[1] - 0.1f) < 1e-6) ++driven;
  }
  QVERIFY(driven >= ep.interventionSteps);
  QVERIFY(h.waitStats([&](const LoopStats& st) {
    return st.expertSize == demoSteps + ep.interventionSteps &&
           st.replaySize == demoSteps + ep.steps;
  }));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.interventionSteps(ep.id), ep.interventionSteps);
  QCOMPARE(db.transitionCount(ep.id), ep.steps);
}

void TestTrainingController::pause_holdsZeroCommand_andStopsLearner() {
  auto s = fakeSettings({{"max_steps", 30}});
  s.autoTrain = true;
  Harness h(s);
  h.connect();
  h.recordDemo(6);
  h.c.startTraining();
  // Let the learner work (batch 16 is reached within the first episode).
  QVERIFY(h.waitStats([](const LoopStats& st) { return st.updates > 5; }, 30000));
  h.c.pause();
  QVERIFY(h.waitState(ControllerState::Paused));
  // 40 ticks held (0.4 s at 100 Hz), counted in writes: a busy machine cannot shorten it.
  const int from = FakeProbe::get().writeCount();
  QTRY_VERIFY_WITH_TIMEOUT(FakeProbe::get().writeCount() >= from + 41, 20000);
  const auto held = FakeProbe::get().writesFrom(from + 1);  // one tick may have been in flight
  for (const auto& w : held) {
    QCOMPARE(w[0], 0.0f);
    QCOMPARE(w[1], 0.0f);
  }
  // Learner stopped: the update counter does not move across two stats reports.
  const int n = h.stats.size();
  QTRY_VERIFY_WITH_TIMEOUT(h.stats.size() >= n + 2, 5000);
  const auto a = h.stats.at(h.stats.size() - 2).at(0).value<LoopStats>();
  const auto b = h.stats.at(h.stats.size() - 1).at(0).value<LoopStats>();
  QCOMPARE(b.updates, a.updates);
  h.c.resume();
  QTRY_VERIFY_WITH_TIMEOUT(h.c.state() == ControllerState::EpisodeRunning ||
                               h.c.state() == ControllerState::BetweenEpisodes,
                           5000);
  QVERIFY(h.waitStats([&](const LoopStats& st) { return st.updates > b.updates; }, 30000));
}

void TestTrainingController::episodeNotSaved_pausesTraining_resumeSavesAgain() {
  QTemporaryDir dir;
  auto s = fakeSettings({{"max_steps", 8}}, dir.path());
  s.autoTrain = true;
  Harness h(s);
  QSignalSpy stored(&h.c, &TrainingController::episodeStored);
  h.connect();
  h.recordDemo(4);
  h.c.startTraining();
  QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 30000);  // the demo and a training episode

  // The window learns of the pause from stateChanged and must already have been told why: the
  // store error comes first. Checked when stateChanged(Paused) is delivered, not by polling
  // c.state(): that reads the loop's state directly and runs ahead of the queued signals, so it
  // can say Paused while the store error (and the stateChanged) still wait in the event queue.
  const auto storeErrors = [&h] {
    int n = 0;
    for (const auto& e : h.errors) n += e.at(0).toString() == "store" ? 1 : 0;
    return n;
  };
  int storeErrorsAtPause = -1;
  QObject watch;  // declared after what the slot touches: disconnects before that goes
  QObject::connect(&h.c, &TrainingController::stateChanged, &watch, [&](ControllerState st) {
    if (st == ControllerState::Paused && storeErrorsAtPause < 0) storeErrorsAtPause = storeErrors();
  });

  // Another program takes the database: the next episode cannot be saved.
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", "other-program");
    db.setDatabaseName(QDir(dir.path()).filePath("session.sqlite"));
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec("BEGIN EXCLUSIVE"));
    QTRY_VERIFY_WITH_TIMEOUT(storeErrorsAtPause >= 0, 60000);
    QVERIFY2(storeErrorsAtPause > 0, "paused without (or before) the store error");
    QVERIFY(h.c.state() == ControllerState::Paused);
    // Paused stays paused: nothing runs on while episodes cannot be kept. Observed over 100
    // ticks of the loop (it holds the zero command every tick while paused), not wall time.
    const auto episodes = h.episodes.size();
    const auto states = h.states.size();
    const int writes = FakeProbe::get().writeCount();
    QTRY_VERIFY_WITH_TIMEOUT(FakeProbe::get().writeCount() >= writes + 100, 30000);
    QVERIFY(h.c.state() == ControllerState::Paused);
    QCOMPARE(h.states.size(), states);
    QCOMPARE(h.episodes.size(), episodes);
    QVERIFY(QSqlQuery(db).exec("COMMIT"));
    db.close();
  }
  QSqlDatabase::removeDatabase("other-program");

  // Free again: resuming saves the following episodes.
  const int storedBefore = stored.size();
  h.c.resume();
  QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= storedBefore + 1, 30000);
  QVERIFY(h.c.state() != ControllerState::Paused);
}

void TestTrainingController::emergencyStop_zeroWithinOneTick_needsAcknowledge() {
  auto s = fakeSettings({{"max_steps", 200}, {"rate_hz", 50}});
  Harness h(s);
  h.connect();
  h.recordDemo(5);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(5));
  auto& probe = FakeProbe::get();
  QSignalSpy estop(&h.c, &TrainingController::emergencyStopChanged);
  const int writesBefore = probe.writeCount();
  const auto t0 = std::chrono::steady_clock::now();
  h.c.emergencyStop();
  QVERIFY(h.c.emergencyStopped());  // at once, before the loop has seen it
  QTRY_VERIFY_WITH_TIMEOUT(!probe.estopAtWrite.empty(), 2000);
  double latencyMs = 0;
  {
    std::lock_guard<std::mutex> l(probe.mutex);
    latencyMs = std::chrono::duration<double, std::milli>(probe.lastEstop - t0).count();
    // At most the write already in flight got out before the zero command.
    QVERIFY(probe.estopAtWrite.front() - writesBefore <= 1);
  }
  // "Within one tick" is the write count above, not milliseconds: on a machine whose cores
  // are all busy the loop's thread itself may wait longer than a tick to run (measured 40 ms,
  // 1 run in 4 under --repeat with builds beside it), and no zero command can be sooner than
  // the thread that writes it. The time is logged, not asserted.
  qInfo("e-stop latency %.2f ms (one tick: 20 ms)", latencyMs);
  QTRY_COMPARE_WITH_TIMEOUT(estop.size(), 1, 2000);
  QVERIFY(estop.at(0).at(0).toBool());
  QVERIFY(h.waitState(ControllerState::Paused));
  // Nothing moves until acknowledged: no write reaches the robot, moving commands are refused.
  const int atStop = probe.writeCount();
  h.c.resume();
  QVERIFY(h.refusedWith(ControllerCommand::Resume, "acknowledge"));
  h.c.evaluate(1);
  QVERIFY(h.refusedWith(ControllerCommand::Evaluate, "emergency stop"));
  // Over 30 more ticks of the loop (it shows a frame every tick, stopped or not).
  const int framesStopped = h.frames;
  QTRY_VERIFY_WITH_TIMEOUT(h.frames >= framesStopped + 30, 10000);
  QCOMPARE(probe.writeCount(), atStop);
  h.c.acknowledgeEmergencyStop();
  QTRY_COMPARE_WITH_TIMEOUT(estop.size(), 2, 2000);
  QVERIFY(!estop.at(1).at(0).toBool());
  QVERIFY(!h.c.emergencyStopped());
  const int framesAcknowledged = h.frames;  // 10 ticks later, still paused
  QTRY_VERIFY_WITH_TIMEOUT(h.frames >= framesAcknowledged + 10, 5000);
  QVERIFY(h.c.state() == ControllerState::Paused);  // acknowledging alone moves nothing
  h.c.resume();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QTRY_VERIFY_WITH_TIMEOUT(probe.writeCount() > atStop + 3, 5000);
}

void TestTrainingController::evaluate_reportsSuccessesAndDemoSteps() {
  auto s = fakeSettings({{"max_steps", 15}});
  s.useSuccessDetector = true;
  Harness h(s);
  h.connect();
  const int demoSteps = h.recordDemoToSuccess();
  QSignalSpy evals(&h.c, &TrainingController::evaluationFinished);
  h.c.evaluate(0);
  QVERIFY(h.refusedWith(ControllerCommand::Evaluate, "at least one"));
  h.c.evaluate(3);
  QVERIFY(h.waitState(ControllerState::Evaluating));
  QTRY_COMPARE_WITH_TIMEOUT(evals.size(), 1, 20000);
  const auto r = evals.at(0).at(0).value<EvaluationResult>();
  QCOMPARE(r.episodes, 3);
  QVERIFY(r.successes >= 0 && r.successes <= 3);
  QCOMPARE(r.demoSteps, double(demoSteps));
  QVERIFY(h.waitState(ControllerState::Ready));
  int evalEpisodes = 0;
  for (const auto& e : h.episodes) evalEpisodes += e.kind == "eval" ? 1 : 0;
  QCOMPARE(evalEpisodes, 3);
}

void TestTrainingController::operatorReset_waitsForReady() {
  auto s = fakeSettings({{"max_steps", 10}, {"operator_reset", true}});
  s.autoTrain = true;
  Harness h(s);
  h.connect();
  h.recordDemo(4);
  QSignalSpy asks(&h.c, &TrainingController::operatorResetRequested);
  const int resets = FakeProbe::get().resets;
  h.c.startTraining();
  QTRY_COMPARE_WITH_TIMEOUT(asks.size(), 1, 5000);
  QVERIFY(h.c.state() == ControllerState::BetweenEpisodes);
  h.c.startTraining();
  QVERIFY(h.refusedWith(ControllerCommand::StartTraining, "Ready"));
  const int frames = h.frames;  // over 30 ticks of the loop (a frame each)
  QTRY_VERIFY_WITH_TIMEOUT(h.frames >= frames + 30, 10000);
  QCOMPARE(FakeProbe::get().resets.load(), resets);  // nothing starts without the operator
  h.c.operatorReady();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QCOMPARE(FakeProbe::get().resets.load(), resets + 1);
  // The episode times out; the operator is asked again before the next one.
  QTRY_COMPARE_WITH_TIMEOUT(asks.size(), 2, 10000);
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.c.operatorReady();
  h.c.operatorReady();  // the second one finds nobody waiting
  QVERIFY(h.refusedWith(ControllerCommand::OperatorReady, "waiting"));
}

void TestTrainingController::replayAndRerecord_replaysActions_replacesDemo() {
  Harness h(fakeSettings({{"max_steps", 30}}));
  h.connect();
  h.c.setTeleopAction({0.25f, 0.5f});
  const int first = h.recordDemo(6);
  QVERIFY(h.waitStats([&](const LoopStats& s) { return s.expertSize == first; }));
  const int from = FakeProbe::get().writeCount();
  h.c.replayDemo();
  QVERIFY(h.waitState(ControllerState::ReplayingDemo));
  QVERIFY(h.waitState(ControllerState::Ready));
  int replayed = 0;
  for (const auto& w : FakeProbe::get().writesFrom(from)) {
    replayed += (std::abs(w[0] - 0.25f) < 1e-6 && std::abs(w[1] - 0.5f) < 1e-6) ? 1 : 0;
  }
  QCOMPARE(replayed, first);
  // Re-recording replaces the demo in the expert buffer (the replay buffer keeps its copies).
  h.c.setTeleopAction({-0.5f, 0.0f});
  const int second = h.recordDemo(4);
  QVERIFY(h.waitStats([&](const LoopStats& s) {
    return s.expertSize == second && s.replaySize == first + second;
  }));
}

void TestTrainingController::severalDemos_newestTeach_restoredOnReopen() {
  QTemporaryDir dir;
  ControllerSettings s = fakeSettings({{"max_steps", 30}}, dir.path());
  s.demosKept = 2;
  int first = 0, second = 0, third = 0;
  {
    Harness h(s);
    h.connect();
    h.c.setTeleopAction({0.25f, 0.5f});
    first = h.recordDemo(6);
    second = h.recordDemo(4);
    QVERIFY(h.waitStats([&](const LoopStats& st) { return st.expertSize == first + second; }));
    third = h.recordDemo(5);  // a third drops the oldest
    QVERIFY(h.waitStats([&](const LoopStats& st) { return st.expertSize == second + third; }));
  }
  Harness again(s);  // the reopened session teaches with the same two
  again.connect();
  QVERIFY(again.waitStats([&](const LoopStats& st) { return st.expertSize == second + third; }));
  QVERIFY(again.c.hasDemo());
}

// The robustness settings (demo_drop, demo_*_noise) change what the learner is taught, never
// what the store keeps; a reopened session is taught from the same degraded demo.
void TestTrainingController::degradedDemo_learnerSeesLess_storeKeepsDemo_sameOnReopen() {
  QTemporaryDir dir;
  ControllerSettings s = fakeSettings({{"max_steps", 40}}, dir.path());
  s.sac.demoDrop = 0.5;
  s.sac.demoActionNoise = 0.2;
  int demoSteps = 0, taught = 0;
  {
    Harness h(s);
    h.connect();
    h.c.setTeleopAction({0.25f, 0.5f});
    demoSteps = h.recordDemo(9);
    QVERIFY(demoSteps >= 9);
    taught = demoSteps - int(std::lround(0.5 * demoSteps));
    QVERIFY(h.waitStats([&](const LoopStats& st) {
      return st.expertSize == taught && st.replaySize == taught;  // demoToReplay
    }));
  }
  SessionDb db(dir.path());
  QCOMPARE(db.value("SELECT COUNT(*) FROM transitions").toInt(), demoSteps);
  Harness again(s);
  again.connect();
  QVERIFY(again.waitStats([&](const LoopStats& st) { return st.expertSize == taught; }));
}

namespace {
// One learner's buffers after a restored 40-step demo and a 10-step training episode; each
// step's state is {episode, step} and its action 0.95, so noise and clamping are visible.
struct Taught {
  std::vector<Transition> expert, replay;
};
Taught teach(SacConfig sac) {
  LearnerSettings ls;
  ls.sac = sac;
  ls.stateDim = 2;
  ls.actionDim = 2;
  PolicyMailbox mailbox;
  LearnerWorker learner(ls, {}, mailbox);
  learner.start();
  Taught out;
  if (!learner.waitReady(60000)) return out;
  for (int id : {1, 2}) {
    EpisodeRecord e;
    e.id = id;
    e.kind = id == 1 ? "demo" : "train";
    const int n = id == 1 ? 40 : 10;
    for (int i = 0; i < n; ++i) {
      StepRecord st;
      st.transition.obs.state = {float(id), float(i)};
      st.transition.next.state = {float(id), float(i + 1)};
      st.transition.action = {0.95f, -0.95f};
      st.transition.reward = i == n - 1 ? 1.0f : 0.0f;
      st.transition.terminal = i == n - 1;
      e.steps.push_back(st);
    }
    learner.postRestoredEpisode(e);
  }
  learner.postVisitBuffers([&](const ReplayBuffer& replay, const ReplayBuffer& expert) {
    for (int i = 0; i < expert.size(); ++i) out.expert.push_back(expert.at(i));
    for (int i = 0; i < replay.size(); ++i) out.replay.push_back(replay.at(i));
  });
  learner.waitIdle(60000);
  learner.stop();
  return out;
}
}  // namespace

void TestTrainingController::degradedDemo_noiseBoundedSeeded_returnsFromCleanDemo() {
  SacConfig sac = fakeSettings().sac;
  sac.demoDrop = 0.25;
  sac.demoActionNoise = 0.3;
  sac.demoObsNoise = 0.1;
  const Taught a = teach(sac), same = teach(sac);
  sac.seed = 2;
  const Taught other = teach(sac);
  QCOMPARE(int(a.expert.size()), 30);       // 10 of the demo's 40 left out
  QCOMPARE(int(a.replay.size()), 30 + 10);  // the training episode whole
  const double gamma = sac.gamma;
  double sumAbs = 0;
  int changed = 0;
  for (const auto& t : a.expert) {
    for (float x : t.action) {
      QVERIFY(x >= -1.0f && x <= 1.0f);
      changed += x != 0.95f && x != -0.95f;
    }
    sumAbs += std::abs(t.action[0] - 0.95f);
    // The step is the state's second value, noisy by sigma 0.1: its return is the clean
    // demo's, gamma^(39 - step), whichever neighbours were dropped.
    const int step = int(std::lround(t.obs.state[1]));
    QVERIFY(std::abs(t.obs.state[1] - step) > 0.0f);
    QCOMPARE(t.mcReturn, float(std::pow(gamma, 39 - step)));
  }
  QCOMPARE(changed, 60);
  QVERIFY2(sumAbs / 30 > 0.05 && sumAbs / 30 < 0.3, qPrintable(QString::number(sumAbs / 30)));
  for (std::size_t i = 30; i < a.replay.size(); ++i) {  // the training episode untouched
    QCOMPARE(a.replay[i].action, (std::vector<float>{0.95f, -0.95f}));
    QCOMPARE(a.replay[i].obs.state[1], float(i - 30));
  }
  auto actions = [](const Taught& t) {
    std::vector<float> all;
    for (const auto& x : t.expert) all.insert(all.end(), x.action.begin(), x.action.end());
    return all;
  };
  QVERIFY(actions(a) == actions(same));  // a reopen teaches the same degraded demo
  QVERIFY(actions(a) != actions(other));
}

void TestTrainingController::relabelEpisode_updatesBufferAndDatabase() {
  QTemporaryDir dir;
  Harness h(fakeSettings({{"max_steps", 12}}, dir.path()));
  h.connect();
  h.recordDemo(4);
  h.c.startTraining();
  QVERIFY(h.waitEpisodes(2, 10000));  // times out after 12 steps
  const auto ep = h.episodes.back();
  QCOMPARE(ep.label, QString("timeout"));
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.c.relabelEpisode(ep.id, true);
  h.c.relabelEpisode(9999, true);
  QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 5000);
  QVERIFY(h.errors.back().at(1).toString().contains("9999"));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(ep.id), QString("success"));
  QCOMPARE(db.lastReward(ep.id), 1.0);
  QCOMPARE(db.lastTerminal(ep.id), true);
  // Every stored step, the demo's included: the next training episode may have started and
  // been stored by the disconnect before the relabel came.
  const int stored = db.value("SELECT COUNT(*) FROM transitions").toInt();
  QVERIFY(stored >= 4 + ep.steps);
  // Reopened, the rebuilt buffer carries the new reward: connecting again counts one success
  // transition among the replay data (checked through the store-backed rebuild).
  Harness h2(fakeSettings({{"max_steps", 12}}, dir.path()));
  h2.connect();
  QVERIFY(h2.c.state() == ControllerState::Ready);
  QVERIFY(h2.waitStats([&](const LoopStats& s) { return s.replaySize == stored; }));
}

// A label the session cannot save (another program holds the database) is shown, pauses what
// runs by itself, is held and tried again, and reaches the database once it can: never lost.
// Failed checkpoint rows (not held) are shown once, not once per failure.
void TestTrainingController::labelNotSaved_heldShownRetried_neverLost() {
  QTemporaryDir dir;
  Harness h(fakeSettings({{"max_steps", 12}}, dir.path()));
  QSignalSpy labelled(&h.c, &TrainingController::labelStored);
  QSignalSpy stored(&h.c, &TrainingController::episodeStored);
  QStringList log;
  QObject::connect(&h.c, &TrainingController::logMessage, &h.c,
                   [&log](const Notice& m) { log << m.english(); });
  h.connect();
  h.recordDemo(4);
  h.c.startTraining();
  QVERIFY(h.waitEpisodes(2, 10000));
  const auto ep = h.episodes.back();
  QCOMPARE(ep.label, QString("timeout"));
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  QTRY_VERIFY_WITH_TIMEOUT(stored.size() == 2, 20000);  // the episode itself is in the file
  QCOMPARE(stored.at(1).at(0).toLongLong(), ep.id);
  const auto storeErrors = [&h](const QString& text) {
    int n = 0;
    for (const auto& e : h.errors) {
      n += e.at(0).toString() == "store" && e.at(1).toString().contains(text) ? 1 : 0;
    }
    return n;
  };
  const QString labelError =
      QString("the label 'Success' of episode %1 could not be saved").arg(ep.id);
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", "other-program-label");
    db.setDatabaseName(QDir(dir.path()).filePath("session.sqlite"));
    QVERIFY(db.open());
    QVERIFY(QSqlQuery(db).exec("BEGIN EXCLUSIVE"));
    h.c.checkpointNow();  // two checkpoint rows that cannot be recorded either
    h.c.checkpointNow();
    h.c.relabelEpisode(ep.id, true);
    QTRY_VERIFY_WITH_TIMEOUT(storeErrors(labelError) == 1, 30000);
    qInfo().noquote() << "shown:" << h.errors.back().at(1).toString();
    QVERIFY(h.waitState(ControllerState::Paused));
    QCOMPARE(labelled.size(), 0);
    QSqlQuery q(db);  // the lock holder's view: the label is not in the file
    QVERIFY(q.exec(QString("SELECT label FROM episodes WHERE id = %1").arg(ep.id)) && q.next());
    QCOMPARE(q.value(0).toString(), QString("timeout"));
    QVERIFY(QSqlQuery(db).exec("COMMIT"));
    db.close();
  }
  QSqlDatabase::removeDatabase("other-program-label");

  // Free again: the held label is saved by the retry, without anything from the operator.
  QTRY_VERIFY_WITH_TIMEOUT(labelled.size() == 1, 30000);
  QCOMPARE(labelled.at(0).at(0).toLongLong(), ep.id);
  QTRY_VERIFY_WITH_TIMEOUT(log.filter("is saved now (on a retry)").size() == 1, 5000);
  QCOMPARE(storeErrors(labelError), 1);  // shown once, not once per retry
  QCOMPARE(storeErrors("checkpoint records could not be saved"), 1);
  QVERIFY(h.c.state() == ControllerState::Paused);  // stays paused until the operator resumes
  h.c.resume();
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.c.startTraining();
  QVERIFY(h.waitEpisodes(3, 20000));  // training goes on
  h.disconnect();
  for (const auto& e : h.errors) QVERIFY(!e.at(1).toString().contains("now lost"));
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(ep.id), QString("success"));
  QCOMPARE(db.lastReward(ep.id), 1.0);
}

// A session file naming a checkpoint outside its folder (copied from elsewhere, crafted): the
// reopened session never loads it and the window is told why.
void TestTrainingController::reopen_checkpointPathLeavingSession_refusedAndShown() {
  QTemporaryDir dir;
  const auto s = fakeSettings({{"max_steps", 12}}, dir.path());
  {
    Harness h(s);
    h.connect();
    h.recordDemo(4);
  }
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", "crafted-session");
    db.setDatabaseName(QDir(dir.path()).filePath("session.sqlite"));
    QVERIFY(db.open());
    QVERIFY(
        QSqlQuery(db).exec("INSERT INTO checkpoints(file, step, checksum, reason, "
                           "created_ms) VALUES ('../../elsewhere.ckpt', 99, 'ab', '', 1)"));
    db.close();
  }
  QSqlDatabase::removeDatabase("crafted-session");
  Harness h(s);
  h.c.connectRobot();  // not h.connect(): that takes any error for a failed connect
  QVERIFY(h.waitState(ControllerState::Ready, 60000));
  QVERIFY(!h.errors.isEmpty());  // told before the state changed
  const QString shown = h.errors.at(0).at(1).toString();
  QCOMPARE(h.errors.at(0).at(0).toString(), QString("checkpoint"));
  QVERIFY2(shown.contains("'../../elsewhere.ckpt'") &&
               shown.contains("the path leaves the session folder"),
           qPrintable(shown));
  QVERIFY(h.c.hasDemo());  // the rest of the session opens as before
}

// One message that fails in the learner (a step of the wrong shape) must not take the messages
// behind it in the same batch: both episodes reach the store, the failure is reported.
void TestTrainingController::learner_failingMessage_dropsNoLaterMessage() {
  LearnerSettings ls;
  ls.sac = fakeSettings().sac;
  ls.stateDim = 2;
  ls.actionDim = 2;
  ls.lockstep = true;
  std::mutex mutex;
  std::vector<int64_t> ready;
  QStringList errors;
  LearnerCallbacks cb;
  cb.episodeReady = [&](EpisodeRecord r) {
    std::lock_guard<std::mutex> lock(mutex);
    ready.push_back(r.id);
  };
  cb.error = [&](const QString&, const Notice& m) {
    std::lock_guard<std::mutex> lock(mutex);
    errors << m.english();
  };
  PolicyMailbox mailbox;
  LearnerWorker learner(ls, cb, mailbox);
  learner.start();
  QVERIFY(learner.waitReady(60000));
  const auto episode = [&](int64_t id, int stateSize) {
    EpisodeRecord r;
    r.id = id;
    r.kind = "train";
    for (int i = 0; i < 3; ++i) {
      StepRecord s;
      s.transition.obs.state.assign(stateSize, 0.1f * i);
      s.transition.next.state.assign(stateSize, 0.1f * (i + 1));
      s.transition.action = {0.5f, -0.5f};
      r.steps.push_back(s);
      learner.postStep(s, id, i, true, false, false, false);
    }
    learner.postEpisodeEnd(r);
  };
  learner.holdPosts(true);  // one batch: the bad episode first, the good one behind it
  episode(1, 5);            // the session's state has 2 values, not 5
  episode(2, 2);
  learner.holdPosts(false);
  QVERIFY(learner.waitIdle(30000));
  learner.stop();
  QCOMPARE(ready, (std::vector<int64_t>{1, 2}));
  QVERIFY2(errors.filter("episode 1 could not enter the training buffers").size() == 1,
           qPrintable(errors.join(" | ")));
  QCOMPARE(learner.replaySize(), 3);  // episode 2's steps
}

void TestTrainingController::checkpointNow_withoutSession_refused() {
  Harness h(fakeSettings());
  h.connect();
  h.c.checkpointNow();
  QVERIFY(h.refusedWith(ControllerCommand::CheckpointNow, "record a demo"));
  h.recordDemo(3);
  h.c.checkpointNow();
  QVERIFY(h.refusedWith(ControllerCommand::CheckpointNow, "sessionDir"));
}

namespace {
// A session of image episodes written straight to the store: a 12-step demo (id 1) and twelve
// 23-step training episodes (ids 2..13); episode 3 was driven by the operator at steps 5..7 and
// episode 12 at steps 10..11. Every camera frame is unique to its (episode, step).
constexpr int kSide = 16, kDemoSteps = 12, kTrainSteps = 23, kLastEpisode = 13;
std::vector<std::uint8_t> cameraFrame(int episode, int step) {
  std::vector<std::uint8_t> f(kSide * kSide);
  for (std::size_t i = 0; i < f.size(); ++i)
    f[i] = std::uint8_t((episode * 31 + step * 7 + i) % 251);
  f[0] = std::uint8_t(episode);
  f[1] = std::uint8_t(step);
  return f;
}
bool intervened(int episode, int step) {
  return (episode == 3 && step >= 5 && step <= 7) || (episode == 12 && step >= 10 && step <= 11);
}
void writeImageSession(const QString& dir) {
  SessionMeta meta;
  meta.robotId = "fake-point";
  meta.actionDim = 2;
  meta.imageSize = kSide;
  auto store = SessionStore::openOrCreate(dir, meta);
  for (int id = 1; id <= kLastEpisode; ++id) {
    EpisodeRecord e;
    e.id = id;
    e.kind = id == 1 ? "demo" : "train";
    e.label = "success";
    e.labelledBy = "operator";
    const int n = id == 1 ? kDemoSteps : kTrainSteps;
    for (int i = 0; i < n; ++i) {
      StepRecord s;
      s.transition.obs.image = cameraFrame(id, i);
      s.transition.next.image = cameraFrame(id, i + 1);
      s.transition.action = {float(id), float(i)};
      s.transition.reward = i == n - 1 ? 1.0f : 0.0f;
      s.transition.terminal = i == n - 1;
      s.intervention = intervened(id, i);
      e.steps.push_back(s);
    }
    store->writeEpisode(e);
  }
}
}  // namespace

// More stored transitions than replay_capacity: the buffers hold exactly the newest capacity
// (the oldest kept one still stacked with the frame before it), the demo and the operator's
// steps stay in the expert buffer, and the reopen reads only the episodes that reach into the
// buffers, one at a time (counts the code exposes, not timing).
void TestTrainingController::reopen_moreThanCapacity_newestKeptInBoundedMemory() {
  QTemporaryDir dir;
  writeImageSession(dir.path());
  const int capacity = 100;  // the newest 100 of 12 + 12 x 23 replay steps: episodes 10..13 and
                             // the last 8 steps of episode 9
  SacConfig sac = fakeSettings().sac;
  sac.obsMode = ObsMode::Image;
  sac.imageSize = kSide;
  sac.frameStack = 2;
  sac.replayCapacity = capacity;
  sac.expertCapacity = 100;
  {
    SessionInfo info;
    info.robotId = "fake-point";
    info.actionDim = 2;
    info.imageSize = kSide;
    SessionRecorder recorder(dir.path(), info);
    const StoredSession stored = recorder.load();
    QCOMPARE(int(stored.episodes.size()), kLastEpisode);
    LearnerSettings ls;
    ls.sac = sac;
    ls.actionDim = 2;
    PolicyMailbox mailbox;
    LearnerWorker learner(ls, {}, mailbox);
    learner.start();
    QVERIFY(learner.waitReady(60000));
    const auto plan = SessionRestore::plan(stored.episodes, {1}, sac);
    std::vector<int64_t> planned;
    for (const auto& item : plan) planned.push_back(item.id);
    QCOMPARE(planned, (std::vector<int64_t>{1, 3, 9, 10, 11, 12, 13}));
    const auto counts = SessionRestore::run(
        stored.episodes, plan, [&](int64_t id) { return recorder.steps(id); }, learner,
        /*maxBytesInFlight*/ 1);  // wait for the learner after every episode
    QCOMPARE(counts.stepsStored, int64_t(kDemoSteps + 12 * kTrainSteps));
    QCOMPARE(counts.stepsRead, int64_t(kDemoSteps + 6 * kTrainSteps));
    QCOMPARE(counts.episodesRead, int64_t(7));
    QCOMPARE(counts.peakStepsInFlight, int64_t(kTrainSteps));  // one episode at a time

    std::set<std::pair<int, int>> replaySteps, expertSteps;
    bool imagesRight = true;
    QString wrong;
    int64_t replayFrames = 0;
    auto collect = [&](const ReplayBuffer& b, std::set<std::pair<int, int>>& out) {
      for (int i = 0; i < b.size(); ++i) {
        const Transition t = b.at(i);
        const int ep = int(t.action[0]), step = int(t.action[1]);
        out.insert({ep, step});
        // Newest first; before the episode's first frame the stack repeats it (FrameStack).
        auto expected = cameraFrame(ep, step);
        const auto before = cameraFrame(ep, std::max(0, step - 1));
        expected.insert(expected.end(), before.begin(), before.end());
        if (t.obs.image != expected && imagesRight) {
          imagesRight = false;
          wrong = QString("episode %1 step %2").arg(ep).arg(step);
        }
      }
    };
    learner.postVisitBuffers([&](const ReplayBuffer& replay, const ReplayBuffer& expert) {
      collect(replay, replaySteps);
      collect(expert, expertSteps);
      replayFrames = replay.framesKept();
    });
    QVERIFY(learner.waitIdle(60000));
    learner.stop();
    std::set<std::pair<int, int>> newest, operatorAndDemo;
    for (int step = kTrainSteps - 8; step < kTrainSteps; ++step) newest.insert({9, step});
    for (int ep = 10; ep <= kLastEpisode; ++ep) {
      for (int step = 0; step < kTrainSteps; ++step) newest.insert({ep, step});
    }
    for (int step = 0; step < kDemoSteps; ++step) operatorAndDemo.insert({1, step});
    for (int ep = 2; ep <= kLastEpisode; ++ep) {
      for (int step = 0; step < kTrainSteps; ++step) {
        if (intervened(ep, step)) operatorAndDemo.insert({ep, step});
      }
    }
    QCOMPARE(int(replaySteps.size()), capacity);
    QVERIFY(replaySteps == newest);
    QVERIFY(expertSteps == operatorAndDemo);
    QVERIFY2(imagesRight, qPrintable("stacked frames differ at " + wrong));
    // One frame per kept step, one more per episode: the buffer's own memory stays bounded.
    QVERIFY2(replayFrames <= capacity + 5 + 1, qPrintable(QString::number(replayFrames)));
  }

  // The controller's reopen takes the same path: the buffers' sizes and what it read.
  ControllerSettings s = fakeSettings({}, dir.path());
  s.sac = sac;
  Harness h(s);
  QSignalSpy log(&h.c, &TrainingController::logMessage);
  h.connect();
  QVERIFY(h.waitStats([&](const LoopStats& st) {
    return st.replaySize == capacity && st.expertSize == kDemoSteps + 5;
  }));
  QTRY_VERIFY_WITH_TIMEOUT(
      std::any_of(log.begin(), log.end(),
                  [](const QList<QVariant>& l) {
                    return l.at(0).toString().contains(QString("from %1 of %2 stored steps")
                                                           .arg(kDemoSteps + 6 * kTrainSteps)
                                                           .arg(kDemoSteps + 12 * kTrainSteps));
                  }),
      5000);
  QCOMPARE(h.c.hasDemo(), true);
}

// Buffers that cannot fit in the machine's free memory once full are refused at connect, with
// the capacity, what it needs and what is available.
void TestTrainingController::connect_buffersBeyondMemory_refusedWithSizes() {
  SacConfig c;
  c.obsMode = ObsMode::Image;
  c.replayCapacity = 1000000;
  const QString msg = MemoryBudget::check(c, 0, 2, int64_t(1) << 30).english();
  QVERIFY2(msg.contains("replay_capacity 1000000") && msg.contains("need 3.9 GiB") &&
               msg.contains("only 1.0 GiB"),
           qPrintable(msg));
  QVERIFY(MemoryBudget::check(c, 0, 2, int64_t(8) << 30).isEmpty());
  QVERIFY(MemoryBudget::check(c, 0, 2, -1).isEmpty());  // unknown: not refused

  // The same check at connect, on this machine: ten million image transitions (~38 GiB).
  ControllerSettings s = fakeSettings();
  s.sac.obsMode = ObsMode::Image;
  s.sac.replayCapacity = 10000000;
  const int64_t needed = MemoryBudget::buffersBytes(s.sac, 0, 2);
  const int64_t available = MemoryBudget::availableBytes();
  if (available < 0 || available >= needed) QSKIP("this machine has the memory for 10M");
  Harness h(s);
  h.c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 10000);
  QVERIFY2(h.errors.at(0).at(1).toString().contains("replay_capacity 10000000"),
           qPrintable(h.errors.at(0).at(1).toString()));
  QVERIFY(h.c.state() == ControllerState::Idle);
}

void TestTrainingController::pushCubeSim_recordTrainEvaluate() {
  bool available = simAvailable("push-cube");
#ifdef LAB_TEST_HAVE_SIM
  if (!available) {
    // The plugin file is not usable here: the same robot code, linked in as a static factory.
    robots()->add("push-cube", "Push-Cube (simulated arm)",
                  std::make_shared<hw::SimRobotFactory>("push-cube"));
    available = true;
  }
#endif
  if (!available) QSKIP("push-cube sim not built");
  QTemporaryDir dir;
  ControllerSettings s;
  s.robotId = "push-cube";
  s.pluginDir = pluginDir();
  s.sessionDir = dir.path();
  s.sac.obsMode = ObsMode::Image;
  s.sac.batchSize = 16;
  s.sac.hiddenDim = 64;
  s.sac.encoderChannels = 8;
  s.sac.frameStack = 2;  // the learner stacks what the store keeps as single frames
  s.sac.numThreads = 1;
  s.sac.replayCapacity = 5000;
  s.sac.expertCapacity = 1000;
  s.scriptedDemo = true;
  s.useSuccessDetector = true;
  s.checkpointEverySteps = 0;
  Harness h(s);
  h.connect(120000);
  QTRY_COMPARE_WITH_TIMEOUT(h.lastFrameSize(), 64 * 64, 20000);
  const int demoSteps = h.recordDemoToSuccess(120000);
  QVERIFY(demoSteps > 0);
  const int framesBefore = h.frames;
  const auto episodesBefore = h.episodes.size();
  h.c.startTraining();
  QVERIFY(h.waitEpisodes(2, 120000));
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes, 60000));
  // The live view gets the sim's in-between frames: about two frames per 10 Hz control tick.
  int trainSteps = 0;
  for (auto i = episodesBefore; i < h.episodes.size(); ++i) trainSteps += h.episodes[i].steps;
  const int trainFrames = h.frames - framesBefore;
  QVERIFY2(trainFrames >= 1.5 * trainSteps,
           qPrintable(QString("%1 frames for %2 control steps").arg(trainFrames).arg(trainSteps)));
  QSignalSpy evals(&h.c, &TrainingController::evaluationFinished);
  h.c.evaluate(1);
  QTRY_COMPARE_WITH_TIMEOUT(evals.size(), 1, 120000);
  h.c.checkpointNow();
  h.disconnect();
  // A frame that reached the store stacked, or the networks unstacked, would be an error here.
  for (const auto& e : h.errors) {
    const QString source = e.at(0).toString();
    QVERIFY2(source != "store" && source != "learner" && source != "policy",
             qPrintable(source + ": " + e.at(1).toString()));
  }
  SessionDb db(dir.path());
  QVERIFY(db.checkpointCount() >= 1);
  QVERIFY(db.episodeCount() >= 3);
}

void TestTrainingController::badReads_zeroCommand_episodeEndsUnlabelled_paused_data() {
  QTest::addColumn<QString>("fault");
  QTest::addColumn<QString>("said");
  QTest::newRow("retry forever") << "retry"
                                 << "Retry forever";
  QTest::newRow("wrong shapes") << "wrong_shape"
                                << "invalid observation";
  QTest::newRow("NaN") << "nan"
                       << "invalid observation";
}

void TestTrainingController::badReads_zeroCommand_episodeEndsUnlabelled_paused() {
  // Before: the loop returned before counting the step, so the time limit never fired and the
  // policy went on acting on the last good observation.
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  QFETCH(QString, fault);
  QFETCH(QString, said);
  QTemporaryDir dir;
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 400}}, dir.path());
  s.maxFailedReads = 6;
  s.maxStaleSeconds = 600;  // the count decides here, whatever the machine's load
  Harness h(s);
  h.connect();
  QVERIFY(h.recordDemo(5) >= 5);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(5));
  chaos.set(fault);
  QVERIFY(h.waitState(ControllerState::Paused));
  QVERIFY(h.waitEpisodes(2));
  const auto ended = h.episodes.back();
  QCOMPARE(ended.kind, QString("train"));
  QCOMPARE(ended.label, QString());  // unlabelled: not a time-out, not a failure
  QVERIFY(ended.steps >= 5 && ended.steps < 400);
  QVERIFY2(anyError(h.errors, "no valid observation: 6 reads in a row failed"),
           "the operator is not told why");
  QVERIFY(anyError(h.errors, said));
  QVERIFY(anyError(h.errors, QString("episode %1 ended without a label").arg(ended.id)));
  // What reached the robot: after the first bad read, nothing but the zero command, and the
  // loop stopped holding blind after the limit (the pause holds zero too).
  const int firstBad = chaos.indexOf("read fault");
  QVERIFY(firstBad > 0);
  const auto after = chaos.writesFrom(firstBad);
  QVERIFY(!after.empty());
  for (const auto& w : after) {
    QCOMPARE(w[0], 0.0f);
    QCOMPARE(w[1], 0.0f);
  }
  // Back to good reads: resuming goes on with the next episode, and it is stored.
  chaos.set("none");
  h.c.resume();
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(3));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(ended.id), QString());
  QCOMPARE(db.transitionCount(ended.id), ended.steps);
  QCOMPARE(db.lastTerminal(ended.id), false);
}

void TestTrainingController::badReads_recordingDiscarded_replayStopped() {
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 400}});
  s.maxFailedReads = 4;
  s.maxStaleSeconds = 600;
  Harness h(s);
  QSignalSpy log(&h.c, &TrainingController::logMessage);
  h.connect();
  // A recording the robot stops seeing is discarded with the reason.
  h.c.startRecording();
  QVERIFY(h.waitState(ControllerState::RecordingDemo));
  QVERIFY(h.waitSteps(3));
  chaos.set("retry");
  QVERIFY(h.waitState(ControllerState::Connected));
  QVERIFY(!h.c.hasDemo());
  QVERIFY(anyError(h.errors, "the recording was discarded"));
  // A replay that starts blind never moves: it stops after the limit, back to Ready.
  chaos.set("none");
  QVERIFY(h.recordDemo(5) >= 5);
  chaos.set("retry");
  const int traceBefore = chaos.trace().size();
  h.c.replayDemo();
  QVERIFY(h.waitState(ControllerState::ReplayingDemo));
  QVERIFY(h.waitState(ControllerState::Ready));
  QVERIFY(anyError(h.errors, "the demo replay was stopped"));
  for (const auto& w : chaos.writesFrom(traceBefore)) {
    QCOMPARE(w[0], 0.0f);
    QCOMPARE(w[1], 0.0f);
  }
}

void TestTrainingController::refusedCommands_estopLatched_episodeEndsUnlabelled() {
  // Before: a write that said Retry was reported and tried again on every tick, for ever, while
  // the robot went on with the last command it took.
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  QTemporaryDir dir;
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 400}}, dir.path());
  s.maxFailedWrites = 4;
  Harness h(s);
  h.connect();
  QVERIFY(h.recordDemo(5) >= 5);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(5));
  chaos.set("write_retry");
  QVERIFY(h.waitState(ControllerState::Paused));
  QVERIFY(h.c.emergencyStopped());
  QVERIFY(h.waitEpisodes(2));
  const auto ended = h.episodes.back();
  QCOMPARE(ended.kind, QString("train"));
  QCOMPARE(ended.label, QString());
  QVERIFY(ended.steps >= 5 && ended.steps < 400);
  QVERIFY2(anyError(h.errors, "the robot takes no command: 4 commands in a row were refused"),
           "the operator is not told why");
  QVERIFY(anyError(h.errors, "Retry forever"));
  QVERIFY(anyError(h.errors, QString("episode %1 ended without a label").arg(ended.id)));
  // The robot's own stop was called once the commands ran out, and nothing was tried after it.
  const int firstRefused = chaos.indexOf("write fault");
  QVERIFY(firstRefused > 0);
  // The port hands the e-stop to the plugin's call thread without waiting for it.
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexAfter("write fault", "estop") > firstRefused, 20000);
  const int stopped = chaos.indexAfter("write fault", "estop");
  const QStringList after = chaos.trace().mid(stopped + 1);
  QCOMPARE(after.filter("write").size(), 0);
  // The operator looks, the robot takes commands again: acknowledge and resume go on.
  chaos.set("none");
  h.c.acknowledgeEmergencyStop();
  QTRY_VERIFY_WITH_TIMEOUT(!h.c.emergencyStopped(), 20000);
  h.c.resume();
  QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(3));
  h.disconnect();
  SessionDb db(dir.path());
  QCOMPARE(db.episodeLabel(ended.id), QString());
  QCOMPARE(db.transitionCount(ended.id), ended.steps);
}

void TestTrainingController::robotPort_hungCall_faultsAtDeadline_estopNeverWaits() {
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  ChaosControl chaos;
  RobotPort::Deadlines deadlines;
  deadlines.call = std::chrono::milliseconds(300);
  deadlines.lifecycle = std::chrono::milliseconds(20000);
  auto port = std::make_unique<RobotPort>(robots(), deadlines);
  hw::RobotConfig config;
  config.settings = chaos.robotSettings({{"fault_call", "read"}});
  Notice error;
  QVERIFY2(port->open("chaos", chaosPluginDir(), config, error), qPrintable(error.english()));
  hw::Observation obs;
  QVERIFY(port->read(obs, error) == RobotPort::Io::Ok);
  QCOMPARE(obs.state.size(), std::size_t(4));

  chaos.set("hang");
  QElapsedTimer t;
  t.start();
  QVERIFY(port->read(obs, error) == RobotPort::Io::Fatal);
  QVERIFY(t.elapsed() >= 300);
  QCOMPARE(error.code, NoticeCode::PluginCallOverrun);
  QVERIFY2(error.english().contains("read() did not return within 0.3 s") &&
               error.english().contains("faulted"),
           qPrintable(error.english()));
  QVERIFY(port->faulted());
  QVERIFY(chaos.indexOf("unhang") < 0);  // still hung: the port did not wait for it
  // Every later call fails at once with the same reason; the e-stop returns at once too.
  t.restart();
  QVERIFY(port->write({0.5f, 0.5f}, error) == RobotPort::Io::Fatal);
  QCOMPARE(error.code, NoticeCode::PluginCallOverrun);  // the same fault, not a new message
  port->emergencyStop();
  QVERIFY(t.elapsed() < 250);
  // If the hung call ever returns, the e-stop queued meanwhile is the next thing the plugin
  // sees, and nothing is written after it.
  chaos.set("none");
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexAfter("unhang", "estop") > 0, 10000);
  t.restart();
  port.reset();  // lets go of the plugin without waiting for it
  QVERIFY(t.elapsed() < 2000);
  QVERIFY(chaos.writesFrom(chaos.indexOf("unhang")).empty());  // the hung call was a read
}

void TestTrainingController::hungWrite_estopAcknowledged_robotFaulted() {
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  QTemporaryDir dir;
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 400}}, dir.path());
  s.robotCallTimeoutMs = 3000;
  Harness h(s);
  QSignalSpy estop(&h.c, &TrainingController::emergencyStopChanged);
  QSignalSpy stored(&h.c, &TrainingController::episodeStored);
  h.connect();
  QVERIFY(h.recordDemo(5) >= 5);
  h.c.startTraining();
  QVERIFY(h.waitState(ControllerState::EpisodeRunning));
  QVERIFY(h.waitSteps(5));
  chaos.set("hang");
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexOf("hang") >= 0, 10000);
  // The loop is inside write() now. E-STOP still reaches the window while the call hangs.
  h.c.emergencyStop();
  QTRY_VERIFY_WITH_TIMEOUT(!estop.isEmpty(), 2500);
  QVERIFY(estop.at(0).at(0).toBool());
  QVERIFY2(chaos.indexOf("unhang") < 0, "the e-stop waited for the hung call");
  // At the deadline the robot is faulted and let go, the episode ends unlabelled and is stored.
  QVERIFY(h.waitState(ControllerState::Idle, 20000));
  QVERIFY(anyError(h.errors, "write() did not return within 3 s"));
  QVERIFY(h.waitEpisodes(2));
  QCOMPARE(h.episodes.back().label, QString());
  QTRY_VERIFY_WITH_TIMEOUT(stored.size() >= 2, 10000);
  QVERIFY(h.c.emergencyStopped());
  chaos.set("none");
  // The hung write completes when it returns (nothing can take it back); the e-stop queued
  // meanwhile follows it at once, and nothing is written after.
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexAfter("unhang", "estop") > 0, 10000);
  QCOMPARE(int(chaos.writesFrom(chaos.indexAfter("unhang", "estop")).size()), 0);
}

void TestTrainingController::hungConfigure_estopAcknowledged_connectFails() {
  // Before: during connect() the e-stop was not serviced at all.
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"fault_call", "configure"}});
  s.robotConnectTimeoutMs = 3000;
  chaos.set("hang");
  Harness h(s);
  QSignalSpy estop(&h.c, &TrainingController::emergencyStopChanged);
  h.c.connectRobot();
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexOf("hang") >= 0, 20000);
  h.c.emergencyStop();
  QTRY_VERIFY_WITH_TIMEOUT(!estop.isEmpty(), 2500);
  QVERIFY(estop.at(0).at(0).toBool());
  QVERIFY(chaos.indexOf("unhang") < 0);
  QTRY_VERIFY_WITH_TIMEOUT(anyError(h.errors, "configure() did not return within 3 s"), 20000);
  QVERIFY(h.c.state() == ControllerState::Idle);
  chaos.set("none");
  // The e-stop reaches the plugin as soon as its configure returns.
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexAfter("unhang", "estop") > 0, 10000);
}

void TestTrainingController::hungCall_controllerExitsPromptly() {
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  QTemporaryDir dir;
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 400}}, dir.path());
  s.robotCallTimeoutMs = 600000;  // far beyond any test: the exit must not wait for it
  auto h = std::make_unique<Harness>(s);
  h->politeExit = false;
  h->connect();
  QVERIFY(h->recordDemo(5) >= 5);
  h->c.startTraining();
  QVERIFY(h->waitState(ControllerState::EpisodeRunning));
  QVERIFY(h->waitSteps(3));
  chaos.set("hang");
  QTRY_VERIFY_WITH_TIMEOUT(chaos.indexOf("hang") >= 0, 10000);
  QElapsedTimer t;
  t.start();
  h.reset();  // the window closing: stops the loop, which gives up on the hung call
  qInfo("controller gone %lld ms after the exit began, its plugin call still hung",
        static_cast<long long>(t.elapsed()));
  QVERIFY2(t.elapsed() < 30000, "the exit waited for the hung plugin call");
  QVERIFY(chaos.indexOf("unhang") < 0);
  // What was recorded is kept: the demo is in the store.
  SessionDb db(dir.path());
  QVERIFY(db.episodeCount() >= 1);
  QCOMPARE(db.integrityCheck(), QString("ok"));
}

void TestTrainingController::nonFiniteLearning_pausesRestores_noNaNPublishedOrSaved() {
  // A robot whose state holds FLT_MAX passes every host check (finite) and overflows the
  // networks: the demo recorded from it poisons the expert buffer, so the first update is NaN.
  if (!haveChaos()) QSKIP("the chaos robot plugin is not built");
  QTemporaryDir dir;
  ChaosControl chaos;
  auto s = chaosSettings(chaos, {{"max_steps", 30}}, dir.path());
  s.autoTrain = true;
  Harness h(s);
  h.connect();
  chaos.set("huge");
  QVERIFY(h.recordDemo(5) >= 5);
  chaos.set("none");
  h.c.startTraining();
  QTRY_VERIFY_WITH_TIMEOUT(anyError(h.errors, "training paused"), 60000);
  QVERIFY(h.waitState(ControllerState::Paused));
  QVERIFY2(anyError(h.errors, "loss is") || anyError(h.errors, "not finite"),
           "the operator is not told what diverged");
  QVERIFY(anyError(h.errors, "went back to its weights of update"));
  // The acting policy never got the weights: it would have refused them with an error. And
  // the demo with its extreme values is kept (its NaN step values were once refused by the
  // store, which paused training for the wrong reason).
  for (const auto& e : h.errors) {
    QVERIFY2(e.at(0).toString() != "policy" && e.at(0).toString() != "store",
             qPrintable(e.at(1).toString()));
  }
  // What the robot was sent stayed finite.
  for (const auto& w : chaos.writesFrom(0)) QVERIFY(std::isfinite(w[0]) && std::isfinite(w[1]));
  // A checkpoint now holds the last good weights, and every checkpoint file is finite.
  h.c.checkpointNow();
  h.disconnect();
  SessionDb db(dir.path());
  QVERIFY(db.checkpointCount() >= 1);
  const QStringList files =
      QDir(QDir(dir.path()).filePath("checkpoints")).entryList({"*.ckpt"}, QDir::Files);
  QVERIFY(!files.isEmpty());
  for (const QString& f : files) {
    SigEntSac sac(s.sac, 4, 2);
    sac.load(QDir(QDir(dir.path()).filePath("checkpoints")).filePath(f));
    QVERIFY2(sac.weightsFinite(), qPrintable(f));
  }
}

QTEST_GUILESS_MAIN(TestTrainingController)
#include "test_training_controller.moc"
