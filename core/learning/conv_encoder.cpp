#include "conv_encoder.h"

namespace lab {

namespace {
int convOut(int size, int stride) { return (size - 3) / stride + 1; }
}  // namespace

ConvEncoderImpl::ConvEncoderImpl(const SacConfig& config, int stateDim)
    : m_useImage(config.obsMode != ObsMode::State), m_useState(config.obsMode != ObsMode::Image) {
  if (m_useImage) {
    m_convs = torch::nn::Sequential();
    int side = config.imageSize;
    for (int i = 0; i < config.encoderLayers; ++i) {
      // Three stride-2 layers shrink 64x64 to 7x7: on a 2-core CPU an image update then costs a
      // fraction of DrQ's single-stride-2 design, and the simulated tasks still learn.
      const int stride = i < 3 ? 2 : 1;
      const int in = i == 0 ? config.frameStack : config.encoderChannels;
      m_convs->push_back(torch::nn::Conv2d(
          torch::nn::Conv2dOptions(in, config.encoderChannels, 3).stride(stride)));
      m_convs->push_back(torch::nn::ReLU());
      side = convOut(side, stride);
    }
    register_module("convs", m_convs);
    m_project = register_module(
        "project", torch::nn::Linear(config.encoderChannels * side * side, config.featureDim));
    m_norm = register_module(
        "norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.featureDim})));
    m_outputDim += config.featureDim;
  }
  if (m_useState) m_outputDim += stateDim;
}

torch::Tensor ConvEncoderImpl::forward(const torch::Tensor& image, const torch::Tensor& state) {
  if (!m_useImage) return state;
  auto h = m_convs->forward(image).flatten(1);
  h = torch::tanh(m_norm(m_project(h)));
  return m_useState ? torch::cat({h, state}, 1) : h;
}

}  // namespace lab
