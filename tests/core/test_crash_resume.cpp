// A child process (crash_resume_child) trains the fake robot in one session folder and is
// killed with SIGKILL at random moments, four times in a row, each time resuming the same
// session. After every kill: the database passes integrity_check, every episode and label the
// child reported durable is in it, and the next child resumes from the newest checkpoint whose
// checksum and step match its record, with the weights of THAT file (fingerprint compared
// against an independent load here). Finally a damaged newest checkpoint is refused with a
// message and the one before it is used. The same holds when the robot plugin itself crashes
// the process in the middle of an episode (the chaos robot, hardware/chaos). The child exports
// the session over and over while it trains: a kill mid-export leaves no export that looks
// complete but is not, and every export reported complete is intact.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <map>

#include "chaos_control.h"
#include "checkpoint_file.h"
#include "controller_test_support.h"
#include "learner_worker.h"
#include "sigent_sac.h"

using namespace lab;
using namespace labtest;

namespace {

struct ChildRun {
  QStringList lines;
  std::map<qint64, QString> labels;  // last durable label per episode
  qint64 resumedStep = -1;
  double resumedFingerprint = 0;
  qint64 firstUpdatesAfterResume = -1;
  QStringList errors;
  QStringList exportsDone;  // numbers of the exports the child reported complete
  bool crashed = false;     // ended by itself, abnormally (not by the test's kill)
};

void parse(ChildRun& run) {
  for (const QString& l : run.lines) {
    const auto f = l.split(' ');
    if ((f.value(0) == "EPISODE" || f.value(0) == "LABEL") && f.size() >= 3) {
      run.labels[f[1].toLongLong()] = f[2] == "-" ? QString() : f[2];
    } else if (f.value(0) == "RESUMED" && f.size() >= 3) {
      run.resumedStep = f[1].toLongLong();
      run.resumedFingerprint = f[2].toDouble();
    } else if (f.value(0) == "UPDATES" && run.firstUpdatesAfterResume < 0) {
      run.firstUpdatesAfterResume = f.value(1).toLongLong();
    } else if (f.value(0) == "ERROR" || f.value(0) == "EXPORT_FAILED") {
      run.errors << l;
    } else if (f.value(0) == "EXPORT" && f.size() >= 2) {
      run.exportsDone << f[1];
    }
  }
}

// The checkpoint a correct resume must pick: the newest recorded one whose file exists, whose
// checksum verifies and matches the record. -1 when there is none.
SessionDb::Checkpoint expectedCheckpoint(const QString& dir) {
  SessionDb db(dir);
  for (const auto& c : db.checkpoints()) {
    const QString path = QDir(dir).filePath(c.file);
    try {
      if (CheckpointFile::checksum(path) == c.checksum) return c;
    } catch (const std::exception&) {
    }
  }
  return {QString(), -1, {}};
}

double fingerprintOf(const QString& path) {
  // The learner as the file describes it (state or image observations).
  const auto header = CheckpointFile::read(path).header;
  SigEntSac sac(SacConfig::fromJson(header.value("config").toObject()),
                header.value("state_dim").toInt(4), header.value("action_dim").toInt(2));
  sac.load(path);
  return LearnerWorker::fingerprint(*sac.policyWeights());
}

// Every export folder with a manifest (written last) holds every file it lists, at its size;
// every export the child reported complete has one. Returns the number of complete exports.
int checkExports(const QString& root, const QStringList& reported) {
  int complete = 0;
  for (const QString& n : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
    const QDir d(QDir(root).filePath(n));
    QFile m(d.filePath("manifest.json"));
    if (!m.open(QIODevice::ReadOnly)) {
      if (!reported.contains(n)) continue;  // interrupted: nothing claims it is complete
      qWarning("export %s was reported complete and has no manifest", qPrintable(n));
      return -1;
    }
    const auto files = QJsonDocument::fromJson(m.readAll()).object().value("files").toArray();
    if (files.isEmpty()) return -1;
    for (const auto& f : files) {
      const QFileInfo fi(d.filePath(f.toObject().value("name").toString()));
      if (!fi.exists() || fi.size() != f.toObject().value("bytes").toInteger(-1)) {
        qWarning("export %s: %s missing or of the wrong size", qPrintable(n),
                 qPrintable(fi.fileName()));
        return -1;
      }
    }
    ++complete;
  }
  return complete;
}

}  // namespace

class TestCrashResume : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void sigkillAtRandomMoments_losesNothing_resumesConsistently();
  void pluginCrashMidEpisode_losesNothing_resumesConsistently();

 private:
  // killAfterMs < 0: never killed (it ends by itself, or after two minutes).
  ChildRun runChild(const QString& dir, int killAfterMs, double cleanSeconds = 0,
                    const QStringList& extra = {});
  // What test 1 checks after every kill: integrity, nothing reported durable lost.
  void checkNothingLost(const QString& dir, std::map<qint64, QString>& everDurable,
                        const ChildRun& run);
};

