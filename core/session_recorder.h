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
#include "store_types.h"
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
  // Every finished episode, oldest first, without its steps (steps() reads them one episode
  // at a time: a session can hold more than memory). "intervention" rows read as "train".
  std::vector<EpisodeRow> episodes;
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
  // One episode's steps, in order. Only before the first submit (reads run on the caller's
  // thread, writes on the writer's); throws std::logic_error after.
  std::vector<StepRecord> steps(int64_t episodeId) const;
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
