// The four simulated MuJoCo robots (hardware/sim), data-driven over their ids: seeded starts,
// headless rendering, the scripted expert against the success detector, e-stop, settings
// validation, threads, and the plugin libraries themselves. Runs with DISPLAY unset (the
// renderer must be headless). Also the camera-less point-reach plugin (hardware/toy), loaded
// through the PluginLoader and compared step by step with PointReachTask (the reference model
// beside this test).
#include <QDir>
#include <QJsonObject>
#include <QPluginLoader>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <limits>
#include <random>
#include <thread>

#include "host/plugin_loader.h"
#include "point_reach_task.h"
#include "sim/ball_to_goal_sim.h"
#include "sim/push_cube_sim.h"
#include "sim/sim_robots.h"
#include "sim/slalom_sim.h"
#include "teleop/keyboard_teleop.h"
#include "toy/point_reach_factory.h"

using namespace lab::hw;

namespace {

std::unique_ptr<MujocoRobot> configured(const QString& id, RobotConfig cfg = {}) {
  auto robot = createSimRobot(id.toStdString());
  if (!robot) return nullptr;
  std::string error;
  if (robot->onConfigure(cfg, error) != Result::Ok) {
    qWarning() << "configure" << id << "failed:" << error.c_str();
    return nullptr;
  }
  if (robot->onActivate(error) != Result::Ok) return nullptr;
  return robot;
}

Observation observe(IRobot& robot) {
  Observation o;
  std::string error;
  if (robot.read(o, error) != Result::Ok) qWarning() << "read failed:" << error.c_str();
  return o;
}

double variance(const std::vector<std::uint8_t>& image) {
  double sum = 0, sum2 = 0;
  for (auto p : image) sum += p, sum2 += double(p) * p;
  const double n = double(image.size());
  return sum2 / n - (sum / n) * (sum / n);
}

// The scripted expert on `seeds` starts, physics only (nothing rendered): how many it solved
// within the time limit with no failure detected, and its mean steps over those.
struct ExpertRuns {
  int solved = 0;
  double meanSteps = 0;
};
ExpertRuns runExpert(MujocoRobot& robot, int seeds) {
  ExpertRuns out;
  std::string error;
  int steps = 0;
  for (int seed = 1; seed <= seeds; ++seed) {
    if (robot.reset(seed, error) != Result::Ok) return out;
    std::vector<float> action;
    int step = 0;
    while (step < robot.info().maxEpisodeSteps && !robot.detectSuccess() &&
           !robot.detectFailure() && robot.scriptedAction(action)) {
      if (robot.write(action, error) != Result::Ok) return out;
      ++step;
    }
    if (robot.detectSuccess() && !robot.detectFailure()) ++out.solved, steps += step;
  }
  out.meanSteps = out.solved ? double(steps) / out.solved : 0.0;
  return out;
}

int changedPixels(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b) {
  int changed = 0;
  for (std::size_t i = 0; i < a.size(); ++i) changed += std::abs(int(a[i]) - int(b[i])) > 20;
  return changed;
}

// The task's geometric success condition, recomputed from the state vector alone (independent
// of the plugin's detector). Slalom needs the history of positions, so it is a small tracker.
class SuccessOracle {
 public:
  SuccessOracle(const QString& id, const std::vector<float>& startState) : m_id(id) {
    if (m_id.startsWith("slalom")) m_prevX = startState[0];
  }
  bool solved(const std::vector<float>& s) {
    if (m_id == "push-cube") {
      return std::hypot(s[2] - PushCubeSim::kTargetX, s[3] - PushCubeSim::kTargetY) <
             PushCubeSim::kTargetRadius;
    }
    if (m_id == "ball-to-goal") {
      return s[4] > BallToGoalSim::kGoalLineX && std::abs(s[5]) < BallToGoalSim::kGoalHalfWidth;
    }
    const double x = s[0], y = s[1];
    if (m_next < SlalomSim::kGateCount && !m_missed && m_prevX < SlalomSim::kGateX[m_next] &&
        x >= SlalomSim::kGateX[m_next]) {
      if (std::abs(y - SlalomSim::kGateY[m_next]) < SlalomSim::kGateHalfWidth) {
        ++m_next;
      } else {
        m_missed = true;
      }
    }
    if (m_next == SlalomSim::kGateCount && x >= SlalomSim::kFinishX) m_finished = true;
    m_prevX = x;
    return m_finished;
  }
  bool failed() const { return m_missed; }  // call after solved() for the same state

