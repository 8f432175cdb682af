// The robot bridge (hardware/remote): the safety guard on its own (fake clock), the codec's
// bounds, and the window's engine (TrainingController) driving robots served in another
// process on 127.0.0.1 through the remote-robot plugin loaded from bin/plugins:
//   - point-reach through `sigent-lab serve-robot` learns exactly as in-process (same seed:
//     same transitions, same first updates' metrics);
//   - the server killed mid-episode: a fatal error in plain words, the completed episodes are
//     in the session store, and Connect works again once a server is back;
//   - a wrong token is refused with a clear message;
//   - the Python kit's example robot (hardware/remote/python) records a demo.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <thread>

#include "controller_test_support.h"
#include "fake_robot.h"
#include "host/robot_handle.h"
#include "remote/bridge_codec.h"
#include "remote/remote_robot_factory.h"
#include "remote/robot_safety_guard.h"
#include "remote/served_robot.h"
#include "same_run.h"
#include "server_process.h"
#include "toy/point_reach_factory.h"
#ifdef LAB_TEST_HAVE_SIM
#include "sim/sim_robots.h"
#endif

using namespace lab;
using namespace labtest;
using Guard = lab::hw::RobotSafetyGuard;
using namespace std::chrono_literals;

namespace {

const QString kToken = "test-token-5f1c";

QString binaryDir() { return qEnvironmentVariable("LAB_BINARY_DIR"); }
QString sourceDir() { return qEnvironmentVariable("LAB_SOURCE_DIR"); }

// A physical robot as far as the server knows: it keeps moving between commands.
class MovingFakeRobot : public lab::hw::test::FakeRobot {
 public:
  lab::hw::RobotInfo info() const override {
    auto i = FakeRobot::info();
    i.simulated = false;
    return i;
  }
};

// `sigent-lab serve-robot --robot ROBOT` in its own process.
bool startServeRobot(ServerProcess& server, const QString& robot,
                     const QString& listen = "127.0.0.1:0", const QStringList& more = {}) {
  return server.startCli(
      QStringList{"serve-robot", "--robot", robot, "--listen", listen, "--token", kToken} + more);
}

// The Python kit's example robot in its own process.
bool startPythonExample(ServerProcess& server) {
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("SIGENTLAB_BRIDGE_STUBS", QDir(binaryDir()).filePath("python/robot_bridge_kit"));
  return server.start("/usr/bin/python3",
                      {QDir(sourceDir()).filePath("hardware/remote/python/example_point_robot.py"),
                       "--listen", "127.0.0.1:0", "--token", kToken},
                      env);
}

lab::ControllerSettings remoteSettings(const QString& address, const QString& token,
                                       const QString& sessionDir) {
  auto s = fakeSettings({}, sessionDir);
  s.robotId = "remote-robot";
  s.pluginDir = pluginDir();
  s.robotSettings = QJsonObject{{"address", address}, {"token", token}};
  return s;
}

// The same unattended, deterministic run for in-process and remote point-reach.
void deterministic(lab::ControllerSettings& s) {
  s.pacing = lab::Pacing::Lockstep;
  s.useSuccessDetector = true;
  s.keepUnsuccessfulDemos = false;
  s.autoTrain = true;
  s.sac.seed = 11;
}

bool anyError(const Harness& h, const QString& text) {
  for (const auto& e : h.errors) {
    if (e.at(1).toString().contains(text, Qt::CaseInsensitive)) return true;
  }
  return false;
}

QString errorsText(const Harness& h) {
  QStringList all;
  for (const auto& e : h.errors) all << e.at(1).toString();
  return all.join(" | ");
}

}  // namespace

