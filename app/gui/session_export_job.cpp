#include "session_export_job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <stdexcept>

#include "operator_text.h"
#include "session_exporter.h"
#include "session_policy.h"

namespace lab::ui {

namespace {

// The newest checkpoint that loads, as TorchScript in outputDir. Returns the file.
QString writePolicy(const QString& folder, const QString& outputDir) {
  const auto written =
      lab::exportNewestPolicy(folder, QDir(outputDir).filePath(lab::SessionExporter::kPolicyFile));
  if (!written.file.isEmpty()) return written.file;
  if (written.checkpoints == 0) {
    throw std::runtime_error(
        QCoreApplication::translate(
            "SessionExportJob",
            "No checkpoint in this session yet: train (or press Save checkpoint) first, or "
            "untick the policy")
            .toStdString());
  }
  throw std::runtime_error(
      QCoreApplication::translate("SessionExportJob", "No checkpoint could be loaded: %1")
          .arg(OperatorText::notice(written.skipped.back()))
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
