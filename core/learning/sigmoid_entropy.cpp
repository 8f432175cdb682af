#include "sigmoid_entropy.h"

#include <torch/torch.h>

#include <cmath>
#include <stdexcept>

namespace lab {

namespace {
// sigmoid(+-15) is 1 - 3e-7 and 3e-7, both representable in float32. Clamping the argument
// keeps every h_i strictly inside (0, h_max) for any log-probability, including +-inf, which
// the bound (0, d * h_max) promises; the sigmoid's slope there is below 1e-6 anyway.
constexpr double kMaxLogit = 15.0;
}  // namespace

SigmoidEntropy::SigmoidEntropy(double hMax, double midpoint, double temperature)
    : m_hMax(hMax), m_midpoint(midpoint), m_temperature(temperature) {
  if (!(hMax > 0.0)) throw std::invalid_argument("SigmoidEntropy: h_max must be > 0");
  if (!(temperature > 0.0)) throw std::invalid_argument("SigmoidEntropy: t must be > 0");
}

double SigmoidEntropy::midpointForSigma(double sigma) {
  return std::log(sigma * std::sqrt(2.0 * M_PI * M_E));
}

torch::Tensor SigmoidEntropy::perDimension(const torch::Tensor& logProbPerDim) const {
  const auto surprisal = -logProbPerDim;
  const auto z = ((surprisal - m_midpoint) / m_temperature).clamp(-kMaxLogit, kMaxLogit);
  return m_hMax * torch::sigmoid(z);
}

torch::Tensor SigmoidEntropy::total(const torch::Tensor& logProbPerDim) const {
  return perDimension(logProbPerDim).sum(-1, /*keepdim=*/true);
}

}  // namespace lab
