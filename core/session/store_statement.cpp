#include "store_statement.h"

#include <cerrno>
#include <cstring>

#include "store_log.h"

namespace lab::store {

void fail(sqlite3* db, int rc, const QString& context) {
  const QString detail =
      db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
  using K = StoreError::Kind;
  using N = NoticeCode;
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      throw StoreError(K::Locked, Notice(N::StoreLocked, context, detail));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      // The file's name: SessionStore puts its path in when it opens one.
      throw StoreError(K::Damaged, Notice(N::StoreDamaged, "session.sqlite", detail, context));
    case SQLITE_READONLY:
      throw StoreError(K::ReadOnly, Notice(N::StoreReadOnly, context, detail));
    case SQLITE_FULL:
      throw StoreError(Notice(N::StoreDiskFull, context, detail));
    case SQLITE_IOERR:
      // A write refused by the system for lack of space (a full disk, a quota, a file size
      // limit) comes back as an I/O error: say what it is.
      if (db && (sqlite3_system_errno(db) == ENOSPC || sqlite3_system_errno(db) == EDQUOT ||
                 sqlite3_system_errno(db) == EFBIG)) {
        throw StoreError(Notice(N::StoreDiskFullBecause, context, detail,
                                QString::fromLocal8Bit(std::strerror(sqlite3_system_errno(db)))));
      }
      throw StoreError(Notice(N::StoreSqliteError, context, detail, rc));
    case SQLITE_CANTOPEN:
      throw StoreError(Notice(N::StoreCannotOpen, context, detail));
    default:
      throw StoreError(Notice(N::StoreSqliteError, context, detail, rc));
  }
}

void exec(sqlite3* db, const QString& sql, const QString& context) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &err);
  if (err) sqlite3_free(err);  // sqlite3_errmsg(db) still holds the same text
  if (rc != SQLITE_OK) fail(db, rc, context);
}

Statement::Statement(sqlite3* db, const QString& sql) : m_db(db), m_sql(sql) {
  const QByteArray utf8 = sql.toUtf8();
  const int rc = sqlite3_prepare_v2(db, utf8.constData(), utf8.size(), &m_stmt, nullptr);
  if (rc != SQLITE_OK) fail(db, rc, "preparing '" + sql.left(60) + "'");
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bindInt64(int index, int64_t value) {
  sqlite3_bind_int64(m_stmt, index, value);
  return *this;
}
Statement& Statement::bind(int index, double value) {
  sqlite3_bind_double(m_stmt, index, value);
  return *this;
}
Statement& Statement::bind(int index, const QString& value) {
  const QByteArray utf8 = value.toUtf8();
  sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
  return *this;
}
Statement& Statement::bindBlob(int index, const void* data, std::size_t bytes) {
  if (bytes == 0) return bindNull(index);
  // SQLITE_STATIC: the caller's buffer outlives step(); saves one copy per image.
  sqlite3_bind_blob64(m_stmt, index, data, bytes, SQLITE_STATIC);
  return *this;
}
Statement& Statement::bindNull(int index) {
  sqlite3_bind_null(m_stmt, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(m_stmt);
  fail(m_db, rc, "running '" + m_sql.simplified().left(60) + "'");
}

void Statement::run() {
  step();
  reset();
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
int64_t Statement::int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
double Statement::real(int col) const { return sqlite3_column_double(m_stmt, col); }
QString Statement::text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
  return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, col)) : QString();
}
std::size_t Statement::bytes(int col) const {
  sqlite3_column_blob(m_stmt, col);  // converts a text or number value the way blobAs reads it
  return static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, col));
}
QByteArray Statement::blob(int col) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, col));
  return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, col)) : QByteArray();
}

Transaction::Transaction(sqlite3* db, const QString& context) : m_db(db), m_context(context) {
  exec(db, "BEGIN IMMEDIATE", context);
  m_open = true;
}

Transaction::~Transaction() {
  if (!m_open) return;
  // A failed statement inside may already have rolled back; ROLLBACK then errors harmlessly.
  if (sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr) != SQLITE_OK &&
      !sqlite3_get_autocommit(m_db)) {
    qCWarning(lcDb) << "rollback failed after" << m_context << ":" << sqlite3_errmsg(m_db);
  }
}

void Transaction::commit() {
  exec(m_db, "COMMIT", m_context);
  m_open = false;
}

}  // namespace lab::store
