#pragma once
// Observation encoder: a small conv stack for the 64x64 grayscale image (docs/SIGENT_SAC.md,
// "Images"), and/or the raw state vector. Output: [B, outputDim()] features.
#include <torch/torch.h>

#include "sac_config.h"

namespace lab {

class ConvEncoderImpl : public torch::nn::Module {
 public:
  ConvEncoderImpl(const SacConfig& config, int stateDim);
  // image [B, frameStack, H, W] float in [0, 1] (undefined in State mode), state [B, S].
  torch::Tensor forward(const torch::Tensor& image, const torch::Tensor& state);
  int outputDim() const { return m_outputDim; }
  bool usesImage() const { return m_useImage; }
  bool usesState() const { return m_useState; }

 private:
  bool m_useImage, m_useState;
  int m_outputDim = 0;
  torch::nn::Sequential m_convs{nullptr};
  torch::nn::Linear m_project{nullptr};
  torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(ConvEncoder);

}  // namespace lab
