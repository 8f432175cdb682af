// The headless command line as a user meets it: every command answers --help with its options
// and exit code 0, and bad input gets a specific message and a failing exit code.
#include <QProcess>
#include <QtTest>

class TestCliCommandLine : public QObject {
  Q_OBJECT

  struct Result {
    int code;
    QString out, err;
  };
  static Result run(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/sigent-lab", args);
    if (!p.waitForFinished(60000)) p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
  }

 private Q_SLOTS:
  void help_listsEachCommandsOptions_data() {
    QTest::addColumn<QString>("command");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("train") << "train" << QStringList{"--robot", "--eval-every", "--robot-set"};
    QTest::newRow("eval") << "eval" << QStringList{"--checkpoint", "--trace", "--start-seed"};
    QTest::newRow("export") << "export" << QStringList{"--session", "--kinds"};
    QTest::newRow("bench") << "bench"
                           << QStringList{"--threads", "--load", "--preset", "BENCHMARK"};
    QTest::newRow("bench memory") << "bench memory" << QStringList{"--sizes", "--reopen"};
  }
  void help_listsEachCommandsOptions() {
    QFETCH(QString, command);
    QFETCH(QStringList, options);
    const Result r = run(command.split(' ') + QStringList{"--help"});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith("usage: sigent-lab " + command), qPrintable(r.out));
    for (const QString& o : options) QVERIFY2(r.out.contains(o), qPrintable(o + " in " + r.out));
  }

  void topLevel_helpAndVersion() {
    const Result help = run({"--help"});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains("train") && help.out.contains("export"));
    const Result version = run({"--version"});
    QCOMPARE(version.code, 0);
    QVERIFY2(version.out.startsWith("sigent-lab "), qPrintable(version.out));
  }

  void badInput_specificMessage_failingCode() {
    Result r = run({"train", "--bogus", "1"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("'bogus'") && r.err.contains("train --help"), qPrintable(r.err));
    r = run({"train", "--steps"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("--steps"), qPrintable(r.err));
    r = run({"train", "--steps", "many", "--out", QDir::tempPath() + "/lab-cli-never"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("must be an integer, got 'many'"), qPrintable(r.err));
    r = run({"export", "stray", "--session", "x"});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("unexpected argument 'stray'"), qPrintable(r.err));
    r = run({"frobnicate"});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains("unknown command 'frobnicate'"), qPrintable(r.err));
  }
};

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "test_cli_command_line.moc"
