#pragma once
// When the robot loop evaluates and what an evaluation adds up to: the unattended schedule
// (every evalEverySteps online steps, a final evaluation at the step budget), the tally of one
// evaluation's episodes, and training's standing when it started (steps, updates, training
// time without the time spent evaluating, training episodes since the previous evaluation).
// Robot thread only; time is passed in, so a test can drive it.
#include <chrono>
#include <cstdint>

#include "controller_types.h"

namespace lab {

class EvaluationSchedule {
 public:
  using Clock = std::chrono::steady_clock;
  enum class Due {
    Nothing,          // the next training episode starts
    Evaluation,       // evalEverySteps steps since the previous one
    FinalEvaluation,  // the step budget is done and not evaluated at yet
    BudgetDone,       // the step budget is done (and evaluated at, or evalEpisodes is 0)
  };

  // A new connection to a session holding `envSteps` online steps already.
  void restart(int64_t envSteps, int evalEverySteps);
  void startTraining(Clock::time_point now);  // the first call starts the training clock
  void trainingEpisodeEnded(bool success);
  // At an episode boundary of training: what comes before the next episode, if anything. A due
  // periodic evaluation is taken (the next one is scheduled).
  Due due(int64_t envSteps, int evalEverySteps, int evalEpisodes, int64_t trainStepBudget);

  // An evaluation of `episodes` episodes starts; the loop returns to `returnTo` after it.
  void begin(int episodes, ControllerState returnTo, int64_t envSteps, int64_t updates,
             Clock::time_point now);
  int episodesDone() const { return m_done; }  // the next episode's index (its start seed)
  ControllerState returnTo() const { return m_returnTo; }
  // One of its episodes ended; true when that was the last.
  bool episodeEnded(bool success, int steps);
  EvaluationResult finish(double demoSteps, Clock::time_point now);

  // Wall-clock since training started, less the time spent evaluating since.
  double trainingSeconds(Clock::time_point now) const;

 private:
  // The schedule.
  int64_t m_nextAt = 0, m_lastAt = -1;
  int m_trainEpisodes = 0, m_trainSuccesses = 0;  // since the previous evaluation
  bool m_trainingStarted = false;
  Clock::time_point m_trainingStartedAt;
  double m_evaluationSeconds = 0;  // spent evaluating since training started
  // The running evaluation.
  int m_total = 0, m_done = 0, m_successes = 0;
  double m_successSteps = 0;
  ControllerState m_returnTo = ControllerState::Ready;
  EvaluationResult m_at;
  Clock::time_point m_started;
};

}  // namespace lab
