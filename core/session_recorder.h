#pragma once
// The training controller's view of the session store: what it writes while training and what
// it reads back when a session folder is reopened. Writes are handed to the store's writer
// thread (never run on the robot loop); `done` callbacks run on that writer thread once the
// write is COMMITTED (durable) or failed. Reads (open) happen once, at connect, on the robot
// thread before the loop ticks.
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "episode_record.h"
#include "learner_worker.h"
#include "update_metrics.h"

namespace lab {

struct SessionInfo {
  QString robotId, robotName, pluginVersion, appVersion;
  QJsonObject config;       // SacConfig + controller settings
  std::uint64_t seed = 0;
  int stateDim = 0, actionDim = 0, imageSize = 0;
};

struct StoredSession {
  bool reopened = false;               // the folder held a session already
  std::vector<EpisodeRecord> episodes;  // every finished episode, oldest first, with steps
  std::vector<CheckpointInfo> checkpoints;  // newest first
  int64_t maxEpisodeId = 0;
};

class SessionRecorder {
 public:
  using Done = std::function<void(bool ok, const QString& error)>;

  // Opens (or creates) the session database in `sessionDir`. Throws std::runtime_error with a
  // message naming the file and the cause (corrupt, locked, read-only, other robot).
  SessionRecorder(const QString& sessionDir, const SessionInfo& info);
  ~SessionRecorder();  // flushes queued writes (bounded) and stops the writer

  StoredSession load();  // call before any submit
  QString checkpointDir() const;

  void submitEpisode(const EpisodeRecord& episode, Done done);
  void submitLabel(const LabelChange& change, Done done);
  void submitMetrics(std::vector<UpdateMetrics> batch);
  void submitCheckpoint(const CheckpointInfo& info);
  void submitEvent(const QString& kind, const QString& message);
  // Blocks until every submitted write has been committed or failed (bounded).
  bool flush(int timeoutMs);

 private:
  class Impl;
  std::unique_ptr<Impl> d;
};

}  // namespace lab
