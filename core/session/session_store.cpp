// Opening, creating and checking a session database. Writes are in session_store_write.cpp,
// reads in session_store_read.cpp.
#include "session_store.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QUrl>
#include <limits>

#include "store_log.h"
#include "store_schema.h"
#include "store_statement.h"

namespace lab {

using K = StoreError::Kind;
using N = NoticeCode;

namespace {

QString dbPathIn(const QString& folder) {
  return QDir(folder).filePath(SessionStore::kDatabaseFileName);
}

// What is wrong with a session's shapes (empty: nothing). The bounds keep every size computed
// from them (image_size^2, rows x state_dim) far from overflow, whatever a file claims.
QStringList metaProblems(const SessionMeta& m) {
  QStringList bad;
  if (m.robotId.trimmed().isEmpty()) bad << "robot id is empty";
  if (m.actionDim <= 0 || m.actionDim > SessionStore::kMaxDim) {
    bad << QString("action_dim is %1 (must be 1..%2)").arg(m.actionDim).arg(SessionStore::kMaxDim);
  }
  if (m.stateDim < 0 || m.stateDim > SessionStore::kMaxDim) {
    bad << QString("state_dim is %1 (must be 0..%2)").arg(m.stateDim).arg(SessionStore::kMaxDim);
  }
  if (m.imageSize < 0 || m.imageSize > SessionStore::kMaxImageSize) {
    bad << QString("image_size is %1 (must be 0..%2)")
               .arg(m.imageSize)
               .arg(SessionStore::kMaxImageSize);
  }
  if (m.stateDim == 0 && m.imageSize == 0) bad << "neither a state vector nor images";
  return bad;
}

void validateMeta(const SessionMeta& m) {
  const QStringList bad = metaProblems(m);
  if (!bad.isEmpty()) {
    throw StoreError(K::BadInput, "cannot create a session: " + bad.join("; "));
  }
}

// Session files come from elsewhere (copied, downloaded, damaged, crafted): SQLite's settings
// for databases that cannot be trusted (sqlite.org/security.html). Defensive mode forbids
// writing the schema or pages directly; an untrusted schema may not call functions with side
// effects; our schema has no triggers or views, so a file that brings some gets none run;
// cell_size_check catches malformed b-tree cells before they are used; and no value may be
// larger than the biggest our shapes need, so a crafted length cannot make us allocate GBs.
void harden(sqlite3* db, const QString& path) {
  sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
  sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
  sqlite3_limit(db, SQLITE_LIMIT_LENGTH, SessionStore::kMaxValueBytes);
  sqlite3_limit(db, SQLITE_LIMIT_SQL_LENGTH, 1 << 20);
  sqlite3_limit(db, SQLITE_LIMIT_ATTACHED, 0);
  store::exec(db, "PRAGMA cell_size_check = ON; PRAGMA mmap_size = 0",
              "opening " + path + " with safe settings");
}

}  // namespace

SessionStore::SessionStore(const QString& folder, const Options& options)
    : m_folder(QDir(folder).absolutePath()), m_options(options) {}

SessionStore::~SessionStore() {
  if (m_db) {
    // Closing the last connection checkpoints the WAL into the main file and removes it.
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK) qCWarning(lcDb) << "closing" << databasePath() << "failed:" << rc;
  }
  if (m_lock) m_lock->unlock();
}

QString SessionStore::databasePath() const { return dbPathIn(m_folder); }

bool SessionStore::exists(const QString& folder) {
  const QFileInfo f(dbPathIn(folder));
  return f.isFile() && f.size() > 0;
}

