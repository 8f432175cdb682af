#pragma once
// SimRandom: the seeded generator behind every randomised start. It builds doubles from the raw
// mt19937_64 stream itself (std::uniform_real_distribution is implementation defined), so the
// same seed gives the same start with any standard library.
// `spread` in (0, 1] narrows every range around its centre (SimSettings::startSpread): a lab
// can start with nearly fixed positions and widen them as the policy generalises.
#include <cstdint>
#include <random>

namespace lab::hw {

class SimRandom {
 public:
  explicit SimRandom(std::uint64_t seed, double spread = 1.0) : m_engine(seed), m_spread(spread) {}

  // Uniform in the middle `spread` fraction of [lo, hi) (all of it at spread 1).
  double uniform(double lo, double hi) {
    const double unit = static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
    return 0.5 * (lo + hi) + (hi - lo) * m_spread * (unit - 0.5);
  }
  // True with probability 1/2.
  bool coin() { return (m_engine() >> 63) != 0; }

 private:
  std::mt19937_64 m_engine;
  double m_spread;
};

}  // namespace lab::hw
