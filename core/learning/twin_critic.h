#pragma once
// Twin Q networks over [features, action], LayerNorm after each hidden Linear (the paper's own
// remedy for Q oscillation).
#include <torch/torch.h>

#include "sac_config.h"

namespace lab {

class TwinCriticImpl : public torch::nn::Module {
 public:
  TwinCriticImpl(const SacConfig& config, int featureDim, int actionDim);
  // Q1 and Q2, [B, 1] each. Features [B, F], action [B, A].
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& features,
                                                  const torch::Tensor& action);

 private:
  torch::nn::Sequential m_q1{nullptr}, m_q2{nullptr};
};
TORCH_MODULE(TwinCritic);

}  // namespace lab
