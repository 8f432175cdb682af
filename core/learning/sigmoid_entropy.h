#pragma once
// The sigmoid-bounded entropy H_sig (docs/SIGENT_SAC.md, section 1): per-dimension surprisal
// s_i = -log pi_i is squashed to h_i = h_max * sigmoid((s_i - m) / t) and summed, so the bonus
// lies in (0, d * h_max) however confident the policy becomes.
#include <torch/types.h>

namespace lab {

class SigmoidEntropy {
 public:
  SigmoidEntropy(double hMax, double midpoint, double temperature);

  // m for a target policy std: the expected surprisal of a Gaussian with that std,
  // log(sigma * sqrt(2 pi e)); sigma = 0.1 gives -0.884 nats.
  static double midpointForSigma(double sigma);

  // h_i for per-dimension log-probabilities [..., d] (same shape out).
  torch::Tensor perDimension(const torch::Tensor& logProbPerDim) const;
  // H_sig = sum_i h_i over the last dimension, keeping it: [..., d] -> [..., 1].
  torch::Tensor total(const torch::Tensor& logProbPerDim) const;

  double hMax() const { return m_hMax; }
  double midpoint() const { return m_midpoint; }
  double temperature() const { return m_temperature; }

 private:
  double m_hMax, m_midpoint, m_temperature;
};

}  // namespace lab
