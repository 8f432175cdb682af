#include "session_export_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <stdexcept>

#include "notice_error.h"
#include "operator_text.h"
#include "session_exporter.h"
#include "session_store.h"
#include "sigent_sac.h"

namespace lab::ui {

namespace {

// The session row's config is SacConfig::toJson() plus the controller's own keys.
lab::SacConfig sessionConfig(const lab::SessionMeta& meta) {
  QJsonObject json = meta.config;
  const QJsonObject defaults = lab::SacConfig().toJson();
  for (const QString& key : json.keys()) {
    if (!defaults.contains(key)) json.remove(key);
  }
  return lab::SacConfig::fromJson(json);
}

// Loads the newest readable checkpoint into a learner and writes its policy. Returns the file.
QString writePolicy(const QString& folder, const QString& outputDir) {
  lab::SessionStore::Options ro;
  ro.mode = lab::SessionStore::Mode::ReadOnly;
  ro.quickCheck = false;
  auto store = lab::SessionStore::open(folder, ro);
  const auto checkpoints = store->latestCheckpoints(5);
  if (checkpoints.empty()) {
    throw std::runtime_error(
        QCoreApplication::translate(
            "SessionExportJob",
            "No checkpoint in this session yet: train (or press Save checkpoint) first, or "
            "untick the policy")
            .toStdString());
  }
  const lab::SessionMeta meta = store->meta();
  lab::SacConfig config = sessionConfig(meta);
  config.device = QStringLiteral("cpu");  // exporting needs no accelerator
  QString lastError;
  for (const auto& ck : checkpoints) {
    if (!ck.refused.isEmpty()) {
      lastError = ck.refused;  // a path leaving the session folder is never loaded
      continue;
    }
    const QString path = QFileInfo(ck.file).isAbsolute() ? ck.file : QDir(folder).filePath(ck.file);
    try {
      lab::SigEntSac learner(config, meta.stateDim, meta.actionDim);
      learner.load(path);
      const QString out = QDir(outputDir).filePath(lab::SessionExporter::kPolicyFile);
      learner.exportTorchScript(out);
      return out;
    } catch (const std::exception& e) {
      // A damaged newest checkpoint: try the previous.
      lastError = OperatorText::notice(lab::exceptionNotice(e));
    }
  }
  throw std::runtime_error(
      QCoreApplication::translate("SessionExportJob", "No checkpoint could be loaded: %1")
          .arg(lastError)
          .toStdString());
}

}  // namespace

ExportJob makeSessionExportJob(const QString& sessionFolder) {
  return [sessionFolder](const ExportRequest& req, const ExportProgress& progress) {
    if (!QDir().mkpath(req.outputDir)) {
      throw std::runtime_error(
          QCoreApplication::translate("SessionExportJob", "Cannot create the folder %1")
              .arg(req.outputDir)
              .toStdString());
    }
    lab::SessionExporter::Options options;
    options.outputDir = req.outputDir;
    options.hdf5 = req.hdf5;
    options.csv = req.csv;
    QStringList extra;
    if (req.policy) {
      if (!progress(0.0, QCoreApplication::translate("SessionExportJob", "policy")))
        return QStringList();
      options.policyFile = writePolicy(sessionFolder, req.outputDir);
    }
    const lab::SessionExporter exporter(sessionFolder);
    const auto result = exporter.run(options, [&](double fraction, const QString& stage) {
      return progress(req.policy ? 0.1 + 0.9 * fraction : fraction, stage);
    });
    if (result.cancelled) {
      if (!options.policyFile.isEmpty())
        QFile::remove(options.policyFile);  // leave nothing half-done
      return QStringList();
    }
    QStringList files = result.files;
    if (!options.policyFile.isEmpty() && !files.contains(options.policyFile)) {
      files.prepend(options.policyFile);
    }
    return files;
  };
}

}  // namespace lab::ui