std::unique_ptr<SessionStore> SessionStore::open(const QString& folder, const Options& options) {
  const QFileInfo dir(folder);
  if (!dir.exists()) {
    throw StoreError(K::NotAFolder, Notice(N::SessionFolderMissing, folder));
  }
  if (!dir.isDir()) {
    throw StoreError(K::NotAFolder, Notice(N::SessionNotAFolder, folder, kDatabaseFileName));
  }
  const QFileInfo file(dbPathIn(folder));
  if (!file.exists()) {
    throw StoreError(K::NotASession, Notice(N::SessionHoldsNone, folder, kDatabaseFileName));
  }
  if (file.size() == 0) {
    throw StoreError(K::NotASession, Notice(N::SessionFileEmpty, file.absoluteFilePath()));
  }
  std::unique_ptr<SessionStore> s(new SessionStore(folder, options));
  if (options.mode == Mode::ReadWrite) s->lockFolder();
  s->openConnection(false);
  s->checkAndMigrate(false, nullptr);
  s->loadMeta();
  return s;
}

std::unique_ptr<SessionStore> SessionStore::create(const QString& folder, const SessionMeta& meta,
                                                   const Options& options) {
  validateMeta(meta);
  if (options.mode != Mode::ReadWrite) {
    throw StoreError(K::BadInput, "a session cannot be created read-only");
  }
  const QFileInfo dir(folder);
  if (dir.exists() && !dir.isDir()) {
    throw StoreError(K::NotAFolder, Notice(N::SessionPathIsFile, folder));
  }
  if (!dir.exists() && !QDir().mkpath(folder)) {
    throw StoreError(K::ReadOnly, Notice(N::SessionFolderNotCreated, folder));
  }
  if (exists(folder)) throw StoreError(K::Mismatch, Notice(N::SessionExists, folder));
  std::unique_ptr<SessionStore> s(new SessionStore(folder, options));
  s->lockFolder();
  s->openConnection(true);
  s->checkAndMigrate(true, &meta);
  s->loadMeta();
  qCInfo(lcDb) << "created session" << s->databasePath() << "for robot" << meta.robotId;
  return s;
}

std::unique_ptr<SessionStore> SessionStore::openOrCreate(const QString& folder,
                                                         const SessionMeta& meta) {
  if (!exists(folder)) return create(folder, meta);
  auto s = open(folder);
  const SessionMeta& have = s->meta();
  if (have.robotId != meta.robotId) {
    throw StoreError(K::Mismatch, Notice(N::SessionOtherRobot, folder, have.robotId, have.stateDim,
                                         have.actionDim, have.imageSize, meta.robotId,
                                         meta.stateDim, meta.actionDim, meta.imageSize));
  }
  // The same robot with other shapes: its camera left out (a camera-less connection learns
  // from the state), or a plugin setting that changes what it reports.
  if (have.stateDim != meta.stateDim || have.actionDim != meta.actionDim ||
      have.imageSize != meta.imageSize) {
    throw StoreError(K::Mismatch, Notice(N::SessionRobotChanged, folder, have.robotId,
                                         have.stateDim, have.actionDim, have.imageSize,
                                         meta.stateDim, meta.actionDim, meta.imageSize));
  }
  return s;
}

void SessionStore::lockFolder() {
  const QFileInfo dir(m_folder);
  if (!dir.isWritable()) {
    throw StoreError(K::ReadOnly, Notice(N::SessionFolderReadOnly, m_folder));
  }
  m_lock = std::make_unique<QLockFile>(databasePath() + ".lock");
  m_lock->setStaleLockTime(0);  // stale only when the owner's pid is gone (a killed run)
  if (m_lock->tryLock(0)) return;
  if (m_lock->error() == QLockFile::LockFailedError) {
    qint64 pid = 0;
    QString host, app;
    m_lock->getLockInfo(&pid, &host, &app);
    m_lock.reset();
    throw StoreError(K::Locked, Notice(N::SessionLocked, databasePath(), pid,
                                       app.isEmpty() ? QString() : ", " + app, host));
  }
  m_lock.reset();
  throw StoreError(K::ReadOnly, Notice(N::SessionLockFileFailed, m_folder));
}