ChildRun TestCrashResume::runChild(const QString& dir, int killAfterMs, double cleanSeconds,
                                   const QStringList& extra) {
  ChildRun run;
  QProcess p;
  p.setProgram(QDir(QCoreApplication::applicationDirPath()).filePath("crash_resume_child"));
  QStringList args{dir};
  if (cleanSeconds > 0) args << QString::number(cleanSeconds);
  p.setArguments(args + extra);
  p.setProcessChannelMode(QProcess::SeparateChannels);
  p.start();
  if (!p.waitForStarted(10000)) {
    run.errors << "could not start " + p.program() + ": " + p.errorString();
    return run;
  }
  QByteArray buffer;
  QElapsedTimer sinceReady;
  auto drain = [&] {
    buffer += p.readAllStandardOutput();
    int nl;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const QString line = QString::fromUtf8(buffer.left(nl)).trimmed();
      buffer.remove(0, nl + 1);
      run.lines << line;
      if (line.startsWith("READY") && !sinceReady.isValid()) sinceReady.start();
    }
  };
  QElapsedTimer total;
  total.start();
  while (p.state() != QProcess::NotRunning && total.elapsed() < 120000) {
    p.waitForReadyRead(20);
    drain();
    if (cleanSeconds <= 0 && killAfterMs >= 0 && sinceReady.isValid() &&
        sinceReady.elapsed() >= killAfterMs) {
      p.kill();  // SIGKILL: no destructor, no flush, no checkpoint on the way out
      break;
    }
  }
  const bool killed = p.state() != QProcess::NotRunning;
  p.waitForFinished(10000);
  drain();
  parse(run);
  run.crashed = !killed && p.exitStatus() == QProcess::CrashExit;
  return run;
}

void TestCrashResume::checkNothingLost(const QString& dir, std::map<qint64, QString>& everDurable,
                                       const ChildRun& run) {
  for (const auto& [id, label] : run.labels) everDurable[id] = label;
  SessionDb db(dir);
  QCOMPARE(db.integrityCheck(), QString("ok"));
  for (const auto& [id, label] : everDurable) {
    QVERIFY2(db.hasEpisode(id), qPrintable(QString("episode %1 lost").arg(id)));
    QVERIFY(db.transitionCount(id) > 0);
    // A relabel to success may have committed just before the kill, unreported.
    const QString inDb = db.episodeLabel(id);
    QVERIFY2(
        inDb == label || inDb == "success",
        qPrintable(QString("episode %1: '%2' in the db, '%3' reported").arg(id).arg(inDb, label)));
  }
}

void TestCrashResume::pluginCrashMidEpisode_losesNothing_resumesConsistently() {
  // The chaos robot plugin aborts the whole process inside write(), in the middle of an
  // episode: no destructor, no flush, like a kill -9 from inside.
  if (!QDir(chaosPluginDir()).exists()) QSKIP("the chaos robot plugin is not built");
  QTemporaryDir dir;
  QVERIFY(dir.isValid());
  const int crashAfter = 400 + static_cast<int>(QRandomGenerator::global()->bounded(800));
  const ChildRun crash =
      runChild(dir.path(), -1, 0, {"--chaos-crash-after", QString::number(crashAfter)});
  qInfo("the plugin crashed the child after %d writes: %zu episodes/labels reported durable",
        crashAfter, crash.labels.size());
  QVERIFY2(crash.crashed, qPrintable(crash.lines.join('\n')));
  QVERIFY2(!crash.labels.empty(), "nothing was stored before the crash");
  std::map<qint64, QString> everDurable;
  checkNothingLost(dir.path(), everDurable, crash);
  if (QTest::currentTestFailed()) return;
  // The next run resumes from the newest valid checkpoint with its weights, and goes on.
  const auto expected = expectedCheckpoint(dir.path());
  const double expectedFp =
      expected.step >= 0 ? fingerprintOf(QDir(dir.path()).filePath(expected.file)) : 0.0;
  // The same robot (a session remembers it), now well behaved for the two seconds.
  const ChildRun again = runChild(dir.path(), 0, 2.0, {"--chaos-crash-after", "100000000"});
  QVERIFY2(!again.crashed, qPrintable(again.lines.join('\n')));
  QCOMPARE(again.resumedStep, expected.step);
  if (expected.step >= 0) {
    QVERIFY(std::abs(expectedFp - again.resumedFingerprint) <=
            1e-9 * std::max(1.0, std::abs(expectedFp)));
  }
  checkNothingLost(dir.path(), everDurable, again);
}

