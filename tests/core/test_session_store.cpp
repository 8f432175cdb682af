// The session store: round trips, labels, metrics, checkpoints, events, migration, WAL, and
// the clear errors for damaged, read-only and locked databases.
#include <sqlite3.h>
#include <unistd.h>

#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include "session_store.h"
#include "store_schema.h"
#include "store_test_support.h"

using lab::SessionStore;
using lab::StoreError;
using K = lab::StoreError::Kind;
using N = lab::NoticeCode;

namespace {
// The notice a StoreError carries: the window's words come from its code and arguments, and
// what() is the same sentence in English. Empty when nothing is thrown.
template <typename F>
lab::Notice storeNotice(F&& f) {
  try {
    f();
  } catch (const StoreError& e) {
    if (e.notice().english() != QString::fromUtf8(e.what())) {
      return lab::Notice::detail("what() differs from the notice");
    }
    return e.notice();
  }
  return {};
}
}  // namespace

namespace {

// A second, raw connection: what "another program" does to the file.
struct RawDb {
  sqlite3* db = nullptr;
  explicit RawDb(const QString& path) {
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  }
  ~RawDb() { sqlite3_close_v2(db); }
  bool exec(const char* sql) {
    return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
  }
  QString text(const char* sql) {
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
    QString out = sqlite3_step(st) == SQLITE_ROW
                      ? QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)))
                      : QString("<no row>");
    sqlite3_finalize(st);
    return out;
  }
};

}  // namespace

