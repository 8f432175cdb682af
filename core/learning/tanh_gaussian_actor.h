#pragma once
// Tanh-squashed diagonal Gaussian policy (docs/SIGENT_SAC.md, "Policy"):
//   x = mu + sigma * eps, a = tanh(x),
//   log pi_i = log N(x_i; mu_i, sigma_i) - log(1 - tanh(x_i)^2 + 1e-6).
#include <torch/torch.h>

#include "sac_config.h"

namespace lab {

struct PolicySample {
  torch::Tensor action;         // [B, A] in (-1, 1)
  torch::Tensor logProbPerDim;  // [B, A]
  torch::Tensor meanAction;     // tanh(mu), [B, A]
};

class TanhGaussianActorImpl : public torch::nn::Module {
 public:
  TanhGaussianActorImpl(const SacConfig& config, int featureDim, int actionDim);
  // mu and log-std, [B, A] each.
  std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor& features);
  // Reparameterised sample with the given standard-normal noise [B, A].
  PolicySample sample(const torch::Tensor& features, const torch::Tensor& noise);
  torch::Tensor meanAction(const torch::Tensor& features);
  // Per-dimension log density of pre-tanh x under N(mu, sigma) with the tanh correction.
  static torch::Tensor logProbPerDim(const torch::Tensor& x, const torch::Tensor& mu,
                                     const torch::Tensor& logStd);

 private:
  torch::nn::Sequential m_trunk{nullptr};
  torch::nn::Linear m_head{nullptr};
  int m_actionDim;
  double m_logStdMin, m_logStdMax;
  bool m_logStdClip;  // clip log-std (SAC, RLPD) instead of the soft tanh bounds
};
TORCH_MODULE(TanhGaussianActor);

// An MLP: Linear -> [LayerNorm] -> ReLU, `layers` times, then a Linear to `out`.
torch::nn::Sequential makeMlp(int in, int hidden, int layers, int out, bool layerNorm);

}  // namespace lab
