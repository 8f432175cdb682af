#pragma once
// The arithmetic floor of one learner update: its heavy operators timed alone. The matrix
// products of the MLPs (actor and critics, forward and backward, at the shapes one update
// uses) as bare matrix multiplies into preallocated outputs, and for image networks the conv
// encoder's convolutions (forward, and the backward of every pass that trains it) as bare
// convolution calls, no autograd and no other op. No update can be faster than the arithmetic
// it must do, so this tells whether a speed goal for the update is reachable on this machine
// by removing overhead, or needs less arithmetic.
#include <vector>

namespace lab::cli {

struct UpdateShape {
  int batch = 256;       // critic and actor batch
  int expertBatch = 40;  // the GBC batch (the demo's transitions)
  int oodSamples = 4;    // policy samples per state in the OOD term
  int features = 10;     // the MLPs' input: the state, or the encoder's output
  int actions = 3;
  int hidden = 256;
  int hiddenLayers = 2;
  // Image networks (imageSide > 0): the conv encoder of ConvEncoder, whose features the critic
  // and BC backpropagate into.
  int imageSide = 0;
  int frameStack = 1;
  int encoderChannels = 16;
  int encoderLayers = 3;
};

class ArithmeticFloor {
 public:
  explicit ArithmeticFloor(const UpdateShape& shape);
  // Milliseconds per update for the operators alone at `threads` OpenMP threads (median of
  // `repeats` rounds). Restores the caller's thread count.
  double msPerUpdate(int threads, int repeats = 15) const;
  // Multiply-adds per update, and the convolutions' share of them.
  double multiplyAdds() const;
  double convMultiplyAdds() const;

 private:
  struct Product {
    int m, k, n;  // [m x k] @ [k x n]
  };
  struct Conv {
    int rows, in, out, side, stride;  // input [rows, in, side, side], 3x3 kernel
    bool backward, inputGrad;         // backward: weight (and input) gradients, no forward
  };
  using Layers = std::vector<std::pair<int, int>>;  // (in, out) per Linear
  void forward(int rows, const Layers& mlp, int times);
  void weightGrads(int rows, const Layers& mlp, int times);
  void inputGrads(int rows, const Layers& mlp, bool first, int times);
  void encoder(const UpdateShape& s, int rows, bool trains);
  std::vector<Product> m_products;
  std::vector<Conv> m_convs;
};

}  // namespace lab::cli
