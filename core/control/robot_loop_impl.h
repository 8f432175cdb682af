#pragma once
// Private to robot_loop*.cpp: the loop's state machine and its wiring, all of it owned by the
// robot thread except where noted. Split over robot_loop.cpp (thread, ticks, e-stop, commands),
// robot_loop_session.cpp (connect, disconnect, the learner's callbacks, the store) and
// robot_loop_episodes.cpp (episodes: record, train, evaluate, replay, labels). What needs no
// robot, learner or store is a class of its own, tested alone in
// tests/core/test_robot_loop_parts.cpp: commandRefusal, LoopRateMeter, MetricsBatcher,
// ObservationFreshness, EvaluationSchedule, StoreDurability, LabelBook, DemoLibrary,
// CameraFeed, EpisodeTerms.
#include <QLoggingCategory>
#include <chrono>

#include "acting_policy.h"
#include "camera_feed.h"
#include "command_refusal.h"
#include "demo_library.h"
#include "episode_terms.h"
#include "evaluation_schedule.h"
#include "frame_stack.h"
#include "label_book.h"
#include "learner_worker.h"
#include "loop_rate_meter.h"
#include "metrics_batcher.h"
#include "observation_freshness.h"
#include "robot_loop.h"
#include "robot_port.h"
#include "session_recorder.h"
#include "session_restore.h"
#include "store_durability.h"
#include "utd_meter.h"

Q_DECLARE_LOGGING_CATEGORY(lcLoop)

namespace lab {

class RobotLoop::Impl {
 public:
  Impl(RobotLoop& owner, CommandQueue& q, LoopEvents& ev) : o(owner), q(q), ev(ev) {}

  // --- robot_loop.cpp ---
  void run();
  void tick();
  void sleepUntil(std::chrono::steady_clock::time_point deadline);
  // Sleeps until `deadline`, showing the robot's in-between frames on the way (live view).
  void showInterimFrames(std::chrono::steady_clock::time_point tickStart,
                         std::chrono::steady_clock::time_point deadline);
  void applyEmergencyStop();
  // The part of the e-stop that needs no safe point: zero command requested from the robot
  // (never waiting for it), learner paused, the window told. Safe inside a plugin call's wait.
  void latchEmergencyStop();
  void serviceEmergencyStop();  // at a safe point: a requested e-stop, applied whole
  // RobotPort's hook while a plugin call runs: the e-stop is latched at once; true abandons the
  // call when the loop is stopping and the call has had its grace.
  bool whileRobotBusy(std::chrono::milliseconds elapsed);
  std::chrono::milliseconds robotCallDeadline() const;
  bool waitLearnerReady(Notice& error);  // services the e-stop while the learner builds
  void processCommands();
  void apply(const QueuedCommand& c);
  LoopFacts facts() const;  // what commandRefusal judges a command by
  void setState(ControllerState s);
  // Connect: the steps below in order; on a failure what was opened is closed again, and
  // `error` says why.
  bool connect(Notice& error);
  bool openRobot(Notice& error);  // the port opened, its specs read
  bool closeAfterFailure(Notice& error, const Notice& why);
  void fitObservationToRobot();   // settings.fitObservationToRobot: obs_mode to what it has
  Notice robotMismatch() const;   // the robot against the learner's configuration
  void setUpPacing();             // control period, call deadline, lockstep
  Notice pacingMismatch() const;  // lockstep needs a simulated robot
  bool openSession(StoredSession& stored, Notice& error);  // only with a sessionDir
  LearnerSettings learnerSettings() const;  // the store's and the learner's view of the run
  void startLearner(const StoredSession& stored);
  void restoreCounters(const StoredSession& stored);  // demos, steps, evaluations, labels
  bool restoreBuffers(const StoredSession& stored, SessionRestore::Counts& restored, Notice& error);
  void startActing();  // the acting policy with the learner's first weights
  void announceSession(const StoredSession& stored, const SessionRestore::Counts& restored);
  void disconnect();
  // Disconnect: the store's last writes, with a last try of those it holds; what is still not
  // saved is reported as lost.
  void closeStore();
  void statsTick(std::chrono::steady_clock::time_point tickStart);
  // Lockstep and this tick steps the sim for the learner (not for a person): no sleeping.
  bool runsFast() const;
  void error(const QString& source, const Notice& message);  // once per cause
  void robotFatal(const Notice& message);
  LearnerCallbacks learnerCallbacks();