 private:
  QString m_id;
  double m_prevX = 0;
  int m_next = 0;
  bool m_missed = false, m_finished = false;
};

// Whether a humanoid leg axis (0.04 m left and right of the base) is within `reach` of a pole.
bool legNearPole(const std::vector<float>& s, double reach) {
  const double x = s[0], y = s[1], c = s[2], sn = s[3];
  for (int g = 0; g < SlalomSim::kGateCount; ++g) {
    for (double side : {-1.0, 1.0}) {
      const double px = SlalomSim::kGateX[g];
      const double py = SlalomSim::kGateY[g] + side * SlalomSim::kGateHalfWidth;
      for (double leg : {-0.04, 0.04}) {
        if (std::hypot(x - sn * leg - px, y + c * leg - py) < reach) return true;
      }
    }
  }
  return false;
}

// point-reach through the same route as any plugin: the plugin folder, the loader's checks,
// a RobotHandle walked to Active. Null (with a warning) on any failure.
std::unique_ptr<RobotHandle> openPointReach(PluginLoader& loader, const RobotConfig& cfg = {}) {
  loader.scan(QStringLiteral(LAB_PLUGIN_DIR));
  auto created = loader.create("point-reach");
  if (!created) {
    qWarning() << "create point-reach failed:" << created.error().c_str();
    return nullptr;
  }
  std::unique_ptr<RobotHandle> h = created.take();
  if (!h->configure(cfg).ok() || !h->activate().ok()) {
    qWarning() << "point-reach did not activate:" << h->lastError().c_str();
    return nullptr;
  }
  return h;
}

Observation observe(RobotHandle& h) {
  Observation o;
  if (!h.read(o).ok()) qWarning() << "read failed:" << h.lastError().c_str();
  return o;
}

// Where the robot is in the view: the centroid of its near-black pixels (every sim draws its
// robot body near black on a mid-grey floor), x to the right and y UP the screen, in pixels.
struct ViewPoint {
  double x = 0, y = 0;
  int pixels = 0;
};
ViewPoint robotInView(const Observation& o) {
  ViewPoint p;
  for (int r = 0; r < o.imageHeight; ++r) {
    for (int c = 0; c < o.imageWidth; ++c) {
      if (o.image[std::size_t(r) * o.imageWidth + c] >= 24) continue;
      p.x += c, p.y += o.imageHeight - 1 - r, ++p.pixels;
    }
  }
  if (p.pixels > 0) p.x /= p.pixels, p.y /= p.pixels;
  return p;
}

// Holds `key` (as the window's keyboard teleop maps it for this robot) for `steps` control
// periods, after letting it come to rest (a walking base carries momentum from the last key),
// and returns how far the robot moved in the view (pixels, y up).
std::array<double, 2> driveInView(IRobot& robot, int key, int steps) {
  KeyboardTeleop keys(robot.actionSpec());
  std::string error;
  for (int i = 0; i < 10; ++i) {
    if (robot.write(keys.action(), error) != Result::Ok) qWarning() << error.c_str();
  }
  keys.keyPressed(key);
  const ViewPoint before = robotInView(observe(robot));
  for (int i = 0; i < steps; ++i) {
    if (robot.write(keys.action(), error) != Result::Ok) qWarning() << error.c_str();
  }
  const ViewPoint after = robotInView(observe(robot));
  return {after.x - before.x, after.y - before.y};
}

// cos of the angle between a and b.
double alignment(std::array<double, 2> a, std::array<double, 2> b) {
  const double n = std::hypot(a[0], a[1]) * std::hypot(b[0], b[1]);
  return n > 0 ? (a[0] * b[0] + a[1] * b[1]) / n : 0.0;
}

bool succeeded(RobotHandle& h) {
  bool success = false;
  return h.detectSuccess(success).ok() && success;
}

}  // namespace

class TestSimRobots : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase();
  void sameSeed_identicalStart_differentSeed_differentStart_data() { robotIds(); }
  void sameSeed_identicalStart_differentSeed_differentStart();
  void image_notBlank_andChangesWhenMoving_data() { robotIds(); }
  void image_notBlank_andChangesWhenMoving();
  void teleopKeys_moveTheRobotTheWayTheViewShows_data() { robotIds(); }
  void teleopKeys_moveTheRobotTheWayTheViewShows();
  void interimFrame_showsMidStep_withoutChangingPhysics_data() { robotIds(); }
  void interimFrame_showsMidStep_withoutChangingPhysics();
  void expert_solvesTwentySeeds_detectorMatchesGeometry_data() { robotIds(); }
  void expert_solvesTwentySeeds_detectorMatchesGeometry();
  void expertSpeed_slowerDemo_stillSolves_data() { robotIds(); }
  void expertSpeed_slowerDemo_stillSolves();
  void failureDetector_firesOnMissedGateOrTouchedPole_data() { robotIds(); }
  void failureDetector_firesOnMissedGateOrTouchedPole();
  void emergencyStop_zeroesAppliedCommandAndVelocity_data() { robotIds(); }
  void emergencyStop_zeroesAppliedCommandAndVelocity();
  void badInput_isRejectedWithMessage_data() { robotIds(); }
  void badInput_isRejectedWithMessage();
  void settings_imageSizeAndRawView_data() { robotIds(); }
  void settings_imageSizeAndRawView();
  void startSpread_narrowsStartsAroundTheirCentre_data() { robotIds(); }
  void startSpread_narrowsStartsAroundTheirCentre();
  void cameraNoise_gaussianPerPixel_sameSeedAndStepSameFrame();
  void lifecycle_readInactive_cleanupAndReconfigure();
  void otherThread_rendersAfterConfigureOnMain();
  void plugins_loadThroughQPluginLoader_data() { robotIds(); }
  void plugins_loadThroughQPluginLoader();
  void noEgl_configureFailsWithMessage();
  void noEglChild();  // runs only inside the child process started by the test above
  void pointReach_pluginLoads_stateOnlyNoImage();
  void pointReach_sameEpisodesAsPointReachTask();
  void pointReach_expertSucceeds_timeLimit();
  void pointReach_linkedFactory_sameRobot();

 private:
  void robotIds();
};

void TestSimRobots::initTestCase() {
  // Prove the renderer is headless: no X11/Wayland display for anything in this process.
  qunsetenv("DISPLAY");
  qunsetenv("WAYLAND_DISPLAY");
  QCOMPARE(simRobotIds().size(), std::size_t(4));
}

