#include "session_recorder.h"

#include <QDir>
#include <QFileInfo>
#include <stdexcept>

#include "database_writer.h"
#include "session_store.h"

namespace lab {

class SessionRecorder::Impl {
 public:
  QString folder;
  bool existed = false;
  std::unique_ptr<SessionStore> store;    // until the writer takes it over
  std::unique_ptr<DatabaseWriter> writer;

  DatabaseWriter& w() {
    // Reads happen first (load); from the first write on only the writer thread touches it.
    if (!writer) writer = std::make_unique<DatabaseWriter>(std::move(store));
    return *writer;
  }
};

SessionRecorder::SessionRecorder(const QString& sessionDir, const SessionInfo& info)
    : d(std::make_unique<Impl>()) {
  d->folder = sessionDir;
  SessionMeta meta;
  meta.robotId = info.robotId;
  meta.robotName = info.robotName;
  meta.pluginVersion = info.pluginVersion;
  meta.appVersion = info.appVersion;
  meta.config = info.config;
  meta.seed = info.seed;
  meta.stateDim = info.stateDim;
  meta.actionDim = info.actionDim;
  meta.imageSize = info.imageSize;
  d->existed = SessionStore::exists(sessionDir);
  d->store = SessionStore::openOrCreate(sessionDir, meta);  // StoreError names file and cause
}

SessionRecorder::~SessionRecorder() {
  if (d->writer) d->writer->stop();  // finishes the queued jobs
}

QString SessionRecorder::checkpointDir() const {
  return QDir(d->folder).filePath(QStringLiteral("checkpoints"));
}

StoredSession SessionRecorder::load() {
  StoredSession out;
  out.reopened = d->existed;
  if (!d->store) return out;
  const SessionStore& s = *d->store;
  out.maxEpisodeId = s.maxEpisodeId();
  for (auto row : s.episodes()) {
    if (row.kind == "intervention") row.kind = QStringLiteral("train");
    out.episodes.push_back(std::move(row));
  }
  for (const auto& c : s.latestCheckpoints(20)) {
    CheckpointInfo info;
    info.path = QFileInfo(c.file).isAbsolute() ? c.file : QDir(d->folder).filePath(c.file);
    info.step = c.step;
    info.checksum = c.checksum;
    info.reason = c.reason;
    out.checkpoints.push_back(info);
  }
  return out;
}

std::vector<StepRecord> SessionRecorder::steps(int64_t episodeId) const {
  if (!d->store) throw std::logic_error("session recorder: steps are read before the first write");
  return d->store->transitions(episodeId);
}

void SessionRecorder::submitEpisode(const EpisodeRecord& episode, Done done) {
  d->w().writeEpisode(episode, std::move(done));
}

void SessionRecorder::submitLabel(const LabelChange& change, Done done) {
  d->w().setLabel(change, std::move(done));
}

void SessionRecorder::submitMetrics(std::vector<UpdateMetrics> batch) {
  d->w().appendMetrics(std::move(batch));
}

void SessionRecorder::submitCheckpoint(const CheckpointInfo& info) {
  CheckpointRow row;
  row.file = QDir(d->folder).relativeFilePath(info.path);
  row.step = info.step;
  row.checksum = info.checksum;
  row.reason = info.reason;
  d->w().addCheckpoint(row);
}

void SessionRecorder::submitEvent(const QString& kind, const QString& message) {
  d->w().logEvent(kind == "error" ? QStringLiteral("error") : QStringLiteral("info"),
                  QStringLiteral("controller"), kind + ": " + message);
}

bool SessionRecorder::flush(int timeoutMs) { return !d->writer || d->writer->waitIdle(timeoutMs); }

}  // namespace lab
