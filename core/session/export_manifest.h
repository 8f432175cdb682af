#pragma once
// The JSON manifest written beside an export (docs/EXPORT.md): the session's config, seeds and
// versions (app, robot plugin, torch, hdf5, sqlite, qt), every file written with its size and
// SHA-256, and the counts (episodes by kind and label, transitions, metric rows, checkpoints).
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include "store_types.h"

namespace lab {

class ExportManifest {
 public:
  static constexpr int kFormatVersion = 1;

  void setSession(const SessionMeta& meta, const QString& folder, int schemaVersion);
  // `role`: "dataset" (HDF5), "metrics" (CSV), "policy" (TorchScript). Reads the file for its
  // size and checksum; StoreError when it cannot be read.
  void addFile(const QString& path, const QString& role, const QString& format);
  void setCounts(const QJsonObject& counts) { m_counts = counts; }
  void setExtra(const QString& key, const QJsonValue& value) { m_extra[key] = value; }

  QJsonObject toJson() const;
  // Written atomically (temporary file + rename). StoreError on failure.
  void write(const QString& path) const;

  static QByteArray sha256Hex(const QString& path);  // StoreError when unreadable
  static QString torchVersion();                     // of this build

 private:
  QJsonObject m_session, m_config, m_versions, m_counts, m_extra;
  QJsonArray m_files;
};

}  // namespace lab
