// SIGTERM (logout, `kill`) and SIGINT (Ctrl-C) close a training window as its close button
// does: the process exits 0 after the robot's last command was zero, the running episode is
// stored and a shutdown checkpoint is in the session. The real sigent-lab-gui process, on the
// offscreen platform, training point-reach unattended.
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

namespace {

// One number from the session database (read-only; the window may still be writing).
double query(const QString& sessionDir, const QString& sql) {
  const QString name = "shutdown-" + sessionDir + sql;
  double v = -1;
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", name);
    db.setDatabaseName(QDir(sessionDir).filePath("session.sqlite"));
    db.setConnectOptions("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000");
    if (db.open()) {
      QSqlQuery q(db);
      if (q.exec(sql) && q.next()) v = q.value(0).toDouble();
    }
  }
  QSqlDatabase::removeDatabase(name);
  return v;
}

}  // namespace

class TestShutdownSignal : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void signal_data() {
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
  }
  void signal() {
    QFETCH(int, sig);
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR");
    QVERIFY2(!bin.isEmpty(), "LAB_BINARY_DIR is not set (run through ctest)");
    QTemporaryDir dir;
    const QString session = dir.filePath("session");
    QFile config(dir.filePath("config.json"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"hidden_dim": 32, "num_threads": 1})");
    config.close();

    QProcess window;
    window.setProcessChannelMode(QProcess::MergedChannels);
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_QPA_PLATFORM", "offscreen");
    window.setProcessEnvironment(env);
    window.start(QDir(bin).filePath("bin/sigent-lab-gui"),
                 {"--settings-dir", dir.filePath("settings"), "--session-dir", session, "--config",
                  config.fileName(), "--robot", "point-reach", "--obs", "state", "--autopilot",
                  "--no-gamepad", "--language", "en"});
    QVERIFY(window.waitForStarted(30000));
    // Training for real: a finished training episode and learner updates in the database.
    QTRY_VERIFY_WITH_TIMEOUT(
        query(session, "SELECT COUNT(*) FROM episodes WHERE kind = 'train'") >= 1, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(query(session, "SELECT COUNT(*) FROM metrics") >= 20, 120000);
    const double episodesBefore = query(session, "SELECT COUNT(*) FROM episodes");

    ::kill(static_cast<pid_t>(window.processId()), sig);
    QVERIFY(window.waitForFinished(60000));
    const QByteArray output = window.readAll();
    QVERIFY2(window.exitStatus() == QProcess::NormalExit && window.exitCode() == 0,
             output.right(2000).constData());
    QCOMPARE(query(session, "SELECT COUNT(*) FROM checkpoints WHERE reason = 'shutdown'"), 1.0);
    QCOMPARE(query(session, "SELECT COUNT(*) FROM events WHERE message LIKE 'disconnect%'"), 1.0);
    // The episode that was running when the signal came is stored too (unlabelled).
    QVERIFY(query(session, "SELECT COUNT(*) FROM episodes") >= episodesBefore);
    // The robot got its zero command before the process let go of it (the host logs it).
    QVERIFY2(output.contains("point-reach EMERGENCY STOP in state Active"),
             "no zero command before the robot was released");
  }
};

QTEST_GUILESS_MAIN(TestShutdownSignal)
#include "test_shutdown_signal.moc"
