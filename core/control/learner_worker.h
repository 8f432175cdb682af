#pragma once
// The learner thread of the training controller. Owns SigEntSac and both buffers (D_buf and
// D_exp); everything else talks to it through a message queue (post* methods, any thread, never
// block beyond a short lock) and hears back through callbacks that run ON THE LEARNER THREAD
// (the controller re-posts them to its own thread).
//
// Per message order: steps are inspected as they arrive (the per-step display) and kept with
// their episode; when the episode ends its Monte-Carlo returns are filled in (fillReturns) and
// it enters the buffers whole, and its record, with the inspected values, goes to the store.
// A relabel goes to the store first (labelReady); both buffers change (final reward and
// returns) only once the store has committed it (postLabelCommitted), so the learner never
// trains on a label the session would not have after a restart. Updates: once the buffers hold two
// transitions and warmup is over, the worker owes `utd` updates per online step and pays them
// off between messages; pause stops paying. Every `publishEvery` updates (lockstep: whenever it
// runs out of work) new weights go to the PolicyMailbox; every `checkpointEvery` updates (and
// on request) a checkpoint is written into `checkpointDir`.
//
// Lockstep (Pacing::Lockstep): the robot loop posts each tick's messages as one batch
// (holdPosts) and waits (waitIdle) until they are handled and every update they earned is
// done, so the sequence of updates depends on the seed only, never on thread timing.
#include <QByteArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <variant>
#include <vector>

#include "demo_degrader.h"
#include "episode_record.h"
#include "frame_stack.h"
#include "learner_port.h"
#include "notice.h"
#include "policy_mailbox.h"
#include "sac_config.h"
#include "update_metrics.h"

namespace lab {

class SigEntSac;
class ReplayBuffer;

struct CheckpointInfo {
  QString path;
  int64_t step = 0;
  QByteArray checksum;  // hex sha256
  QString reason;       // "periodic", "operator", "shutdown"
};

struct LearnerSettings {
  SacConfig sac;
  int stateDim = 0, actionDim = 0;
  bool lockstep = false;
  int publishEvery = 50;
  int checkpointEvery = 1000;  // 0: only on request
  // With a checkpointDir: also at the first update and then every so many seconds of updating.
  int checkpointEverySeconds = 0;
  QString checkpointDir;    // empty: checkpoints refused with an error
  int keepCheckpoints = 5;  // older files are deleted (their store rows stay)
  // Checkpoints recorded in the store, NEWEST FIRST. The first whose file checksum and step
  // match its record is loaded; each refused one is reported through `error` with the reason.
  // Empty (or none usable): a fresh learner.
  std::vector<CheckpointInfo> resumeCandidates;
  // Loaded when no resume candidate was (a policy to evaluate); a failure to load is fatal.
  QString initialCheckpoint;
  // The robot and the run's labelling rules, as the session store records them
  // (sessionInfoFor, session_recorder.h): a learner on another machine opens its own store
  // with them. The in-process LearnerWorker does not read them.
  QString robotId, robotName, pluginVersion;
  bool failureIsTerminal = false, useSuccessDetector = true;
  // How many of the newest demos teach (ControllerSettings::demosKept): a learner on another
  // machine rebuilds its expert buffer from its store with them.
  int demosKept = 1;
};

struct LearnerCallbacks {
  std::function<void(const UpdateMetrics&)> metrics;
  std::function<void(int64_t episode, int step, const StepValues&, const StepRecord&)> stepValues;
  std::function<void(EpisodeRecord)> episodeReady;  // values filled in; goes to the store
  std::function<void(const LabelChange&)> labelReady;
  std::function<void(const CheckpointInfo&)> checkpointSaved;
  std::function<void(const Notice& message)> resumed;  // what was loaded, for the log
  std::function<void(const QString& source, const Notice& message)> error;
  // The learner met a non-finite loss or weight: it skipped the update, went back to its last
  // good state (weights and optimisers), paused itself and reported why through `error`.
  std::function<void()> diverged;
  // A learner on another machine (LearnerPort) lost its link: the robot loop pauses what runs
  // by itself, the robot at rest and the episode kept, until `linkBack`, which resumes it.
  std::function<void()> linkLost;
  std::function<void()> linkBack;
};

class LearnerWorker final : public LearnerPort {
 public:
  LearnerWorker(LearnerSettings settings, LearnerCallbacks callbacks, PolicyMailbox& mailbox);
  ~LearnerWorker() override;  // stop() with a bounded wait

