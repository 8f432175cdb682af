#include "replay_buffer.h"

#include <torch/torch.h>

#include <cmath>
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
      m_imagePixels(imageSize * imageSize * frames),
      m_stateDim(stateDim),
      m_actionDim(actionDim) {
  if (capacity <= 0) throw std::invalid_argument("replay buffer: capacity must be positive");
  if (frames < 1) throw std::invalid_argument("replay buffer: frames must be at least 1");
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
  put(m_image, t.obs.image, m_imagePixels);
  put(m_nextImage, t.next.image, m_imagePixels);
  put(m_state, t.obs.state, m_stateDim);
  put(m_nextState, t.next.state, m_stateDim);
  put(m_action, t.action, m_actionDim);
  if (grow) {
    m_reward.push_back(t.reward);
    m_mcReturn.push_back(t.mcReturn);
    m_terminal.push_back(t.terminal ? 1 : 0);
    m_episode.push_back(episodeId);
    m_stepsToEnd.push_back(stepsToEnd);
    ++m_size;
  } else {
    m_reward[m_next] = t.reward;
    m_mcReturn[m_next] = t.mcReturn;
    m_terminal[m_next] = t.terminal ? 1 : 0;
    m_episode[m_next] = episodeId;
    m_stepsToEnd[m_next] = stepsToEnd;
  }
  m_next = (m_next + 1) % m_capacity;
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
  auto gatherU8 = [&](const std::vector<std::uint8_t>& src) {
    auto out = torch::empty({batchSize, m_frames, m_side, m_side}, torch::kUInt8);
    auto* dst = out.data_ptr<std::uint8_t>();
    for (int i = 0; i < batchSize; ++i) {
      std::copy_n(src.data() + index[i] * m_imagePixels, m_imagePixels, dst + i * m_imagePixels);
    }
    return out.to(torch::kFloat).div_(255.0);
  };
  b.action = gatherF(m_action, m_actionDim);
  b.state = m_stateDim ? gatherF(m_state, m_stateDim) : torch::zeros({batchSize, 0});
  b.nextState = m_stateDim ? gatherF(m_nextState, m_stateDim) : torch::zeros({batchSize, 0});
  if (m_imagePixels) {
    b.image = gatherU8(m_image);
    b.nextImage = gatherU8(m_nextImage);
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

int ReplayBuffer::relabelEpisode(int64_t episodeId, float oldReward, float reward,
                                 bool terminal, double gamma) {
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
  return m_image.size() + m_nextImage.size() + m_terminal.size() +
         sizeof(float) * (m_state.size() + m_nextState.size() + m_action.size() +
                           m_reward.size() + m_mcReturn.size()) +
         sizeof(int64_t) * m_episode.size() + sizeof(int) * m_stepsToEnd.size();
}

void ReplayBuffer::clear() {
  m_size = m_next = 0;
  m_image.clear(); m_nextImage.clear(); m_state.clear(); m_nextState.clear();
  m_action.clear(); m_reward.clear(); m_mcReturn.clear(); m_terminal.clear(); m_episode.clear();
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
    t.obs.image = slice(m_image, i, m_imagePixels);
    t.next.image = slice(m_nextImage, i, m_imagePixels);
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
