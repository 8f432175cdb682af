#include "frame_ring.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>
#include <string>

namespace lab {

FrameRing::FrameRing(std::size_t framePixels, int chunkFrames)
    : m_framePixels(framePixels), m_chunkFrames(chunkFrames) {
  if (framePixels == 0 || chunkFrames <= 0) {
    throw std::invalid_argument("frame ring: frames and chunks must not be empty");
  }
}

int64_t FrameRing::push(const std::uint8_t* frame) {
  const int64_t chunk = m_end / m_chunkFrames;
  if (m_chunks.empty()) m_firstChunk = chunk;
  if (chunk - m_firstChunk == static_cast<int64_t>(m_chunks.size())) {
    // new[] without value-initialisation: pages are touched only as frames are written.
    m_chunks.push_back(m_spare ? std::move(m_spare)
                               : std::unique_ptr<std::uint8_t[]>(new std::uint8_t[chunkBytes()]));
  }
  std::uint8_t* dst = m_chunks[static_cast<std::size_t>(chunk - m_firstChunk)].get() +
                      static_cast<std::size_t>(m_end % m_chunkFrames) * m_framePixels;
  std::memcpy(dst, frame, m_framePixels);
  return m_end++;
}

const std::uint8_t* FrameRing::frame(int64_t seq) const {
  if (seq < m_begin || seq >= m_end) {
    throw std::out_of_range("frame ring: frame " + std::to_string(seq) + " is not kept (kept " +
                            std::to_string(m_begin) + ".." + std::to_string(m_end - 1) + ")");
  }
  const int64_t chunk = seq / m_chunkFrames - m_firstChunk;
  return m_chunks[static_cast<std::size_t>(chunk)].get() +
         static_cast<std::size_t>(seq % m_chunkFrames) * m_framePixels;
}

void FrameRing::releaseBefore(int64_t seq) {
  if (seq <= m_begin) return;
  m_begin = std::min(seq, m_end);
  // The chunk that holds m_begin (or, when nothing is live, the one the next push writes) stays.
  const int64_t keepFrom = m_begin / m_chunkFrames;
  while (!m_chunks.empty() && m_firstChunk < keepFrom) {
    m_spare = std::move(m_chunks.front());
    m_chunks.pop_front();
    ++m_firstChunk;
  }
}

void FrameRing::clear() {
  m_chunks.clear();
  m_spare.reset();
  m_firstChunk = 0;
  m_begin = m_end = 0;
}

}  // namespace lab