  // --- robot_loop_episodes.cpp ---
  bool readObservation();  // into m_obs/m_hwObs; false on a failed read
  bool writeAction(const std::vector<float>& a);
  void hold();                               // zero command (none while e-stopped), read, frame
  void emitFrame();                          // the current observation
  void emitFrame(const hw::Observation& o);  // to the operator's view (CameraFeed)
  Observation toLearnerObs(const hw::Observation& o) const;
  bool beginEpisode(const QString& kind);  // reset + first read; false: stays where it is
  bool nextAction(std::vector<float>& a, bool& intervention);
  void stepEpisode();  // one tick of a running train/eval/demo episode
  void finishStep();   // the open step's observation: record it, or wait for it
  // Too many failed reads in a row, or too long without a valid observation: `why` says which.
  bool readsExhausted(Notice& why) const;
  // The robot cannot be seen or takes no command: zero command, the episode ends unlabelled
  // with `problem` (a recording is discarded, a replay stopped) and training pauses.
  void stopUnsafe(const Notice& problem);
  // After a refused command: at `maxFailedWrites` in a row the loop stops (stopUnsafe) and
  // latches the e-stop, since the last command the robot took may still be acting.
  void stopIfCommandsRefused();
  void pauseForLearner();    // the learner diverged (non-finite) and paused itself
  void followLearnerLink();  // a remote learner's link went down (pause) or came back
  void stepReplay();
  void postSteps(int upTo);  // hands steps [m_posted, upTo) to the learner
  void endEpisode(const QString& label, const QString& by);
  void finishDemo(const QString& label, const QString& by);
  void discardDemo(const Notice& why);
  // Time-out or Stop without success: discarded with `why`, or kept (keepUnsuccessfulDemos).
  void endUnsuccessfulDemo(const Notice& why, const QString& label, const QString& by);
  void labelLast(const QString& label, const QString& by);
  void applyLabel(const LabelBook::Label& l);
  void undoLabel();
  void relabel(int64_t episodeId, bool success);
  void betweenEpisodes();  // BetweenEpisodes / Evaluating / Replaying without episode
  void askOperatorOrGo();
  bool durable() const;
  void startEvaluation(int episodes, ControllerState returnTo);
  // Unattended runs: a periodic evaluation that is due, or the end of the step budget. True
  // when it took over the tick (no training episode starts).
  bool evaluationOrBudgetDue();
  void stopTraining(const Notice& why);
  void finishEvaluation();
  void pauseForStore();  // an operator write could not be saved: stop, tell why
  // Store writes that need the robot thread: committed labels reach the learner's buffers,
  // held writes are retried every few seconds.
  void serviceStore();

  // Plumbing.
  RobotLoop& o;
  CommandQueue& q;
  LoopEvents& ev;
  ControllerSettings settings;
  std::thread thread;
  std::atomic<bool> stopFlag{false};

  // Robot and workers (robot thread).
  std::shared_ptr<RobotSource> robots;  // creates `robot` at each connect
  std::unique_ptr<RobotPort> robot;
  hw::RobotInfo info;
  hw::ActionSpec actionSpec;
  hw::ObservationSpec obsSpec;
  std::vector<float> zero;
  int stateDim = 0, actionDim = 0;
  std::unique_ptr<SessionRecorder> store;
  PolicyMailbox mailbox;
  std::shared_ptr<LearnerSource> learners;  // null: the in-process LearnerWorker
  std::unique_ptr<LearnerPort> learner;
  std::unique_ptr<ActingPolicy> policy;

  // State machine.
  ControllerState state = ControllerState::Idle;
  ControllerState pausedFrom = ControllerState::Idle;
  bool estop = false;
  bool estopToApply = false;  // latched during a plugin call; the state part at the safe point
  using Phase = EpisodePhase;
  Phase phase = Phase::WaitStart;
  bool episodeActive = false;
  bool intervention = false;

  // Episodes.
  hw::Observation hwObs;
  Observation obs;
  // What the policy sees: obs with the episode's previous frames stacked (frame_stack > 1).
  FrameStack actFrames{1, 0};
  Observation actObs;
  EpisodeRecord ep;
  int posted = 0;      // steps of `ep` already handed to the learner
  EpisodeTerms terms;  // each episode's start seed and time limit (set at connect)
  int64_t maxEpisodeId = 0;
  int64_t envSteps = 0;
  int64_t robotWrites = 0;  // commands written (each a control period of the robot)
  bool waitingInputLogged = false;

  // Observation freshness (robot thread). A step is open from its write until the read that
  // gives its next observation; while open, the loop holds still and reads again.
  struct OpenStep {
    bool open = false;
    Observation before;
    std::vector<float> action;
    bool byOperator = false;
  } openStep;
  int failedWrites = 0;  // refused commands in a row
  Notice lastWriteError;
  ObservationFreshness freshness;  // failed reads in a row, time since the last good one
  QString startPending;  // the kind of episode whose reset is done, waiting for its first read

  LabelBook labels;  // the last finished episode, and what Undo label takes back

  DemoLibrary demos;  // the newest (what Replay plays) and those that teach
  ControllerState recordReturn = ControllerState::Connected;
  bool expertRecording = false;  // this recording is driven by the robot's scripted expert
  int replayIndex = 0;

  // Evaluations: the running one, and the schedule of unattended training (evalEverySteps,
  // trainStepBudget).
  EvaluationSchedule evaluation;

  // Pacing.
  bool lockstep = false;
  CameraFeed feed;  // frames for the operator's view, fewer in lockstep
  std::chrono::steady_clock::time_point connectedAt;
  UtdMeter utdMeter;

  // Operator writes on their way to the store (the writer thread reports back).
  StoreDurability durability{ev, [this] { q.wake(); }};
  // How long a press of Record waits for the previous episode's commit before refusing.
  static constexpr int kRecordWaitMs = 3000;
  std::atomic<bool> learnerDiverged{false};                          // set by the learner thread
  MetricsBatcher metrics;                                            // filled by the learner thread
  std::atomic<bool> learnerLinkUp{true}, learnerLinkChanged{false};  // the learner's thread
  bool pausedForLink = false;

  // Loop timing.
  std::chrono::steady_clock::duration period{};
  LoopRateMeter rate;
  QStringList reportedErrors;
};

}  // namespace lab
