#pragma once
// Thin RAII layer over the sqlite3 C API used by the session store: prepared statements,
// transactions, and SQLite result codes turned into StoreError with an operator-readable
// cause. Not thread-safe: a connection and its statements belong to one thread at a time.
#include <sqlite3.h>

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <cstring>
#include <type_traits>
#include <vector>

#include "store_types.h"

namespace lab::store {

// Throws StoreError; the kind and the wording follow the SQLite result code (busy/locked ->
// Locked, corrupt/notadb -> Damaged, readonly -> ReadOnly, full -> "the disk is full").
[[noreturn]] void fail(sqlite3* db, int rc, const QString& context);
// Runs one or more statements without results.
void exec(sqlite3* db, const QString& sql, const QString& context);

class Statement {
 public:
  Statement(sqlite3* db, const QString& sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  template <class T, std::enable_if_t<std::is_integral_v<T>, int> = 0>
  Statement& bind(int index, T value) {
    return bindInt64(index, static_cast<int64_t>(value));
  }
  Statement& bindInt64(int index, int64_t value);
  Statement& bind(int index, double value);
  Statement& bind(int index, const QString& value);
  Statement& bindBlob(int index, const void* data, std::size_t bytes);  // bytes 0 -> NULL
  Statement& bindNull(int index);

  // true while a row is available; false when done. Throws StoreError on failure.
  bool step();
  // step() that expects no row (INSERT/UPDATE/DELETE), then reset for reuse.
  void run();
  void reset();

  bool isNull(int col) const;
  int64_t int64(int col) const;
  double real(int col) const;
  QString text(int col) const;
  QByteArray blob(int col) const;
  // The length in bytes of a BLOB (or the text form of any other value; NULL: 0).
  std::size_t bytes(int col) const;
  // A BLOB as a vector of T (NULL -> empty). Throws when the size is not a multiple of T.
  template <class T>
  std::vector<T> blobAs(int col) const {
    // blob before bytes: the order SQLite documents, so the length is the blob's own.
    const void* data = sqlite3_column_blob(m_stmt, col);
    const int bytes = sqlite3_column_bytes(m_stmt, col);
    if (bytes % static_cast<int>(sizeof(T)) != 0) {
      throw StoreError(StoreError::Kind::Damaged,
                       QString("session.sqlite is damaged: a %1-byte value cannot hold %2-byte "
                               "elements (column %3)")
                           .arg(bytes)
                           .arg(sizeof(T))
                           .arg(col));
    }
    std::vector<T> out(bytes / sizeof(T));
    if (bytes > 0) std::memcpy(out.data(), data, bytes);
    return out;
  }

 private:
  sqlite3* m_db;
  sqlite3_stmt* m_stmt = nullptr;
  QString m_sql;
};

// BEGIN IMMEDIATE on construction (takes the write lock up front, so a lock held by another
// program fails here after busy_timeout instead of half-way), ROLLBACK on destruction unless
// commit() succeeded. Never lives longer than one store call.
class Transaction {
 public:
  Transaction(sqlite3* db, const QString& context);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  sqlite3* m_db;
  QString m_context;
  bool m_open = false;
};

}  // namespace lab::store
