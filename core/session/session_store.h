#pragma once
// The session database: one SQLite file `session.sqlite` per session folder holding the
// session's settings, every episode with all its transitions, labels, training metrics,
// checkpoints and an event log (schema in docs/SESSION_STORE.md).
//
// Durability: WAL journal with synchronous=FULL, so when a write call returns the data is on
// disk and survives a crash, a kill or a power cut. Each write call is ONE transaction that
// ends before the call returns; no transaction outlives a call.
//
// Threads: a SessionStore is one SQLite connection; use it from one thread at a time (the
// DatabaseWriter's worker owns the writing one). Readers elsewhere (run browser, exporter) open
// their own store with Mode::ReadOnly; WAL lets them read while the writer writes.
//
// Locking: a read-write store holds `session.sqlite.lock` (QLockFile with the owner's pid) for
// its lifetime, so a second program (or a second window) is refused with the owner's pid; the
// lock of a killed process is detected as stale and taken over. SQLite's own lock is waited on
// for at most busyTimeoutMs, then the call fails with StoreError::Kind::Locked (never hangs).
#include <sqlite3.h>

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "episode_record.h"
#include "store_types.h"
#include "update_metrics.h"

class QLockFile;

namespace lab {

namespace store {
class Statement;
}

class SessionStore {
 public:
  static constexpr const char* kDatabaseFileName = "session.sqlite";
  // Bounds on the session's shapes and on any one stored value: a file claiming more is
  // refused as damaged (create() refuses them as BadInput).
  static constexpr int kMaxDim = 65536;
  static constexpr int kMaxImageSize = 2048;
  static constexpr int kMaxValueBytes = 64 << 20;

  enum class Mode { ReadWrite, ReadOnly };
  struct Options {
    Mode mode = Mode::ReadWrite;
    int busyTimeoutMs = 500;  // how long to wait on another connection's lock
    bool quickCheck = true;   // PRAGMA quick_check on open (reads the whole file once)
  };

  // Opens the session in `folder`. Throws StoreError: NotAFolder, NotASession (no or empty
  // session.sqlite), Damaged ("session.sqlite is damaged: ..."), Locked ("... is locked by
  // another program (pid N)"), ReadOnly (read-write asked on a read-only file or folder),
  // NewerSchema. Migrates an older schema in one transaction (ReadWrite only).
  static std::unique_ptr<SessionStore> open(const QString& folder, const Options& options);
  static std::unique_ptr<SessionStore> open(const QString& folder) { return open(folder, {}); }
  // Creates the folder if needed and a new session.sqlite in it. Refuses a folder that already
  // holds a session (StoreError Mismatch) and invalid meta (BadInput).
  static std::unique_ptr<SessionStore> create(const QString& folder, const SessionMeta& meta,
                                              const Options& options);
  static std::unique_ptr<SessionStore> create(const QString& folder, const SessionMeta& meta) {
    return create(folder, meta, {});
  }
  // open() when the folder holds a session, else create(). An existing session recorded for
  // another robot or other dimensions is refused (Mismatch) naming both.
  static std::unique_ptr<SessionStore> openOrCreate(const QString& folder, const SessionMeta& meta);
  static bool exists(const QString& folder);

  ~SessionStore();
  SessionStore(const SessionStore&) = delete;
  SessionStore& operator=(const SessionStore&) = delete;

  QString folder() const { return m_folder; }
  QString databasePath() const;
  const SessionMeta& meta() const { return m_meta; }
  bool readOnly() const { return m_options.mode == Mode::ReadOnly; }
  int schemaVersion() const;
  QString journalMode() const;  // "wal" for every store this class opens read-write

  // ---- writes (each one transaction, durable when it returns; StoreError on failure) ----

