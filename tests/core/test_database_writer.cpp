// The database writer thread (jobs off the caller's thread, futures, error reporting) and
// durability: a writer killed with SIGKILL loses no episode or label it reported as stored.
#include <sqlite3.h>

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

  // Disk full, without mount rights (CI may have none for a small tmpfs): SQLite's
  // max_page_count caps the file exactly as a full disk does (SQLITE_FULL). The episode that
  // does not fit fails with "the disk is full" and leaves no trace, everything stored before it
  // stays, and once there is space again the same episode and its label are stored.
  void diskFull_clearErrorNothingLost_storedOnceThereIsSpace() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta(3, 2, 32);
    auto store = SessionStore::create(dir, meta);
    std::vector<lab::EpisodeRecord> before;
    for (int i = 1; i <= 3; ++i) {
      before.push_back(labtest::makeEpisode(meta, i, "train", 10, i));
      store->writeEpisode(before.back());
    }
    store->setLabel({3, "success", "operator", 1.0f, true});
    const auto pragma = [](SessionStore& s, const char* sql) {
      sqlite3_stmt* st = nullptr;
      sqlite3_prepare_v2(s.handle(), sql, -1, &st, nullptr);
      const int64_t v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
      sqlite3_finalize(st);
      return v;
    };
    const int64_t pages = pragma(*store, "PRAGMA page_count");
    QVERIFY(pages > 0);
    QCOMPARE(
        pragma(*store,
               QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages + 2)).constData()),
        pages + 2);
    QStringList errors;
    std::mutex errorsMutex;
    auto owned = std::make_unique<lab::DatabaseWriter>(
        std::move(store), [&](const QString& what, const QString& msg) {
          std::lock_guard<std::mutex> lock(errorsMutex);
          errors << what + ": " + msg;
        });
    lab::DatabaseWriter& writer = *owned;
    // 40 steps with two 32x32 images each: far more than the two pages left.
    const auto big = labtest::makeEpisode(meta, 4, "train", 40, 4);
    EXPECT_STORE_ERROR(writer.writeEpisode(big).get(), K::Generic, "the disk is full");
    EXPECT_STORE_ERROR(writer.setLabel({4, "success", "operator", 1.0f, true}).get(), K::NotFound,
                       "no such episode");
    {
      std::lock_guard<std::mutex> lock(errorsMutex);
      QCOMPARE(errors.size(), 2);
      QVERIFY2(errors[0].contains("storing episode 4") && errors[0].contains("disk is full"),
               qPrintable(errors[0]));
    }
    // Space again (what freeing the disk does): the same episode and label go in.
    writer
        .submit("more space",
                [&](SessionStore& s) { pragma(s, "PRAGMA max_page_count = 1073741823"); })
        .get();
    QCOMPARE(writer.writeEpisode(big).get(), int64_t(4));
    writer.setLabel({4, "success", "operator", 1.0f, true}).get();
    owned.reset();  // stops the writer and closes the store (its folder lock too)

    auto s = SessionStore::open(dir);
    QCOMPARE(s->episodes().size(), std::size_t(4));
    for (int i = 1; i <= 3; ++i)
      labtest::compareSteps(s->transitions(i), [&] {
        auto steps = before[i - 1].steps;
        if (i == 3) {
          steps.back().transition.reward = 1.0f;
          steps.back().transition.terminal = true;
        }
        return steps;
      }());
    QCOMPARE(s->episode(3).label, QString("success"));
    QCOMPARE(s->episode(4).label, QString("success"));
    QCOMPARE(s->transitions(4).size(), big.steps.size());
    QCOMPARE(s->integrityCheck(), QString("ok"));
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
