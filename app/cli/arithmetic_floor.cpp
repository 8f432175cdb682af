#include "arithmetic_floor.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>

namespace lab::cli {

namespace {
std::vector<std::pair<int, int>> mlp(int in, int hidden, int layers, int out) {
  std::vector<std::pair<int, int>> l{{in, hidden}};
  for (int i = 1; i < layers; ++i) l.emplace_back(hidden, hidden);
  l.emplace_back(hidden, out);
  return l;
}
int convOut(int side, int stride) { return (side - 3) / stride + 1; }
}  // namespace

// The fused update's products, counted as its fewest: anything it might share (the actor's
// pass over the batch's states for the OOD samples and for its own step) is counted once.
ArithmeticFloor::ArithmeticFloor(const UpdateShape& s) {
  const bool image = s.imageSide > 0;
  if (image) {
    // The batch's observations (trained), its next observations through the online encoder
    // (the next action) and the target encoder (the target), the demo batch (BC trains it).
    encoder(s, s.batch, true);
    encoder(s, s.batch, false);
    encoder(s, s.batch, false);
    encoder(s, s.expertBatch, true);
  }
  const auto critic = mlp(s.features + s.actions, s.hidden, s.hiddenLayers, 1);
  const auto actor = mlp(s.features, s.hidden, s.hiddenLayers, 2 * s.actions);
  const int rows = s.batch * (1 + s.oodSamples);  // the data action and the OOD samples
  // Target: the next action, then both target critics.
  forward(s.batch, actor, 1);
  forward(s.batch, critic, 2);
  // Critic step: both critics over every (state, action) row, weights' and inputs' gradients.
  forward(rows, critic, 2);
  weightGrads(rows, critic, 2);
  inputGrads(rows, critic, image, 2);
  // Gated BC on the demo batch.
  forward(s.expertBatch, actor, 1);
  weightGrads(s.expertBatch, actor, 1);
  inputGrads(s.expertBatch, actor, image, 1);
  // Actor step: the policy's action through both critics (input gradients only, to reach the
  // action), then the actor's own backward.
  forward(s.batch, actor, 1);
  forward(s.batch, critic, 2);
  inputGrads(s.batch, critic, false, 2);
  for (int t = 0; t < 2; ++t) m_products.push_back({s.batch, s.hidden, s.actions});  // d/d action
  weightGrads(s.batch, actor, 1);
  inputGrads(s.batch, actor, false, 1);
}

// ConvEncoder's layers (3x3, stride 2 for the first three) and its projection to the features.
// A pass that trains the encoder adds every layer's weight gradient and, above the first
// layer, its input gradient.
void ArithmeticFloor::encoder(const UpdateShape& s, int rows, bool trains) {
  int side = s.imageSide;
  for (int i = 0; i < s.encoderLayers; ++i) {
    const int stride = i < 3 ? 2 : 1;
    const int in = i == 0 ? s.frameStack : s.encoderChannels;
    m_convs.push_back({rows, in, s.encoderChannels, side, stride, false, false});
    if (trains) m_convs.push_back({rows, in, s.encoderChannels, side, stride, true, i > 0});
    side = convOut(side, stride);
  }
  const Layers project{{s.encoderChannels * side * side, s.features}};
  forward(rows, project, 1);
  if (trains) {
    weightGrads(rows, project, 1);
    inputGrads(rows, project, true, 1);
  }
}

void ArithmeticFloor::forward(int rows, const Layers& layers, int times) {
  for (int t = 0; t < times; ++t)
    for (const auto& [in, out] : layers) m_products.push_back({rows, in, out});
}

void ArithmeticFloor::weightGrads(int rows, const Layers& layers, int times) {
  for (int t = 0; t < times; ++t)
    for (const auto& [in, out] : layers) m_products.push_back({in, rows, out});
}

void ArithmeticFloor::inputGrads(int rows, const Layers& layers, bool first, int times) {
  for (int t = 0; t < times; ++t)
    for (std::size_t i = first ? 0 : 1; i < layers.size(); ++i)
      m_products.push_back({rows, layers[i].second, layers[i].first});
}

double ArithmeticFloor::convMultiplyAdds() const {
  double n = 0;
  for (const auto& c : m_convs) {
    const double out = convOut(c.side, c.stride);
    const double pass = double(c.rows) * out * out * c.out * c.in * 9;
    n += c.backward && c.inputGrad ? 2 * pass : pass;
  }
  return n;
}

double ArithmeticFloor::multiplyAdds() const {
  double n = convMultiplyAdds();
  for (const auto& p : m_products) n += double(p.m) * p.k * p.n;
  return n;
}

double ArithmeticFloor::msPerUpdate(int threads, int repeats) const {
  torch::NoGradGuard noGrad;
  const int before = torch::get_num_threads();
  torch::set_num_threads(threads);
  std::vector<torch::Tensor> a, b, c;
  for (const auto& p : m_products) {
    a.push_back(torch::rand({p.m, p.k}));
    b.push_back(torch::rand({p.k, p.n}));
    c.push_back(torch::empty({p.m, p.n}));
  }
  struct ConvTensors {
    torch::Tensor input, weight, gradOutput;
  };
  std::vector<ConvTensors> conv;
  for (const auto& k : m_convs) {
    const int out = convOut(k.side, k.stride);
    conv.push_back({torch::rand({k.rows, k.in, k.side, k.side}), torch::rand({k.out, k.in, 3, 3}),
                    torch::rand({k.rows, k.out, out, out})});
  }
  const auto round = [&] {
    for (std::size_t i = 0; i < m_convs.size(); ++i) {
      const Conv& k = m_convs[i];
      const ConvTensors& t = conv[i];
      if (!k.backward) {
        at::conv2d(t.input, t.weight, {}, k.stride);
      } else {
        const int64_t bias[] = {k.out};
        at::convolution_backward(t.gradOutput, t.input, t.weight, at::IntArrayRef(bias),
                                 {k.stride, k.stride}, {0, 0}, {1, 1}, false, {0, 0}, 1,
                                 {k.inputGrad, true, true});
      }
    }
    for (std::size_t i = 0; i < m_products.size(); ++i) at::mm_out(c[i], a[i], b[i]);
  };
  for (int w = 0; w < 3; ++w) round();  // thread pool and caches warm
  std::vector<double> ms;
  for (int r = 0; r < repeats; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    round();
    ms.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  torch::set_num_threads(before);
  std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
  return ms[ms.size() / 2];
}

}  // namespace lab::cli
