#pragma once
// SimRandom: the seeded generator behind every randomised start. It builds doubles from the raw
// mt19937_64 stream itself (std::uniform_real_distribution is implementation defined), so the
// same seed gives the same start with any standard library.
#include <cstdint>
#include <random>

namespace lab::hw {

class SimRandom {
 public:
  explicit SimRandom(std::uint64_t seed) : m_engine(seed) {}

  // Uniform in [lo, hi).
  double uniform(double lo, double hi) {
    const double unit = static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
    return lo + (hi - lo) * unit;
  }
  // True with probability 1/2.
  bool coin() { return (m_engine() >> 63) != 0; }

 private:
  std::mt19937_64 m_engine;
};

}  // namespace lab::hw
