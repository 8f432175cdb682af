#include "session_policy.h"

#include <QJsonObject>

#include "notice_error.h"
#include "session_store.h"
#include "sigent_sac.h"

namespace lab {

SacConfig sessionLearnerConfig(const SessionMeta& meta) {
  QJsonObject json = meta.config;
  const QJsonObject learnerKeys = SacConfig().toJson();
  for (const QString& key : json.keys()) {
    if (!learnerKeys.contains(key)) json.remove(key);  // the controller's, e.g. failure_is_terminal
  }
  return SacConfig::fromJson(json);
}

PolicyExport exportNewestPolicy(const QString& sessionFolder, const QString& outputFile,
                                int tries) {
  SessionStore::Options readOnly;
  readOnly.mode = SessionStore::Mode::ReadOnly;
  readOnly.quickCheck = false;  // a checkpoint that does not load is found by loading it
  const auto store = SessionStore::open(sessionFolder, readOnly);
  const SessionMeta meta = store->meta();
  SacConfig config = sessionLearnerConfig(meta);
  config.device = QStringLiteral("cpu");  // exporting needs no accelerator
  PolicyExport out;
  const auto rows = store->latestCheckpoints(tries);
  out.checkpoints = static_cast<int>(rows.size());
  for (const auto& row : rows) {
    if (!row.refused.isEmpty()) {  // a path leaving the session folder is never loaded
      out.skipped.push_back(Notice(NoticeCode::CheckpointRefused, row.refused));
      continue;
    }
    try {
      SigEntSac learner(config, meta.stateDim, meta.actionDim);
      learner.load(row.file);
      learner.exportTorchScript(outputFile);
      out.file = outputFile;
      out.step = row.step;
      return out;
    } catch (const std::exception& e) {  // CheckpointError, or what torch says of a bad file
      out.skipped.push_back(exceptionNotice(e));
    }
  }
  return out;
}

}  // namespace lab
