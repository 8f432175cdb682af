#include "replay_buffer.h"

#include <torch/torch.h>

#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>

namespace lab {

namespace {
void checkSize(const char* field, std::size_t got, std::size_t want) {
  if (got != want) {
    throw std::invalid_argument(std::string("replay buffer: ") + field + " has " +
                                std::to_string(got) + " values, expected " + std::to_string(want));
  }
}
}  // namespace

ReplayBuffer::ReplayBuffer(int capacity, int imageSize, int stateDim, int actionDim, int frames)
    : m_capacity(capacity),
      m_side(imageSize),
      m_frames(frames),
      m_framePixels(imageSize * imageSize),
      m_imagePixels(imageSize * imageSize * frames),
      m_stateDim(stateDim),
      m_actionDim(actionDim) {
  if (capacity <= 0) throw std::invalid_argument("replay buffer: capacity must be positive");
  if (frames < 1) throw std::invalid_argument("replay buffer: frames must be at least 1");
  if (m_framePixels > 0) {
    // About 1 MiB per chunk, smaller for a small buffer (tests build many).
    const int chunk = std::max(1, std::min((1 << 20) / m_framePixels, std::max(64, capacity)));
    m_ring = std::make_unique<FrameRing>(static_cast<std::size_t>(m_framePixels), chunk);
  }
}

std::size_t ReplayBuffer::bytesPerTransition(int imageSize, int stateDim, int actionDim,
                                             int frames) {
  (void)frames;  // a stored episode keeps one frame per step whatever the stack
  const std::size_t image =
      imageSize > 0 ? std::size_t(imageSize) * imageSize + 2 * (sizeof(int64_t) + 1) : 0;
  return image + sizeof(float) * (2 * std::size_t(stateDim) + actionDim + 2) + 1 + sizeof(int64_t) +
         sizeof(int);
}

bool ReplayBuffer::sameStack(const std::vector<std::uint8_t>& image, StackRef ref) const {
  for (int k = 0; k < m_frames; ++k) {
    if (std::memcmp(image.data() + std::size_t(k) * m_framePixels,
                    m_ring->frame(channelFrame(ref, k)), m_framePixels) != 0) {
      return false;
    }
  }
  return true;
}

ReplayBuffer::StackRef ReplayBuffer::pushStack(const std::vector<std::uint8_t>& image) {
  // Channels from `depth` on all equal the oldest (FrameStack pads an episode's start with its
  // first frame): those are kept once.
  auto channel = [&](int k) { return image.data() + std::size_t(k) * m_framePixels; };
  int depth = m_frames - 1;
  while (depth > 0 && std::memcmp(channel(depth - 1), channel(m_frames - 1), m_framePixels) == 0) {
    --depth;
  }
  StackRef ref;
  for (int k = depth; k >= 0; --k) ref.seq = m_ring->push(channel(k));  // oldest first
  ref.depth = depth;
  return ref;
}

ReplayBuffer::StackRef ReplayBuffer::putImages(const Transition& t, StackRef& next) {
  // The obs stack is usually the previous transition's next stack (the same episode, in order).
  const StackRef obs = m_last >= 0 && sameStack(t.obs.image, nextRef(m_last))
                           ? nextRef(m_last)
                           : pushStack(t.obs.image);
  // The next stack is usually the obs stack shifted by one step with one new frame in front.
  bool shifted = obs.seq == m_ring->newest();
  for (int k = 1; shifted && k < m_frames; ++k) {
    shifted = std::memcmp(t.next.image.data() + std::size_t(k) * m_framePixels,
                          m_ring->frame(channelFrame(obs, k - 1)), m_framePixels) == 0;
  }
  if (shifted) {
    next.seq = m_ring->push(t.next.image.data());
    next.depth = std::min(obs.depth + 1, m_frames - 1);
  } else {
    next = pushStack(t.next.image);
  }
  return obs;
}

void ReplayBuffer::copyStack(StackRef ref, std::uint8_t* dst) const {
  for (int k = 0; k < m_frames; ++k) {
    std::memcpy(dst + std::size_t(k) * m_framePixels, m_ring->frame(channelFrame(ref, k)),
                m_framePixels);
  }
}

void ReplayBuffer::add(const Transition& t, int64_t episodeId, int stepsToEnd) {
  checkSize("obs.image", t.obs.image.size(), m_imagePixels);
  checkSize("next.image", t.next.image.size(), m_imagePixels);
  checkSize("obs.state", t.obs.state.size(), m_stateDim);
  checkSize("next.state", t.next.state.size(), m_stateDim);
  checkSize("action", t.action.size(), m_actionDim);
  // Grow lazily up to capacity so a large capacity costs nothing until used.
  const bool grow = m_size < m_capacity && m_next == m_size;
  auto put = [&](auto& vec, const auto& src, std::size_t width) {
    if (width == 0) return;
    if (grow) {
      vec.insert(vec.end(), src.begin(), src.end());
    } else {
      std::copy(src.begin(), src.end(), vec.begin() + static_cast<std::ptrdiff_t>(m_next * width));
    }
  };
  auto put1 = [&](auto& vec, auto value) {
    if (grow) {
      vec.push_back(value);
    } else {
      vec[m_next] = value;
    }
  };
  if (m_ring) {
    // Frames are pushed before the slot is overwritten: with capacity 1 the obs stack may still
    // be the overwritten transition's next stack.
    StackRef next;
    const StackRef obs = putImages(t, next);
    put1(m_obsFrame, obs.seq);
    put1(m_obsDepth, static_cast<std::uint8_t>(obs.depth));
    put1(m_nextFrame, next.seq);
    put1(m_nextDepth, static_cast<std::uint8_t>(next.depth));
  }
  put(m_state, t.obs.state, m_stateDim);
  put(m_nextState, t.next.state, m_stateDim);
  put(m_action, t.action, m_actionDim);
  put1(m_reward, t.reward);
  put1(m_mcReturn, t.mcReturn);
  put1(m_terminal, std::uint8_t(t.terminal ? 1 : 0));
  put1(m_episode, episodeId);
  put1(m_stepsToEnd, stepsToEnd);
  if (grow) ++m_size;
  m_last = m_next;
  m_next = (m_next + 1) % m_capacity;
  if (m_ring) {
    // Frame numbers only grow along the ring, so the oldest transition's oldest frame is the
    // oldest still needed.
    const int oldest = m_size < m_capacity ? 0 : m_next;
    m_ring->releaseBefore(m_obsFrame[oldest] - m_obsDepth[oldest]);
  }
}

Batch ReplayBuffer::sample(int batchSize, torch::Generator& gen) const {
  if (m_size == 0) throw std::logic_error("replay buffer: sample from an empty buffer");
  auto idx = torch::randint(m_size, {batchSize}, gen, torch::kLong);
  auto index = idx.accessor<int64_t, 1>();
  Batch b;
  auto gatherF = [&](const std::vector<float>& src, int width) {
    auto out = torch::empty({batchSize, width}, torch::kFloat);
    float* dst = out.data_ptr<float>();
    for (int i = 0; i < batchSize; ++i) {
      std::copy_n(src.data() + index[i] * width, width, dst + i * width);
    }
    return out;
  };
  auto gatherU8 = [&](const std::vector<int64_t>& frame, const std::vector<std::uint8_t>& depth) {
    auto out = torch::empty({batchSize, m_frames, m_side, m_side}, torch::kUInt8);
    auto* dst = out.data_ptr<std::uint8_t>();
    for (int i = 0; i < batchSize; ++i) {
      copyStack({frame[index[i]], depth[index[i]]}, dst + std::size_t(i) * m_imagePixels);
    }
    return out.to(torch::kFloat).div_(255.0);
  };
  b.action = gatherF(m_action, m_actionDim);
  b.state = m_stateDim ? gatherF(m_state, m_stateDim) : torch::zeros({batchSize, 0});
  b.nextState = m_stateDim ? gatherF(m_nextState, m_stateDim) : torch::zeros({batchSize, 0});
  if (m_imagePixels) {
    b.image = gatherU8(m_obsFrame, m_obsDepth);
    b.nextImage = gatherU8(m_nextFrame, m_nextDepth);
  }
  b.reward = torch::empty({batchSize, 1});
  b.terminal = torch::empty({batchSize, 1});
  b.mcReturn = torch::empty({batchSize, 1});
  auto reward = b.reward.accessor<float, 2>();
  auto terminal = b.terminal.accessor<float, 2>();
  auto mc = b.mcReturn.accessor<float, 2>();
  for (int i = 0; i < batchSize; ++i) {
    reward[i][0] = m_reward[index[i]];
    terminal[i][0] = static_cast<float>(m_terminal[index[i]]);
    mc[i][0] = m_mcReturn[index[i]];
  }
  return b;
}

Batch ReplayBuffer::concat(const Batch& a, const Batch& b) {
  auto cat = [](const torch::Tensor& x, const torch::Tensor& y) {
    return x.defined() ? torch::cat({x, y}, 0) : x;
  };
  return Batch{cat(a.image, b.image),         cat(a.state, b.state),
               cat(a.action, b.action),       cat(a.reward, b.reward),
               cat(a.terminal, b.terminal),   cat(a.nextImage, b.nextImage),
               cat(a.nextState, b.nextState), cat(a.mcReturn, b.mcReturn)};
}

int ReplayBuffer::relabelEpisode(int64_t episodeId, float oldReward, float reward, bool terminal,
                                 double gamma) {
  const double delta = double(reward) - double(oldReward);
  int changed = 0;
  for (int i = 0; i < m_size; ++i) {
    if (m_episode[i] != episodeId || m_stepsToEnd[i] < 0) continue;
    if (m_stepsToEnd[i] == 0) {
      m_reward[i] = reward;
      m_terminal[i] = terminal ? 1 : 0;
    }
    m_mcReturn[i] = static_cast<float>(m_mcReturn[i] + std::pow(gamma, m_stepsToEnd[i]) * delta);
    ++changed;
  }
  return changed;
}

std::size_t ReplayBuffer::memoryBytes() const {
  const std::size_t frames = m_ring ? std::size_t(m_ring->liveFrames()) * m_framePixels : 0;
  return frames + m_obsDepth.size() + m_nextDepth.size() + m_terminal.size() +
         sizeof(float) * (m_state.size() + m_nextState.size() + m_action.size() + m_reward.size() +
                          m_mcReturn.size()) +
         sizeof(int64_t) * (m_episode.size() + m_obsFrame.size() + m_nextFrame.size()) +
         sizeof(int) * m_stepsToEnd.size();
}

void ReplayBuffer::clear() {
  m_size = m_next = 0;
  m_last = -1;
  if (m_ring) m_ring->clear();
  m_obsFrame.clear();
  m_nextFrame.clear();
  m_obsDepth.clear();
  m_nextDepth.clear();
  m_state.clear();
  m_nextState.clear();
  m_action.clear();
  m_reward.clear();
  m_mcReturn.clear();
  m_terminal.clear();
  m_episode.clear();
  m_stepsToEnd.clear();
}

Transition ReplayBuffer::at(int i) const {
  if (i < 0 || i >= m_size) throw std::out_of_range("replay buffer: index out of range");
  Transition t;
  auto slice = [](const auto& v, int i, int w) {
    using T = typename std::decay_t<decltype(v)>::value_type;
    return std::vector<T>(v.begin() + i * w, v.begin() + (i + 1) * w);
  };
  if (m_imagePixels) {
    t.obs.image.resize(m_imagePixels);
    t.next.image.resize(m_imagePixels);
    copyStack(obsRef(i), t.obs.image.data());
    copyStack(nextRef(i), t.next.image.data());
  }
  t.obs.state = slice(m_state, i, m_stateDim);
  t.next.state = slice(m_nextState, i, m_stateDim);
  t.action = slice(m_action, i, m_actionDim);
  t.reward = m_reward[i];
  t.mcReturn = m_mcReturn[i];
  t.terminal = m_terminal[i] != 0;
  return t;
}

}  // namespace lab