void TestSimRobots::robotIds() {
  QTest::addColumn<QString>("id");
  for (const auto& id : simRobotIds()) QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestSimRobots::sameSeed_identicalStart_differentSeed_differentStart() {
  QFETCH(QString, id);
  // Two instances in one process, each with its own GL context.
  auto a = configured(id), b = configured(id);
  QVERIFY(a && b);
  std::string error;
  QCOMPARE(a->reset(7, error), Result::Ok);
  QCOMPARE(b->reset(7, error), Result::Ok);
  const Observation oa = observe(*a), ob = observe(*b);
  QCOMPARE(oa.state, ob.state);
  QVERIFY(oa.image == ob.image);

  // The same robot, moved and reset to the same seed again, is back at the identical start.
  std::vector<float> action(a->actionSpec().size(), 0.7f);
  for (int i = 0; i < 3; ++i) QCOMPARE(a->write(action, error), Result::Ok);
  QVERIFY(observe(*a).state != oa.state);
  QCOMPARE(a->reset(7, error), Result::Ok);
  const Observation again = observe(*a);
  QCOMPARE(again.state, oa.state);
  QVERIFY(again.image == oa.image);
  QCOMPARE(a->stepCount(), 0);

  QCOMPARE(b->reset(8, error), Result::Ok);
  const Observation other = observe(*b);
  QVERIFY(other.state != oa.state);
  QVERIFY2(changedPixels(other.image, oa.image) > 5, "a different seed must look different");
}

void TestSimRobots::image_notBlank_andChangesWhenMoving() {
  QFETCH(QString, id);
  auto robot = configured(id);
  QVERIFY(robot);
  std::string error;
  QCOMPARE(robot->reset(3, error), Result::Ok);
  const Observation before = observe(*robot);
  QCOMPARE(before.imageWidth, 64);
  QCOMPARE(before.imageHeight, 64);
  QCOMPARE(before.image.size(), std::size_t(64 * 64));
  QCOMPARE(before.state.size(), std::size_t(robot->observationSpec().stateDim()));
  const double var = variance(before.image);
  QVERIFY2(var > 200.0, qPrintable(QString("image variance %1 too low: blank render?").arg(var)));

  std::vector<float> action;
  for (int i = 0; i < 5 && robot->scriptedAction(action); ++i) {
    QCOMPARE(robot->write(action, error), Result::Ok);
  }
  const Observation after = observe(*robot);
  const int changed = changedPixels(before.image, after.image);
  QVERIFY2(changed > 10, qPrintable(QString("only %1 pixels changed after 5 steps").arg(changed)));
}

// An operator drives by what the camera view shows. The arm (world-frame velocities): Up moves
// it up the screen, Right to the right. The mobile bases (body-frame velocities): Up drives
// where the robot faces in the view, Left (slalom's lateral axis) to its left, and the turn key
// (Left for ball-to-goal, Q for slalom) turns it counter-clockwise on the screen.
void TestSimRobots::teleopKeys_moveTheRobotTheWayTheViewShows() {
  QFETCH(QString, id);
  auto robot = configured(id);
  QVERIFY(robot);
  std::string error;
  QCOMPARE(robot->reset(5, error), Result::Ok);
  QVERIFY2(robotInView(observe(*robot)).pixels >= 4, "the robot is not visible in the view");
  const auto check = [](const char* what, std::array<double, 2> moved,
                        std::array<double, 2> expected) {
    const double cosine = alignment(moved, expected);
    const bool ok = std::hypot(moved[0], moved[1]) >= 2.0 && cosine > 0.8;
    if (!ok) {
      qWarning("%s: moved (%.1f, %.1f) px in the view, expected along (%.2f, %.2f)", what, moved[0],
               moved[1], expected[0], expected[1]);
    }
    return ok;
  };
  const int steps = 6;
  if (id == "push-cube") {
    QVERIFY(check("Up", driveInView(*robot, Qt::Key_Up, steps), {0, 1}));
    QVERIFY(check("Right", driveInView(*robot, Qt::Key_Right, steps), {1, 0}));
    QVERIFY(check("Down", driveInView(*robot, Qt::Key_Down, steps), {0, -1}));
    QVERIFY(check("Left", driveInView(*robot, Qt::Key_Left, steps), {-1, 0}));
    return;
  }
  const auto heading = [&] {
    const Observation o = observe(*robot);  // state: x, y, cos(yaw), sin(yaw), ...
    return std::array<double, 2>{o.state[2], o.state[3]};
  };
  const std::array<double, 2> facing = heading();
  const auto forward = driveInView(*robot, Qt::Key_Up, steps);
  QVERIFY(check("Up", forward, facing));
  const auto h = heading();
  QVERIFY(check("Down", driveInView(*robot, Qt::Key_Down, steps), {-h[0], -h[1]}));
  if (id.startsWith("slalom")) {
    const auto side = heading();
    QVERIFY(check("Left", driveInView(*robot, Qt::Key_Left, steps), {-side[1], side[0]}));
  }
  const int turnKey = id == "ball-to-goal" ? Qt::Key_Left : Qt::Key_Q;
  const std::array<double, 2> yawBefore = heading();
  driveInView(*robot, turnKey, 4);
  driveInView(*robot, 0, 0);  // come to rest: the heading Up then drives along
  const std::array<double, 2> yawAfter = heading();
  const double turned = std::atan2(yawBefore[0] * yawAfter[1] - yawBefore[1] * yawAfter[0],
                                   yawBefore[0] * yawAfter[0] + yawBefore[1] * yawAfter[1]);
  QVERIFY2(turned > 0.05, qPrintable(QString("the turn key turned %1 rad").arg(turned)));
  // The view is not mirrored: after a counter-clockwise turn, Up drives counter-clockwise of
  // where it drove before, on the screen.
  const auto forwardAgain = driveInView(*robot, Qt::Key_Up, steps);
  QVERIFY(check("Up after the turn", forwardAgain, yawAfter));
  QVERIFY2(forward[0] * forwardAgain[1] - forward[1] * forwardAgain[0] > 0,
           "after a left turn the robot drove clockwise of its earlier path on the screen");
}

void TestSimRobots::interimFrame_showsMidStep_withoutChangingPhysics() {
  QFETCH(QString, id);
  auto watched = configured(id), unwatched = configured(id);
  QVERIFY(watched && unwatched);
  std::string error;
  QCOMPARE(watched->reset(5, error), Result::Ok);
  QCOMPARE(unwatched->reset(5, error), Result::Ok);
  Observation frame;
  QVERIFY2(!watched->interimFrame(frame), "no frame before the first step");
  Observation previous = observe(*watched);
  int between = 0;
  std::vector<float> action;
  for (int i = 0; i < 6 && watched->scriptedAction(action); ++i) {
    QCOMPARE(watched->write(action, error), Result::Ok);
    QCOMPARE(unwatched->write(action, error), Result::Ok);
    QVERIFY(watched->interimFrame(frame));
    QCOMPARE(frame.image.size(), std::size_t(64 * 64));
    QVERIFY2(!watched->interimFrame(frame), "each in-between frame is given once");
    const Observation now = observe(*watched);
    // Half-way through a moving step: unlike both the step's start and its end.
    if (frame.image != previous.image && frame.image != now.image) ++between;
    previous = now;
  }
  QVERIFY2(between >= 4, qPrintable(QString("only %1 of 6 frames were in between").arg(between)));
  // Looking does not change the physics: both instances are in the same state.
  QCOMPARE(observe(*watched).state, observe(*unwatched).state);
  watched->emergencyStop();
  QVERIFY2(!watched->interimFrame(frame), "no stale in-between frame after a stop");
}

void TestSimRobots::expert_solvesTwentySeeds_detectorMatchesGeometry() {
  QFETCH(QString, id);
  auto robot = configured(id);
  QVERIFY(robot);
  const int limit = robot->info().maxEpisodeSteps;
  int solved = 0, totalSteps = 0, minSteps = limit, maxSteps = 0;
  double ioMs = 0;
  int ioCalls = 0;
  std::string error;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    QCOMPARE(robot->reset(seed, error), Result::Ok);
    Observation obs = observe(*robot);
    SuccessOracle oracle(id, obs.state);
    QVERIFY2(!robot->detectSuccess(), "success detected at the start");
    QVERIFY(!oracle.solved(obs.state));
    std::vector<float> action;
    int step = 0;
    bool success = false;
    while (step < limit && !success) {
      QVERIFY2(robot->scriptedAction(action), "the expert gave up before success");
      QCOMPARE(int(action.size()), robot->actionSpec().size());
      const auto t0 = std::chrono::steady_clock::now();
      QCOMPARE(robot->write(action, error), Result::Ok);
      QCOMPARE(robot->read(obs, error), Result::Ok);
      ioMs +=
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      ++ioCalls;
      ++step;
      const bool geometric = oracle.solved(obs.state);
      success = robot->detectSuccess();
      QVERIFY2(!robot->detectFailure(),
               qPrintable(QString("seed %1 step %2: failure detected on the expert's run at x %3 "
                                  "y %4")
                              .arg(seed)
                              .arg(step)
                              .arg(obs.state[0])
                              .arg(obs.state[1])));
      // The detector fires exactly at the step the geometric condition first holds.
      QVERIFY2(success == geometric, qPrintable(QString("seed %1 step %2: detector %3, geometry %4")
                                                    .arg(seed)
                                                    .arg(step)
                                                    .arg(success)
                                                    .arg(geometric)));
    }
    QVERIFY2(success, qPrintable(QString("seed %1 not solved in %2 steps").arg(seed).arg(limit)));
    QVERIFY2(!robot->scriptedAction(action), "the expert must stop once the task is solved");
    ++solved;
    totalSteps += step;
    minSteps = std::min(minSteps, step);
    maxSteps = std::max(maxSteps, step);
  }
  QCOMPARE(solved, 20);
  const double mean = double(totalSteps) / solved;
  qInfo().noquote() << id << ": expert solved" << solved << "/ 20, mean" << mean << "steps, range ["
                    << minSteps << "," << maxSteps << "], limit" << limit << "| write+read"
                    << QString::number(ioMs / ioCalls, 'f', 2) << "ms";
  QVERIFY2(mean >= 15 && mean <= 45, "expert demos should take roughly 20-40 steps");
}

