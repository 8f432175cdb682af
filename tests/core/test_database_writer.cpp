// The database writer thread (jobs off the caller's thread, futures, error reporting) and
// durability: a writer killed with SIGKILL loses no episode or label it reported as stored.
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <cstdio>
#include <memory>
#include <mutex>
#include <random>
#include <thread>

#include "database_writer.h"
#include "session_store.h"
#include "store_test_support.h"

using lab::SessionStore;
using K = lab::StoreError::Kind;

class TestDatabaseWriter : public QObject {
  Q_OBJECT

 private:
  // Created in initTestCase, not in the constructor: the killed child process (same binary)
  // would leave an empty temporary folder behind each time.
  std::unique_ptr<QTemporaryDir> m_tmp;
  int m_n = 0;
  QString freshFolder() { return m_tmp->filePath(QString("s%1").arg(++m_n)); }

 private Q_SLOTS:
  void initTestCase() {
    if (qEnvironmentVariableIsEmpty("LAB_STORE_CHILD_DIR")) {
      m_tmp = std::make_unique<QTemporaryDir>();
      QVERIFY(m_tmp->isValid());
    }
  }

  // A writer killed with SIGKILL at a random moment: every episode it reported as stored is
  // there, whole, with its label; no half episode; the file passes integrity_check; the stale
  // lock file of the dead process does not block reopening.
  void killedWriter_losesNoCommittedEpisode() {
    std::mt19937 rng(12345);
    for (int trial = 0; trial < 3; ++trial) {
      const QString dir = freshFolder();
      SessionStore::create(dir, labtest::storeMeta(3, 2, 16));
      QProcess child;
      QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
      env.insert("LAB_STORE_CHILD_DIR", dir);
      child.setProcessEnvironment(env);
      child.start(QCoreApplication::applicationFilePath(), {"childWriter"});
      QVERIFY(child.waitForStarted());
      const int killAfter = 2 + trial * 3;
      QByteArray out;
      QElapsedTimer clock;
      clock.start();
      while (out.count("stored") < killAfter && clock.elapsed() < 60000) {
        child.waitForReadyRead(1000);
        out += child.readAllStandardOutput();
      }
      QThread::msleep(std::uniform_int_distribution<int>(0, 40)(rng));
      child.kill();  // SIGKILL
      QVERIFY(child.waitForFinished(10000));
      out += child.readAllStandardOutput();
      QList<int64_t> stored;
      for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith("stored ")) stored << line.mid(7).toLongLong();
      }
      QVERIFY2(stored.size() >= killAfter, out.constData());

      auto s = SessionStore::open(dir);
      QCOMPARE(s->integrityCheck(), QString("ok"));
      for (const lab::EpisodeRow& e : s->episodes()) {
        QCOMPARE(static_cast<int>(s->transitions(e.id).size()), e.steps);  // never half
      }
      for (int64_t id : stored) {
        const lab::EpisodeRow e = s->episode(id);
        QCOMPARE(e.steps, 30);
        QCOMPARE(e.label, QString("success"));
        QVERIFY(s->transitions(id).back().transition.terminal);
      }
    }
  }

  // The child side of killedWriter_losesNoCommittedEpisode; skipped in a normal run.
  void childWriter() {
    const QString dir = qEnvironmentVariable("LAB_STORE_CHILD_DIR");
    if (dir.isEmpty()) QSKIP("helper process of killedWriter_losesNoCommittedEpisode");
    auto s = SessionStore::open(dir);
    for (int64_t id = 1;; ++id) {
      auto ep = labtest::makeEpisode(s->meta(), id, "train", 30, static_cast<unsigned>(id));
      s->writeEpisode(ep);
      s->setLabel({id, "success", "operator", 1.0f, true});
      // Reported only once both calls returned: from here on they must survive the kill.
      std::printf("stored %lld\n", static_cast<long long>(id));
      std::fflush(stdout);
    }
  }

  void databaseWriter_writesOffThreadAndReportsErrors() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    QStringList errors;
    std::mutex errorsMutex;
    auto writer = std::make_unique<lab::DatabaseWriter>(
        SessionStore::create(dir, meta), [&](const QString& what, const QString& msg) {
          std::lock_guard<std::mutex> lock(errorsMutex);
          errors << what + ": " + msg;
        });
    std::vector<std::future<int64_t>> ids;
    std::future<int64_t> bad;
    std::atomic<int> doneOk{0};
    std::thread robot([&] {  // the robot loop only enqueues
      for (int i = 1; i <= 5; ++i) {
        ids.push_back(writer->writeEpisode(labtest::makeEpisode(meta, i, "train", 4, i),
                                           [&](bool ok, const QString&) { doneOk += ok; }));
        if (i == 3) {
          auto broken = labtest::makeEpisode(meta, 40, "train", 4, 40);
          broken.steps[1].transition.action.clear();
          bad = writer->writeEpisode(broken);
        }
      }
      writer->setLabel({5, "success", "operator", 1.0f, true});
      writer->appendMetrics({lab::UpdateMetrics{}});
      writer->logEvent("info", "controller", "episode 5 done");
    });
    robot.join();
    QVERIFY(writer->waitIdle(30000));
    QCOMPARE(writer->pending(), 0);
    for (int i = 0; i < 5; ++i) QCOMPARE(ids[i].get(), int64_t(i + 1));
    QCOMPARE(doneOk.load(), 5);
    EXPECT_STORE_ERROR(bad.get(), K::BadInput, "action has 0 values");
    QCOMPARE(writer->failedJobs(), 1);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains("storing episode 40"), qPrintable(errors[0]));
    writer->stop();
    auto late = writer->logEvent("info", "x", "after stop");
    EXPECT_STORE_ERROR(late.get(), K::Generic, "writer is stopped");
    writer.reset();  // releases the folder lock

    auto s = SessionStore::open(dir);
    QCOMPARE(s->episodes().size(), std::size_t(5));
    QCOMPARE(s->episode(5).label, QString("success"));
    QVERIFY(s->transitions(5).back().transition.terminal);
    QCOMPARE(s->metrics().rows.size(), std::size_t(1));
    QCOMPARE(s->events().back().message, QString("episode 5 done"));
    QCOMPARE(s->integrityCheck(), QString("ok"));
  }
};

QTEST_GUILESS_MAIN(TestDatabaseWriter)
#include "test_database_writer.moc"
