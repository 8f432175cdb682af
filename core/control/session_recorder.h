#pragma once
// The training controller's view of the session store: what it writes while training and what
// it reads back when a session folder is reopened. Writes are handed to the store's writer
// thread (never run on the robot loop); `done` callbacks run on that writer thread once the
// write is COMMITTED (durable) or failed. Reads (open) happen once, at connect, on the robot
// thread before the loop ticks.
//
// What the operator did (episodes and demos, labels, relabels, undo) is never dropped: a write
// that fails (disk full, another program's lock, a read-only folder) is HELD, in order, and
// tried again by retryHeld() and before the next such write; its `done` runs once per attempt.
// A write refused for what it is (BadInput, NotFound) is reported and not held: no retry mends it.
// Metrics, events and checkpoint rows are not held; their first failure (and the first after
// they worked again) goes to the failure handler, so the operator hears of it once.
#include <QJsonObject>
#include <QString>
#include <QStringList>
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
  QJsonObject config;  // SacConfig + controller settings
  std::uint64_t seed = 0;
  int stateDim = 0, actionDim = 0, imageSize = 0;
};

// What the session store records about a run with these learner settings: the robot, this
// program's version, the config with the labelling rules, what a transition holds. The robot
// loop's own store and a learner on another machine (remote/learner) describe a run alike.
SessionInfo sessionInfoFor(const LearnerSettings& settings);

struct StoredSession {
  bool reopened = false;  // the folder held a session already
  // Every finished episode, oldest first, without its steps (steps() reads them one episode
  // at a time: a session can hold more than memory). "intervention" rows read as "train".
  std::vector<EpisodeRow> episodes;
  std::vector<CheckpointInfo> checkpoints;  // newest first
  int64_t maxEpisodeId = 0;
  QStringList warnings;  // what was refused on the way (a checkpoint path leaving the folder)
};

class SessionRecorder {
 public:
  using Done = std::function<void(bool ok, const QString& error)>;
  // `what`: the training metrics, the events, the checkpoint records; runs on the writer thread.
  using FailureHandler = std::function<void(const Notice& what, const QString& error)>;

  // Opens (or creates) the session database in `sessionDir`. Throws std::runtime_error with a
  // message naming the file and the cause (corrupt, locked, read-only, other robot).
  SessionRecorder(const QString& sessionDir, const SessionInfo& info);
  ~SessionRecorder();  // flushes queued writes (bounded) and stops the writer

  StoredSession load();  // call before any submit
  // One episode's steps, in order. Only before the first submit (reads run on the caller's
  // thread, writes on the writer's); throws std::logic_error after.
  std::vector<StepRecord> steps(int64_t episodeId) const;
  QString checkpointDir() const;

  // Before the first write.
  void setFailureHandler(FailureHandler handler);

  // Operator writes: held and retried when they fail (see above); `done` once per attempt.
  void submitEpisode(const EpisodeRecord& episode, Done done);
  void submitLabel(const LabelChange& change, Done done);
  // Tries the held writes again, oldest first (any thread).
  void retryHeld();
  int heldWrites() const;     // failed operator writes waiting for a retry
  int unsavedWrites() const;  // held + operator writes submitted and not yet committed
  std::vector<Notice> heldDescriptions() const;  // "episode 12", "the label 'Success' of ..."

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
