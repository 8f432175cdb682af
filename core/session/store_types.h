#pragma once
// Value types of the session store (docs/SESSION_STORE.md): what a session database holds, row
// by row, as plain data that crosses threads by value. Torch-free and QtGui-free.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>
#include <vector>

#include "notice_error.h"

namespace lab {

// Every failure of the store or the exporter. Its notice names the file and the cause in words
// an operator can act on ("session.sqlite is damaged: ...", "... is locked by another
// program"): a code for what the operator meets opening or creating a session and for SQLite's
// failures; free text (Notice::detail) for the lower-level and the caller's own mistakes.
// what() is the English.
class StoreError : public NoticeError {
 public:
  enum class Kind {
    Generic,
    NotAFolder,
    ReadOnly,
    Locked,
    Damaged,
    NotASession,
    NewerSchema,
    Mismatch,
    BadInput,
    NotFound,
    Cancelled
  };
  StoreError(Kind kind, const Notice& notice) : NoticeError(notice), m_kind(kind) {}
  StoreError(Kind kind, const QString& message) : StoreError(kind, Notice::detail(message)) {}
  explicit StoreError(const QString& message) : StoreError(Kind::Generic, message) {}
  explicit StoreError(const Notice& notice) : StoreError(Kind::Generic, notice) {}
  Kind kind() const { return m_kind; }

 private:
  Kind m_kind;
};

// The one row of the `session` table: what the session was recorded with. Dimensions are the
// shapes every stored transition must have (0 = none: no state vector / no images).
struct SessionMeta {
  QString robotId;    // plugin's robot id, e.g. "push_cube"
  QString robotName;  // human name, may be empty
  QString pluginVersion;
  QString appVersion;
  QString torchVersion;    // optional, for the export manifest
  QJsonObject config;      // SacConfig::toJson() + controller settings
  std::uint64_t seed = 0;  // the run's master seed
  QJsonObject seeds;       // optional named seeds {"env": 7, "torch": 1}
  int stateDim = 0, actionDim = 0;
  int imageSize = 0;      // square grayscale side in pixels
  int64_t createdMs = 0;  // ms since epoch; filled by SessionStore::create when 0
};

// One row of `episodes` (the steps are read separately with SessionStore::transitions).
struct EpisodeRow {
  int64_t id = -1;
  QString kind;              // "demo", "train", "eval", "intervention", "replay"
  QString label;             // "success", "failure", "timeout", "" (unlabelled)
  QString labelledBy;        // "operator", "detector", "timeout", "timer", "undo", "relabel", ""
  int64_t labelledAtMs = 0;  // 0 = never labelled
  std::uint64_t seed = 0;
  int64_t startedMs = 0, endedMs = 0;
  int steps = 0;
  int interventionSteps = 0;
};

struct CheckpointRow {
  int64_t id = -1;        // assigned by the store
  QString file;           // inside the session folder; stored relative to it, read back absolute
  int64_t step = 0;       // learner update count saved in the file
  QByteArray checksum;    // hex SHA-256 as written by CheckpointFile
  QString reason;         // "periodic", "operator", "shutdown", ...
  int64_t createdMs = 0;  // filled by the store when 0
  // Read back only: why this row's file may not be used (it leaves the session folder: an
  // absolute path, "..", a symbolic link out). Empty: usable.
  QString refused;
};

struct EventRow {
  int64_t id = -1;
  int64_t timeMs = 0;  // filled by the store when 0
  QString level;       // "debug", "info", "warning", "error"
  QString source;      // "controller", "learner", "robot", ...
  QString message;
};

// The `metrics` table as read back: one column per UpdateMetrics::names() entry that the table
// holds (the same order), rows ordered by step.
struct MetricsTable {
  QStringList names;
  std::vector<std::vector<double>> rows;
};

}  // namespace lab
