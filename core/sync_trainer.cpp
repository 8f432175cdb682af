#include "sync_trainer.h"

#include <chrono>
#include <utility>
#include <stdexcept>

namespace lab {

namespace {
int imageSideFor(const SacConfig& c, const Environment& env) {
  return c.obsMode == ObsMode::State ? 0 : env.imageSize();
}
int stateDimFor(const SacConfig& c, const Environment& env) {
  return c.obsMode == ObsMode::Image ? 0 : env.stateDim();
}
}  // namespace

void fillReturns(std::vector<Transition>& episode, double gamma) {
  double g = 0.0;
  for (auto it = episode.rbegin(); it != episode.rend(); ++it) {
    g = it->reward + (it->terminal ? 0.0 : gamma * g);
    it->mcReturn = static_cast<float>(g);
  }
}

SyncTrainer::SyncTrainer(const SacConfig& config, Environment& env)
    : m_config(config),
      m_env(env),
      m_replay(config.replayCapacity, imageSideFor(config, env), stateDimFor(config, env),
               env.actionDim(), config.frameStack),
      m_expert(config.expertCapacity, imageSideFor(config, env), stateDimFor(config, env),
               env.actionDim(), config.frameStack),
      m_frames(config.frameStack,
               static_cast<std::size_t>(imageSideFor(config, env)) * imageSideFor(config, env)) {
  if (config.obsMode != ObsMode::State && env.imageSize() != config.imageSize) {
    throw ConfigError("config key 'image_size' is " + std::to_string(config.imageSize) +
                      " but the task renders " + std::to_string(env.imageSize()));
  }
  m_learner = std::make_unique<SigEntSac>(config, env.stateDim(), env.actionDim());
}

Observation SyncTrainer::cropForConfig(Observation obs) const {
  // Drop what the configured observation mode does not use, so buffers hold only that.
  if (m_config.obsMode == ObsMode::State) obs.image.clear();
  if (m_config.obsMode == ObsMode::Image) obs.state.clear();
  return obs;
}

Observation SyncTrainer::startEpisode(std::uint64_t seed) {
  return m_frames.start(cropForConfig(m_env.reset(seed)));
}

Observation SyncTrainer::nextObservation(const EnvStep& s) {
  return m_frames.next(cropForConfig(s.obs));
}

int SyncTrainer::recordScriptedDemo(std::uint64_t seed) {
  Observation obs = startEpisode(seed);
  std::vector<Transition> demo;
  for (int t = 0; t < m_env.maxEpisodeSteps(); ++t) {
    std::vector<float> action;
    if (!m_env.expertAction(action)) {
      throw std::runtime_error(m_env.name() + " has no scripted expert to record a demo with");
    }
    EnvStep s = m_env.step(action);
    Transition tr{obs, action, s.success ? 1.0f : 0.0f, s.success || s.failure,
                  nextObservation(s)};
    demo.push_back(tr);
    obs = tr.next;
    if (s.success) {
      fillReturns(demo, m_config.gamma);
      for (const auto& d : demo) {
        m_expert.add(d, m_episode);
        if (m_config.demoToReplay) m_replay.add(d, m_episode);
      }
      ++m_episode;
      m_demoSteps = static_cast<int>(demo.size());
      return m_demoSteps;
    }
    if (s.failure) {
      throw std::runtime_error("the scripted expert of " + m_env.name() + " failed at step " +
                               std::to_string(t + 1) + " (seed " + std::to_string(seed) + ")");
    }
  }
  throw std::runtime_error("the scripted expert of " + m_env.name() +
                           " did not succeed within the time limit (seed " +
                           std::to_string(seed) + ")");
}

void SyncTrainer::train(int64_t envSteps, int64_t evalEvery, int evalEpisodes,
                        const std::function<bool(const EvalReport&)>& onEval) {
  const auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return m_trainSeconds +
           std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  UpdateMetrics last;
  std::vector<Transition> episode;
  Observation obs = startEpisode(m_config.seed * 7919 + m_episode);
  for (int64_t i = 0; i < envSteps; ++i) {
    const auto action = m_learner->act(obs, false);
    EnvStep s = m_env.step(action);
    Transition tr{obs, action, s.success ? 1.0f : 0.0f, s.success || s.failure,
                  nextObservation(s)};
    // The episode reaches the buffer when it ends, with its Monte-Carlo returns filled in.
    episode.push_back(tr);
    ++m_envSteps;
    obs = tr.next;
    if (s.success || s.failure || s.timeout) {
      fillReturns(episode, m_config.gamma);
      for (const auto& t : episode) m_replay.add(t, m_episode);
      episode.clear();
      ++m_episode;
      ++m_trainEpisodes;
      m_trainSuccesses += s.success ? 1 : 0;
      obs = startEpisode(m_config.seed * 7919 + m_episode);
    }
    if (m_replay.size() + m_expert.size() >= 2 && m_envSteps > m_config.warmupSteps) {
      for (int u = 0; u < m_config.utd; ++u) last = m_learner->update(m_replay, m_expert);
    }
    if ((evalEvery > 0 && m_envSteps % evalEvery == 0) || i + 1 == envSteps) {
      const double trainTime = elapsed();
      EvalReport r = evaluate(evalEpisodes);
      r.seconds = trainTime;
      r.last = last;
      r.trainEpisodes = std::exchange(m_trainEpisodes, 0);
      r.trainSuccesses = std::exchange(m_trainSuccesses, 0);
      const bool more = !onEval || onEval(r);
      // The evaluation episodes moved the environment: start a fresh training episode (the
      // interrupted one is kept, ended like a time-out).
      fillReturns(episode, m_config.gamma);
      for (const auto& t : episode) m_replay.add(t, m_episode);
      episode.clear();
      ++m_episode;
      obs = startEpisode(m_config.seed * 7919 + m_episode);
      if (!more) break;
    }
  }
  m_trainSeconds = elapsed();
}

EvalReport SyncTrainer::evaluate(int episodes, std::uint64_t evalSeedBase,
                                 const StepObserver& observer) {
  EvalReport r;
  r.envSteps = m_envSteps;
  r.episodes = episodes;
  double steps = 0;
  for (int e = 0; e < episodes; ++e) {
    Observation obs = startEpisode(evalSeedBase + e);
    for (int t = 0; t < m_env.maxEpisodeSteps(); ++t) {
      const std::vector<float> action = m_learner->act(obs, true);
      EnvStep s = m_env.step(action);
      if (observer) observer(e, t, action, s);
      obs = nextObservation(s);
      if (s.success) {
        ++r.successes;
        steps += t + 1;
        break;
      }
      if (s.failure || s.timeout) break;
    }
  }
  r.meanSteps = r.successes ? steps / r.successes : 0;
  return r;
}

}  // namespace lab
