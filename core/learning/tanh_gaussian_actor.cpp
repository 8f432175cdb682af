#include "tanh_gaussian_actor.h"

#include <cmath>

namespace lab {

torch::nn::Sequential makeMlp(int in, int hidden, int layers, int out, bool layerNorm) {
  torch::nn::Sequential seq;
  int width = in;
  for (int i = 0; i < layers; ++i) {
    seq->push_back(torch::nn::Linear(width, hidden));
    if (layerNorm) seq->push_back(torch::nn::LayerNorm(torch::nn::LayerNormOptions({hidden})));
    seq->push_back(torch::nn::ReLU());
    width = hidden;
  }
  seq->push_back(torch::nn::Linear(width, out));
  return seq;
}

TanhGaussianActorImpl::TanhGaussianActorImpl(const SacConfig& config, int featureDim, int actionDim)
    : m_actionDim(actionDim),
      m_logStdMin(config.logStdMin),
      m_logStdMax(config.logStdMax),
      m_logStdClip(config.logStdClip) {
  m_trunk = register_module(
      "trunk", makeMlp(featureDim, config.hiddenDim, config.hiddenLayers, 2 * actionDim, false));
}

std::pair<torch::Tensor, torch::Tensor> TanhGaussianActorImpl::forward(
    const torch::Tensor& features) {
  auto out = m_trunk->forward(features);
  auto mu = out.narrow(1, 0, m_actionDim);
  if (m_logStdClip)
    return {mu, out.narrow(1, m_actionDim, m_actionDim).clamp(m_logStdMin, m_logStdMax)};
  // Soft bounds on log-std (DrQ-v2 style) keep gradients alive at the limits.
  auto logStd = torch::tanh(out.narrow(1, m_actionDim, m_actionDim));
  logStd = m_logStdMin + 0.5 * (m_logStdMax - m_logStdMin) * (logStd + 1.0);
  return {mu, logStd};
}

torch::Tensor TanhGaussianActorImpl::logProbPerDim(const torch::Tensor& x, const torch::Tensor& mu,
                                                   const torch::Tensor& logStd) {
  const double halfLog2Pi = 0.5 * std::log(2.0 * M_PI);
  auto z = (x - mu) * torch::exp(-logStd);
  auto gaussian = -0.5 * z.pow(2) - logStd - halfLog2Pi;
  return gaussian - torch::log(1.0 - torch::tanh(x).pow(2) + 1e-6);
}

PolicySample TanhGaussianActorImpl::sample(const torch::Tensor& features,
                                           const torch::Tensor& noise) {
  auto [mu, logStd] = forward(features);
  auto x = mu + torch::exp(logStd) * noise;
  return {torch::tanh(x), logProbPerDim(x, mu, logStd), torch::tanh(mu)};
}

torch::Tensor TanhGaussianActorImpl::meanAction(const torch::Tensor& features) {
  return torch::tanh(forward(features).first);
}

}  // namespace lab
