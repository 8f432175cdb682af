#include "demo_degrader.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

namespace lab {

namespace {

void noisy(std::vector<float>& values, std::normal_distribution<double>& noise,
           std::mt19937_64& rng, double lo, double hi) {
  for (auto& v : values) v = static_cast<float>(std::clamp(v + noise(rng), lo, hi));
}

void noisy(Observation& o, double sigma, std::mt19937_64& rng) {
  std::normal_distribution<double> stateNoise(0.0, sigma), pixelNoise(0.0, sigma * 255.0);
  const double inf = std::numeric_limits<double>::infinity();
  noisy(o.state, stateNoise, rng, -inf, inf);
  for (auto& p : o.image) {
    p = static_cast<std::uint8_t>(std::lround(std::clamp(p + pixelNoise(rng), 0.0, 255.0)));
  }
}

}  // namespace

DemoDegrader::DemoDegrader(DemoDegradation degradation, std::uint64_t seed)
    : m_d(degradation), m_seed(seed) {}

std::vector<bool> DemoDegrader::apply(std::vector<Transition>& steps, int64_t episodeId) const {
  const int n = static_cast<int>(steps.size());
  std::vector<bool> kept(n, true);
  if (!m_d.any() || n == 0) return kept;
  // Seeded by both so two demos of one run differ and a reopen repeats each one. seed_seq keeps
  // 32 bits of each value: the high half is folded in, so values below 2^32 (every run so far)
  // draw as they always did and the rest no longer collide with them.
  const auto fold = [](std::uint64_t v) { return static_cast<std::uint32_t>(v ^ (v >> 32)); };
  std::seed_seq seq{fold(m_seed), fold(static_cast<std::uint64_t>(episodeId)), 0x5d3eu};
  std::mt19937_64 rng(seq);
  const int dropped = std::min(n - 1, static_cast<int>(std::lround(m_d.drop * n)));
  std::vector<int> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::shuffle(order.begin(), order.end(), rng);
  for (int k = 0; k < dropped; ++k) kept[order[k]] = false;
  std::normal_distribution<double> actionNoise(0.0, m_d.actionNoise);
  for (int i = 0; i < n; ++i) {
    if (!kept[i]) continue;
    auto& t = steps[i];
    if (m_d.actionNoise > 0) noisy(t.action, actionNoise, rng, -1.0, 1.0);
    if (m_d.obsNoise > 0) {
      noisy(t.obs, m_d.obsNoise, rng);
      noisy(t.next, m_d.obsNoise, rng);
    }
  }
  return kept;
}

}  // namespace lab
