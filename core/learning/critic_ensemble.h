#pragma once
// The Q networks over [features, action]: an ensemble of `critics` independent MLPs (2, the
// twin of SAC and SigEnt-SAC; 10 for RLPD), LayerNorm after each hidden Linear when
// critic_layer_norm is on (the paper's own remedy for Q oscillation). How the ensemble is reduced
// (min over a random subset for the target, min or mean for the actor) is the learner's choice.
#include <torch/torch.h>

#include <vector>

#include "sac_config.h"

namespace lab {

class CriticEnsembleImpl : public torch::nn::Module {
 public:
  // Members are registered as "q1".."qN": a twin's checkpoint keys are those of the twin it was.
  CriticEnsembleImpl(const SacConfig& config, int featureDim, int actionDim);
  // Q of every member, [N, B, 1]. Features [B, F], action [B, A].
  torch::Tensor forward(const torch::Tensor& features, const torch::Tensor& action);

 private:
  std::vector<torch::nn::Sequential> m_members;
};
TORCH_MODULE(CriticEnsemble);

}  // namespace lab
