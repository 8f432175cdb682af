#include "networks.h"

#include <stdexcept>

namespace lab {

namespace {
std::vector<torch::Tensor> allTensors(const torch::nn::Module& m) {
  auto params = m.parameters();
  auto buffers = m.buffers();
  params.insert(params.end(), buffers.begin(), buffers.end());
  return params;
}
}  // namespace

Networks::Networks(const SacConfig& config, int stateDim, int actionDim, torch::Device device)
    : encoder(config, stateDim),
      targetEncoder(config, stateDim),
      actor(config, encoder->outputDim(), actionDim),
      critic(config, encoder->outputDim(), actionDim),
      targetCritic(config, encoder->outputDim(), actionDim) {
  encoder->to(device);
  targetEncoder->to(device);
  actor->to(device);
  critic->to(device);
  targetCritic->to(device);
  copyInto(*targetEncoder, *encoder);
  copyInto(*targetCritic, *critic);
  for (auto& p : targetEncoder->parameters()) p.set_requires_grad(false);
  for (auto& p : targetCritic->parameters()) p.set_requires_grad(false);
}

std::vector<torch::Tensor> Networks::criticParameters() const {
  auto params = encoder->parameters();
  auto c = critic->parameters();
  params.insert(params.end(), c.begin(), c.end());
  return params;
}

void Networks::copyInto(torch::nn::Module& to, const torch::nn::Module& from) {
  torch::NoGradGuard noGrad;
  auto dst = allTensors(to);
  auto src = allTensors(from);
  for (std::size_t i = 0; i < dst.size(); ++i) dst[i].copy_(src[i]);
}

void Networks::save(torch::serialize::OutputArchive& archive) const {
  auto put = [&](const char* key, const torch::nn::Module& m) {
    torch::serialize::OutputArchive sub;
    m.save(sub);
    archive.write(key, sub);
  };
  put("encoder", *encoder);
  put("target_encoder", *targetEncoder);
  put("actor", *actor);
  put("critic", *critic);
  put("target_critic", *targetCritic);
}

void Networks::load(torch::serialize::InputArchive& archive) {
  auto get = [&](const char* key, torch::nn::Module& m) {
    torch::serialize::InputArchive sub;
    archive.read(key, sub);
    m.load(sub);
  };
  get("encoder", *encoder);
  get("target_encoder", *targetEncoder);
  get("actor", *actor);
  get("critic", *critic);
  get("target_critic", *targetCritic);
}

int64_t Networks::parameterCount() const {
  int64_t n = 0;
  for (const auto* m :
       std::initializer_list<const torch::nn::Module*>{encoder.get(), actor.get(), critic.get()}) {
    for (const auto& p : m->parameters()) n += p.numel();
  }
  return n;
}

std::vector<torch::Tensor> snapshotTensors(const torch::nn::Module& module) {
  std::vector<torch::Tensor> out;
  for (const auto& t : allTensors(module)) out.push_back(t.detach().clone());
  return out;
}

void restoreTensors(torch::nn::Module& module, const std::vector<torch::Tensor>& tensors) {
  torch::NoGradGuard noGrad;
  auto dst = allTensors(module);
  if (dst.size() != tensors.size()) {
    throw std::runtime_error(
        "policy weights do not match the network: " + std::to_string(tensors.size()) +
        " tensors for " + std::to_string(dst.size()));
  }
  for (std::size_t i = 0; i < dst.size(); ++i) {
    if (!dst[i].sizes().equals(tensors[i].sizes())) {
      throw std::runtime_error("policy weights do not match the network: tensor " +
                               std::to_string(i) + " has another shape");
    }
    dst[i].copy_(tensors[i]);
  }
}

}  // namespace lab