void SessionStore::openConnection(bool creating) {
  const QString path = databasePath();
  const bool rw = m_options.mode == Mode::ReadWrite;
  int flags = rw ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
  if (creating) flags |= SQLITE_OPEN_CREATE;
  QByteArray name = QFile::encodeName(path);
  if (!rw && !QFileInfo(m_folder).isWritable()) {
    // Read-only media or folder: a WAL database needs a writable -shm file beside it, which
    // cannot exist here, and no writer can either; "immutable" reads the file as it is.
    name = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toUtf8() + "?immutable=1";
    flags |= SQLITE_OPEN_URI;
  }
  const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
  if (rc != SQLITE_OK) store::fail(m_db, rc, "cannot open " + path);
  sqlite3_extended_result_codes(m_db, 1);
  sqlite3_busy_timeout(m_db, m_options.busyTimeoutMs);
  harden(m_db, path);
  // SQLite silently falls back to read-only when the file cannot be opened for writing
  // (permissions, immutable attribute, read-only mount): refuse instead of failing later.
  if (rw && sqlite3_db_readonly(m_db, "main") == 1) {
    throw StoreError(K::ReadOnly, Notice(N::SessionFileReadOnly, path));
  }
}

void SessionStore::checkAndMigrate(bool creating, const SessionMeta* newMeta) {
  const QString path = databasePath();
  try {
    store::exec(m_db, "PRAGMA foreign_keys = ON", "enabling foreign keys");
    if (!creating && m_options.quickCheck) {
      store::Statement q(m_db, "PRAGMA quick_check(5)");
      QStringList problems;
      while (q.step()) problems << q.text(0);
      if (problems != QStringList{"ok"}) {
        throw StoreError(K::Damaged, Notice(N::SessionDamaged, path, problems.join("; ")));
      }
    }
    if (m_options.mode == Mode::ReadWrite) {
      // WAL: readers never block the writer; FULL: every commit is fsynced, so an episode is
      // durable (even against power loss) when writeEpisode returns.
      store::Statement wal(m_db, "PRAGMA journal_mode = WAL");
      if (!wal.step() || wal.text(0).toLower() != "wal") {
        throw StoreError(QString("%1: cannot switch to WAL journal mode").arg(path));
      }
      store::exec(m_db, "PRAGMA synchronous = FULL", "setting synchronous mode");
    }
    const int version = StoreSchema::version(m_db);
    if (!creating && version == 0) {
      throw StoreError(K::NotASession, Notice(N::SessionNotADatabase, path));
    }
    if (m_options.mode == Mode::ReadWrite) {
      StoreSchema::migrate(m_db, StoreSchema::kCurrentVersion, [&] {
        if (newMeta) insertMeta(*newMeta);
      });
    } else if (version != StoreSchema::kCurrentVersion) {
      throw StoreError(
          version > StoreSchema::kCurrentVersion ? K::NewerSchema : K::Mismatch,
          Notice(N::SessionSchemaVersion, path, version, StoreSchema::kCurrentVersion));
    }
  } catch (const StoreError& e) {
    // SQLite's words name the file generically or not at all: name this one.
    Notice n = e.notice();
    if (n.code == N::StoreDamaged && !n.args.isEmpty()) {
      n.args[0] = path;
      throw StoreError(e.kind(), n);
    }
    if (!QString::fromUtf8(e.what()).contains(path)) {
      throw StoreError(e.kind(), Notice(N::SessionFileProblem, path, n));
    }
    throw;
  }
}

