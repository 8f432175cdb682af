#pragma once
// Single-threaded online training on an Environment: record one scripted demonstration, then
// alternate environment steps and UTD learner updates, evaluating every K steps on N
// deterministic episodes. The headless CLI, the learning test and `bench learn` use it; the
// window uses the threaded TrainingController instead.
#include <functional>
#include <memory>

#include "environment.h"
#include "frame_stack.h"
#include "replay_buffer.h"
#include "sac_config.h"
#include "sigent_sac.h"

namespace lab {

struct EvalReport {
  int64_t envSteps = 0;
  int episodes = 0, successes = 0;
  double meanSteps = 0;  // over successful episodes
  double seconds = 0;    // wall-clock since training started
  // The stochastic training episodes that ended since the previous evaluation, and how many of
  // them succeeded: online progress, which often leads the deterministic evaluation.
  int trainEpisodes = 0, trainSuccesses = 0;
  UpdateMetrics last;    // the latest learner metrics
};

// Fills Transition::mcReturn of a finished episode (a time-out contributes 0 beyond its end).
void fillReturns(std::vector<Transition>& episode, double gamma);

class SyncTrainer {
 public:
  SyncTrainer(const SacConfig& config, Environment& env);

  // Drives the scripted expert from `seed` until success; stores the demo. Returns its length.
  // Throws std::runtime_error if the environment has no expert or it fails.
  int recordScriptedDemo(std::uint64_t seed);
  // Trains for `envSteps` steps; calls `onEval` every `evalEvery` steps (and at the end).
  // Returning false from onEval stops early.
  void train(int64_t envSteps, int64_t evalEvery, int evalEpisodes,
             const std::function<bool(const EvalReport&)>& onEval);
  // Sees every evaluation step: the episode index, the step within it, the action taken and
  // what the environment returned (with its full observation, state vector included).
  using StepObserver = std::function<void(int episode, int step, const std::vector<float>& action,
                                          const EnvStep& result)>;
  // Far from the training episodes' seeds, so evaluation starts are never trained on.
  static constexpr std::uint64_t kEvalSeedBase = 1000000;
  // Deterministic episodes with seeds evalSeedBase + i.
  EvalReport evaluate(int episodes, std::uint64_t evalSeedBase = kEvalSeedBase,
                      const StepObserver& observer = {});

  SigEntSac& learner() { return *m_learner; }
  const ReplayBuffer& replay() const { return m_replay; }
  const ReplayBuffer& expert() const { return m_expert; }
  int demoSteps() const { return m_demoSteps; }

 private:
  Observation cropForConfig(Observation obs) const;
  Observation startEpisode(std::uint64_t seed);    // reset, cropped and stacked
  Observation nextObservation(const EnvStep& s);   // a step's observation, cropped and stacked

  SacConfig m_config;
  Environment& m_env;
  std::unique_ptr<SigEntSac> m_learner;
  ReplayBuffer m_replay, m_expert;
  FrameStack m_frames;
  int m_demoSteps = 0;
  int64_t m_envSteps = 0;
  int64_t m_episode = 0;
  int m_trainEpisodes = 0, m_trainSuccesses = 0;  // since the last evaluation
  double m_trainSeconds = 0;
};

}  // namespace lab
