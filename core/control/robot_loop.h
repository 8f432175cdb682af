#pragma once
// The robot loop of the training controller: one std::thread that owns the robot (through the
// host's RobotHandle), the acting policy and the controller's state machine. It ticks at the
// plugin's control rate; at the top of each tick (the safe point) it applies the e-stop, the
// queued operator commands and the newest policy weights, then runs one step of whatever the
// state asks for (hold still, record, act, evaluate, replay). Slow or blocking work never runs
// here: learning is on the LearnerWorker thread, database writes on the store's writer thread.
//
// Between episodes (ResetMode::Automatic): with autoTrain the next episode starts as soon as
// the finished one is durable; without it the loop waits for StartTraining or OperatorReady.
// ResetMode::Operator: operatorResetRequested is emitted and the loop waits for OperatorReady
// (before every training, evaluation and replay episode).
#include <QString>
#include <atomic>
#include <memory>
#include <thread>

#include "command_queue.h"
#include "controller_types.h"
#include "learner_port.h"
#include "policy_mailbox.h"
#include "training_controller.h"

namespace lab {

// Where the loop reports. Called ON THE ROBOT THREAD (or the learner/writer thread for
// stepPoint/metrics): implementations must only copy and re-post.
class LoopEvents {
 public:
  virtual ~LoopEvents() = default;
  virtual void stateChanged(ControllerState s) = 0;
  virtual void commandRefused(ControllerCommand c, const Notice& reason) = 0;
  virtual void emergencyStopChanged(bool active) = 0;
  virtual void frameReady(const CameraFrame& f) = 0;
  virtual void stepPoint(const StepPoint& p) = 0;
  virtual void metricsReady(const UpdateMetrics& m) = 0;
  virtual void episodeFinished(const EpisodeSummary& s) = 0;
  virtual void loopStats(const LoopStats& s) = 0;
  virtual void evaluationFinished(const EvaluationResult& r) = 0;
  virtual void operatorResetRequested(const Notice& instructions) = 0;
  virtual void episodeStored(int64_t episodeId, const QString& label) = 0;
  virtual void labelStored(int64_t episodeId, const QString& label) = 0;
  virtual void errorOccurred(const QString& source, const Notice& message) = 0;
  virtual void logMessage(const Notice& message) = 0;
};

class RobotLoop {
 public:
  // `robots` creates the robot at each connect (RobotPort); `learners` the learner (null: the
  // in-process LearnerWorker).
  RobotLoop(CommandQueue& commands, LoopEvents& events, std::shared_ptr<RobotSource> robots,
            std::shared_ptr<LearnerSource> learners = nullptr);
  ~RobotLoop();  // stop(): zero command, learner stopped, store flushed

  void setSettings(const ControllerSettings& s);  // before start()
  void start();
  void stop();

  // Published by the loop for getters on other threads.
  ControllerState state() const { return m_publishedState.load(); }
  bool emergencyStopped() const { return m_publishedEstop.load(); }
  bool hasDemo() const { return m_publishedHasDemo.load(); }

 private:
  class Impl;
  std::unique_ptr<Impl> d;
  std::atomic<ControllerState> m_publishedState{ControllerState::Idle};
  std::atomic<bool> m_publishedEstop{false}, m_publishedHasDemo{false};
  friend class Impl;
};

}  // namespace lab
