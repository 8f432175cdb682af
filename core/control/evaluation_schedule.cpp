#include "evaluation_schedule.h"

#include <utility>

namespace lab {

void EvaluationSchedule::restart(int64_t envSteps, int evalEverySteps) {
  m_nextAt = evalEverySteps > 0 ? (envSteps / evalEverySteps + 1) * evalEverySteps : 0;
  m_lastAt = -1;
  m_trainEpisodes = m_trainSuccesses = 0;
  m_trainingStarted = false;
  m_evaluationSeconds = 0;
}

void EvaluationSchedule::startTraining(Clock::time_point now) {
  if (m_trainingStarted) return;
  m_trainingStarted = true;
  m_trainingStartedAt = now;
}

void EvaluationSchedule::trainingEpisodeEnded(bool success) {
  ++m_trainEpisodes;
  m_trainSuccesses += success ? 1 : 0;
}

EvaluationSchedule::Due EvaluationSchedule::due(int64_t envSteps, int evalEverySteps,
                                                int evalEpisodes, int64_t trainStepBudget) {
  if (evalEverySteps > 0 && envSteps >= m_nextAt) {
    while (m_nextAt <= envSteps) m_nextAt += evalEverySteps;
    return Due::Evaluation;
  }
  if (trainStepBudget <= 0 || envSteps < trainStepBudget) return Due::Nothing;
  return evalEpisodes > 0 && m_lastAt != envSteps ? Due::FinalEvaluation : Due::BudgetDone;
}

void EvaluationSchedule::begin(int episodes, ControllerState returnTo, int64_t envSteps,
                               int64_t updates, Clock::time_point now) {
  m_total = episodes;
  m_done = m_successes = 0;
  m_successSteps = 0;
  m_returnTo = returnTo;
  m_started = now;
  m_at = EvaluationResult{};
  m_at.envSteps = envSteps;
  m_at.updates = updates;
  m_at.trainSeconds = trainingSeconds(now);
  m_at.trainEpisodes = std::exchange(m_trainEpisodes, 0);
  m_at.trainSuccesses = std::exchange(m_trainSuccesses, 0);
  m_lastAt = envSteps;
}

bool EvaluationSchedule::episodeEnded(bool success, int steps) {
  ++m_done;
  if (success) {
    ++m_successes;
    m_successSteps += steps;
  }
  return m_done >= m_total;
}

EvaluationResult EvaluationSchedule::finish(double demoSteps, Clock::time_point now) {
  EvaluationResult r = m_at;
  r.episodes = m_done;
  r.successes = m_successes;
  r.meanSteps = m_successes > 0 ? m_successSteps / m_successes : 0.0;
  r.demoSteps = demoSteps;
  if (m_trainingStarted) {
    m_evaluationSeconds += std::chrono::duration<double>(now - m_started).count();
  }
  return r;
}

double EvaluationSchedule::trainingSeconds(Clock::time_point now) const {
  if (!m_trainingStarted) return 0;
  return std::chrono::duration<double>(now - m_trainingStartedAt).count() - m_evaluationSeconds;
}

}  // namespace lab
