#include "sim/camera_noise.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace lab::hw {

namespace {

// Uniform in (0, 1]: never 0, so the logarithm below is finite.
double unitOpen(std::mt19937_64& engine) {
  return (static_cast<double>(engine() >> 11) + 1.0) * 0x1.0p-53;
}

// The frame's identity as one 64-bit key, put through splitmix64's finaliser so that
// neighbouring keys (the next step, the next seed) seed unrelated streams.
std::uint64_t frameKey(std::uint64_t episodeSeed, int step, int view) {
  std::uint64_t x = episodeSeed ^ (static_cast<std::uint64_t>(step) << 8) ^
                    static_cast<std::uint64_t>(view) ^ 0x9e3779b97f4a7c15ULL;
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

void CameraNoise::apply(std::vector<std::uint8_t>& pixels, std::uint64_t episodeSeed, int step,
                        int view) const {
  if (!enabled()) return;
  std::mt19937_64 engine(frameKey(episodeSeed, step, view));
  const double sigma = m_sigma * 255.0;
  const double twoPi = 6.283185307179586;
  for (std::size_t i = 0; i < pixels.size(); i += 2) {
    // Box-Muller: one pair of uniforms gives two independent normals.
    const double r = sigma * std::sqrt(-2.0 * std::log(unitOpen(engine)));
    const double angle = twoPi * unitOpen(engine);
    const double noise[2] = {r * std::cos(angle), r * std::sin(angle)};
    for (std::size_t k = 0; k < 2 && i + k < pixels.size(); ++k) {
      const double v = std::clamp(pixels[i + k] + noise[k], 0.0, 255.0);
      pixels[i + k] = static_cast<std::uint8_t>(std::lround(v));
    }
  }
}

}  // namespace lab::hw
