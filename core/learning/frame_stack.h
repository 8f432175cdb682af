#pragma once
// Stacks the last N camera frames of an episode into one observation image, newest first:
// channel k is the frame k control steps ago. One 64x64 frame shows where the robot is but not
// how fast it moves; a robot with lagging, swaying dynamics (slalom-humanoid) needs the motion,
// and two frames carry it (docs/BENCHMARKS.md, "Slalom-humanoid with two stacked frames"). With
// N = 1 it passes frames through unchanged. The state vector is never stacked.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "transition.h"

namespace lab {

class FrameStack {
 public:
  // frames >= 1; framePixels = side * side of one frame (0 = observations carry no image).
  FrameStack(int frames, std::size_t framePixels);

  // First observation of an episode: the missing history repeats this frame, so the stack
  // reads as "standing still". Throws std::invalid_argument on a wrongly sized frame.
  Observation start(Observation single);
  // Each later observation: shifts the history by one step.
  Observation next(Observation single);

  int frames() const { return m_frames; }

 private:
  void checkFrame(const Observation& single) const;

  int m_frames;
  std::size_t m_framePixels;
  std::vector<std::uint8_t> m_history;  // frames x framePixels, newest first
};

}  // namespace lab
