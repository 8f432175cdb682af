#pragma once
// Fixed-capacity ring buffer of transitions, images kept as uint8 (4 KiB per 64x64 frame), used
// for both the expert buffer D_exp and the online buffer D_buf. Not thread-safe: owned by the
// learner thread; other threads hand transitions over through a queue.
#include <torch/types.h>

#include <cstdint>
#include <vector>

#include "transition.h"

namespace lab {

// A sampled minibatch as tensors on the CPU. Images are float in [0, 1], shape [B, F, H, W]
// with F stacked frames (FrameStack).
struct Batch {
  torch::Tensor image, state, action, reward, terminal, nextImage, nextState;
  torch::Tensor mcReturn;  // [B, 1]
  int64_t size() const { return action.size(0); }
};

class ReplayBuffer {
 public:
  // imageSize 0 means no images; stateDim 0 means no state vector; each image observation holds
  // `frames` stacked imageSize x imageSize frames.
  ReplayBuffer(int capacity, int imageSize, int stateDim, int actionDim, int frames = 1);

  // Adds a transition tagged with the episode it came from (for relabelling). Overwrites the
  // oldest once full. Throws std::invalid_argument on a shape mismatch, naming the field.
  void add(const Transition& t, int64_t episodeId = -1);
  // Uniform sample with replacement, drawn from `gen` so runs are reproducible.
  Batch sample(int batchSize, torch::Generator& gen) const;
  // Concatenates `n` samples from each buffer in order (a first, then b).
  static Batch concat(const Batch& a, const Batch& b);

  // Sets reward/terminal of the LAST stored transition of `episodeId` (a label changed after
  // the fact). Returns false when the episode is no longer (or never was) in the buffer.
  bool relabelEpisodeEnd(int64_t episodeId, float reward, bool terminal);

  int size() const { return m_size; }
  int capacity() const { return m_capacity; }
  bool empty() const { return m_size == 0; }
  std::size_t memoryBytes() const;  // bytes held by stored data
  void clear();

  // Raw access (tests, export).
  Transition at(int index) const;

 private:
  int m_capacity, m_side, m_frames, m_imagePixels, m_stateDim, m_actionDim;
  int m_size = 0, m_next = 0;
  std::vector<std::uint8_t> m_image, m_nextImage;
  std::vector<float> m_state, m_nextState, m_action, m_reward, m_mcReturn;
  std::vector<std::uint8_t> m_terminal;
  std::vector<int64_t> m_episode;
};

}  // namespace lab