// expert_speed 0.5: the same expert at half its commands still solves every start without a
// failure, taking clearly longer (a person's slower demonstration for the learner to improve on).
void TestSimRobots::expertSpeed_slowerDemo_stillSolves() {
  QFETCH(QString, id);
  RobotConfig cfg;
  cfg.settings.insert("expert_speed", 0.5);
  auto full = configured(id), slow = configured(id, cfg);
  QVERIFY(full && slow);
  const ExpertRuns fast = runExpert(*full, 20), slowed = runExpert(*slow, 20);
  qInfo().noquote() << id << ": expert mean" << fast.meanSteps << "steps, at expert_speed 0.5"
                    << slowed.meanSteps << "solved" << fast.solved << slowed.solved;
  QCOMPARE(fast.solved, 20);
  QCOMPARE(slowed.solved, 20);
  QVERIFY2(slowed.meanSteps >= 1.5 * fast.meanSteps,
           qPrintable(QString("%1 against %2").arg(slowed.meanSteps).arg(fast.meanSteps)));
}

void TestSimRobots::failureDetector_firesOnMissedGateOrTouchedPole() {
  // Walk forward while strafing right at full speed: that passes the first gate (on the left)
  // on its right-hand side in most starts, or bumps its pole (a failure for the humanoid only).
  // The detector must agree with the geometry at every step; robots without a detector never
  // report a failure.
  QFETCH(QString, id);
  auto robot = configured(id);
  QVERIFY(robot);
  const bool slalom = id.startsWith("slalom");
  QCOMPARE(robot->info().hasFailureDetector, slalom);
  std::string error;
  int failures = 0, poleFailures = 0;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    QCOMPARE(robot->reset(seed, error), Result::Ok);
    Observation obs = observe(*robot);
    SuccessOracle oracle(id, obs.state);
    bool failed = false;
    for (int step = 1; step <= 30 && !failed; ++step) {
      std::vector<float> action(robot->actionSpec().size(), 0.5f);
      if (slalom) {
        const float turn = -0.75f * std::atan2(obs.state[3], obs.state[2]);
        action = {1.0f, -1.0f, std::clamp(turn, -1.0f, 1.0f)};
      }
      QCOMPARE(robot->write(action, error), Result::Ok);
      QCOMPARE(robot->read(obs, error), Result::Ok);
      oracle.solved(obs.state);
      failed = robot->detectFailure();
      // The humanoid also fails on touching a pole: the detector may fire without a missed
      // gate only with a leg (capsule radius 0.03, 0.04 off the centre line) at a pole (in
      // contact at 0.07; the slack allows for the bounce back before the step ends).
      const bool touching = id == "slalom-humanoid" && legNearPole(obs.state, 0.085);
      QVERIFY2(failed == (slalom && oracle.failed()) || (failed && touching),
               qPrintable(QString("seed %1 step %2: detector %3, missed gate %4, at a pole %5")
                              .arg(seed)
                              .arg(step)
                              .arg(failed)
                              .arg(oracle.failed())
                              .arg(touching)));
    }
    failures += failed;
    poleFailures += failed && !oracle.failed();
  }
  qInfo().noquote() << id << ":" << failures << "of 10 failed," << poleFailures << "at a pole";
  if (id == "slalom-humanoid") QVERIFY2(poleFailures > 0, "no run ended at a pole");
  if (id == "slalom-quadruped") QCOMPARE(poleFailures, 0);
  if (slalom) QVERIFY2(failures >= 5, qPrintable(QString("only %1 of 10 failed").arg(failures)));
}

