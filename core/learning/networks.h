#pragma once
// All networks of one learner: the critics' encoder (shared by the actor with detached
// features, the DrQ convention), actor, the critic ensemble, and the target copies.
#include <torch/torch.h>

#include <vector>

#include "conv_encoder.h"
#include "critic_ensemble.h"
#include "sac_config.h"
#include "tanh_gaussian_actor.h"

namespace lab {

// A frozen copy of the actor and encoder parameters, handed from the learner thread to the
// acting thread. Tensors are cloned and never written after creation.
struct PolicyWeights {
  std::vector<torch::Tensor> encoder;  // parameters then buffers, in registration order
  std::vector<torch::Tensor> actor;
  int64_t step = 0;
};

struct Networks {
  Networks(const SacConfig& config, int stateDim, int actionDim, torch::Device device);

  ConvEncoder encoder, targetEncoder;
  TanhGaussianActor actor;
  CriticEnsemble critic, targetCritic;

  std::vector<torch::Tensor> criticParameters() const;  // encoder + critic
  // Copies parameters (and buffers) of `from` into `to` in place.
  static void copyInto(torch::nn::Module& to, const torch::nn::Module& from);
  // Writes/reads every module in a stable key order.
  void save(torch::serialize::OutputArchive& archive) const;
  void load(torch::serialize::InputArchive& archive);
  int64_t parameterCount() const;
};

// Snapshot all parameters and buffers of a module, cloned.
std::vector<torch::Tensor> snapshotTensors(const torch::nn::Module& module);
// Copy a snapshot back; throws std::runtime_error if the shapes differ.
void restoreTensors(torch::nn::Module& module, const std::vector<torch::Tensor>& tensors);

}  // namespace lab
