#include "acting_policy.h"

#include <ATen/CPUGeneratorImpl.h>

#include <stdexcept>

namespace lab {

ActingPolicy::ActingPolicy(const SacConfig& config, int stateDim, int actionDim)
    : m_config(config),
      m_stateDim(stateDim),
      m_actionDim(actionDim),
      m_encoder(config, stateDim),
      m_actor(config, m_encoder->outputDim(), actionDim),
      m_gen(at::make_generator<at::CPUGeneratorImpl>(config.seed + 7919)) {
  m_encoder->eval();
  m_actor->eval();
}

void ActingPolicy::load(const PolicyWeights& weights) {
  // The learner never publishes such weights; a policy acting on them would send NaN.
  for (const auto* part : {&weights.encoder, &weights.actor}) {
    for (const auto& t : *part) {
      if (t.is_floating_point() && !torch::isfinite(t).all().item<bool>()) {
        throw std::runtime_error("the weights hold non-finite values");
      }
    }
  }
  restoreTensors(*m_encoder, weights.encoder);
  restoreTensors(*m_actor, weights.actor);
  m_step = weights.step;
}

std::pair<torch::Tensor, torch::Tensor> ActingPolicy::toTensors(const Observation& obs,
                                                                const SacConfig& config,
                                                                int stateDim) {
  torch::Tensor image, state;
  if (config.obsMode != ObsMode::State) {
    const auto pixels =
        static_cast<std::size_t>(config.imageSize) * config.imageSize * config.frameStack;
    if (obs.image.size() != pixels) {
      throw std::invalid_argument("observation image has " + std::to_string(obs.image.size()) +
                                  " pixels, expected " + std::to_string(pixels));
    }
    const std::vector<int64_t> shape{1, config.frameStack, config.imageSize, config.imageSize};
    image = torch::from_blob(const_cast<std::uint8_t*>(obs.image.data()), shape, torch::kUInt8)
                .to(torch::kFloat)
                .div_(255.0);
  }
  if (config.obsMode != ObsMode::Image) {
    if (static_cast<int>(obs.state.size()) != stateDim) {
      throw std::invalid_argument("observation state has " + std::to_string(obs.state.size()) +
                                  " values, expected " + std::to_string(stateDim));
    }
    state = torch::from_blob(const_cast<float*>(obs.state.data()), {1, stateDim}).clone();
  } else {
    state = torch::zeros({1, 0});
  }
  return {image, state};
}

std::vector<float> ActingPolicy::act(const Observation& obs, bool deterministic) {
  torch::NoGradGuard noGrad;
  auto [image, state] = toTensors(obs, m_config, m_stateDim);
  auto features = m_encoder->forward(image, state);
  torch::Tensor action;
  if (deterministic) {
    action = m_actor->meanAction(features);
  } else {
    auto noise = at::randn({1, m_actionDim}, m_gen);
    action = m_actor->sample(features, noise).action;
  }
  action = action.contiguous();
  return std::vector<float>(action.data_ptr<float>(), action.data_ptr<float>() + m_actionDim);
}

}  // namespace lab