void TestSimRobots::emergencyStop_zeroesAppliedCommandAndVelocity() {
  QFETCH(QString, id);
  auto robot = configured(id);
  QVERIFY(robot);
  std::string error;
  QCOMPARE(robot->reset(5, error), Result::Ok);
  const std::vector<float> zero = robot->actionSpec().zeroCommand();
  QCOMPARE(robot->appliedCommand(), zero);
  std::vector<float> action(robot->actionSpec().size(), 0.8f);
  for (int i = 0; i < 2; ++i) QCOMPARE(robot->write(action, error), Result::Ok);
  const std::vector<float> moving = robot->appliedCommand();
  QVERIFY(moving != zero);

  robot->emergencyStop();
  QCOMPARE(robot->appliedCommand(), zero);
  // Every actuated joint stands still now, not after the actuator's time constant.
  const mjModel* m = robot->model();
  const mjData* d = robot->data();
  for (int a = 0; a < m->nu; ++a) {
    if (m->actuator_trntype[a] != mjTRN_JOINT) continue;
    const int dof = m->jnt_dofadr[m->actuator_trnid[2 * a]];
    QCOMPARE(d->qvel[dof], 0.0);
    QCOMPARE(d->ctrl[a], 0.0);
  }
  // The next write is obeyed again.
  QCOMPARE(robot->write(action, error), Result::Ok);
  QVERIFY(robot->appliedCommand() != zero);
  // Must not crash in any state, also without a model.
  auto unconfigured = createSimRobot(id.toStdString());
  unconfigured->emergencyStop();
  QCOMPARE(unconfigured->appliedCommand(), zero);
}

void TestSimRobots::badInput_isRejectedWithMessage() {
  QFETCH(QString, id);
  std::string error;
  {
    RobotConfig cfg;
    cfg.settings.insert("raw_image_size", "large");
    auto robot = createSimRobot(id.toStdString());
    QCOMPARE(robot->onConfigure(cfg, error), Result::Fatal);
    QVERIFY2(QString::fromStdString(error).contains("raw_image_size"), error.c_str());
    QVERIFY(!robot->isConfigured());
  }
  {
    RobotConfig cfg;
    cfg.settings.insert("max_episode_steps", 0);
    auto robot = createSimRobot(id.toStdString());
    QCOMPARE(robot->onConfigure(cfg, error), Result::Fatal);
    QVERIFY2(QString::fromStdString(error).contains("max_episode_steps"), error.c_str());
  }
  // A number setting out of its range: refused, naming the key and the range.
  const struct {
    const char* key;
    double value;
    const char* range;
  } outOfRange[] = {{"start_spread", 0.1, "[0.25, 1]"},
                    {"camera_noise", 0.6, "[0, 0.5]"},
                    {"expert_speed", 0.1, "[0.25, 1]"}};
  for (const auto& c : outOfRange) {
    RobotConfig cfg;
    cfg.settings.insert(c.key, c.value);
    auto robot = createSimRobot(id.toStdString());
    QCOMPARE(robot->onConfigure(cfg, error), Result::Fatal);
    const QString message = QString::fromStdString(error);
    QVERIFY2(message.contains(c.key) && message.contains(c.range), error.c_str());
  }
  {
    RobotConfig cfg;
    cfg.imageSize = 4;
    auto robot = createSimRobot(id.toStdString());
    QCOMPARE(robot->onConfigure(cfg, error), Result::Fatal);
    QVERIFY2(QString::fromStdString(error).contains("imageSize"), error.c_str());
  }
  {
    // A misspelt key is an error naming it and the known ones, not a default left in place.
    RobotConfig cfg;
    cfg.settings.insert("start_sprad", 0.5);
    auto robot = createSimRobot(id.toStdString());
    QCOMPARE(robot->onConfigure(cfg, error), Result::Fatal);
    QVERIFY2(QString::fromStdString(error).contains("unknown setting 'start_sprad' (known: "),
             error.c_str());
    QVERIFY2(QString::fromStdString(error).contains("start_spread"), error.c_str());
    QVERIFY(!robot->isConfigured());
  }
  {
    // Operations before configure fail with a message instead of crashing.
    auto robot = createSimRobot(id.toStdString());
    Observation o;
    QCOMPARE(robot->read(o, error), Result::Fatal);
    QVERIFY(!error.empty());
    QVERIFY(!robot->detectSuccess());
    std::vector<float> a;
    QVERIFY(!robot->scriptedAction(a));
  }
  // NaN / inf / wrong size: rejected, nothing moves.
  auto robot = configured(id);
  QVERIFY(robot);
  QCOMPARE(robot->reset(2, error), Result::Ok);
  const std::vector<float> before = observe(*robot).state;
  std::vector<float> bad(robot->actionSpec().size(), 0.5f);
  bad[0] = std::numeric_limits<float>::quiet_NaN();
  QVERIFY(robot->write(bad, error) != Result::Ok);
  QVERIFY2(QString::fromStdString(error).contains("NaN"), error.c_str());
  bad[0] = std::numeric_limits<float>::infinity();
  QVERIFY(robot->write(bad, error) != Result::Ok);
  QVERIFY2(QString::fromStdString(error).contains("infinite"), error.c_str());
  QVERIFY(robot->write(std::vector<float>(7, 0.f), error) != Result::Ok);
  QVERIFY2(QString::fromStdString(error).contains("expected"), error.c_str());
  QCOMPARE(observe(*robot).state, before);
  QCOMPARE(robot->stepCount(), 0);
}

void TestSimRobots::settings_imageSizeAndRawView() {
  QFETCH(QString, id);
  RobotConfig cfg;
  cfg.imageSize = 48;
  cfg.settings.insert("raw_image_size", 160);
  cfg.settings.insert("max_episode_steps", 33);
  auto robot = configured(id, cfg);
  QVERIFY(robot);
  QCOMPARE(robot->info().maxEpisodeSteps, 33);
  // What the host shows and the robot loop uses: the info as the settings made it, not as it
  // was before configure (the time limit used to stay at the default).
  RobotHandle handle(createSimRobot(id.toStdString()), "test");
  QVERIFY(handle.configure(cfg).ok());
  QCOMPARE(handle.info().maxEpisodeSteps, 33);
  const ObservationSpec spec = robot->observationSpec();
  QCOMPARE(spec.imageWidth, 48);
  QVERIFY(spec.hasRawImage);
  const Observation o = observe(*robot);
  QCOMPARE(o.image.size(), std::size_t(48 * 48));
  QCOMPARE(o.rawWidth, 160);
  QCOMPARE(o.rawImage.size(), std::size_t(160 * 160));
  QVERIFY(variance(o.rawImage) > 200.0);
}

