#include "store_schema.h"

#include <QDateTime>

#include "store_log.h"
#include "store_statement.h"
#include "update_metrics.h"

namespace lab {

namespace {

// Version 1: the first layout (session, episodes, transitions, metrics, checkpoints).
const char* kV1 = R"sql(
CREATE TABLE schema_history (
  version INTEGER PRIMARY KEY,
  summary TEXT NOT NULL,
  applied_ms INTEGER NOT NULL
);
CREATE TABLE session (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  robot_id TEXT NOT NULL,
  robot_name TEXT NOT NULL DEFAULT '',
  plugin_version TEXT NOT NULL DEFAULT '',
  app_version TEXT NOT NULL DEFAULT '',
  config_json TEXT NOT NULL DEFAULT '{}',
  seed INTEGER NOT NULL DEFAULT 0,
  state_dim INTEGER NOT NULL CHECK (state_dim >= 0),
  action_dim INTEGER NOT NULL CHECK (action_dim > 0),
  image_size INTEGER NOT NULL CHECK (image_size >= 0),
  created_ms INTEGER NOT NULL
);
CREATE TABLE episodes (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  labelled_by TEXT NOT NULL DEFAULT '',
  seed INTEGER NOT NULL DEFAULT 0,
  started_ms INTEGER NOT NULL DEFAULT 0,
  ended_ms INTEGER NOT NULL DEFAULT 0,
  steps INTEGER NOT NULL DEFAULT 0,
  intervention_steps INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX episodes_kind ON episodes(kind);
CREATE TABLE transitions (
  id INTEGER PRIMARY KEY,
  episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
  step INTEGER NOT NULL,
  image BLOB,
  state BLOB,
  action BLOB NOT NULL,
  reward REAL NOT NULL,
  terminal INTEGER NOT NULL,
  intervention INTEGER NOT NULL DEFAULT 0,
  expert INTEGER NOT NULL DEFAULT 0,
  next_image BLOB,
  next_state BLOB,
  UNIQUE (episode_id, step)
);
CREATE TABLE metrics (
  step INTEGER PRIMARY KEY,
  q1_mean REAL, q2_mean REAL, q_min REAL, target_mean REAL, h_sig REAL, raw_entropy REAL,
  alpha REAL, gate_open REAL, bc_loss REAL, ood_term REAL, critic_loss REAL, actor_loss REAL,
  alpha_loss REAL, ood_action_ratio REAL, critic_grad_norm REAL, actor_grad_norm REAL,
  updates_per_second REAL
);
CREATE TABLE checkpoints (
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  step INTEGER NOT NULL,
  checksum TEXT NOT NULL,
  created_ms INTEGER NOT NULL
);
)sql";

// Version 2: per-step learner values, label times, checkpoint reasons, named seeds, the event
// log, and an index for rebuilding the expert buffer.
const char* kV2 = R"sql(
ALTER TABLE transitions ADD COLUMN q REAL NOT NULL DEFAULT 0;
ALTER TABLE transitions ADD COLUMN h_sig REAL NOT NULL DEFAULT 0;
ALTER TABLE transitions ADD COLUMN gate REAL NOT NULL DEFAULT 0;
ALTER TABLE episodes ADD COLUMN labelled_at_ms INTEGER NOT NULL DEFAULT 0;
ALTER TABLE checkpoints ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE session ADD COLUMN seeds_json TEXT NOT NULL DEFAULT '{}';
ALTER TABLE session ADD COLUMN torch_version TEXT NOT NULL DEFAULT '';
CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  time_ms INTEGER NOT NULL,
  level TEXT NOT NULL,
  source TEXT NOT NULL,
  message TEXT NOT NULL
);
CREATE INDEX transitions_expert ON transitions(episode_id, step) WHERE expert = 1;
)sql";

}  // namespace

const std::vector<StoreSchema::Migration>& StoreSchema::migrations() {
  static const std::vector<Migration> kList = {
      {1, "initial layout", kV1},
      {2, "per-step q/h_sig/gate, label times, checkpoint reasons, seeds, event log", kV2},
  };
  return kList;
}

int StoreSchema::version(sqlite3* db) {
  store::Statement q(db, "PRAGMA user_version");
  return q.step() ? static_cast<int>(q.int64(0)) : 0;
}

QStringList StoreSchema::columns(sqlite3* db, const QString& table) {
  store::Statement q(db, QString("PRAGMA table_info(%1)").arg(table));
  QStringList out;
  while (q.step()) out << q.text(1);
  return out;
}

bool StoreSchema::hasTable(sqlite3* db, const QString& table) {
  store::Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, table);
  return q.step();
}

int StoreSchema::migrate(sqlite3* db, int targetVersion,
                         const std::function<void()>& inTransaction) {
  const QString ctx = "checking the session database schema";
  store::Transaction tx(db, ctx);
  // Read inside the transaction: another process cannot migrate between the read and the write.
  const int from = version(db);
  if (from > kCurrentVersion) {
    throw StoreError(StoreError::Kind::NewerSchema,
                     QString("the database has schema version %1, but this build of SigEnt "
                             "Lab only knows versions up to %2: open it with a newer version")
                         .arg(from)
                         .arg(kCurrentVersion));
  }
  int applied = 0;
  for (const Migration& m : migrations()) {
    if (m.version <= from || m.version > targetVersion) continue;
    store::exec(db, m.sql, QString("%1 (step %2: %3)").arg(ctx).arg(m.version).arg(m.summary));
    store::Statement h(db,
                       "INSERT INTO schema_history(version, summary, applied_ms) "
                       "VALUES (?, ?, ?)");
    h.bind(1, m.version).bind(2, m.summary).bind(3, QDateTime::currentMSecsSinceEpoch()).run();
    store::exec(db, QString("PRAGMA user_version = %1").arg(m.version), ctx);
    // Upgrading an existing file is worth a line in the log; building a new one is not.
    if (from > 0) {
      qCInfo(lcDb) << "schema migrated to version" << m.version << "-" << m.summary;
    }
    ++applied;
  }
  if (targetVersion >= kCurrentVersion && hasTable(db, "metrics")) {
    const QStringList have = columns(db, "metrics");
    for (const QString& name : UpdateMetrics::names()) {
      if (have.contains(name)) continue;
      store::exec(db, QString("ALTER TABLE metrics ADD COLUMN %1 REAL").arg(name), ctx);
      qCInfo(lcDb) << "metrics table: added column" << name;
    }
  }
  if (inTransaction) inTransaction();
  tx.commit();
  return applied;
}

}  // namespace lab
