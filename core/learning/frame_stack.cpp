#include "frame_stack.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace lab {

FrameStack::FrameStack(int frames, std::size_t framePixels)
    : m_frames(frames), m_framePixels(framePixels) {
  if (frames < 1) throw std::invalid_argument("frame stack needs at least 1 frame");
}

void FrameStack::checkFrame(const Observation& single) const {
  if (single.image.size() != m_framePixels) {
    throw std::invalid_argument("frame stack: camera frame has " +
                                std::to_string(single.image.size()) + " pixels, expected " +
                                std::to_string(m_framePixels));
  }
}

Observation FrameStack::start(Observation single) {
  if (m_frames == 1 || m_framePixels == 0) return single;
  checkFrame(single);
  m_history.resize(m_framePixels * m_frames);
  for (int k = 0; k < m_frames; ++k) {
    std::copy(single.image.begin(), single.image.end(), m_history.begin() + k * m_framePixels);
  }
  single.image = m_history;
  return single;
}

Observation FrameStack::next(Observation single) {
  if (m_frames == 1 || m_framePixels == 0) return single;
  if (m_history.empty()) return start(std::move(single));
  checkFrame(single);
  // Oldest frame drops off the end; the new one goes in front.
  std::copy_backward(m_history.begin(), m_history.end() - m_framePixels, m_history.end());
  std::copy(single.image.begin(), single.image.end(), m_history.begin());
  single.image = m_history;
  return single;
}

}  // namespace lab
