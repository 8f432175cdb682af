#pragma once
// The window's engine without the window: drives a TrainingController (robot loop, learner,
// session store) with the commands the operator's buttons send, for the headless CLI.
//   Train:    connect, record the scripted demo (unless the session folder already holds one),
//             start training and wait until the controller stops it (its step budget, or
//             stopWhenSolved), then disconnect (which writes the shutdown checkpoint).
//   Evaluate: connect, run `episodes` deterministic episodes, disconnect.
// Thread: the thread that owns the QCoreApplication; exec() runs its event loop.
#include <QObject>
#include <functional>
#include <memory>

#include "learner_port.h"

#include "training_controller.h"

namespace lab::cli {

class HeadlessRun : public QObject {
 public:
  enum class Goal { Train, Evaluate };
  // `learners`: the learner on another machine (null: in this process).
  HeadlessRun(const ControllerSettings& settings, Goal goal, int evalEpisodes = 0,
              std::shared_ptr<LearnerSource> learners = nullptr);

  // What the run reports as it goes (all on the caller's thread).
  std::function<void(const EvaluationResult&, const UpdateMetrics& last)> onEvaluation;
  std::function<void(const StepPoint&)> onStep;
  std::function<void(const EpisodeSummary&)> onEpisode;

  // Runs until the goal is met or the run fails; 0 on success, 1 with the reason on stderr.
  int exec();
  // Stops early as cleanly as the goal allows (SIGINT/SIGTERM): the robot at rest, the running
  // episode stored, the shutdown checkpoint written; exec() then returns 1 with `why`.
  void stop(const QString& why);
  int demoSteps() const { return m_demoSteps; }
  bool reopened() const { return m_reopened; }

 private:
  void onState(ControllerState s);
  void fail(const QString& why);

  TrainingController m_controller;
  Goal m_goal;
  int m_evalEpisodes;
  UpdateMetrics m_last;
  int m_demoSteps = 0;
  int m_recordAttempts = 0;
  bool m_started = false, m_evaluated = false, m_reopened = false, m_failed = false;
};

}  // namespace lab::cli
