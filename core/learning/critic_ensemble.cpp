#include "critic_ensemble.h"

#include "tanh_gaussian_actor.h"

namespace lab {

CriticEnsembleImpl::CriticEnsembleImpl(const SacConfig& config, int featureDim, int actionDim) {
  const int in = featureDim + actionDim;
  for (int i = 0; i < config.critics; ++i) {
    m_members.push_back(register_module(
        "q" + std::to_string(i + 1),
        makeMlp(in, config.hiddenDim, config.hiddenLayers, 1, config.criticLayerNorm)));
  }
}

torch::Tensor CriticEnsembleImpl::forward(const torch::Tensor& features,
                                          const torch::Tensor& action) {
  const auto x = torch::cat({features, action}, 1);
  std::vector<torch::Tensor> q;
  q.reserve(m_members.size());
  for (auto& member : m_members) q.push_back(member->forward(x));
  return torch::stack(q);
}

}  // namespace lab