void TestSimRobots::startSpread_narrowsStartsAroundTheirCentre() {
  QFETCH(QString, id);
  // The start ranges of the first two state entries (effector, robot or base x and y), as
  // hardware/sim/README.md gives them.
  struct Range {
    double lo, hi;
  };
  const QMap<QString, std::array<Range, 2>> ranges{
      {"push-cube", {{{-0.25, 0.25}, {-0.25, 0.25}}}},
      {"ball-to-goal", {{{-0.55, -0.2}, {-0.5, 0.5}}}},
      {"slalom-quadruped", {{{-0.95, -0.85}, {-0.25, 0.25}}}},
      {"slalom-humanoid", {{{-0.95, -0.85}, {-0.25, 0.25}}}}};
  QVERIFY(ranges.contains(id));
  // Largest distance from the range centre over 30 seeds, as a fraction of the half range.
  auto widest = [&](double spread) {
    RobotConfig cfg;
    cfg.imageSize = 16;
    cfg.settings.insert("start_spread", spread);
    auto robot = configured(id, cfg);
    if (!robot) return -1.0;
    double worst = 0;
    std::string error;
    for (int seed = 1; seed <= 30; ++seed) {
      if (robot->reset(seed, error) != Result::Ok) return -1.0;
      const std::vector<float> s = observe(*robot).state;
      for (int i = 0; i < 2; ++i) {
        const Range r = ranges[id][i];
        worst = std::max(worst, std::abs(s[i] - 0.5 * (r.lo + r.hi)) / (0.5 * (r.hi - r.lo)));
      }
    }
    return worst;
  };
  const double full = widest(1.0), half = widest(0.5);
  QVERIFY2(full > 0.6 && full <= 1.0 + 1e-4, qPrintable(QString::number(full)));
  QVERIFY2(half > 0.2 && half <= 0.5 + 1e-4, qPrintable(QString::number(half)));
  // So narrow that the ranges leave no room for the minimum distances between the objects:
  // every reset still returns (push-cube's used to loop forever on the robot thread).
  QVERIFY(widest(0.25) >= 0);  // the narrowest spread the sims take
}

// A noisier camera: each frame is the clean render plus independent Gaussian pixel noise of the
// configured sigma, the same for the same seed and step (a lockstep run repeats exactly), other
// noise at the next step, and the physics untouched.
void TestSimRobots::cameraNoise_gaussianPerPixel_sameSeedAndStepSameFrame() {
  RobotConfig cfg;
  cfg.settings.insert("raw_image_size", 96);
  auto clean = configured("push-cube", cfg);
  cfg.settings.insert("camera_noise", 0.1);
  auto noisy = configured("push-cube", cfg), again = configured("push-cube", cfg);
  QVERIFY(clean && noisy && again);
  std::string error;
  for (auto* r : {clean.get(), noisy.get(), again.get()}) QCOMPARE(r->reset(7, error), Result::Ok);
  const Observation c0 = observe(*clean), n0 = observe(*noisy);
  QCOMPARE(n0.state, c0.state);
  QCOMPARE(observe(*noisy).image, n0.image);  // read twice: the same frame
  QCOMPARE(observe(*again).image, n0.image);  // another instance, same seed: the same frame
  // Residuals where the clean pixel is far from 0 and 255 (no clamping within 2.5 sigma).
  auto residuals = [](const std::vector<std::uint8_t>& noisyImage,
                      const std::vector<std::uint8_t>& cleanImage) {
    std::vector<double> r;
    for (std::size_t i = 0; i < cleanImage.size(); ++i) {
      if (cleanImage[i] > 64 && cleanImage[i] < 191) r.push_back(noisyImage[i] - cleanImage[i]);
    }
    return r;
  };
  for (const auto& [image, cleanImage] :
       {std::pair{n0.image, c0.image}, std::pair{n0.rawImage, c0.rawImage}}) {
    const std::vector<double> r = residuals(image, cleanImage);
    QVERIFY2(r.size() > 1000, qPrintable(QString::number(r.size())));
    double sum = 0, sum2 = 0;
    for (double v : r) sum += v, sum2 += v * v;
    const double mean = sum / r.size(), sd = std::sqrt(sum2 / r.size() - mean * mean);
    QVERIFY2(std::abs(mean) < 1.5, qPrintable(QString::number(mean)));
    QVERIFY2(sd > 0.9 * 25.5 && sd < 1.1 * 25.5, qPrintable(QString::number(sd)));
  }
  // The next step's noise is new: its residuals are uncorrelated with the first step's.
  const std::vector<float> still(clean->actionSpec().dims.size(), 0.0f);
  QCOMPARE(clean->write(still, error), Result::Ok);
  QCOMPARE(noisy->write(still, error), Result::Ok);
  const Observation c1 = observe(*clean), n1 = observe(*noisy);
  QCOMPARE(n1.state, c1.state);
  double dot = 0, s0 = 0, s1 = 0;
  for (std::size_t i = 0; i < c0.image.size(); ++i) {
    if (c0.image[i] <= 64 || c0.image[i] >= 191 || c1.image[i] <= 64 || c1.image[i] >= 191) {
      continue;
    }
    const double r0 = n0.image[i] - c0.image[i], r1 = n1.image[i] - c1.image[i];
    dot += r0 * r1, s0 += r0 * r0, s1 += r1 * r1;
  }
  const double correlation = dot / std::sqrt(s0 * s1);
  QVERIFY2(std::abs(correlation) < 0.1, qPrintable(QString::number(correlation)));
  // Another seed: other noise on the same kind of frame.
  QCOMPARE(again->reset(8, error), Result::Ok);
  QVERIFY(observe(*again).image != n0.image);
}

