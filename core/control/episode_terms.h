#pragma once
// The terms an episode runs on: where it starts (the seed its reset() gets) and how long it may
// run (its time limit in steps). Evaluation episode i starts from the same place in every
// evaluation and every run (kEvalSeedBase + i, or the settings' evalSeed + i), so evaluations
// compare; a training episode's start follows the run's seed and the episode's id; a replay
// starts where its demo did; a demo starts at the settings' demoSeed when one is given. A demo
// has its own, longer limit: a person driving needs longer than the policy. Pure: the settings
// and the robot's info are given at connect.
#include <QString>
#include <cstdint>

#include "api/robot_interface.h"
#include "training_controller.h"

namespace lab {

class EpisodeTerms {
 public:
  EpisodeTerms() = default;
  EpisodeTerms(const ControllerSettings& settings, const hw::RobotInfo& info);

  // The start of an episode of `kind` ("train", "eval", "demo", "replay"): `episodeId` is the
  // id it gets, `evalIndex` its index in the running evaluation, `replaySeed` the demo's seed.
  std::uint64_t seed(const QString& kind, int64_t episodeId, int evalIndex,
                     std::uint64_t replaySeed) const;
  // The time limit of a recording (demo) or of any other episode (the robot's own).
  int stepLimit(bool recording) const { return recording ? demoStepLimit() : m_episodeSteps; }
  // demoMaxSteps; else demoMaxSeconds at the robot's control rate (at least 1); else three
  // times the robot's episode limit.
  int demoStepLimit() const;

 private:
  std::uint64_t m_runSeed = 0;
  int64_t m_demoSeed = -1;
  int64_t m_evalSeed = -1;
  int m_demoMaxSteps = 0;
  double m_demoMaxSeconds = 0;
  double m_controlRateHz = 0;
  int m_episodeSteps = 0;
};

}  // namespace lab
