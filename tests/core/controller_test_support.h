#pragma once
// Shared by the controller tests and the crash-resume child: the tests' robot source and the
// fake robot's registration, small learner settings, a harness around TrainingController with
// signal spies and waits.
#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QtTest>
#include <functional>

#include "fake_point_robot.h"
#include "host/plugin_loader.h"
#include "host_robot_source.h"
#include "learner_port.h"
#include "robot_port.h"
#include "session_db_reader.h"
#include "training_controller.h"

namespace labtest {

class FakeFactory : public lab::hw::IRobotFactory {
 public:
  std::unique_ptr<lab::hw::IRobot> create() override { return std::make_unique<FakePointRobot>(); }
};

// The robots the test's controllers connect to: the ones a test adds, then the plugin folder.
inline std::shared_ptr<lab::HostRobotSource> robots() {
  static const auto source = std::make_shared<lab::HostRobotSource>();
  return source;
}

inline void registerFakeRobot() {
  robots()->add("fake-point", "Fake point (test)", std::make_shared<FakeFactory>());
}

inline lab::ControllerSettings fakeSettings(const QJsonObject& robot = {},
                                            const QString& sessionDir = {}) {
  lab::ControllerSettings s;
  s.robotId = "fake-point";
  s.robotSettings = robot;
  s.sessionDir = sessionDir;
  s.sac.obsMode = lab::ObsMode::State;
  s.sac.hiddenDim = 32;
  s.sac.batchSize = 16;
  s.sac.numThreads = 1;
  s.sac.replayCapacity = 5000;
  s.sac.expertCapacity = 1000;
  s.sac.oodPolicySamples = 2;
  s.scriptedDemo = true;
  s.useSuccessDetector = false;
  s.keepUnsuccessfulDemos = true;  // without the detector every scripted demo times out
  s.checkpointEverySteps = 0;
  s.publishPolicyEvery = 5;
  return s;
}

inline QString pluginDir() {
  const QByteArray bin = qgetenv("LAB_BINARY_DIR");
  return bin.isEmpty() ? QString() : QDir(QString::fromLocal8Bit(bin)).filePath("bin/plugins");
}

inline bool simAvailable(const QString& id) {
  lab::hw::PluginLoader loader;
  loader.registerStaticPlugins();
  if (!pluginDir().isEmpty()) loader.scan(pluginDir());
  return loader.contains(id);
}

struct Harness {
  // `learners`: the learner on another machine (null: in process).
  explicit Harness(const lab::ControllerSettings& s,
                   std::shared_ptr<lab::LearnerSource> learners = nullptr)
      : c(robots(), std::move(learners)),
        states(&c, &lab::TrainingController::stateChanged),
        refused(&c, &lab::TrainingController::commandRefused),
        errors(&c, &lab::TrainingController::errorOccurred),
        stats(&c, &lab::TrainingController::loopStats),
        points(&c, &lab::TrainingController::stepPoint) {
    QObject::connect(&c, &lab::TrainingController::episodeFinished,
                     [this](const lab::EpisodeSummary& e) { episodes.push_back(e); });
    QObject::connect(&c, &lab::TrainingController::frameReady, [this](const lab::CameraFrame& f) {
      lastFrame = f;
      ++frames;
    });
    FakeProbe::get().configureFrom(s.robotSettings);
    c.setSettings(s);
  }
  ~Harness() {
    if (politeExit) disconnect();
  }

