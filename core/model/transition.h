#pragma once
// Plain data that flows from the robot loop into the buffers and the store.
#include <cstdint>
#include <vector>

namespace lab {

struct Observation {
  std::vector<std::uint8_t> image;  // imageSize x imageSize grayscale, empty in state mode
  std::vector<float> state;         // low-dimensional state, empty in image mode
};

struct Transition {
  Observation obs;
  std::vector<float> action;  // normalised to [-1, 1]
  float reward = 0.0f;
  bool terminal = false;  // success (or a failure configured as terminal): no bootstrapping
  Observation next;
  // Discounted return from this step to the end of its episode, once the episode is over
  // (0 until then). The OOD term never pushes Q below it (Cal-QL's calibration), which keeps
  // the conservative term from dragging values below what the data already achieved.
  float mcReturn = 0.0f;
};

}  // namespace lab