  // Starts the thread: builds the learner (and loads resumePath), publishes its first weights.
  void start() override;
  void stop() override;
  // Blocks until the first weights were published or the build failed (false + error()).
  bool waitReady(int timeoutMs) override;
  Notice startupError() const override;
  bool startupFailed() const override { return m_startFailed.load(); }

  // Producers (any thread). `countsForUtd`: an online step that earns `utd` updates.
  void postStep(const StepRecord& step, int64_t episodeId, int stepIndex, bool toReplay,
                bool toExpert, bool inspect, bool countsForUtd) override;
  // The episode is over: its steps enter the buffers with their returns, and the record (with
  // steps[i].values filled from the inspected steps) goes to `episodeReady`.
  void postEpisodeEnd(EpisodeRecord record) override;
  // A finished episode read back from the store on reopen: rebuilt into the buffers exactly as
  // postEpisodeEnd does (frame stacks, returns), not inspected, not stored again, earns no
  // updates. The demo's steps go to the expert buffer (and replay with demoToReplay), a
  // training episode's to replay and its intervention steps to the expert buffer; `toReplay`
  // / `toExpert` false keep them out of that buffer (its newer data overwrites them anyway:
  // SessionRestore reads only what the buffers keep).
  void postRestoredEpisode(EpisodeRecord record, bool toReplay = true,
                           bool toExpert = true) override;
  // Runs `fn` on the learner thread once the messages posted before it are handled (tests and
  // diagnostics look at the buffers without racing the learner).
  using BufferVisitor = std::function<void(const ReplayBuffer& replay, const ReplayBuffer& expert)>;
  void postVisitBuffers(BufferVisitor fn);
  // Hands the change to `labelReady` (so the store sees it after the episode's own record).
  // The buffers are not changed yet: see postLabelCommitted.
  void postRelabel(const LabelChange& change) override;
  // The store committed the change (or there is no store): sets reward/terminal of the
  // episode's last step in both buffers and recomputes the episode's returns.
  void postLabelCommitted(const LabelChange& change) override;
  // Drops one episode's transitions from the expert buffer (a re-recorded demo replaces the old
  // one; intervention data stays).
  void postRemoveExpertEpisode(int64_t episodeId) override;
  void postCheckpoint(const QString& reason) override;
  void setPaused(bool paused) override;
  // While held, posted messages wait and are handed over together when released, so the
  // learner never sees half of one robot tick.
  void holdPosts(bool hold) override;
  // Blocks up to `timeoutMs` until every posted message is handled and no update is owed (or
  // none can run: paused, buffers empty). True when idle.
  bool waitIdle(int timeoutMs) override;

  // A number that identifies a set of policy weights (sum of every value, in double), logged
  // on resume so tests can tell which checkpoint the actor came from.
  static double fingerprint(const PolicyWeights& weights);

  // Lock-free stats for the loop's once-a-second report.
  int64_t updates() const override { return m_updates; }
  double updatesPerSecond() const override { return m_updatesPerSecond; }
  int replaySize() const override { return m_replaySize; }
  int expertSize() const override { return m_expertSize; }
  int64_t lastCheckpointMs() const override { return m_lastCheckpointMs; }  // 0: none

 private:
  struct StepMsg {
    StepRecord step;
    int64_t episodeId;
    int stepIndex;
    bool toReplay, toExpert, inspect, countsForUtd;
  };
  struct EndMsg {
    EpisodeRecord record;
  };
  struct RestoreMsg {
    EpisodeRecord record;
    bool toReplay, toExpert;
  };
  struct VisitMsg {
    BufferVisitor fn;
  };
  struct RelabelMsg {
    LabelChange change;
  };
  struct LabelCommittedMsg {
    LabelChange change;
  };
  struct RemoveExpertMsg {
    int64_t episodeId;
  };
  struct CheckpointMsg {
    QString reason;
  };
  using Message = std::variant<StepMsg, EndMsg, RestoreMsg, RelabelMsg, LabelCommittedMsg,
                               RemoveExpertMsg, CheckpointMsg, VisitMsg>;

