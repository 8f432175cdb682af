#include "export_manifest.h"

#include <hdf5.h>
#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace lab {

QString ExportManifest::torchVersion() { return QString::fromLatin1(LAB_TORCH_VERSION); }

QByteArray ExportManifest::sha256Hex(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) {
    throw StoreError(Notice(NoticeCode::ExportChecksumUnreadable, path, f.errorString()));
  }
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (!hash.addData(&f)) {
    throw StoreError(Notice(NoticeCode::ExportChecksumUnreadable, path, f.errorString()));
  }
  return hash.result().toHex();
}

void ExportManifest::setSession(const SessionMeta& meta, const QString& folder, int schemaVersion) {
  m_session = {
      {"folder", folder},
      {"robot_id", meta.robotId},
      {"robot_name", meta.robotName},
      {"created", QDateTime::fromMSecsSinceEpoch(meta.createdMs, Qt::UTC).toString(Qt::ISODate)},
      {"schema_version", schemaVersion},
      // JSON numbers are doubles: the 64-bit seed goes as a string to stay exact.
      {"seed", QString::number(meta.seed)},
      {"seeds", meta.seeds},
      {"state_dim", meta.stateDim},
      {"action_dim", meta.actionDim},
      {"image_size", meta.imageSize},
  };
  m_config = meta.config;
  unsigned maj = 0, min = 0, rel = 0;
  H5get_libversion(&maj, &min, &rel);
  m_versions = {
      {"app_recorded", meta.appVersion},
      {"app_exporting", QCoreApplication::applicationVersion()},
      {"robot_plugin", meta.pluginVersion},
      {"torch_recorded", meta.torchVersion},
      {"torch", torchVersion()},
      {"hdf5", QString("%1.%2.%3").arg(maj).arg(min).arg(rel)},
      {"sqlite", QString::fromLatin1(sqlite3_libversion())},
      {"qt", QString::fromLatin1(qVersion())},
  };
}

void ExportManifest::addFile(const QString& path, const QString& role, const QString& format) {
  const QFileInfo fi(path);
  m_files.append(QJsonObject{
      {"name", fi.fileName()},
      {"role", role},
      {"format", format},
      {"bytes", static_cast<double>(fi.size())},
      {"sha256", QString::fromLatin1(sha256Hex(path))},
  });
}

QJsonObject ExportManifest::toJson() const {
  QJsonObject o{
      {"format", "sigent-lab-export"},
      {"format_version", kFormatVersion},
      {"exported", QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
      {"session", m_session},
      {"config", m_config},
      {"versions", m_versions},
      {"files", m_files},
      {"counts", m_counts},
  };
  for (auto it = m_extra.begin(); it != m_extra.end(); ++it) o[it.key()] = it.value();
  return o;
}

void ExportManifest::write(const QString& path) const {
  QSaveFile f(path);
  const QByteArray json = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
  if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size() || !f.commit()) {
    throw StoreError(Notice(NoticeCode::ExportDiskFull, path, f.errorString()));
  }
}

}  // namespace lab
