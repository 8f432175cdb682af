#include "twin_critic.h"

#include "tanh_gaussian_actor.h"

namespace lab {

TwinCriticImpl::TwinCriticImpl(const SacConfig& config, int featureDim, int actionDim) {
  const int in = featureDim + actionDim;
  m_q1 = register_module(
      "q1", makeMlp(in, config.hiddenDim, config.hiddenLayers, 1, config.criticLayerNorm));
  m_q2 = register_module(
      "q2", makeMlp(in, config.hiddenDim, config.hiddenLayers, 1, config.criticLayerNorm));
}

std::pair<torch::Tensor, torch::Tensor> TwinCriticImpl::forward(const torch::Tensor& features,
                                                                const torch::Tensor& action) {
  auto x = torch::cat({features, action}, 1);
  return {m_q1->forward(x), m_q2->forward(x)};
}

}  // namespace lab
