#pragma once
// The on-disk container of a learner checkpoint: a JSON header (step, shapes, config, caller
// metadata) and a binary payload (torch archive), protected by a SHA-256 over both.
//   "SGNTCKP1" | u64 headerLen | header JSON | u64 payloadLen | payload | sha256(all before)
// Written atomically: temporary file in the same folder, flush, fsync, rename, fsync folder.
// A file that is truncated, altered or of another format is refused with CheckpointError.
#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include "notice_error.h"

namespace lab {

// Its notice names the file and what is wrong with it (NoticeCode::Checkpoint*).
class CheckpointError : public NoticeError {
 public:
  using NoticeError::NoticeError;
};

class CheckpointFile {
 public:
  struct Contents {
    QJsonObject header;
    QByteArray payload;
    QByteArray sha256;  // hex, as also recorded in the session store
  };

  // Returns the hex SHA-256 written at the end of the file. Throws CheckpointError on I/O
  // failure (disk full, folder missing) leaving any previous file at `path` untouched.
  static QByteArray write(const QString& path, const QJsonObject& header,
                          const QByteArray& payload);
  static Contents read(const QString& path);
  // The checksum stored in the file, verified; throws like read().
  static QByteArray checksum(const QString& path);
};

}  // namespace lab