  void post(Message m);
  void wake();
  void run();
  void build();
  void handle(Message& m);
  // handle() with any failure reported, never thrown: one bad message must not drop the others.
  void handleReporting(Message& m);
  void endEpisode(EpisodeRecord& record);
  // The step's transition with its images stacked (frame_stack > 1): steps of an episode arrive
  // in order, so the history is rebuilt here and the store keeps one frame per step.
  Transition stackFrames(Transition t, int64_t episodeId, int stepIndex);
  bool canUpdate() const;
  void updateOnce();
  // An episode's steps, in order, enter the buffers with their returns (fillReturns).
  struct PendingStep {
    Transition transition;
    bool toReplay, toExpert;
  };
  // A demo's steps go through m_demoDegrader first (the robustness settings).
  void commitEpisode(int64_t episodeId, std::vector<PendingStep> steps, bool isDemo);
  void restoreEpisode(const EpisodeRecord& record, bool toReplay, bool toExpert);
  void addExpert(const Transition& t, int64_t episodeId, int stepsToEnd);
  void removeExpertEpisode(int64_t episodeId);
  void checkpoint(const QString& reason);
  // False (and nothing published) when the weights are not finite: diverged() instead.
  bool publish();
  // Keeps the learner's state as the one to go back to, if its weights are finite.
  void keepGoodState();
  // A non-finite loss or weight: back to the last good state, pause, tell the operator.
  void diverged(const Notice& what);
  void reportError(const QString& source, const Notice& message);

  LearnerSettings m_settings;
  LearnerCallbacks m_cb;
  QSet<QString> m_reported;  // errors already reported (learner thread)
  PolicyMailbox& m_mailbox;
  std::thread m_thread;
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::deque<Message> m_queue;
  bool m_holding = false;
  std::deque<Message> m_held;
  bool m_idle = false;  // under m_mutex: the learner found nothing to do
  std::condition_variable m_idleCv;
  std::atomic<bool> m_stop{false}, m_paused{false};
  std::mutex m_readyMutex;
  std::condition_variable m_readyCv;
  bool m_ready = false, m_failed = false;
  Notice m_startupError;

  // Learner-thread state.
  std::unique_ptr<SigEntSac> m_sac;
  std::unique_ptr<ReplayBuffer> m_replay, m_expert;
  DemoDegrader m_demoDegrader;
  FrameStack m_frames{1, 0};
  int64_t m_stackEpisode = -1;
  int m_stackNextStep = -1;
  Observation m_stackedNext;  // the previous step's stacked next observation
  int64_t m_owed = 0;         // updates earned and not yet run
  int64_t m_onlineSteps = 0;
  std::unordered_map<int64_t, std::vector<StepValues>> m_values;  // open episodes
  std::unordered_map<int64_t, std::vector<PendingStep>> m_open;   // open episodes' steps
  std::unordered_map<int64_t, float> m_finalReward;  // committed episodes: last step's reward
  bool m_unpublished = false;                        // updates ran since the last publish
  int64_t m_updatesRun = 0;  // by this worker (a resumed learner counts from its checkpoint)
  int64_t m_lastTimedCheckpointMs = 0;
  int64_t m_rateWindowStartMs = 0, m_rateWindowUpdates = 0;
  std::deque<QString> m_checkpointFiles;
  std::vector<int64_t> m_expertEpisodes;  // episode id per expert-buffer slot (ring order)
  int64_t m_expertAdded = 0;

  std::string m_goodState;  // SigEntSac::snapshot() of the last finite state
  int64_t m_goodStateStep = -1;
  std::atomic<bool> m_startFailed{false};

  std::atomic<int64_t> m_updates{0};
  std::atomic<double> m_updatesPerSecond{0};
  std::atomic<int> m_replaySize{0}, m_expertSize{0};
  std::atomic<int64_t> m_lastCheckpointMs{0};
};

}  // namespace lab