class TestSessionStore : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_tmp;
  int m_n = 0;
  QString freshFolder() { return m_tmp.filePath(QString("s%1").arg(++m_n)); }
  QString dbIn(const QString& folder) { return folder + "/session.sqlite"; }

 private Q_SLOTS:
  void create_thenOpen_keepsMetaAndUsesWal() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    {
      auto s = SessionStore::create(dir, meta);
      QCOMPARE(s->schemaVersion(), lab::StoreSchema::kCurrentVersion);
      QCOMPARE(s->journalMode(), QString("wal"));
      QCOMPARE(QString::fromUtf8(sqlite3_db_filename(s->handle(), "main")), s->databasePath());
    }
    auto s = SessionStore::open(dir);
    const auto& m = s->meta();
    QCOMPARE(m.robotId, meta.robotId);
    QCOMPARE(m.robotName, meta.robotName);
    QCOMPARE(m.pluginVersion, meta.pluginVersion);
    QCOMPARE(m.appVersion, meta.appVersion);
    QCOMPARE(m.config, meta.config);
    QCOMPARE(m.seed, meta.seed);
    QCOMPARE(m.seeds, meta.seeds);
    QCOMPARE(m.stateDim, 3);
    QCOMPARE(m.actionDim, 2);
    QCOMPARE(m.imageSize, 8);
    QVERIFY(m.createdMs > 0);
    // The pragmas that make an episode durable when writeEpisode returns.
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(s->handle(), "PRAGMA synchronous", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 2);  // FULL
    sqlite3_finalize(st);
    sqlite3_prepare_v2(s->handle(), "PRAGMA foreign_keys", -1, &st, nullptr);
    QCOMPARE(sqlite3_step(st), SQLITE_ROW);
    QCOMPARE(sqlite3_column_int(st, 0), 1);
    sqlite3_finalize(st);
    // WAL is a property of the file: another program sees it too.
    RawDb other(dbIn(dir));
    QCOMPARE(other.text("PRAGMA journal_mode"), QString("wal"));
  }

  void create_badInputOrExisting_isRefused() {
    auto meta = labtest::storeMeta();
    meta.actionDim = 0;
    EXPECT_STORE_ERROR(SessionStore::create(freshFolder(), meta), K::BadInput, "action_dim");
    const QString dir = freshFolder();
    SessionStore::create(dir, labtest::storeMeta());
    EXPECT_STORE_ERROR(SessionStore::create(dir, labtest::storeMeta()), K::Mismatch,
                       "already holds a session");
    auto other = labtest::storeMeta(4);
    other.robotId = "ball_to_goal";
    EXPECT_STORE_ERROR(SessionStore::openOrCreate(dir, other), K::Mismatch, "push_cube");
    const lab::Notice why = storeNotice([&] { SessionStore::openOrCreate(dir, other); });
    QCOMPARE(int(why.code), int(N::SessionOtherRobot));
    QCOMPARE(why.args.value(0).toString(), dir);
    QCOMPARE(why.args.value(1).toString(), QString("push_cube"));
    QCOMPARE(why.args.value(5).toString(), QString("ball_to_goal"));
    QCOMPARE(why.args.value(6).toInt(), 4);
    // The same robot without its camera (a connection that learns from its state).
    auto noCamera = labtest::storeMeta(3, 2, 0);
    const lab::Notice changed = storeNotice([&] { SessionStore::openOrCreate(dir, noCamera); });
    QCOMPARE(int(changed.code), int(N::SessionRobotChanged));
    QCOMPARE(changed.args.value(1).toString(), QString("push_cube"));
    QCOMPARE(changed.args.value(4).toInt(), 8);  // recorded with 8x8 images
    QCOMPARE(changed.args.value(7).toInt(), 0);  // none now
    EXPECT_STORE_ERROR(SessionStore::openOrCreate(dir, noCamera), K::Mismatch, "no camera");
    QVERIFY(SessionStore::openOrCreate(dir, labtest::storeMeta()) != nullptr);
  }

  void open_notASessionFolder_givesClearError() {
    EXPECT_STORE_ERROR(SessionStore::open(m_tmp.filePath("missing")), K::NotAFolder,
                       "does not exist");
    const lab::Notice missing = storeNotice([&] { SessionStore::open(m_tmp.filePath("missing")); });
    QCOMPARE(int(missing.code), int(N::SessionFolderMissing));
    QCOMPARE(missing.args.value(0).toString(), m_tmp.filePath("missing"));
    QFile f(m_tmp.filePath("plainfile"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    EXPECT_STORE_ERROR(SessionStore::open(f.fileName()), K::NotAFolder, "not a folder");
    const QString empty = freshFolder();
    QVERIFY(QDir().mkpath(empty));
    EXPECT_STORE_ERROR(SessionStore::open(empty), K::NotASession, "holds no session");
    QFile zero(dbIn(empty));
    QVERIFY(zero.open(QIODevice::WriteOnly));
    zero.close();
    EXPECT_STORE_ERROR(SessionStore::open(empty), K::NotASession, "empty");
    // Any SQLite file that is not ours.
    const QString foreign = freshFolder();
    QVERIFY(QDir().mkpath(foreign));
    {
      RawDb raw(dbIn(foreign));
      QVERIFY(raw.exec("CREATE TABLE t(x)"));
    }
    EXPECT_STORE_ERROR(SessionStore::open(foreign), K::NotASession, "not a session database");
  }

  void writeEpisode_roundTripsEveryByte() {
    const auto meta = labtest::storeMeta();
    auto s = SessionStore::create(freshFolder(), meta);
    auto demo = labtest::makeEpisode(meta, 1, "demo", 6, 11);
    demo.label = "success";
    demo.labelledBy = "operator";
    demo.steps.back().transition.reward = 1.0f;
    demo.steps.back().transition.terminal = true;
    // A next observation that is NOT the following step's (e.g. a reset mid-record) must be
    // stored explicitly, not derived.
    demo.steps[2].transition.next.image[5] ^= 0xFF;
    demo.steps[2].transition.next.state[1] += 1.0f;
    QCOMPARE(s->writeEpisode(demo), int64_t(1));
    auto train = labtest::makeEpisode(meta, -1, "train", 4, 12, {1, 2});
    const int64_t trainId = s->writeEpisode(train);
    QCOMPARE(trainId, int64_t(2));  // next free id
    QCOMPARE(s->maxEpisodeId(), int64_t(2));

    labtest::compareSteps(s->transitions(1), demo.steps);
    labtest::compareSteps(s->transitions(trainId), train.steps);
    const auto rows = s->episodes();
    QCOMPARE(rows.size(), std::size_t(2));
    QCOMPARE(rows[0].kind, QString("demo"));
    QCOMPARE(rows[0].label, QString("success"));
    QCOMPARE(rows[0].labelledBy, QString("operator"));
    QVERIFY(rows[0].labelledAtMs > 0);
    QCOMPARE(rows[0].steps, 6);
    QCOMPARE(rows[0].seed, std::uint64_t(11));
    QCOMPARE(rows[0].startedMs, demo.startedMs);
    QCOMPARE(rows[0].endedMs, demo.endedMs);
    QCOMPARE(rows[1].interventionSteps, 2);
    QCOMPARE(rows[1].label, QString());
    QCOMPARE(rows[1].labelledAtMs, int64_t(0));

    // Reopened by another connection: the same bytes (durable, not only cached).
    auto ro = SessionStore::open(s->folder(), {SessionStore::Mode::ReadOnly, 500, true});
    labtest::compareSteps(ro->transitions(1), demo.steps);
  }

  void writeEpisode_badInput_isRefusedAndLeavesNoTrace() {
    const auto meta = labtest::storeMeta();
    auto s = SessionStore::create(freshFolder(), meta);
    auto ep = labtest::makeEpisode(meta, 1, "train", 5, 3);
    ep.steps[3].transition.obs.state.pop_back();
    EXPECT_STORE_ERROR(s->writeEpisode(ep), K::BadInput, "step 3: state has 2 values");
    ep = labtest::makeEpisode(meta, 1, "train", 5, 3);
    ep.steps[4].transition.action.push_back(0.0f);
    EXPECT_STORE_ERROR(s->writeEpisode(ep), K::BadInput, "action has 3 values");
    ep = labtest::makeEpisode(meta, 1, "walk", 5, 3);
    EXPECT_STORE_ERROR(s->writeEpisode(ep), K::BadInput, "unknown kind 'walk'");
    ep = labtest::makeEpisode(meta, 1, "train", 5, 3);
    ep.steps[0].transition.reward = std::nanf("");
    EXPECT_STORE_ERROR(s->writeEpisode(ep), K::BadInput, "not a finite number");
    QCOMPARE(s->episodes().size(), std::size_t(0));
    QCOMPARE(s->transitionCount(), int64_t(0));
    s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 5, 3));
    EXPECT_STORE_ERROR(s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 2, 4)), K::BadInput,
                       "episode 1 is already stored");
    QCOMPARE(s->transitionCount(), int64_t(5));
  }

  void setLabel_updatesEpisodeAndLastTransition() {
    const auto meta = labtest::storeMeta();
    auto s = SessionStore::create(freshFolder(), meta);
    const auto ep = labtest::makeEpisode(meta, 7, "train", 5, 21);
    s->writeEpisode(ep);
    s->setLabel({7, "success", "operator", 1.0f, true});
    auto row = s->episode(7);
    QCOMPARE(row.label, QString("success"));
    QCOMPARE(row.labelledBy, QString("operator"));
    QVERIFY(row.labelledAtMs > 0);
    auto steps = s->transitions(7);
    QCOMPARE(steps.back().transition.reward, 1.0f);
    QVERIFY(steps.back().transition.terminal);
    for (int i = 0; i + 1 < 5; ++i) {  // only the last step changes
      QCOMPARE(steps[i].transition.reward, 0.0f);
      QVERIFY(!steps[i].transition.terminal);
    }
    // Relabelled afterwards: both places again, as seen by another program.
    s->relabelEpisode({7, "failure", "relabel", 0.0f, false});
    RawDb raw(s->databasePath());
    QCOMPARE(raw.text("SELECT label || '/' || labelled_by FROM episodes WHERE id = 7"),
             QString("failure/relabel"));
    QCOMPARE(raw.text("SELECT reward || '/' || terminal FROM transitions WHERE episode_id = 7 "
                      "AND step = 4"),
             QString("0.0/0"));
    steps = s->transitions(7);
    QCOMPARE(steps.back().transition.reward, 0.0f);
    QVERIFY(!steps.back().transition.terminal);
    EXPECT_STORE_ERROR(s->setLabel({99, "success", "operator", 1.0f, true}), K::NotFound,
                       "no such episode");
    EXPECT_STORE_ERROR(s->setLabel({7, "great", "operator", 1.0f, true}), K::BadInput,
                       "unknown label 'great'");
  }

  void bufferReaders_splitExpertAndOnline() {
    const auto meta = labtest::storeMeta();
    auto s = SessionStore::create(freshFolder(), meta);
    const auto demo = labtest::makeEpisode(meta, 1, "demo", 3, 31);
    const auto train = labtest::makeEpisode(meta, 2, "train", 5, 32, {1, 2});
    const auto eval = labtest::makeEpisode(meta, 3, "eval", 2, 33);
    for (const auto& e : {demo, train, eval}) s->writeEpisode(e);

    std::vector<std::pair<int64_t, int>> expert;
    std::vector<lab::StepRecord> expertSteps;
    s->forEachExpertTransition([&](int64_t ep, int step, const lab::StepRecord& r) {
      expert.emplace_back(ep, step);
      expertSteps.push_back(r);
      return true;
    });
    const std::vector<std::pair<int64_t, int>> wantExpert = {
        {1, 0}, {1, 1}, {1, 2}, {2, 1}, {2, 2}};
    QCOMPARE(expert, wantExpert);
    // Step 2 of the train episode is followed by a non-expert step; its next observation
    // still comes back whole.
    labtest::compareSteps({expertSteps[4]}, {train.steps[2]});
    labtest::compareSteps({expertSteps[2]}, {demo.steps[2]});

    int online = 0;
    s->forEachOnlineTransition([&](int64_t ep, int, const lab::StepRecord&) {
      online += ep == 2 ? 1 : 1000;
      return true;
    });
    QCOMPARE(online, 5);
    QCOMPARE(s->transitionCount(), int64_t(10));
    QCOMPARE(s->transitionCount({"demo", "eval"}), int64_t(5));
    int seen = 0;  // early stop
    s->forEachOnlineTransition([&](int64_t, int, const lab::StepRecord&) { return ++seen < 2; });
    QCOMPARE(seen, 2);
  }

  void metrics_roundTripAndReplaceByStep() {
    auto s = SessionStore::create(freshFolder(), labtest::storeMeta());
    std::vector<lab::UpdateMetrics> batch;
    for (int i = 1; i <= 3; ++i) {
      lab::UpdateMetrics m;
      m.step = i;
      m.q1Mean = 0.1 * i;
      m.hSig = 0.7 + i;
      m.gateOpen = 0.25;
      m.updatesPerSecond = 123.5;
      batch.push_back(m);
    }
    batch[2].bcLoss = std::nan("");
    s->appendMetrics(batch);
    lab::UpdateMetrics again;  // a resumed run writes step 2 again: it replaces the old row
    again.step = 2;
    again.q1Mean = -5;
    s->appendMetrics({again});
    const lab::MetricsTable t = s->metrics();
    QCOMPARE(t.names, lab::UpdateMetrics::names());
    QCOMPARE(t.rows.size(), std::size_t(3));
    const auto want0 = batch[0].values();
    QCOMPARE(t.rows[0], want0);
    QCOMPARE(t.rows[1], again.values());
    const int bc = t.names.indexOf("bc_loss");
    QVERIFY(std::isnan(t.rows[2][bc]));
    QCOMPARE(t.rows[2][t.names.indexOf("h_sig")], 3.7);
    QCOMPARE(s->metrics(3).rows.size(), std::size_t(1));
  }

  // A long run's curve without reading its whole table: every k-th step, the first and the
  // last, and UpdateMetrics::fromColumns reads a row back into the fields it came from.
  void metricsSpread_evenlyThinnedEndsKept() {
    auto s = SessionStore::create(freshFolder(), labtest::storeMeta());
    QVERIFY(s->metricsSpread(100).rows.empty());
    std::vector<lab::UpdateMetrics> batch;
    for (int i = 3; i <= 10001; ++i) {
      lab::UpdateMetrics m;
      m.step = i;
      m.q1Mean = 0.001 * i;
      m.actorGradNorm = -i;
      batch.push_back(m);
    }
    s->appendMetrics(batch);
    const lab::MetricsTable t = s->metricsSpread(100);
    QVERIFY2(t.rows.size() >= 95 && t.rows.size() <= 103,
             qPrintable(QString::number(t.rows.size())));
    QCOMPARE(t.rows.front()[0], 3.0);
    QCOMPARE(t.rows.back()[0], 10001.0);
    for (std::size_t i = 1; i < t.rows.size(); ++i) {
      const double gap = t.rows[i][0] - t.rows[i - 1][0];
      QVERIFY2(gap > 0 && gap <= 101, qPrintable(QString::number(gap)));
    }
    const auto m = lab::UpdateMetrics::fromColumns(t.names, t.rows[1]);
    QCOMPARE(m.values(), batch[m.step - 3].values());
    QCOMPARE(s->metricsSpread(1000000).rows.size(), batch.size());
  }

  void checkpointsAndEvents_roundTrip() {
    const QString dir = freshFolder();
    auto s = SessionStore::create(dir, labtest::storeMeta());
    s->addCheckpoint({-1, dir + "/checkpoints/step100.ckpt", 100, "aa11", "periodic", 0, {}});
    s->addCheckpoint({-1, "checkpoints/step300.ckpt", 300, "cc33", "operator", 0, {}});
    // Checkpoints live in the session folder: a file elsewhere is refused.
    EXPECT_STORE_ERROR(s->addCheckpoint({-1, "/elsewhere/step200.ckpt", 200, "bb22", "", 0, {}}),
                       K::BadInput, "leaves the session folder");
    const auto cps = s->latestCheckpoints();
    QCOMPARE(cps.size(), std::size_t(2));
    QCOMPARE(cps[0].step, int64_t(300));
    QCOMPARE(cps[0].file, QDir(dir).absoluteFilePath("checkpoints/step300.ckpt"));
    QCOMPARE(cps[0].checksum, QByteArray("cc33"));
    QCOMPARE(cps[0].reason, QString("operator"));
    QVERIFY(cps[0].refused.isEmpty());
    QVERIFY(cps[0].createdMs > 0);
    QCOMPARE(cps[1].file, QDir(dir).absoluteFilePath("checkpoints/step100.ckpt"));
    RawDb raw(s->databasePath());  // stored relative: a moved folder keeps working
    QCOMPARE(raw.text("SELECT file FROM checkpoints WHERE step = 100"),
             QString("checkpoints/step100.ckpt"));
    QCOMPARE(s->latestCheckpoints(1).size(), std::size_t(1));
    EXPECT_STORE_ERROR(s->addCheckpoint({-1, "x.ckpt", 1, "", "", 0, {}}), K::BadInput, "checksum");

    s->logEvent("info", "controller", "training started");
    s->logEvent("error", "robot", "camera lost");
    const auto ev = s->events();
    QCOMPARE(ev.size(), std::size_t(2));
    QCOMPARE(ev[1].level, QString("error"));
    QCOMPARE(ev[1].source, QString("robot"));
    QCOMPARE(ev[1].message, QString("camera lost"));
    QVERIFY(ev[0].timeMs > 0);
    QCOMPARE(s->events(1).front().message, QString("camera lost"));
    EXPECT_STORE_ERROR(s->logEvent("loud", "x", "y"), K::BadInput, "unknown event level");
  }

  // A session file from elsewhere may name any file as a checkpoint: the rows that leave the
  // session folder come back refused with the reason, and are never resolved to a path.
  void checkpointPaths_leavingTheFolder_areRefused() {
    const QString dir = freshFolder();
    auto s = SessionStore::create(dir, labtest::storeMeta());
    QVERIFY(QDir().mkpath(dir + "/checkpoints"));
    const QString outside = m_tmp.filePath("outside.ckpt");
    QFile f(outside);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QVERIFY(QFile::link(outside, dir + "/checkpoints/link.ckpt"));
    QVERIFY(QFile::link(m_tmp.path(), dir + "/linkdir"));
    {
      RawDb raw(dbIn(dir));
      QVERIFY(raw.exec(
          "INSERT INTO checkpoints(file, step, checksum, reason, created_ms) VALUES "
          "('/etc/passwd', 6, 'a', '', 1), ('../outside.ckpt', 5, 'a', '', 1), "
          "('checkpoints/../../outside.ckpt', 4, 'a', '', 1), "
          "('checkpoints/link.ckpt', 3, 'a', '', 1), ('linkdir/outside.ckpt', 2, 'a', '', 1), "
          "('checkpoints/good.ckpt', 1, 'a', '', 1)"));
    }
    const auto rows = s->latestCheckpoints();
    QCOMPARE(rows.size(), std::size_t(6));
    const QStringList why = {"absolute path", "leaves the session folder",
                             "leaves the session folder", "symbolic link", "symbolic link"};
    for (int i = 0; i < why.size(); ++i) {
      qDebug().noquote() << "refused:" << rows[i].refused;
      QVERIFY2(rows[i].refused.contains(why[i]), qPrintable(rows[i].refused));
      QVERIFY2(rows[i].refused.contains(rows[i].file), "the message names the stored path");
    }
    QVERIFY2(rows[5].refused.isEmpty(), qPrintable(rows[5].refused));
    QCOMPARE(rows[5].file, QDir(dir).absoluteFilePath("checkpoints/good.ckpt"));
    // The store refuses to record such paths in the first place.
    EXPECT_STORE_ERROR(s->addCheckpoint({-1, dir + "/../outside.ckpt", 7, "a", "", 0, {}}),
                       K::BadInput, "leaves the session folder");
    EXPECT_STORE_ERROR(s->addCheckpoint({-1, "checkpoints/link.ckpt", 7, "a", "", 0, {}}),
                       K::BadInput, "symbolic link");
  }

  // The readers check every blob against the session's shapes before using it: a damaged or
  // crafted row is refused naming the episode, the step and the column.
  void read_blobOfWrongLength_isRefusedNamingEpisodeAndColumn() {
    const auto meta = labtest::storeMeta(3, 2, 8);
    struct Case {
      const char* sql;
      const char* want;
    };
    const Case cases[] = {
        // Step 0's next image is step 1's (stored once): the first row to show it is step 0.
        {"UPDATE transitions SET image = x'00' WHERE episode_id = 1 AND step = 1",
         "episode 1 step 0: column 'next_image' holds 1 bytes, the session's image_size needs 64"},
        {"UPDATE transitions SET state = x'0000000000000000' WHERE episode_id = 1 AND step = 0",
         "episode 1 step 0: column 'state' holds 8 bytes, the session's state_dim needs 12"},
        {"UPDATE transitions SET action = 'abcdefgh1' WHERE episode_id = 1 AND step = 0",
         "column 'action' holds 9 bytes"},
        {"UPDATE transitions SET next_state = NULL WHERE episode_id = 1 AND step = 3",
         "episode 1 step 3: column 'next_state' holds 0 bytes"},
        {"UPDATE transitions SET next_image = zeroblob(100000) WHERE episode_id = 1 AND "
         "step = 3",
         "column 'next_image' holds 100000 bytes"},
    };
    for (const Case& c : cases) {
      const QString dir = freshFolder();
      auto s = SessionStore::create(dir, meta);
      s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 4, 1));
      s->writeEpisode(labtest::makeEpisode(meta, 2, "demo", 4, 2));
      {
        RawDb raw(dbIn(dir));
        QVERIFY2(raw.exec(c.sql), c.sql);
      }
      EXPECT_STORE_ERROR(s->transitions(1), K::Damaged, c.want);
      EXPECT_STORE_ERROR(
          s->forEachOnlineTransition([](int64_t, int, const lab::StepRecord&) { return true; }),
          K::Damaged, "episode 1");
      // A bad row of one episode does not hide the others.
      QCOMPARE(s->transitions(2).size(), std::size_t(4));
    }
  }

  // The session row's shapes size every buffer: a file claiming absurd ones is damaged.
  void open_craftedSessionShapes_isRefused() {
    const char* sets[] = {"image_size = 100000", "state_dim = 4294967304", "action_dim = 70000",
                          "robot_id = ''"};
    for (const char* set : sets) {
      const QString dir = freshFolder();
      SessionStore::create(dir, labtest::storeMeta());
      {
        RawDb raw(dbIn(dir));
        QVERIFY(raw.exec("PRAGMA ignore_check_constraints = ON"));
        QVERIFY2(raw.exec((QByteArray("UPDATE session SET ") + set).constData()), set);
      }
      EXPECT_STORE_ERROR(SessionStore::open(dir), K::Damaged, "session row is invalid");
      EXPECT_STORE_ERROR(SessionStore::open(dir, {SessionStore::Mode::ReadOnly, 500, true}),
                         K::Damaged, "session row is invalid");
    }
  }

  // Opened with SQLite's settings for untrusted files: a trigger a crafted file brings is not
  // run, and the defensive flags are on for both modes.
  void open_untrustedFile_runsWithDefensiveSettings() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    SessionStore::create(dir, meta);
    {
      RawDb raw(dbIn(dir));
      QVERIFY(
          raw.exec("CREATE TRIGGER planted AFTER INSERT ON episodes BEGIN "
                   "DELETE FROM transitions; "
                   "INSERT INTO events(time_ms, level, source, message) "
                   "VALUES (1, 'info', 'x', 'trigger ran'); END"));
    }
    for (auto mode : {SessionStore::Mode::ReadWrite, SessionStore::Mode::ReadOnly}) {
      auto s = SessionStore::open(dir, {mode, 500, true});
      int defensive = -1, trusted = -1, triggers = -1;
      sqlite3_db_config(s->handle(), SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
      sqlite3_db_config(s->handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &trusted);
      sqlite3_db_config(s->handle(), SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &triggers);
      QCOMPARE(defensive, 1);
      QCOMPARE(trusted, 0);
      QCOMPARE(triggers, 0);
      QCOMPARE(sqlite3_limit(s->handle(), SQLITE_LIMIT_LENGTH, -1), SessionStore::kMaxValueBytes);
      sqlite3_stmt* st = nullptr;
      QCOMPARE(sqlite3_prepare_v2(s->handle(), "PRAGMA cell_size_check", -1, &st, nullptr),
               SQLITE_OK);
      QCOMPARE(sqlite3_step(st), SQLITE_ROW);
      QCOMPARE(sqlite3_column_int(st, 0), 1);
      sqlite3_finalize(st);
      if (mode == SessionStore::Mode::ReadWrite) {
        s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 3, 1));
        // Defensive mode: the schema cannot be rewritten through this connection.
        QVERIFY(sqlite3_exec(s->handle(),
                             "PRAGMA writable_schema = ON; UPDATE sqlite_master "
                             "SET sql = '' WHERE name = 'episodes'",
                             nullptr, nullptr, nullptr) != SQLITE_OK);
      }
      QCOMPARE(s->transitions(1).size(), std::size_t(3));
      for (const auto& e : s->events()) QVERIFY(e.message != "trigger ran");
    }
  }

  void open_olderSchema_isMigratedKeepingData() {
    const QString dir = freshFolder();
    QVERIFY(QDir().mkpath(dir));
    {
      RawDb raw(dbIn(dir));
      QCOMPARE(lab::StoreSchema::migrate(raw.db, 1), 1);
      QCOMPARE(lab::StoreSchema::version(raw.db), 1);
      QVERIFY(!lab::StoreSchema::hasTable(raw.db, "events"));
      QVERIFY(
          raw.exec("INSERT INTO session(id, robot_id, state_dim, action_dim, image_size, "
                   "created_ms) VALUES (1, 'push_cube', 3, 2, 0, 5)"));
      QVERIFY(
          raw.exec("INSERT INTO episodes(id, kind, label, steps) "
                   "VALUES (4, 'train', 'success', 1)"));
      // state (3 x float32 = 12 bytes) and action (2 x float32 = 8 bytes) as hex
      QVERIFY(
          raw.exec("INSERT INTO transitions(episode_id, step, state, action, reward, "
                   "terminal, next_state) VALUES (4, 0, x'0000803F0000004000004040', "
                   "x'0000803F000080BF', 1.0, 1, x'000000000000000000000000')"));
      QVERIFY(
          raw.exec("INSERT INTO checkpoints(file, step, checksum, created_ms) "
                   "VALUES ('c.ckpt', 10, 'ab', 1)"));
      QVERIFY(raw.exec("INSERT INTO metrics(step, q1_mean) VALUES (10, 2.5)"));
    }
    auto s = SessionStore::open(dir);
    QCOMPARE(s->schemaVersion(), lab::StoreSchema::kCurrentVersion);
    const auto steps = s->transitions(4);
    QCOMPARE(steps.size(), std::size_t(1));
    QCOMPARE(steps[0].transition.obs.state, (std::vector<float>{1.0f, 2.0f, 3.0f}));
    QCOMPARE(steps[0].transition.action, (std::vector<float>{1.0f, -1.0f}));
    QCOMPARE(steps[0].values.q, 0.0);  // column added by step 2 with its default
    QCOMPARE(s->episode(4).labelledAtMs, int64_t(0));
    QCOMPARE(s->latestCheckpoints()[0].reason, QString());
    QCOMPARE(s->metrics().rows[0][1], 2.5);
    s->logEvent("info", "test", "events table exists after migration");
    s->setLabel({4, "failure", "relabel", 0.0f, false});
    RawDb raw(dbIn(dir));
    QCOMPARE(raw.text("SELECT COUNT(*) FROM schema_history"), QString("2"));
    QCOMPARE(raw.text("PRAGMA user_version"), QString::number(lab::StoreSchema::kCurrentVersion));
  }

  void open_newerSchema_isRefused() {
    const QString dir = freshFolder();
    SessionStore::create(dir, labtest::storeMeta());
    {
      RawDb raw(dbIn(dir));
      QVERIFY(raw.exec("PRAGMA user_version = 99"));
    }
    EXPECT_STORE_ERROR(SessionStore::open(dir), K::NewerSchema, "schema version 99");
  }

  void open_garbageFile_saysDamaged() {
    const QString dir = freshFolder();
    QVERIFY(QDir().mkpath(dir));
    QFile f(dbIn(dir));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    EXPECT_STORE_ERROR(SessionStore::open(dir), K::Damaged, "session.sqlite is damaged");
    // SQLite's "damaged" names this file, not just "session.sqlite".
    const lab::Notice why = storeNotice([&] { SessionStore::open(dir); });
    QCOMPARE(int(why.code), int(N::StoreDamaged));
    QCOMPARE(why.args.value(0).toString(), QDir(dir).filePath("session.sqlite"));
  }

  void open_truncatedDatabase_saysDamaged() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta(3, 2, 32);
    {
      auto s = SessionStore::create(dir, meta);
      for (int i = 1; i <= 12; ++i) s->writeEpisode(labtest::makeEpisode(meta, i, "train", 20, i));
    }  // closing checkpoints the WAL into the main file
    QVERIFY(!QFile::exists(dbIn(dir) + "-wal") || QFileInfo(dbIn(dir) + "-wal").size() == 0);
    const qint64 size = QFileInfo(dbIn(dir)).size();
    QVERIFY2(size > 100000, qPrintable(QString::number(size)));
    QVERIFY(QFile::resize(dbIn(dir), size / 2));
    EXPECT_STORE_ERROR(SessionStore::open(dir), K::Damaged, "is damaged");
  }

  void open_readOnlyFolder_givesClearError() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    SessionStore::create(dir, meta)->writeEpisode(labtest::makeEpisode(meta, 1, "train", 3, 1));
    // Tests usually run as root, which ignores permission bits: use the immutable attribute
    // (the kernel refuses writes even to root) and plain permissions otherwise.
    const bool root = ::geteuid() == 0;
    const auto chattr = [&](const char* flag) {
      return QProcess::execute("chattr", {flag, dbIn(dir), dir}) == 0;
    };
    if (root) {
      // The file alone first: SQLite would silently open it read-only; the store refuses.
      if (QProcess::execute("chattr", {"+i", dbIn(dir)}) != 0) {
        QSKIP("running as root and chattr +i is not available here");
      }
      EXPECT_STORE_ERROR(SessionStore::open(dir), K::ReadOnly, "is read-only");
      QProcess::execute("chattr", {"-i", dbIn(dir)});
      QVERIFY(chattr("+i"));
    } else {
      QFile::setPermissions(dbIn(dir), QFile::ReadOwner | QFile::ReadUser);
      QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    }
    const auto restore = qScopeGuard([&] {
      if (root) {
        chattr("-i");
      } else {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(dbIn(dir), QFile::ReadOwner | QFile::WriteOwner);
      }
    });
    EXPECT_STORE_ERROR(SessionStore::open(dir), K::ReadOnly, "read-only");
    // Browsing and exporting still work: read-only mode opens it.
    auto ro = SessionStore::open(dir, {SessionStore::Mode::ReadOnly, 500, true});
    QCOMPARE(ro->episodes().size(), std::size_t(1));
    QCOMPARE(ro->transitions(1).size(), std::size_t(3));
  }

  void readOnlyMode_refusesWrites() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    auto writer = SessionStore::create(dir, meta);
    auto ro = SessionStore::open(dir, {SessionStore::Mode::ReadOnly, 500, true});
    EXPECT_STORE_ERROR(ro->writeEpisode(labtest::makeEpisode(meta, 1, "train", 2, 1)), K::ReadOnly,
                       "opened read-only");
    // The reader sees what the writer commits while both are open (WAL).
    writer->writeEpisode(labtest::makeEpisode(meta, 1, "train", 2, 1));
    QCOMPARE(ro->episodes().size(), std::size_t(1));
  }

  void open_whileAnotherStoreHasIt_saysLockedWithPid() {
    const QString dir = freshFolder();
    auto first = SessionStore::create(dir, labtest::storeMeta());
    EXPECT_STORE_ERROR(
        SessionStore::open(dir), K::Locked,
        QString("locked by another program (pid %1").arg(QCoreApplication::applicationPid()));
  }

  void open_staleLockOfKilledProcess_isTakenOver() {
    const QString dir = freshFolder();
    SessionStore::create(dir, labtest::storeMeta());
    QProcess dead;  // a pid that existed and is gone, like a run killed with SIGKILL
    dead.start("true");
    QVERIFY(dead.waitForFinished());
    const qint64 pid = dead.processId() ? dead.processId() : 999999;
    QFile lock(dbIn(dir) + ".lock");
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QByteArray::number(pid) + "\nlab\n" + QSysInfo::machineHostName().toUtf8() + "\n");
    lock.close();
    QVERIFY(SessionStore::open(dir) != nullptr);
  }

  void exclusiveLockOfAnotherProgram_failsFastNotHangs() {
    const QString dir = freshFolder();
    const auto meta = labtest::storeMeta();
    SessionStore::create(dir, meta);
    QElapsedTimer clock;
    {
      RawDb other(dbIn(dir));
      QVERIFY(other.exec("BEGIN EXCLUSIVE"));
      clock.start();
      EXPECT_STORE_ERROR(SessionStore::open(dir), K::Locked, "locked by another program");
      QVERIFY2(clock.elapsed() < 10000, "open waited far longer than busy_timeout");
      QVERIFY(other.exec("COMMIT"));
    }
    auto s = SessionStore::open(dir);
    RawDb other(dbIn(dir));
    QVERIFY(other.exec("BEGIN EXCLUSIVE"));
    EXPECT_STORE_ERROR(s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 3, 1)), K::Locked,
                       "locked by another program");
    QVERIFY(other.exec("COMMIT"));
    QCOMPARE(s->writeEpisode(labtest::makeEpisode(meta, 1, "train", 3, 1)), int64_t(1));
    // "Another program" that keeps the whole file to itself (locking_mode EXCLUSIVE).
    s.reset();
    QVERIFY(other.exec("PRAGMA locking_mode = EXCLUSIVE"));
    QVERIFY(other.exec("BEGIN EXCLUSIVE"));
    QVERIFY(other.exec("COMMIT"));
    EXPECT_STORE_ERROR(SessionStore::open(dir), K::Locked, "locked by another program");
  }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "test_session_store.moc"
