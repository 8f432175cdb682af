#include "session_exporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include "csv_exporter.h"
#include "export_manifest.h"
#include "hdf5_exporter.h"
#include "session_store.h"
#include "store_log.h"

namespace lab {

namespace {

// Progress is split by stage: the dataset dominates, metrics and manifest are quick.
constexpr double kDatasetShare = 0.9, kMetricsShare = 0.07;

QJsonObject countsOf(const SessionStore& store) {
  QJsonObject byKind, byLabel;
  int interventions = 0;
  const std::vector<EpisodeRow> episodes = store.episodes();
  for (const EpisodeRow& e : episodes) {
    byKind[e.kind] = byKind[e.kind].toInt() + 1;
    const QString label = e.label.isEmpty() ? "unlabelled" : e.label;
    byLabel[label] = byLabel[label].toInt() + 1;
    interventions += e.interventionSteps;
  }
  const std::vector<CheckpointRow> checkpoints = store.latestCheckpoints(1);
  return {
      {"episodes", static_cast<int>(episodes.size())},
      {"episodes_by_kind", byKind},
      {"episodes_by_label", byLabel},
      {"transitions", static_cast<double>(store.transitionCount())},
      {"intervention_steps", interventions},
      {"latest_checkpoint_step",
       checkpoints.empty() ? QJsonValue() : QJsonValue(static_cast<double>(checkpoints[0].step))},
  };
}

}  // namespace

SessionExporter::Result SessionExporter::run(const Options& options,
                                             const Progress& progress) const {
  if (options.outputDir.isEmpty()) {
    throw StoreError(StoreError::Kind::BadInput, Notice(NoticeCode::ExportNoFolder));
  }
  if (!QDir().mkpath(options.outputDir)) {
    throw StoreError(StoreError::Kind::ReadOnly,
                     Notice(NoticeCode::ExportFolderNotCreated, options.outputDir));
  }
  const QDir out(QDir(options.outputDir).absolutePath());
  QString policy = options.policyFile;
  if (!policy.isEmpty() && !QFileInfo::exists(policy)) {
    throw StoreError(StoreError::Kind::NotFound, Notice(NoticeCode::ExportNoPolicy, policy));
  }
  if (policy.isEmpty() && QFileInfo::exists(out.filePath(kPolicyFile))) {
    policy = out.filePath(kPolicyFile);
  }

  SessionStore::Options ro;
  ro.mode = SessionStore::Mode::ReadOnly;
  const auto store = SessionStore::open(m_folder, ro);

  Result result;
  QStringList written;  // removed again if this run fails or is cancelled
  const auto report = [&](double f, const QString& stage) {
    return !progress || progress(std::min(1.0, f), stage);
  };
  const auto abandon = [&] {
    for (const QString& f : written) QFile::remove(f);
  };
  try {
    ExportManifest manifest;
    manifest.setSession(store->meta(), store->folder(), store->schemaVersion());
    if (options.hdf5) {
      const QString path = out.filePath(kDatasetFile);
      Hdf5Exporter::Options h;
      h.kinds = options.kinds;
      h.imageCompression = options.imageCompression;
      const auto r = Hdf5Exporter::write(
          *store, path, h, [&](double f) { return report(f * kDatasetShare, "dataset"); });
      if (r.cancelled) {
        result.cancelled = true;
        return result;
      }
      written << path;
      result.transitions = r.transitions;
      result.episodes = r.episodes;
      manifest.addFile(path, "dataset", "hdf5-d4rl");
    }
    if (!report(kDatasetShare, "metrics")) {
      abandon();
      result.cancelled = true;
      return result;
    }
    if (options.csv) {
      const QString path = out.filePath(kMetricsFile);
      const MetricsTable metrics = store->metrics();
      CsvExporter::writeMetrics(metrics, path);
      written << path;
      result.metricRows = static_cast<int64_t>(metrics.rows.size());
      manifest.addFile(path, "metrics", "csv");
    }
    if (!report(kDatasetShare + kMetricsShare, "manifest")) {
      abandon();
      result.cancelled = true;
      return result;
    }
    if (!policy.isEmpty()) {
      const QString inOut = out.filePath(QFileInfo(policy).fileName());
      if (QFileInfo(policy).absoluteFilePath() != QFileInfo(inOut).absoluteFilePath()) {
        QFile::remove(inOut);
        if (!QFile::copy(policy, inOut)) {
          throw StoreError(Notice(NoticeCode::ExportPolicyNotCopied, policy, inOut));
        }
        written << inOut;
      }
      manifest.addFile(inOut, "policy", "torchscript");
    }
    QJsonObject counts = countsOf(*store);
    counts["transitions_exported"] = static_cast<double>(result.transitions);
    counts["episodes_exported"] = result.episodes;
    counts["metric_rows"] = static_cast<double>(result.metricRows);
    manifest.setCounts(counts);
    manifest.setExtra("episode_kinds",
                      options.kinds.isEmpty() ? QString("all") : options.kinds.join(","));
    const QString path = out.filePath(kManifestFile);
    manifest.write(path);
    written << path;
  } catch (...) {
    abandon();
    throw;
  }
  report(1.0, "done");
  result.files = written;
  qCInfo(lcDb) << "export of" << m_folder << "to" << out.absolutePath() << "done:" << written;
  return result;
}

}  // namespace lab
