// One engine: `sigent-lab train` (the CLI process) and the window (its composition, command
// line and autopilot, as sigent-lab-gui builds them) train through the same TrainingController.
// Same robot, seed and config, one thread, lockstep: the learner's metrics of the first updates
// are identical number for number, read from the two session databases.
#include <QDir>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

#include "autopilot.h"
#include "gui_command_line.h"
#include "gui_composition.h"
#include "training_controller.h"

using namespace lab::ui;

namespace {

constexpr int kUpdates = 120;

// Every metric of the first `n` updates, in update order, as one list.
QVector<double> metrics(const QString& sessionDir, int n) {
  QVector<double> out;
  const QString name = "one-engine-" + sessionDir;
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", name);
    db.setDatabaseName(QDir(sessionDir).filePath("session.sqlite"));
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    if (!db.open()) return out;
    QSqlQuery q(db);
    q.exec(QString("SELECT q1_mean, q_min, critic_loss, actor_loss, h_sig, gate_open, bc_loss, "
                   "ood_term FROM metrics ORDER BY step LIMIT %1")
               .arg(n));
    while (q.next()) {
      for (int i = 0; i < 8; ++i) out.push_back(q.value(i).toDouble());
    }
  }
  QSqlDatabase::removeDatabase(name);
  return out;
}

}  // namespace

class TestOneEngine : public QObject {
  Q_OBJECT
  QTemporaryDir m_dir;

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    QCoreApplication::setOrganizationName("SigEntLabTest");
    QCoreApplication::setApplicationName("test_one_engine");
    lab::registerControllerMetaTypes();
  }

  void cliAndWindow_sameSeed_sameMetrics() {
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR");
    QVERIFY2(!bin.isEmpty(), "LAB_BINARY_DIR is not set (run through ctest)");
    const QString cliDir = m_dir.filePath("cli"), windowDir = m_dir.filePath("window");
    const QString config = m_dir.filePath("config.json");
    {
      QFile f(config);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write(R"({"hidden_dim": 32, "num_threads": 1, "seed": 7})");
    }

    // The CLI: its own process, as a user runs it.
    QProcess cli;
    cli.setProcessChannelMode(QProcess::MergedChannels);
    cli.start(QDir(bin).filePath("bin/sigent-lab"),
              {"train", "--robot", "point-reach", "--config", config, "--steps",
               QString::number(kUpdates + 30), "--eval-every", "0", "--eval-episodes", "0",
               "--demo-seed", "-1", "--out", cliDir});
    QVERIFY(cli.waitForFinished(300000));
    QVERIFY2(cli.exitCode() == 0, cli.readAll().constData());

    // The window: the options sigent-lab-gui would get, the autopilot on the operator's flow.
    QCommandLineParser parser;
    GuiCommandLine line;
    line.addTo(parser);
    QVERIFY(parser.parse({"sigent-lab-gui", "--robot", "point-reach", "--obs", "state", "--config",
                          config, "--session-dir", windowDir, "--lockstep", "--autopilot",
                          "--no-gamepad"}));
    GuiOptions options;
    QString error;
    QVERIFY2(line.read(parser, options, error), qPrintable(error));
    {
      GuiComposition window(options);
      new Autopilot(window.controller(), &window);
      QSignalSpy updates(window.controller(), &lab::TrainingController::metricsReady);
      window.show();
      QTRY_VERIFY_WITH_TIMEOUT(updates.size() >= kUpdates + 10, 300000);
      window.controller()->pause();
      QTRY_VERIFY_WITH_TIMEOUT(window.controller()->state() == lab::ControllerState::Paused, 30000);
    }  // closing the window flushes the session

    const auto fromCli = metrics(cliDir, kUpdates), fromWindow = metrics(windowDir, kUpdates);
    QCOMPARE(fromCli.size(), 8 * kUpdates);
    QCOMPARE(fromWindow, fromCli);
  }
};

QTEST_MAIN(TestOneEngine)
#include "test_one_engine.moc"