class TestRobotBridge : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(!binaryDir().isEmpty(), "LAB_BINARY_DIR is not set (run through ctest)");
    registerControllerMetaTypes();
    labtest::robots()->add("point-reach", "Point-Reach",
                           std::make_shared<lab::hw::PointReachFactory>());
  }

  // --- the safety guard, driven with a fake clock ---
  void guard_newestCommandOnly_clamped() {
    Guard g(2, 300ms);
    const auto t0 = Guard::Clock::time_point{} + 1h;
    std::string why;
    std::vector<float> c{2.0f, -0.5f};
    QVERIFY(g.admit(1, c, t0, why) == Guard::Verdict::Apply);
    QCOMPARE(c, (std::vector<float>{1.0f, -0.5f}));  // clamped to the spec's [-1, 1]
    std::vector<float> late{0.1f, 0.1f};
    QVERIFY(g.admit(1, late, t0, why) == Guard::Verdict::Stale);  // repeated
    QVERIFY2(QString::fromStdString(why).contains("stale"), why.c_str());
    QVERIFY(g.admit(3, late, t0, why) == Guard::Verdict::Apply);
    std::vector<float> older{0.1f, 0.1f};
    QVERIFY(g.admit(2, older, t0, why) == Guard::Verdict::Stale);  // overtaken by 3
    QCOMPARE(g.lastSequence(), std::uint64_t(3));
    std::vector<float> wrong{0.1f};
    QVERIFY(g.admit(4, wrong, t0, why) == Guard::Verdict::Invalid);
    std::vector<float> nan{std::nanf(""), 0.0f};
    QVERIFY(g.admit(4, nan, t0, why) == Guard::Verdict::Invalid);
    g.startSession(2);  // a new client starts its sequence over
    QVERIFY(g.admit(1, older, t0, why) == Guard::Verdict::Apply);
  }

  void guard_watchdog_firesOncePerSilence() {
    Guard g(1);
    QCOMPARE(g.watchdogTimeout(), 300ms);
    const auto t0 = Guard::Clock::time_point{} + 1h;
    QVERIFY(!g.watchdogDue(t0 + 10s));  // nothing commanded yet: nothing to stop
    QCOMPARE(g.nextDeadline(), Guard::Clock::time_point::max());
    std::string why;
    std::vector<float> c{0.5f};
    QVERIFY(g.admit(1, c, t0, why) == Guard::Verdict::Apply);
    QCOMPARE(g.nextDeadline(), t0 + 300ms);
    QVERIFY(!g.watchdogDue(t0 + 299ms));
    QVERIFY(g.watchdogDue(t0 + 300ms));   // zero velocity now
    QVERIFY(!g.watchdogDue(t0 + 900ms));  // once: the robot is already at zero
    QCOMPARE(g.watchdogTrips(), std::uint64_t(1));
    c = {0.5f};
    QVERIFY(g.admit(2, c, t0 + 1s, why) == Guard::Verdict::Apply);  // re-arms
    QVERIFY(!g.watchdogDue(t0 + 1s + 200ms));
    QVERIFY(g.watchdogDue(t0 + 1s + 301ms));
    QCOMPARE(g.watchdogTrips(), std::uint64_t(2));
  }

  void guard_emergencyStop_latchesUntilAcknowledged() {
    Guard g(1);
    const auto t0 = Guard::Clock::time_point{} + 1h;
    std::string why;
    std::vector<float> c{0.5f};
    QVERIFY(g.admit(1, c, t0, why) == Guard::Verdict::Apply);
    g.emergencyStop(Guard::StopSource::Client);
    QVERIFY(!g.watchdogDue(t0 + 1s));  // stopped already
    c = {0.5f};
    QVERIFY(g.admit(2, c, t0, why) == Guard::Verdict::EmergencyStopped);
    QVERIFY(g.acknowledge(Guard::StopSource::Client, why));
    QVERIFY(g.admit(2, c, t0, why) == Guard::Verdict::Apply);
    // Connecting again (a new session) counts as acknowledging the client's own stop.
    g.emergencyStop(Guard::StopSource::Client);
    g.startSession(1);
    QVERIFY(!g.emergencyStopped());
    QVERIFY(g.admit(1, c, t0, why) == Guard::Verdict::Apply);
    // Pressed at the robot: only the robot side may clear it.
    g.emergencyStop(Guard::StopSource::Robot);
    g.emergencyStop(Guard::StopSource::Client);
    QVERIFY(!g.acknowledge(Guard::StopSource::Client, why));
    QVERIFY2(QString::fromStdString(why).contains("at the robot"), why.c_str());
    g.startSession(1);  // not even by connecting again
    QVERIFY(g.emergencyStopped());
    QVERIFY(g.acknowledge(Guard::StopSource::Robot, why));
    QVERIFY(!g.emergencyStopped());
  }

  // --- the server's safety wiring around a plugin (no network) ---
  void servedRobot_guardsEveryCommand_watchdogZeroes() {
    namespace pb = lab::hw::bridge::pb;
    auto owned = std::make_unique<MovingFakeRobot>();
    MovingFakeRobot* fake = owned.get();
    lab::hw::ServedRobot served(std::make_unique<lab::hw::RobotHandle>(std::move(owned)),
                                {QJsonObject{}, 50ms});
    pb::ConfigureRequest configure;
    configure.set_image_size(64);
    pb::ConfigureReply configured;
    QVERIFY(served.configure(configure, configured).ok());
    QCOMPARE(configured.outcome(), pb::OK);
    QCOMPARE(configured.watchdog_ms(), 50u);
    pb::SessionRequest session;
    session.set_session(configured.session());
    pb::StatusReply status;
    QVERIFY(served.activate(session, status).ok());
    QCOMPARE(status.outcome(), pb::OK);

    pb::StepRequest step;
    step.set_session(configured.session());
    step.set_sequence(1);
    step.add_command(3.0f);
    step.add_command(-0.2f);
    pb::StepReply reply;
    const auto commandedAt = std::chrono::steady_clock::now();  // before the guard's own time
    QVERIFY(served.step(step, reply).ok());
    QCOMPARE(reply.outcome(), pb::OK);
    QCOMPARE(fake->lastWrite, (std::vector<float>{1.0f, -0.2f}));  // clamped
    QCOMPARE(reply.observation().image().data().size(), std::size_t(64 * 64));
    reply.Clear();
    QVERIFY(served.step(step, reply).ok());  // the same sequence again: stale
    QCOMPARE(reply.outcome(), pb::REFUSED);
    QCOMPARE(fake->writes, 1);
    pb::StepRequest intruder = step;
    intruder.set_session(configured.session() + 1);
    intruder.set_sequence(50);
    QCOMPARE(served.step(intruder, reply).error_code(), grpc::StatusCode::FAILED_PRECONDITION);

    // No command for 50 ms: zero velocity, once.
    const int stopsBefore = fake->estops;
    QElapsedTimer t;
    t.start();
    while (fake->estops == stopsBefore && t.elapsed() < 5000) {
      served.tick();
      std::this_thread::sleep_for(1ms);
    }
    QCOMPARE(fake->estops, stopsBefore + 1);
    QVERIFY(std::chrono::steady_clock::now() - commandedAt >= 50ms);
    QCOMPARE(fake->applied, (std::vector<float>{0.0f, 0.0f}));
    served.tick();
    QCOMPARE(fake->estops, stopsBefore + 1);
    QCOMPARE(served.watchdogTrips(), std::uint64_t(1));

    // The e-stop latches until acknowledged.
    pb::EmergencyStopRequest stop;
    QVERIFY(served.emergencyStop(stop, status).ok());
    step.set_sequence(2);
    reply.Clear();
    QVERIFY(served.step(step, reply).ok());
    QCOMPARE(reply.outcome(), pb::REFUSED);
    QVERIFY(reply.emergency_stopped());
    QCOMPARE(fake->writes, 1);
    QVERIFY(served.acknowledge(session, status).ok());
    QCOMPARE(status.outcome(), pb::OK);
    step.set_sequence(3);
    reply.Clear();
    QVERIFY(served.step(step, reply).ok());
    QCOMPARE(reply.outcome(), pb::OK);
    QCOMPARE(fake->writes, 2);
    served.close();
  }

  // --- the codec's bounds ---
  void codec_settingsAndTokens() {
    namespace bridge = lab::hw::bridge;
    google::protobuf::Map<std::string, bridge::pb::SettingValue> map;
    QVERIFY(bridge::settingsToProto(
                QJsonObject{{"max_episode_steps", 40}, {"name", "x"}, {"fast", true}}, map)
                .empty());
    QJsonObject back;
    QVERIFY(bridge::settingsFromProto(map, back).empty());
    QCOMPARE(back.value("max_episode_steps").toInt(), 40);
    QCOMPARE(back.value("fast").toBool(), true);
    const std::string nested =
        bridge::settingsToProto(QJsonObject{{"inner", QJsonObject{{"a", 1}}}}, map);
    QVERIFY2(QString::fromStdString(nested).contains("no nested"), nested.c_str());
    QVERIFY(bridge::tokensEqual("abc", "abc"));
    QVERIFY(!bridge::tokensEqual("abc", "abd"));
    QVERIFY(!bridge::tokensEqual("abc", "abcd"));
    QVERIFY(!bridge::tokensEqual("", "a"));
    // An observation with a wrong grey size is refused, not passed on.
    bridge::pb::Observation o;
    o.mutable_image()->set_width(4);
    o.mutable_image()->set_height(4);
    o.mutable_image()->set_encoding(bridge::pb::Image::GREY8);
    o.mutable_image()->set_data(std::string(15, '\0'));
    lab::hw::Observation out;
    QVERIFY(!bridge::fromProto(o, out).empty());
    o.mutable_image()->set_data(std::string(16, '\7'));
    QVERIFY(bridge::fromProto(o, out).empty());
    QCOMPARE(out.image.size(), std::size_t(16));
  }

  // --- end to end ---
  void remote_sameSeed_sameTransitionsAndMetrics() {
    constexpr int kUpdates = 60;
    QTemporaryDir dir;
    auto local = fakeSettings({}, dir.filePath("local"));
    local.robotId = "point-reach";
    deterministic(local);
    {
      Harness h(local);
      QVERIFY2(trainUnattended(h, kUpdates), qPrintable(errorsText(h)));
    }
    ServerProcess server;
    QVERIFY(startServeRobot(server, "point-reach"));
    auto remote = remoteSettings(server.address(), kToken, dir.filePath("remote"));
    deterministic(remote);
    {
      Harness h(remote);
      QVERIFY2(trainUnattended(h, kUpdates), qPrintable(errorsText(h)));
      QVERIFY2(h.errors.isEmpty(), qPrintable(errorsText(h)));
    }
    const Run a = readRun(dir.filePath("local"), kUpdates);
    const Run b = readRun(dir.filePath("remote"), kUpdates);
    QCOMPARE(a.metrics.size(), 8 * kUpdates);
    QCOMPARE(b.metrics, a.metrics);
    // The transitions of the episodes both runs completed.
    const int n = std::min(a.steps.size(), b.steps.size());
    QVERIFY2(n > 50, qPrintable(QString::number(n)));
    QCOMPARE(b.steps.mid(0, n), a.steps.mid(0, n));
  }

  void simulatedCamera_sameSeed_samePixels() {
#ifndef LAB_TEST_HAVE_SIM
    QSKIP("the MuJoCo sims are not built");
#else
    // Push-Cube served by serve-robot against the same sim in-process: the same start and the
    // same commands give the same 64x64 frames and states, byte for byte.
    ServerProcess server;
    QVERIFY(startServeRobot(server, "push-cube"));
    lab::hw::RobotConfig config;
    config.imageSize = 64;
    config.seed = 4;
    lab::hw::RobotHandle local(lab::hw::SimRobotFactory("push-cube").create(), "local");
    lab::hw::RobotHandle remote(lab::hw::RemoteRobotFactory().create(), "remote");
    QVERIFY(local.configure(config).ok());
    config.settings = QJsonObject{{"address", server.address()}, {"token", kToken}};
    const auto configured = remote.configure(config);
    QVERIFY2(configured.ok(), configured.error.c_str());
    QVERIFY(remote.info().simulated);
    QCOMPARE(remote.actionSpec().size(), local.actionSpec().size());
    QVERIFY(local.activate().ok() && remote.activate().ok());
    QVERIFY(local.reset(9).ok() && remote.reset(9).ok());
    std::vector<float> command(static_cast<std::size_t>(local.actionSpec().size()), 0.0f);
    std::vector<std::uint8_t> first;
    bool moved = false;  // the frames show something that changes, not a blank
    for (int step = 0; step < 8; ++step) {
      command[0] = step % 3 == 0 ? 0.8f : -0.4f;
      command[1] = 0.5f;
      QVERIFY(local.write(command).ok());
      QVERIFY2(remote.write(command).ok(), remote.lastError().c_str());
      lab::hw::Observation a, b;
      QVERIFY(local.read(a).ok());
      QVERIFY(remote.read(b).ok());
      QCOMPARE(b.imageWidth, 64);
      QCOMPARE(b.image, a.image);
      QCOMPARE(b.state, a.state);
      if (first.empty()) first = b.image;
      moved = moved || b.image != first;
      bool sa = false, sb = false;
      QVERIFY(local.detectSuccess(sa).ok() && remote.detectSuccess(sb).ok());
      QCOMPARE(sb, sa);
    }
    QVERIFY(moved);
#endif
  }

  void serverKilled_fatalInPlainWords_episodesKept_reconnects() {
    QTemporaryDir dir;
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(startServeRobot(*server, "point-reach"));
    const QString address = server->address();
    auto s = remoteSettings(address, kToken, dir.path());
    s.useSuccessDetector = true;
    s.autoTrain = true;
    Harness h(s);
    QSignalSpy stored(&h.c, &lab::TrainingController::episodeStored);
    h.connect();
    QVERIFY(h.c.state() != lab::ControllerState::Idle);
    const int demoSteps = h.recordDemoToSuccess(60000);
    QVERIFY(demoSteps > 0);
    h.c.startTraining();
    QVERIFY(h.waitState(lab::ControllerState::EpisodeRunning));
    QVERIFY(h.waitSteps(3));
    server->kill();  // SIGKILL mid-episode: nothing is said to the client
    QTRY_VERIFY_WITH_TIMEOUT(anyError(h, "robot server at " + address), 20000);
    QVERIFY2(anyError(h, "press Connect to connect again"), qPrintable(errorsText(h)));
    QVERIFY(h.waitState(lab::ControllerState::Idle, 30000));
    // Every episode the store confirmed before the loss is there, with all its steps.
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000);
    {
      SessionDb db(dir.path());
      for (const auto& e : stored) {
        QVERIFY(db.hasEpisode(e.at(0).toLongLong()));
      }
      const qint64 demoId = stored.at(0).at(0).toLongLong();
      QCOMPARE(db.episodeKind(demoId), QString("demo"));
      QCOMPARE(db.transitionCount(demoId), demoSteps);
    }
    // Connect again once a server is back on the same address.
    server = std::make_unique<ServerProcess>();
    QVERIFY(startServeRobot(*server, "point-reach", address));
    h.errors.clear();
    h.connect();
    QVERIFY2(h.c.state() != lab::ControllerState::Idle, qPrintable(errorsText(h)));
  }

  void wrongToken_refusedWithClearMessage() {
    ServerProcess server;
    QVERIFY(startServeRobot(server, "point-reach"));
    Harness h(remoteSettings(server.address(), "not-the-token", {}));
    h.c.connectRobot();
    QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 30000);
    QVERIFY2(anyError(h, "the robot server refused the token"), qPrintable(errorsText(h)));
    QVERIFY(h.c.state() == lab::ControllerState::Idle);
  }

  void settings_misspeltKey_refusedBeforeConnecting() {
    // The served robot's own settings belong in robot_settings; one at the top is a mistake.
    lab::hw::RobotConfig config;
    config.settings = QJsonObject{{"address", "127.0.0.1:9"}, {"start_spread", 0.5}};
    lab::hw::RobotHandle robot(lab::hw::RemoteRobotFactory().create(), "misspelt");
    const auto r = robot.configure(config);
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error).contains("unknown setting 'start_spread' (known: "),
             r.error.c_str());
    QVERIFY2(QString::fromStdString(r.error).contains("go in robot_settings"), r.error.c_str());
  }

  void settings_servedRobotRefuses_theCallNamedOnce() {
    ServerProcess server;
    QVERIFY(startServeRobot(server, "point-reach"));
    lab::hw::RobotConfig config;
    config.settings = QJsonObject{{"address", server.address()},
                                  {"token", kToken},
                                  {"robot_settings", QJsonObject{{"start_sprad", 0.5}}}};
    lab::hw::RobotHandle robot(lab::hw::RemoteRobotFactory().create(), "served-misspelt");
    const auto r = robot.configure(config);
    QVERIFY(!r.ok());
    const QString error = QString::fromStdString(r.error);
    QVERIFY2(error.contains("start_sprad"), r.error.c_str());
    // The server's handle and the client's both make a configure call: the message names it
    // once, and the reason (what the window puts after "configure failed: ") not at all.
    QVERIFY2(error.count("configure failed") == 1, r.error.c_str());
    QVERIFY2(!QString::fromStdString(r.reason).contains("configure failed"), r.reason.c_str());
  }

  void emergencyStop_latchesOnServer_connectAgainAcknowledges() {
    ServerProcess server;
    QVERIFY(startServeRobot(server, "point-reach"));
    lab::hw::RobotConfig config;
    config.settings = QJsonObject{{"address", server.address()}, {"token", kToken}};
    {
      lab::hw::RobotHandle robot(lab::hw::RemoteRobotFactory().create(), "first");
      QVERIFY(robot.configure(config).ok());
      QVERIFY(robot.activate().ok());
      QVERIFY(robot.reset(1).ok());
      QVERIFY(robot.write({0.5f, 0.5f}).ok());
      robot.emergencyStop();  // the window's Space: the server latches
      QVERIFY(robot.acknowledgeEmergencyStop().ok());
      QVERIFY2(robot.write({0.5f, 0.5f}).ok(), robot.lastError().c_str());  // ack sent first
      robot.emergencyStop();
    }  // the window lets go of the robot while it is stopped
    lab::hw::RobotHandle again(lab::hw::RemoteRobotFactory().create(), "again");
    QVERIFY(again.configure(config).ok());
    QVERIFY(again.activate().ok());
    QVERIFY2(again.reset(2).ok(), again.lastError().c_str());
    QVERIFY2(again.write({0.5f, 0.5f}).ok(), again.lastError().c_str());
  }

  void tls_withCertificate_connects_plainClientRefused() {
    QTemporaryDir dir;
    const QString cert = dir.filePath("server.pem"), key = dir.filePath("server.key");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(
        "openssl",
        {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout", key, "-out", cert});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAll().constData());
    ServerProcess server;
    QVERIFY(startServeRobot(server, "point-reach", "127.0.0.1:0",
                            {"--tls-cert", cert, "--tls-key", key}));
    QVERIFY(server.output().contains(", TLS"));
    lab::hw::RobotConfig config;
    config.settings =
        QJsonObject{{"address", server.address()}, {"token", kToken}, {"tls_root_cert", cert}};
    {
      lab::hw::RobotHandle robot(lab::hw::RemoteRobotFactory().create(), "tls");
      const auto r = robot.configure(config);
      QVERIFY2(r.ok(), r.error.c_str());
      QVERIFY(robot.activate().ok());
      QVERIFY(robot.reset(5).ok());
      QVERIFY(robot.write({0.5f, 0.5f}).ok());
      lab::hw::Observation obs;
      QVERIFY(robot.read(obs).ok());
      QCOMPARE(obs.state.size(), std::size_t(4));
    }
    // A client without TLS does not get through to a TLS server.
    config.settings =
        QJsonObject{{"address", server.address()}, {"token", kToken}, {"connect_timeout_ms", 1000}};
    lab::hw::RobotHandle plain(lab::hw::RemoteRobotFactory().create(), "plain");
    const auto r = plain.configure(config);
    QVERIFY(!r.ok());
    QVERIFY2(QString::fromStdString(r.error).contains("cannot reach the robot server"),
             r.error.c_str());
  }

  void pythonKitExample_recordsDemoFromTheWindowsController() {
    ServerProcess server;
    QVERIFY(startPythonExample(server));
    QTemporaryDir dir;
    auto s = remoteSettings(server.address(), kToken, dir.path());
    s.useSuccessDetector = true;
    s.scriptedDemo = true;
    s.sac.obsMode = lab::ObsMode::Image;
    s.sac.imageSize = 64;
    Harness h(s);
    h.connect();
    QVERIFY2(h.c.state() != lab::ControllerState::Idle, qPrintable(errorsText(h)));
    const int steps = h.recordDemoToSuccess(60000);
    QVERIFY2(steps > 3, qPrintable(errorsText(h) + " / " + server.output()));
    QVERIFY(h.frames > 0);
    QCOMPARE(h.lastFrame.width, 64);
    QCOMPARE(h.lastFrame.height, 64);
    QCOMPARE(h.lastFrame.image.size(), 64 * 64);
    h.disconnect();
    // The commands reached the robot: it moved toward its goal (state distance shrank) and
    // the pictures changed with it.
    SessionDb db(dir.path());
    const qint64 demo = db.value("SELECT id FROM episodes WHERE kind = 'demo'").toLongLong();
    QCOMPARE(db.episodeLabel(demo), QString("success"));
    QCOMPARE(db.transitionCount(demo), steps);
    QTRY_VERIFY_WITH_TIMEOUT(server.output().contains("commands applied"), 10000);
  }
};

QTEST_MAIN(TestRobotBridge)
#include "test_robot_bridge.moc"