void TestCrashResume::sigkillAtRandomMoments_losesNothing_resumesConsistently() {
  QTemporaryDir dir, exports;
  QVERIFY(dir.isValid() && exports.isValid());
  auto* rng = QRandomGenerator::global();
  std::map<qint64, QString> everDurable;  // all episodes reported durable, last label
  int totalEpisodes = 0;
  // The quick version runs in the suite; the harness (docs/RELIABILITY.md) sets
  // LAB_CRASH_KILLS=50 LAB_CRASH_OBS=image.
  const int kills = std::max(1, qEnvironmentVariableIntValue("LAB_CRASH_KILLS") > 0
                                    ? qEnvironmentVariableIntValue("LAB_CRASH_KILLS")
                                    : 4);
  const QStringList extra =
      qEnvironmentVariable("LAB_CRASH_OBS") == "image" ? QStringList{"--image"} : QStringList{};
  const QStringList exporting{"--export-to", exports.path()};
  int resumes = 0, reportedDurable = 0, exportsComplete = 0;
  QStringList exportsReported;
  for (int trial = 0; trial < kills; ++trial) {
    const auto expected =
        trial == 0 ? SessionDb::Checkpoint{QString(), -1, {}} : expectedCheckpoint(dir.path());
    // Computed before the child runs: its retention policy may delete the file later.
    const double expectedFp =
        expected.step >= 0 ? fingerprintOf(QDir(dir.path()).filePath(expected.file)) : 0.0;
    const int killAfter = 800 + static_cast<int>(rng->bounded(2600));
    const ChildRun run = runChild(dir.path(), killAfter, 0, extra + exporting);
    exportsReported += run.exportsDone;
    exportsComplete = checkExports(exports.path(), exportsReported);
    QVERIFY2(exportsComplete >= 0, "an export that looks complete is not");
    resumes += run.resumedStep >= 0 ? 1 : 0;
    reportedDurable += static_cast<int>(run.labels.size());
    qInfo(
        "trial %d: killed %d ms after READY, %d lines, %zu episodes/labels reported, resumed "
        "at %lld (expected %lld)",
        trial, killAfter, int(run.lines.size()), run.labels.size(),
        static_cast<long long>(run.resumedStep), static_cast<long long>(expected.step));
    QVERIFY2(run.lines.join('\n').contains("READY"), qPrintable(run.lines.join('\n')));
    for (const auto& e : run.errors) QVERIFY2(!e.contains("store"), qPrintable(e));

    // Resume consistency: the newest valid checkpoint, its step AND its weights.
    if (expected.step >= 0) {
      QCOMPARE(run.resumedStep, expected.step);
      const double fp = expectedFp;
      QVERIFY2(std::abs(fp - run.resumedFingerprint) <= 1e-9 * std::max(1.0, std::abs(fp)),
               qPrintable(QString("fingerprint %1 vs %2")
                              .arg(fp, 0, 'g', 17)
                              .arg(run.resumedFingerprint, 0, 'g', 17)));
      if (run.firstUpdatesAfterResume >= 0) {
        QVERIFY(run.firstUpdatesAfterResume >= expected.step);
      }
    } else {
      QCOMPARE(run.resumedStep, qint64(-1));
    }

    checkNothingLost(dir.path(), everDurable, run);
    if (QTest::currentTestFailed()) return;
    totalEpisodes = SessionDb(dir.path()).episodeCount();
  }
  QVERIFY2(totalEpisodes >= 5, qPrintable(QString::number(totalEpisodes)));
  qInfo(
      "HARNESS %s observations: %d SIGKILLs survived, %d episodes in the session, %zu of "
      "them reported durable (every one found with its label: %d reports), %d resumes from "
      "the expected checkpoint, integrity_check ok after each; %d exports complete and "
      "intact (%d reported), %d interrupted by a kill",
      extra.isEmpty() ? "state" : "image", kills, totalEpisodes, everDurable.size(),
      reportedDurable, resumes, exportsComplete, int(exportsReported.size()),
      int(QDir(exports.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size()) -
          exportsComplete);

  // A damaged newest checkpoint is refused with a message; the one before it is used.
  SessionDb::Checkpoint newest = expectedCheckpoint(dir.path());
  QVERIFY2(newest.step >= 0, "no checkpoint was written in four trials");
  {
    QFile f(QDir(dir.path()).filePath(newest.file));
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    char b = 0;
    f.getChar(&b);
    f.seek(f.size() / 2);
    f.putChar(static_cast<char>(b ^ 0x5a));
  }
  const auto fallback = expectedCheckpoint(dir.path());
  const ChildRun last = runChild(dir.path(), 0, 2.0, extra);
  QVERIFY2(last.errors.join('\n').contains("refused"), qPrintable(last.lines.join('\n')));
  QCOMPARE(last.resumedStep, fallback.step);
  SessionDb db(dir.path());
  QCOMPARE(db.integrityCheck(), QString("ok"));
}

QTEST_GUILESS_MAIN(TestCrashResume)
#include "test_crash_resume.moc"