void TestSimRobots::lifecycle_readInactive_cleanupAndReconfigure() {
  auto robot = createSimRobot("push-cube");
  std::string error;
  RobotConfig cfg;
  cfg.seed = 4;
  QCOMPARE(robot->onConfigure(cfg, error), Result::Ok);
  const Observation inactive = observe(*robot);  // Inactive: read works, start from cfg.seed
  QCOMPARE(inactive.image.size(), std::size_t(64 * 64));
  QCOMPARE(robot->onActivate(error), Result::Ok);
  QCOMPARE(robot->reset(4, error), Result::Ok);
  QCOMPARE(observe(*robot).state, inactive.state);
  QCOMPARE(robot->onDeactivate(error), Result::Ok);
  QCOMPARE(robot->onCleanup(error), Result::Ok);
  QVERIFY(!robot->isConfigured());
  QCOMPARE(robot->onConfigure(cfg, error), Result::Ok);
  QCOMPARE(observe(*robot).image, inactive.image);
  robot->onError();
  QVERIFY(!robot->isConfigured());
}

void TestSimRobots::otherThread_rendersAfterConfigureOnMain() {
  // The host configures on one thread and runs the robot loop on another.
  auto robot = configured("ball-to-goal");
  QVERIFY(robot);
  const Observation onMain = observe(*robot);
  Observation onWorker;
  Result r = Result::Fatal;
  std::string error;
  std::thread worker([&] { r = robot->read(onWorker, error); });
  worker.join();
  QVERIFY2(r == Result::Ok, error.c_str());
  QVERIFY(onWorker.image == onMain.image);
  QVERIFY(observe(*robot).image == onMain.image);  // and back on this thread
}

void TestSimRobots::plugins_loadThroughQPluginLoader() {
  QFETCH(QString, id);
  const QString file = QString(id).replace('-', '_');
  const QString path = QStringLiteral(LAB_PLUGIN_DIR) + "/lib" + file + ".so";
  QVERIFY2(QFileInfo::exists(path), qPrintable(path + " not built"));
  QPluginLoader loader(path);
  const QJsonObject meta = loader.metaData();
  QCOMPARE(meta.value("IID").toString(), QStringLiteral(LAB_ROBOT_IID));
  const QJsonObject data = meta.value("MetaData").toObject();
  QCOMPARE(data.value("id").toString(), id);
  QCOMPARE(data.value("abi_version").toInt(), kRobotAbiVersion);
  QCOMPARE(data.value("api_version").toString(),
           QStringLiteral("%1.%2").arg(kRobotApiVersionMajor).arg(kRobotApiVersionMinor));
  for (const char* key : {"name", "description", "version"}) {
    QVERIFY2(!data.value(key).toString().isEmpty(), key);
  }
  auto* factory = qobject_cast<IRobotFactory*>(loader.instance());
  QVERIFY2(factory, qPrintable(loader.errorString()));
  std::unique_ptr<IRobot> robot = factory->create();
  QVERIFY(robot);
  QCOMPARE(QString::fromStdString(robot->info().id), id);
  QCOMPARE(QString::fromStdString(robot->info().name), data.value("name").toString());
  // The plugin's own copy of the code renders the same start as the one linked in here.
  std::string error;
  RobotConfig cfg;
  cfg.seed = 9;
  QCOMPARE(robot->onConfigure(cfg, error), Result::Ok);
  auto linked = createSimRobot(id.toStdString());
  QCOMPARE(linked->onConfigure(cfg, error), Result::Ok);
  QVERIFY(observe(*robot).image == observe(*linked).image);
  QCOMPARE(robot->onCleanup(error), Result::Ok);
}

void TestSimRobots::noEgl_configureFailsWithMessage() {
  // EGL's display is set up once per process, so break it in a child: with no EGL vendor
  // library, configure must fail with a message instead of crashing.
  QProcess child;
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("__EGL_VENDOR_LIBRARY_FILENAMES", "/nonexistent/egl_vendor.json");
  env.insert("LAB_SIM_EGL_CHILD", "1");
  child.setProcessEnvironment(env);
  child.start(QCoreApplication::applicationFilePath(), {"noEglChild"});
  QVERIFY(child.waitForFinished(60000));
  const QString output = QString::fromUtf8(child.readAllStandardOutput());
  QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
  QVERIFY2(output.contains("headless rendering unavailable"), qPrintable(output));
}

void TestSimRobots::noEglChild() {
  if (qEnvironmentVariableIsEmpty("LAB_SIM_EGL_CHILD")) QSKIP("child half of noEgl_...");
  auto robot = createSimRobot("push-cube");
  std::string error;
  QCOMPARE(robot->onConfigure(RobotConfig{}, error), Result::Fatal);
  QVERIFY(!robot->isConfigured());
  qInfo("%s", error.c_str());
}

void TestSimRobots::pointReach_pluginLoads_stateOnlyNoImage() {
  PluginLoader loader;
  RobotConfig cfg;
  cfg.imageSize = 48;  // ignored: no camera
  {
    // It has no settings: a key is refused with its name, as a misspelt one on the sims.
    RobotConfig withKey = cfg;
    withKey.settings.insert("frobnicate", true);
    loader.scan(QStringLiteral(LAB_PLUGIN_DIR));
    auto created = loader.create("point-reach");
    QVERIFY(created);
    std::unique_ptr<RobotHandle> refused = created.take();
    QVERIFY(!refused->configure(withKey).ok());
    QVERIFY2(QString::fromStdString(refused->lastError()).contains("unknown setting 'frobnicate'"),
             refused->lastError().c_str());
  }
  auto h = openPointReach(loader, cfg);
  QVERIFY(h);
  const auto it = std::find_if(loader.available().begin(), loader.available().end(),
                               [](const RobotPluginInfo& p) { return p.id == "point-reach"; });
  QVERIFY(it != loader.available().end());
  QVERIFY2(!it->isStatic && it->filePath.endsWith("/libpoint_reach.so"), qPrintable(it->filePath));
  QVERIFY(!it->description.isEmpty());
  QCOMPARE(it->name, QString::fromStdString(h->info().name));

  const RobotInfo info = h->info();
  QCOMPARE(QString::fromStdString(info.id), QStringLiteral("point-reach"));
  QCOMPARE(info.controlRateHz, 20.0);
  QCOMPARE(info.maxEpisodeSteps, 50);
  QCOMPARE(info.resetMode, ResetMode::Automatic);
  QVERIFY(info.hasSuccessDetector && info.hasScriptedExpert && !info.hasFailureDetector);
  QVERIFY(info.simulated);
  QCOMPARE(h->actionSpec().size(), 2);
  QCOMPARE(h->actionSpec().zeroCommand(), (std::vector<float>{0.f, 0.f}));

  const ObservationSpec spec = h->observationSpec();
  QVERIFY(!spec.hasImage());
  QCOMPARE(spec.imageWidth, 0);
  QCOMPARE(spec.stateDim(), 4);
  QVERIFY(!spec.hasRawImage);
  QVERIFY(h->reset(3).ok());
  const Observation o = observe(*h);
  QCOMPARE(o.state.size(), std::size_t(4));
  QVERIFY(o.image.empty() && o.rawImage.empty());
  QCOMPARE(o.imageWidth, 0);
  QCOMPARE(o.imageHeight, 0);
  Observation frame;
  QCOMPARE(h->interimFrame(frame).status, HandleStatus::Retry);  // no live view to offer
}

