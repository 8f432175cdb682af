// sigent-lab-gui's command line reaches the controller: --lockstep presets the Robot panel's
// pacing and ControllerSettings::pacing, --eval-every / --stop-when-solved set the unattended
// evaluation, and the operator's pacing choice in the panel is what the next connect uses;
// --learner and its companions are `sigent-lab train`'s, checked alike, and the window says
// where its learner is without waiting on it. Started with no display, the binary says what to
// do instead of Qt's plugin abort.
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#include <QComboBox>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

#include "gui_command_line.h"
#include "gui_composition.h"
#include "log_panel.h"
#include "main_window.h"
#include "robot_panel.h"

using namespace lab::ui;

namespace {
// The X server takes connections on its socket: the file appears when it is bound, a moment
// before the server listens, and a window started in between fails to connect.
bool acceptsConnections(const QString& socketPath) {
  const QByteArray path = socketPath.toLocal8Bit();
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  if (path.size() >= int(sizeof(addr.sun_path))) return false;
  std::memcpy(addr.sun_path, path.constData(), size_t(path.size()));
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return false;
  const bool ok = ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0;
  ::close(fd);
  return ok;
}
}  // namespace

class TestGuiCommandLine : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

  static bool parse(const QStringList& args, GuiOptions& o, QString& error) {
    QCommandLineParser p;
    GuiCommandLine line;
    line.addTo(p);
    if (!p.parse(QStringList{"sigent-lab-gui"} + args)) {
      error = p.errorText();
      return false;
    }
    return line.read(p, o, error);
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("SigEntLabTest");
    QCoreApplication::setApplicationName("test_gui_command_line");
    lab::registerControllerMetaTypes();
  }

  void defaults_realTimeNoEvaluation() {
    GuiOptions o;
    QString error;
    QVERIFY2(parse({}, o, error), qPrintable(error));
    QVERIFY(o.pacing == lab::Pacing::RealTime);
    QCOMPARE(o.evalEverySteps, 0);
    QVERIFY(!o.stopWhenSolved);
    QVERIFY(!parse({"--eval-every", "often"}, o, error));
    QVERIFY(error.contains("--eval-every"));
  }

  void lockstepAndEvaluation_reachControllerSettings() {
    GuiOptions o;
    QString error;
    QVERIFY2(parse({"--lockstep", "--eval-every", "500", "--stop-when-solved", "--no-connect",
                    "--no-gamepad", "--autopilot", "--session-dir", m_dir.filePath("session")},
                   o, error),
             qPrintable(error));
    QVERIFY(o.pacing == lab::Pacing::Lockstep);
    QVERIFY(o.autoTrain && o.scriptedDemo && !o.autoConnect);
    GuiComposition root(o);
    QVERIFY(root.controllerSettings().pacing == lab::Pacing::Lockstep);
    QCOMPARE(root.controllerSettings().evalEverySteps, 500);
    QCOMPARE(root.controllerSettings().evalEpisodes, 20);
    QVERIFY(root.controllerSettings().stopWhenSolved);
    RobotPanel* panel = root.window()->robotPanel();
    QVERIFY(panel->pacing() == lab::Pacing::Lockstep);  // the panel shows the preset

    // The operator picks real time before connecting: the connection uses the panel's choice.
    panel->pacingPicker()->setCurrentIndex(
        panel->pacingPicker()->findData(int(lab::Pacing::RealTime)));
    root.connectRobot("no-such-robot", {});
    QVERIFY(root.controllerSettings().pacing == lab::Pacing::RealTime);
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->settings().pacing == lab::Pacing::RealTime, 5000);
    QCOMPARE(root.controller()->settings().evalEverySteps, 500);
  }

  void learner_trainsOptions_windowSaysWhereAndNeverWaits() {
    GuiOptions o;
    QString error;
    qunsetenv("SIGENTLAB_TOKEN");
    QVERIFY(!parse({"--learner", "127.0.0.1:9"}, o, error));
    QVERIFY2(error.contains("--learner-token"), qPrintable(error));
    // A learner option without --learner is not dropped in silence (the run would train here).
    QVERIFY(!parse({"--learner-poll-ms", "20"}, o, error));
    QVERIFY2(error.contains("--learner-poll-ms is for a learner on another machine and needs "
                            "--learner HOST:PORT"),
             qPrintable(error));
    QVERIFY(!parse({"--learner-token", "t"}, o, error));
    QVERIFY2(error.startsWith("--learner-token is for"), qPrintable(error));
    QVERIFY(!parse({"--learner", "127.0.0.1:9", "--learner-token", "t", "--learner-poll-ms", "0"},
                   o, error));
    QVERIFY2(error.contains("--learner-poll-ms"), qPrintable(error));
    QVERIFY2(parse({"--learner", "127.0.0.1:9", "--learner-token", "t", "--no-connect",
                    "--no-gamepad", "--robot", "point-reach", "--obs", "state", "--session-dir",
                    m_dir.filePath("ignored")},
                   o, error),
             qPrintable(error));
    QVERIFY(o.learner.remote());
    QCOMPARE(o.learner.pollMs, 50);
    QVERIFY(o.learner.source() != nullptr);
    GuiComposition root(o);
    // The session store is on the learner machine: this window writes none.
    QVERIFY(root.controllerSettings().sessionDir.isEmpty());
    const QString where = "Learner: remote at 127.0.0.1:9";
    QVERIFY(root.window()->robotPanel()->robotStatusText().contains(where));
    QVERIFY(root.window()->log()->text().contains(where));
    // Nobody listens there: the connect goes on off the GUI thread, which stays free, and
    // fails in plain words.
    QElapsedTimer t;
    t.start();
    QVERIFY(root.connectRobot("point-reach", {}));
    QVERIFY(t.elapsed() < 1000);
    QTRY_VERIFY_WITH_TIMEOUT(
        root.window()->log()->text().contains("cannot reach the learner at 127.0.0.1:9"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->state() == lab::ControllerState::Idle, 10000);
  }

  // The binary as an operator on an ssh session meets it: no display is said plainly with what
  // to do (not Qt's plugin abort), and --help / --version still answer.
  // No display, or a stale one (DISPLAY names an X server that is gone): a plain message and
  // exit 2, not Qt's plugin abort; --help and --version answer either way. A display that
  // answers (an Xvfb started here) is not refused.
  void noDisplay_saysWhatToDo_helpStillAnswers() {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(v);
    auto run = [&env](const QStringList& args, QString& out, QString& err) {
      QProcess p;
      p.setProcessEnvironment(env);
      p.start(qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/sigent-lab-gui", args);
      if (!p.waitForFinished(60000)) p.kill();
      out = QString::fromUtf8(p.readAllStandardOutput());
      err = QString::fromUtf8(p.readAllStandardError());
      return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    auto saysWhatToDo = [](const QString& err) {
      return err.contains("xvfb-run") && err.contains("./lab run") &&
             !err.contains("platform plugin");
    };
    QString out, err;
    QCOMPARE(run({"--no-connect"}, out, err), 2);
    QVERIFY2(err.contains("no display") && saysWhatToDo(err), qPrintable(err));
    QCOMPARE(run({"--help"}, out, err), 0);
    QVERIFY2(out.contains("--session-dir") && out.contains("--screenshot"), qPrintable(out));
    QCOMPARE(run({"--version"}, out, err), 0);
    QVERIFY2(out.contains("sigent-lab-gui"), qPrintable(out));
    // The screenshot's options without --screenshot: said, not dropped (the offscreen platform
    // stands in for a display).
    env.insert("QT_QPA_PLATFORM", "offscreen");
    QCOMPARE(run({"--no-connect", "--screenshot-when-solved"}, out, err), 2);
    QVERIFY2(err.contains("--screenshot-when-solved needs --screenshot FILE.png"), qPrintable(err));
    QCOMPARE(run({"--no-connect", "--after", "5"}, out, err), 2);
    QVERIFY2(err.contains("--after needs --screenshot"), qPrintable(err));
    env.remove("QT_QPA_PLATFORM");

    // Display numbers nobody here uses: two per test process, so repeats side by side differ.
    const int stale = 4000 + 2 * int(QCoreApplication::applicationPid() % 900);
    const QString staleName = ":" + QString::number(stale);
    QVERIFY(!QFile::exists("/tmp/.X11-unix/X" + QString::number(stale)));
    env.insert("DISPLAY", staleName);
    QCOMPARE(run({"--no-connect"}, out, err), 2);
    QVERIFY2(err.contains("DISPLAY=" + staleName + " does not answer") && saysWhatToDo(err),
             qPrintable(err));
    QCOMPARE(run({"--version"}, out, err), 0);

    const QString xvfb = QStandardPaths::findExecutable("Xvfb");
    if (xvfb.isEmpty()) QSKIP("no Xvfb here (./lab installs it): the answering display not tried");
    const QString liveName = ":" + QString::number(stale + 1);
    QProcess server;
    server.start(xvfb, {liveName, "-nolisten", "tcp", "-screen", "0", "640x480x24"});
    QVERIFY(server.waitForStarted(10000));
    const QString socket = "/tmp/.X11-unix/X" + QString::number(stale + 1);
    QTRY_VERIFY_WITH_TIMEOUT(acceptsConnections(socket), 30000);
    env.insert("DISPLAY", liveName);
    const QString shot = m_dir.filePath("live.png");
    const int code =
        run({"--no-connect", "--settings-dir", m_dir.filePath("settings"), "--session-dir",
             m_dir.filePath("none"), "--screenshot", shot, "--after", "0"},
            out, err);
    server.terminate();
    server.waitForFinished(10000);
    QVERIFY2(code == 0 && QFile::exists(shot), qPrintable(err));
  }
};

QTEST_MAIN(TestGuiCommandLine)
#include "test_gui_command_line.moc"
