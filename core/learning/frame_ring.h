#pragma once
// Camera frames of a replay buffer, each kept once, named by a sequence number that grows by one
// per pushed frame. Frames live in fixed-size chunks so the store grows with what is kept and
// gives back whole chunks once every frame in them is older than what the buffer still needs
// (no copy when it grows, no reallocation of gigabytes at once). Not thread-safe.
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>

namespace lab {

class FrameRing {
 public:
  // framePixels > 0: bytes of one frame. chunkFrames: frames per allocation.
  FrameRing(std::size_t framePixels, int chunkFrames);

  // Copies one frame in; returns its sequence number.
  int64_t push(const std::uint8_t* frame);
  // A frame pushed and not yet released. Throws std::out_of_range otherwise.
  const std::uint8_t* frame(int64_t seq) const;
  int64_t newest() const { return m_end - 1; }  // -1 before the first push
  // Frames before `seq` are no longer needed; whole chunks of them are freed.
  void releaseBefore(int64_t seq);
  void clear();

  int64_t liveFrames() const { return m_end - m_begin; }
  std::size_t allocatedBytes() const { return m_chunks.size() * chunkBytes(); }

 private:
  std::size_t chunkBytes() const { return m_framePixels * static_cast<std::size_t>(m_chunkFrames); }

  std::size_t m_framePixels;
  int m_chunkFrames;
  std::deque<std::unique_ptr<std::uint8_t[]>> m_chunks;
  int64_t m_firstChunk = 0;                 // chunk number of m_chunks.front()
  int64_t m_begin = 0, m_end = 0;           // live sequence numbers [m_begin, m_end)
  std::unique_ptr<std::uint8_t[]> m_spare;  // one freed chunk, reused before allocating
};

}  // namespace lab