  // Stores the episode row and every step. Uses episode.id when >= 0 (refused if taken), else
  // the next free id; returns the id. Steps must match the session's shapes (BadInput names the
  // step and field). Step i's `expert` flag = kind "demo" or the step was an intervention.
  int64_t writeEpisode(const EpisodeRecord& episode);
  // Sets label, labelled_by and labelled_at on the episode AND reward/terminal of its last
  // transition, together. NotFound for an unknown episode. `relabelEpisode` is the same call.
  void setLabel(const LabelChange& change);
  void relabelEpisode(const LabelChange& change) { setLabel(change); }
  // Rows keyed by step: a step written again (a run resumed from an older checkpoint) replaces
  // the earlier row.
  void appendMetrics(const std::vector<UpdateMetrics>& batch);
  int64_t addCheckpoint(const CheckpointRow& checkpoint);  // returns the row id
  int64_t logEvent(const QString& level, const QString& source, const QString& message);
  void updateConfig(const QJsonObject& config);  // the session row's config_json

  // ---- reads ----
  std::vector<EpisodeRow> episodes() const;                      // oldest (lowest id) first
  EpisodeRow episode(int64_t id) const;                          // NotFound when absent
  int64_t maxEpisodeId() const;                                  // 0 when none
  std::vector<StepRecord> transitions(int64_t episodeId) const;  // in step order
  // Rebuilding the two buffers: every step with expert = 1 (demo steps and intervention
  // steps), and every step of episodes whose kind is in `onlineKinds`. Streams in episode,
  // step order without holding all images in memory; `fn` returning false stops early.
  using StepVisitor = std::function<bool(int64_t episodeId, int step, const StepRecord& s)>;
  void forEachExpertTransition(const StepVisitor& fn) const;
  void forEachOnlineTransition(const StepVisitor& fn,
                               const QStringList& onlineKinds = {"train", "intervention"}) const;
  // Highest step first. A row whose file leaves the session folder comes back with `refused`
  // set (and `file` as stored): a session file from elsewhere must not make the learner or the
  // exporter load a file outside the session.
  std::vector<CheckpointRow> latestCheckpoints(int limit = 10) const;
  MetricsTable metrics(int64_t fromStep = 0) const;
  // About maxRows rows spread evenly over the steps (every k-th step, the first and the last
  // among them), thinned in SQLite: a curve of a long run without holding its whole table.
  MetricsTable metricsSpread(int maxRows) const;
  std::vector<EventRow> events(int limit = 1000) const;          // newest last
  int64_t transitionCount(const QStringList& kinds = {}) const;  // all kinds when empty
  // PRAGMA integrity_check (slow, whole file): "ok" or the first problems found.
  QString integrityCheck() const;

  sqlite3* handle() const { return m_db; }  // tests and the exporter's bulk reads

  // Why `file` (as stored in a checkpoints row: relative to `folder`) may not be used: empty
  // when it names a file inside `folder`; else a sentence naming the file and the reason
  // (absolute path, a ".." step out, a symbolic link leading out).
  static QString checkpointPathProblem(const QString& folder, const QString& file);

  static QStringList knownKinds();   // demo, train, eval, intervention, replay
  static QStringList knownLabels();  // "", success, failure, timeout

 private:
  SessionStore(const QString& folder, const Options& options);
  void lockFolder();
  // The metrics columns this store has, of the rows matching `where` (its ?1, ?2... bound to
  // `binds`), by step.
  MetricsTable readMetrics(const QString& where, const std::vector<int64_t>& binds) const;
  void openConnection(bool creating);
  void checkAndMigrate(bool creating, const SessionMeta* newMeta);
  void insertMeta(const SessionMeta& meta);
  void loadMeta();
  void requireWritable(const QString& what) const;
  // Runs the step query with `where` (on t = transitions, e = episodes), `bind` binding its
  // parameters, and hands every row to fn.
  void visit(const QString& where, const std::function<void(store::Statement&)>& bind,
             const StepVisitor& fn) const;

  QString m_folder;
  Options m_options;
  sqlite3* m_db = nullptr;
  std::unique_ptr<QLockFile> m_lock;
  SessionMeta m_meta;
};

}  // namespace lab
