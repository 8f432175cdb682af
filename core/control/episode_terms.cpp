#include "episode_terms.h"

#include <algorithm>
#include <cmath>

#include "controller_types.h"

namespace lab {

EpisodeTerms::EpisodeTerms(const ControllerSettings& settings, const hw::RobotInfo& info)
    : m_runSeed(static_cast<std::uint64_t>(settings.sac.seed)),
      m_demoSeed(settings.demoSeed),
      m_evalSeed(settings.evalSeed),
      m_demoMaxSteps(settings.demoMaxSteps),
      m_demoMaxSeconds(settings.demoMaxSeconds),
      m_controlRateHz(info.controlRateHz),
      m_episodeSteps(info.maxEpisodeSteps) {}

std::uint64_t EpisodeTerms::seed(const QString& kind, int64_t episodeId, int evalIndex,
                                 std::uint64_t replaySeed) const {
  if (kind == "eval") {
    const std::uint64_t first =
        m_evalSeed >= 0 ? static_cast<std::uint64_t>(m_evalSeed) : kEvalSeedBase;
    return first + static_cast<std::uint64_t>(evalIndex);
  }
  if (kind == "replay") return replaySeed;
  if (kind == "demo" && m_demoSeed >= 0) return static_cast<std::uint64_t>(m_demoSeed);
  return m_runSeed * 1000003ULL + static_cast<std::uint64_t>(episodeId);
}

int EpisodeTerms::demoStepLimit() const {
  if (m_demoMaxSteps > 0) return m_demoMaxSteps;
  if (m_demoMaxSeconds > 0 && m_controlRateHz > 0) {
    return std::max(1, static_cast<int>(std::lround(m_demoMaxSeconds * m_controlRateHz)));
  }
  return 3 * m_episodeSteps;
}

}  // namespace lab
