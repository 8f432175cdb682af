#pragma once
// The session database's schema as an ordered list of migrations (docs/SESSION_STORE.md).
// The version lives in SQLite's header (PRAGMA user_version); every applied step is also
// recorded in the schema_history table. A migration is never edited once released: a change
// is a new step at the end of the list.
#include <sqlite3.h>

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace lab {

class StoreSchema {
 public:
  static constexpr int kCurrentVersion = 2;

  struct Migration {
    int version;      // the version the database has after this step
    QString summary;  // one line, recorded in schema_history
    QString sql;      // one or more statements
  };
  static const std::vector<Migration>& migrations();

  static int version(sqlite3* db);  // PRAGMA user_version; 0 for a new database
  // Brings the database from its version up to `targetVersion` in ONE transaction (all steps or
  // none). Also adds a REAL column for every UpdateMetrics::names() entry the metrics table
  // lacks (new learner metrics need no hand-written step). Throws StoreError (NewerSchema when
  // the file is newer than this build). `inTransaction` runs last, inside the same transaction
  // (create() inserts the session row there, so a new file is either complete or empty).
  // Returns the number of steps applied.
  static int migrate(sqlite3* db, int targetVersion = kCurrentVersion,
                     const std::function<void()>& inTransaction = {});

  // Columns of `table` in order (PRAGMA table_info).
  static QStringList columns(sqlite3* db, const QString& table);
  static bool hasTable(sqlite3* db, const QString& table);
};

}  // namespace lab