void TestSimRobots::pointReach_sameEpisodesAsPointReachTask() {
  // Random commands, partly beyond [-1, 1] (the host clamps, the task clamps itself), then a
  // push into the left wall: the plugin must give exactly the task's numbers at every step.
  PluginLoader loader;
  auto h = openPointReach(loader);
  QVERIFY(h);
  lab::PointReachTask task;
  for (std::uint64_t seed : {0ull, 1ull, 2ull, 7ull, 42ull, 123456789ull}) {
    QVERIFY(h->reset(seed).ok());
    QCOMPARE(observe(*h).state, task.reset(seed).state);
    std::mt19937 rng(static_cast<unsigned>(seed));
    std::uniform_real_distribution<float> u(-1.5f, 1.5f);
    for (int step = 1; step <= lab::PointReachTask::kMaxSteps; ++step) {
      std::vector<float> action{u(rng), u(rng)};
      if (step > 25) action = {-1.3f, 0.2f};
      QVERIFY(h->write(action).ok());
      const lab::EnvStep expected = task.step(action);
      QVERIFY2(observe(*h).state == expected.obs.state,
               qPrintable(QString("seed %1 step %2: state differs").arg(seed).arg(step)));
      QCOMPARE(succeeded(*h), expected.success);
    }
    QCOMPARE(observe(*h).state[0], -1.0f);  // held at the wall
  }
  // Different seeds, different episodes.
  QVERIFY(h->reset(1).ok());
  const std::vector<float> one = observe(*h).state;
  QVERIFY(h->reset(2).ok());
  QVERIFY(observe(*h).state != one);
}

void TestSimRobots::pointReach_expertSucceeds_timeLimit() {
  PluginLoader loader;
  auto h = openPointReach(loader);
  QVERIFY(h);
  const int limit = h->info().maxEpisodeSteps;
  QCOMPARE(limit, lab::PointReachTask::kMaxSteps);
  lab::PointReachTask task;
  int minSteps = limit, maxSteps = 0;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    QVERIFY(h->reset(seed).ok());
    task.reset(seed);
    QVERIFY(!succeeded(*h));
    int step = 0;
    bool success = false;
    while (step < limit && !success) {
      std::vector<float> action, expected;
      QVERIFY(h->scriptedAction(action).ok());
      QVERIFY(task.expertAction(expected));
      QCOMPARE(action, expected);
      QVERIFY(h->write(action).ok());
      const lab::EnvStep s = task.step(action);
      ++step;
      success = succeeded(*h);
      QCOMPARE(success, s.success);
      QCOMPARE(observe(*h).state, s.obs.state);
    }
    QVERIFY2(success, qPrintable(QString("seed %1 not solved in %2 steps").arg(seed).arg(limit)));
    minSteps = std::min(minSteps, step);
    maxSteps = std::max(maxSteps, step);
  }
  qInfo() << "point-reach: expert solved 10 / 10 in" << minSteps << "to" << maxSteps << "steps";
  // Standing still never succeeds: the task times out at exactly the robot's limit.
  QVERIFY(h->reset(5).ok());
  task.reset(5);
  for (int step = 1; step <= limit; ++step) {
    QVERIFY(h->write({0.f, 0.f}).ok());
    const lab::EnvStep s = task.step({0.f, 0.f});
    QVERIFY(!succeeded(*h));
    QCOMPARE(s.timeout, step == limit);
  }
}

void TestSimRobots::pointReach_linkedFactory_sameRobot() {
  // The copy linked into an executable (the window registers it) is the plugin's robot.
  PointReachFactory factory;
  const RobotInfo info = factory.info();
  PluginLoader linkedLoader;
  RobotPluginInfo meta;
  meta.id = QString::fromStdString(info.id);
  meta.name = QString::fromStdString(info.name);
  QVERIFY(linkedLoader.registerFactory(meta, std::make_shared<PointReachFactory>()));
  auto linked = openPointReach(linkedLoader);  // the linked factory wins over the plugin file
  QVERIFY(linked);
  PluginLoader pluginLoader;
  auto plugin = openPointReach(pluginLoader);
  QVERIFY(plugin);
  QCOMPARE(QString::fromStdString(linked->info().description),
           QString::fromStdString(plugin->info().description));
  QVERIFY(linked->reset(11).ok() && plugin->reset(11).ok());
  QCOMPARE(observe(*linked).state, observe(*plugin).state);

  // Straight on the robot: bad commands move nothing, the e-stop zeroes the applied command.
  auto robot = factory.create();
  auto* point = static_cast<PointReachRobot*>(robot.get());
  std::string error;
  Observation o;
  QCOMPARE(robot->read(o, error), Result::Fatal);  // before configure
  QCOMPARE(robot->onConfigure(RobotConfig{}, error), Result::Ok);
  QCOMPARE(robot->write({std::numeric_limits<float>::quiet_NaN(), 0.f}, error), Result::Retry);
  QVERIFY2(QString::fromStdString(error).contains("NaN"), error.c_str());
  QCOMPARE(robot->write({0.5f}, error), Result::Retry);
  QCOMPARE(point->stepCount(), 0);
  QCOMPARE(robot->write({0.5f, -2.f}, error), Result::Ok);
  QCOMPARE(robot->appliedCommand(), (std::vector<float>{0.5f, -1.f}));
  QCOMPARE(point->stepCount(), 1);
  robot->emergencyStop();
  QCOMPARE(robot->appliedCommand(), (std::vector<float>{0.f, 0.f}));
}

QTEST_GUILESS_MAIN(TestSimRobots)
#include "test_sim_robots.moc"
