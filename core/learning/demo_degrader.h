#pragma once
// The demo made worse on purpose, for the robustness benchmarks (docs/SIGENT_SAC.md, "Demo
// robustness settings"; results in docs/BENCHMARKS.md, "Point-reach (state)"): a fraction of its
// transitions dropped, Gaussian noise on its actions and on its observations. Only the learner's
// copies change; the store keeps the demo as it was recorded, so the same session can be taught
// again from the clean demo. Deterministic in (seed, episode id): a reopened session rebuilds its
// buffers from the same degraded demo.
#include <cstdint>
#include <vector>

#include "transition.h"

namespace lab {

struct DemoDegradation {
  double drop = 0.0;         // fraction of the demo's transitions left out, in [0, 1)
  double actionNoise = 0.0;  // sigma, in normalised action units; results clamped to [-1, 1]
  // sigma, in state units for state vectors and in fractions of full intensity for images
  // (0.1 is 25.5 grey levels; clamped to 0..255)
  double obsNoise = 0.0;
  bool any() const { return drop > 0 || actionNoise > 0 || obsNoise > 0; }
};

class DemoDegrader {
 public:
  DemoDegrader(DemoDegradation degradation, std::uint64_t seed);

  // `steps` is one whole demo in order, returns already computed from the clean demo (a dropped
  // step leaves its neighbours' returns as they were). Returns which steps are kept: exactly
  // round(drop * n) are left out, chosen uniformly, at least one kept. The kept steps' actions
  // and observations (obs and next) get independent noise in place.
  std::vector<bool> apply(std::vector<Transition>& steps, int64_t episodeId) const;

 private:
  DemoDegradation m_d;
  std::uint64_t m_seed;
};

}  // namespace lab
