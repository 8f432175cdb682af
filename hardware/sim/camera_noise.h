#pragma once
// CameraNoise: a noisier camera for the simulated robots (SimSettings::cameraNoise). Adds
// Gaussian noise to every pixel of a rendered grayscale frame, the same noise for the same
// (episode seed, control step, view), so a seeded episode gives identical frames however often
// or from which thread it is read, and the noise of one frame is independent of the next.
// The Gaussian is built from the raw mt19937_64 stream (Box-Muller), as SimRandom builds its
// doubles: std::normal_distribution is implementation defined.
#include <cstdint>
#include <vector>

namespace lab::hw {

class CameraNoise {
 public:
  // `sigma` as a fraction of full intensity (0.1 is 25.5 grey levels); 0 leaves frames alone.
  explicit CameraNoise(double sigma = 0.0) : m_sigma(sigma) {}

  bool enabled() const { return m_sigma > 0.0; }

  // Noise on `pixels` in place, rounded and clamped to 0..255. `view` tells frames of the same
  // step apart (the learner's image, the operator's larger view, the in-between live frame).
  void apply(std::vector<std::uint8_t>& pixels, std::uint64_t episodeSeed, int step,
             int view) const;

 private:
  double m_sigma;
};

}  // namespace lab::hw
