#pragma once
// The arithmetic floor of one learner update: the matrix products of its MLPs (actor and
// critics, forward and backward, at the shapes one update uses), timed alone as bare
// matrix multiplies into preallocated outputs. No update can be faster than the products it
// must compute, so this tells whether a speed goal for the update is reachable on this
// machine by removing overhead, or needs less arithmetic. The conv encoder is not counted:
// for image networks the figure is the MLPs' share only.
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
  bool featuresNeedGrad = false;  // images: the critic and BC backpropagate into the encoder
};

class GemmFloor {
 public:
  explicit GemmFloor(const UpdateShape& shape);
  // Milliseconds per update for the products alone at `threads` OpenMP threads (median of
  // `repeats` rounds). Restores the caller's thread count.
  double msPerUpdate(int threads, int repeats = 15) const;
  // Multiply-adds per update.
  double multiplyAdds() const;

 private:
  struct Product {
    int m, k, n;  // [m x k] @ [k x n]
  };
  using Layers = std::vector<std::pair<int, int>>;  // (in, out) per Linear
  void forward(int rows, const Layers& mlp, int times);
  void weightGrads(int rows, const Layers& mlp, int times);
  void inputGrads(int rows, const Layers& mlp, bool first, int times);
  std::vector<Product> m_products;
};

}  // namespace lab::cli
