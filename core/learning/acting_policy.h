#pragma once
// The policy as the robot loop uses it: its own copy of encoder + actor, refreshed from the
// learner's PolicyWeights at the loop's safe point. Owned by ONE thread (the acting thread).
#include <torch/torch.h>

#include <memory>

#include "conv_encoder.h"
#include "networks.h"
#include "sac_config.h"
#include "tanh_gaussian_actor.h"
#include "transition.h"

namespace lab {

class ActingPolicy {
 public:
  ActingPolicy(const SacConfig& config, int stateDim, int actionDim);
  void load(const PolicyWeights& weights);  // throws std::runtime_error on a shape mismatch or
                                            // non-finite weights (nothing changed then)
  // Sampled action, or tanh(mu) when deterministic. Always in [-1, 1].
  std::vector<float> act(const Observation& obs, bool deterministic);
  int64_t weightsStep() const { return m_step; }

  // The observation as network input tensors ([1,1,H,W] in [0,1] and [1,S]).
  static std::pair<torch::Tensor, torch::Tensor> toTensors(const Observation& obs,
                                                           const SacConfig& config, int stateDim);

 private:
  SacConfig m_config;
  int m_stateDim, m_actionDim;
  ConvEncoder m_encoder;
  TanhGaussianActor m_actor;
  torch::Generator m_gen;
  int64_t m_step = -1;
};

}  // namespace lab
