#pragma once
// Fixed-capacity ring buffer of transitions, used for both the expert buffer D_exp and the
// online buffer D_buf. Not thread-safe: owned by the learner thread; other threads hand
// transitions over through a queue.
//
// Images: add() takes the stacked observations FrameStack builds (frame_stack frames in obs and
// in next), but each camera frame is kept once, as uint8 in a FrameRing (4 KiB per 64x64 frame):
// a transition names its newest obs and next frame and how many older frames of its stack are
// distinct (the rest repeat the oldest, FrameStack's padding at an episode's start). A
// transition whose obs stack equals the previous one's next stack shares those frames, and one
// whose next stack is its obs stack shifted by one adds a single frame, so a stored episode
// costs one frame per step plus one, whatever frame_stack is. Anything else (an unrelated
// transition) stores its distinct frames in full: the batches are the same bytes either way.
#include <torch/types.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <vector>

#include "frame_ring.h"
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

  // Adds a transition tagged with the episode it came from and its distance to that episode's
  // final step (for relabelling; -1: unknown, never relabelled). Overwrites the oldest once
  // full. Throws std::invalid_argument on a shape mismatch, naming the field.
  void add(const Transition& t, int64_t episodeId = -1, int stepsToEnd = -1);
  // Uniform sample with replacement, drawn from `gen` so runs are reproducible.
  Batch sample(int batchSize, torch::Generator& gen) const;
  // Concatenates `n` samples from each buffer in order (a first, then b).
  static Batch concat(const Batch& a, const Batch& b);

  // A label changed after the fact: the episode's final step (stepsToEnd 0) gets `reward` and
  // `terminal`, and the Monte-Carlo return of every stored step of the episode moves by
  // gamma^stepsToEnd * (reward - oldReward), as fillReturns would give for the new label (the
  // engine's rewards are zero but on the final step). Returns how many transitions changed.
  int relabelEpisode(int64_t episodeId, float oldReward, float reward, bool terminal, double gamma);

  // What one transition of a stored episode costs (one frame and its per-transition values):
  // capacity x this is what a full buffer holds (memory check, bench).
  static std::size_t bytesPerTransition(int imageSize, int stateDim, int actionDim, int frames);

  int size() const { return m_size; }
  int capacity() const { return m_capacity; }
  bool empty() const { return m_size == 0; }
  std::size_t memoryBytes() const;  // bytes held by stored data (frames kept once)
  int64_t framesKept() const { return m_ring ? m_ring->liveFrames() : 0; }
  void clear();

  // Raw access (tests, export).
  Transition at(int index) const;
  int stepsToEnd(int index) const { return m_stepsToEnd.at(static_cast<std::size_t>(index)); }

 private:
  // A stacked observation in the frame ring: channel k (k frames ago) is frame
  // seq - min(k, depth).
  struct StackRef {
    int64_t seq = -1;
    int depth = 0;
  };
  int64_t channelFrame(StackRef ref, int k) const { return ref.seq - std::min(k, ref.depth); }
  bool sameStack(const std::vector<std::uint8_t>& image, StackRef ref) const;
  StackRef pushStack(const std::vector<std::uint8_t>& image);
  StackRef putImages(const Transition& t, StackRef& next);
  void copyStack(StackRef ref, std::uint8_t* dst) const;
  StackRef obsRef(int slot) const { return {m_obsFrame[slot], m_obsDepth[slot]}; }
  StackRef nextRef(int slot) const { return {m_nextFrame[slot], m_nextDepth[slot]}; }

  int m_capacity, m_side, m_frames, m_framePixels, m_imagePixels, m_stateDim, m_actionDim;
  int m_size = 0, m_next = 0;
  int m_last = -1;                    // slot of the newest transition
  std::unique_ptr<FrameRing> m_ring;  // null without images
  std::vector<int64_t> m_obsFrame, m_nextFrame;
  std::vector<std::uint8_t> m_obsDepth, m_nextDepth;
  std::vector<float> m_state, m_nextState, m_action, m_reward, m_mcReturn;
  std::vector<std::uint8_t> m_terminal;
  std::vector<int64_t> m_episode;
  std::vector<int> m_stepsToEnd;
};

}  // namespace lab
