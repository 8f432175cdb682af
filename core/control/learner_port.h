#pragma once
// The seam between the robot loop and its learner. The robot loop talks to the learner only
// through this interface: the in-process LearnerWorker is one implementation, the learner
// link's client (remote/learner, the learner on another machine) the other. Semantics are
// LearnerWorker's (learner_worker.h): post* never block beyond a short lock, callbacks run on
// the implementation's own thread, weights arrive in the PolicyMailbox.
#include <QString>
#include <cstdint>
#include <memory>

#include "episode_record.h"
#include "notice.h"

namespace lab {

struct LearnerSettings;
struct LearnerCallbacks;
class PolicyMailbox;

class LearnerPort {
 public:
  virtual ~LearnerPort() = default;

  virtual void start() = 0;
  virtual void stop() = 0;  // finished episodes and labels posted before it are not lost
  virtual bool waitReady(int timeoutMs) = 0;
  // Why it did not start, in words the window translates (empty while starting or once ready).
  virtual Notice startupError() const = 0;
  virtual bool startupFailed() const = 0;

  virtual void postStep(const StepRecord& step, int64_t episodeId, int stepIndex, bool toReplay,
                        bool toExpert, bool inspect, bool countsForUtd) = 0;
  virtual void postEpisodeEnd(EpisodeRecord record) = 0;
  virtual void postRestoredEpisode(EpisodeRecord record, bool toReplay = true,
                                   bool toExpert = true) = 0;
  virtual void postRelabel(const LabelChange& change) = 0;
  virtual void postLabelCommitted(const LabelChange& change) = 0;
  virtual void postRemoveExpertEpisode(int64_t episodeId) = 0;
  virtual void postCheckpoint(const QString& reason) = 0;
  virtual void setPaused(bool paused) = 0;
  virtual void holdPosts(bool hold) = 0;
  virtual bool waitIdle(int timeoutMs) = 0;

  virtual int64_t updates() const = 0;
  virtual double updatesPerSecond() const = 0;
  virtual int replaySize() const = 0;
  virtual int expertSize() const = 0;
  virtual int64_t lastCheckpointMs() const = 0;  // 0: none
};

// Makes the robot loop's learner at each connect. The application injects one into the
// TrainingController (app/cli's --learner: the learner link); without one the loop builds its
// in-process LearnerWorker.
class LearnerSource {
 public:
  virtual ~LearnerSource() = default;
  virtual std::unique_ptr<LearnerPort> create(const LearnerSettings& settings,
                                              LearnerCallbacks callbacks,
                                              PolicyMailbox& mailbox) = 0;
};

}  // namespace lab