void SessionStore::insertMeta(const SessionMeta& m) {
  store::Statement q(m_db,
                     "INSERT INTO session(id, robot_id, robot_name, plugin_version, "
                     "app_version, torch_version, config_json, seed, seeds_json, state_dim, "
                     "action_dim, image_size, created_ms) "
                     "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  q.bind(1, m.robotId).bind(2, m.robotName).bind(3, m.pluginVersion).bind(4, m.appVersion);
  q.bind(5, m.torchVersion);
  q.bind(6, QString::fromUtf8(QJsonDocument(m.config).toJson(QJsonDocument::Compact)));
  q.bind(7, static_cast<int64_t>(m.seed));  // bit pattern kept: read back as uint64
  q.bind(8, QString::fromUtf8(QJsonDocument(m.seeds).toJson(QJsonDocument::Compact)));
  q.bind(9, m.stateDim).bind(10, m.actionDim).bind(11, m.imageSize);
  q.bind(12, m.createdMs > 0 ? m.createdMs : int64_t(QDateTime::currentMSecsSinceEpoch()));
  q.run();
}

void SessionStore::loadMeta() {
  store::Statement q(m_db,
                     "SELECT robot_id, robot_name, plugin_version, app_version, torch_version, "
                     "config_json, seed, seeds_json, state_dim, action_dim, image_size, "
                     "created_ms FROM session WHERE id = 1");
  if (!q.step()) {
    throw StoreError(K::NotASession, Notice(N::SessionNoRow, databasePath()));
  }
  SessionMeta m;
  m.robotId = q.text(0);
  m.robotName = q.text(1);
  m.pluginVersion = q.text(2);
  m.appVersion = q.text(3);
  m.torchVersion = q.text(4);
  m.config = QJsonDocument::fromJson(q.text(5).toUtf8()).object();
  m.seed = static_cast<std::uint64_t>(q.int64(6));
  m.seeds = QJsonDocument::fromJson(q.text(7).toUtf8()).object();
  QStringList bad;
  const auto dim = [&](int col, const char* name) {
    const int64_t v = q.int64(col);
    if (v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max()) {
      return static_cast<int>(v);
    }
    bad << QString("%1 is %2").arg(name).arg(v);
    return 0;
  };
  m.stateDim = dim(8, "state_dim");
  m.actionDim = dim(9, "action_dim");
  m.imageSize = dim(10, "image_size");
  m.createdMs = q.int64(11);
  // The shapes size every buffer the readers and the exporter fill: never trusted as stored.
  bad << metaProblems(m);
  if (!bad.isEmpty()) {
    throw StoreError(K::Damaged, Notice(N::SessionRowInvalid, databasePath(), bad.join("; ")));
  }
  m_meta = m;
}

int SessionStore::schemaVersion() const { return StoreSchema::version(m_db); }

QString SessionStore::journalMode() const {
  store::Statement q(m_db, "PRAGMA journal_mode");
  return q.step() ? q.text(0).toLower() : QString();
}

QString SessionStore::integrityCheck() const {
  store::Statement q(m_db, "PRAGMA integrity_check(10)");
  QStringList rows;
  while (q.step()) rows << q.text(0);
  return rows.join("; ");
}

void SessionStore::requireWritable(const QString& what) const {
  if (m_options.mode == Mode::ReadOnly) {
    throw StoreError(K::ReadOnly,
                     QString("cannot %1: the session %2 was opened read-only").arg(what, m_folder));
  }
}

QString SessionStore::checkpointPathProblem(const QString& folder, const QString& file) {
  const auto refuse = [&](const QString& why) {
    return QString("checkpoint '%1' recorded in the session %2 is refused: %3")
        .arg(file, folder, why);
  };
  if (file.trimmed().isEmpty()) return refuse("the path is empty");
  if (QDir::isAbsolutePath(file) || file.startsWith('~')) {
    return refuse("an absolute path; checkpoints live inside the session folder");
  }
  const QString clean = QDir::cleanPath(file);
  if (clean == ".." || clean.startsWith("../")) {
    return refuse("the path leaves the session folder");
  }
  // A symbolic link (the file or a folder on the way) must not lead out either. Compared
  // canonically: the session folder itself may be reached through a link.
  const QString root = QFileInfo(folder).canonicalFilePath();
  QFileInfo target(QDir(folder).filePath(clean));
  while (!target.exists() && target.absoluteFilePath() != QFileInfo(folder).absoluteFilePath()) {
    target = QFileInfo(target.absolutePath());  // the deepest part of the path that exists
  }
  const QString real = target.canonicalFilePath();
  if (!root.isEmpty() && !real.isEmpty() && real != root && !real.startsWith(root + '/')) {
    return refuse(QString("a symbolic link leads out of the session folder (to %1)").arg(real));
  }
  return {};
}

QStringList SessionStore::knownKinds() {
  return {"demo", "train", "eval", "intervention", "replay"};
}

QStringList SessionStore::knownLabels() { return {"", "success", "failure", "timeout"}; }

}  // namespace lab
