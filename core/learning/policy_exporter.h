#pragma once
// Writes the policy's mean action tanh(mu(s)) as a TorchScript module that Python's
// torch.jit.load runs without SigEnt Lab: the weights are registered as parameters and
// forward() is generated TorchScript source built from torch.* functions only.
#include <QString>

#include "networks.h"
#include "sac_config.h"

namespace lab {

class PolicyExporter {
 public:
  // forward(state) in State mode, forward(image) in Image mode, forward(image, state) in Both;
  // image [B,F,H,W] float in [0,1] (F = frame_stack, newest frame first), state [B,S]
  // -> action [B,A]. Throws std::runtime_error.
  static void writeTorchScript(const QString& path, Networks& nets, const SacConfig& config,
                               int actionDim);
  // The generated forward() source (tests and docs show it).
  static std::string forwardSource(Networks& nets, const SacConfig& config, int actionDim);
};

}  // namespace lab