  void connect(int timeoutMs = 60000) {
    c.connectRobot();
    QTRY_VERIFY_WITH_TIMEOUT(c.state() != lab::ControllerState::Idle || !errors.isEmpty(),
                             timeoutMs);
    if (!errors.isEmpty()) qWarning() << "connect:" << errors.at(0).at(1).toString();
    QVERIFY(c.state() != lab::ControllerState::Idle);
  }
  void disconnect() {
    if (c.state() == lab::ControllerState::Idle) return;
    if (c.emergencyStopped()) c.acknowledgeEmergencyStop();
    if (c.state() != lab::ControllerState::Ready && c.state() != lab::ControllerState::Connected &&
        c.state() != lab::ControllerState::BetweenEpisodes) {
      c.pause();
      waitState(lab::ControllerState::Paused, 5000);
    }
    c.disconnectRobot();
    waitState(lab::ControllerState::Idle, 60000);
  }
  // The state as the window knows it: the last stateChanged delivered (Idle before any).
  lab::ControllerState signalledState() const {
    return states.isEmpty() ? lab::ControllerState::Idle
                            : states.last().at(0).value<lab::ControllerState>();
  }
  // Waits until the window has heard stateChanged(s): since this call, or it was in `s` already
  // (loop and window). Not c.state() alone: that is read straight from the loop and runs ahead
  // of the queued signals, so a test would look at its spies while what the loop reported
  // before the change (errors, log lines) is still in the event queue; once stateChanged(s) is
  // delivered, everything posted before it is too. And a short state (a recording the robot
  // fails at once) may be over before a poll of c.state() sees it; its signal stays.
  bool waitState(lab::ControllerState s, int timeoutMs = 20000) {
    const qsizetype from = states.size();
    const bool already = c.state() == s && signalledState() == s;
    const auto reached = [&] {
      if (already) return true;
      for (qsizetype i = from; i < states.size(); ++i) {
        if (states.at(i).at(0).value<lab::ControllerState>() == s) return true;
      }
      return false;
    };
    QElapsedTimer t;
    t.start();
    while (!reached() && t.elapsed() < timeoutMs) QTest::qWait(5);
    if (!reached()) {
      qWarning() << "state" << lab::toString(c.state()) << "(signalled"
                 << lab::toString(signalledState()) << ") != expected" << lab::toString(s);
    }
    return reached();
  }
  bool waitEpisodes(int n, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    while (static_cast<int>(episodes.size()) < n && t.elapsed() < timeoutMs) QTest::qWait(5);
    return static_cast<int>(episodes.size()) >= n;
  }
  // Steps of the running episode seen by the learner (step points).
  bool waitSteps(int n, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      if (lastFrame.episode >= 0 && lastFrame.step >= n) return true;
      QTest::qWait(2);
    }
    return false;
  }
  bool waitStats(const std::function<bool(const lab::LoopStats&)>& pred, int timeoutMs = 20000) {
    QElapsedTimer t;
    t.start();
    lab::LoopStats last;
    while (t.elapsed() < timeoutMs) {
      if (!stats.isEmpty()) {
        last = stats.last().at(0).value<lab::LoopStats>();
        if (pred(last)) return true;
      }
      QTest::qWait(20);
    }
    qWarning("stats: replay %d expert %d updates %lld", last.replaySize, last.expertSize,
             static_cast<long long>(last.updates));
    return false;
  }
  bool refusedWith(lab::ControllerCommand cmd, const QString& text, int timeoutMs = 5000) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
      for (const auto& r : refused) {
        if (r.at(0).value<lab::ControllerCommand>() == cmd &&
            r.at(1).toString().contains(text, Qt::CaseInsensitive)) {
          return true;
        }
      }
      QTest::qWait(5);
    }
    for (const auto& r : refused) qWarning() << "refused:" << r.at(1).toString();
    return false;
  }
  int interventionPoints() const {
    int n = 0;
    for (const auto& p : points) n += p.at(0).value<lab::StepPoint>().intervention ? 1 : 0;
    return n;
  }
  int lastFrameSize() const { return lastFrame.image.size(); }

  // Records a demo of at least `minSteps` steps (scripted expert or the teleop action) and
  // marks it a success. Returns its length.
  int recordDemo(int minSteps) {
    const auto before = episodes.size();
    c.startRecording();
    if (!waitState(lab::ControllerState::RecordingDemo)) return -1;
    if (!waitSteps(minSteps)) return -1;
    c.markSuccess();
    if (!waitState(lab::ControllerState::Ready)) return -1;
    if (!waitEpisodes(static_cast<int>(before) + 1)) return -1;
    return episodes.back().steps;
  }
  // Records until the robot's success detector fires (useSuccessDetector must be on).
  int recordDemoToSuccess(int timeoutMs = 20000) {
    const auto before = episodes.size();
    c.startRecording();
    if (!waitState(lab::ControllerState::RecordingDemo)) return -1;
    if (!waitState(lab::ControllerState::Ready, timeoutMs)) return -1;
    if (!waitEpisodes(static_cast<int>(before) + 1)) return -1;
    return episodes.back().label == "success" ? episodes.back().steps : -1;
  }

  // false: the destructor only destroys the controller (a test of the program's exit).
  bool politeExit = true;
  lab::TrainingController c;
  QSignalSpy states, refused, errors, stats, points;
  std::vector<lab::EpisodeSummary> episodes;
  lab::CameraFrame lastFrame;
  int frames = 0;  // frameReady signals received
};

}  // namespace labtest
