#pragma once
// The reference model of the point-reach robot (hardware/toy), which the learning figures were
// first measured on: a point in [-1, 1]^2 moved by a velocity command
// must reach a goal randomised within +-kGoalSpread of a nominal position, from a start
// randomised within +-kStartSpread of another. Sparse reward (success only), state observation
// [x, y, goal_x - x, goal_y - y]. The scripted expert heads straight for the goal at full speed
// (about 10-28 steps), like an operator's demonstration.
#include <random>

#include "environment.h"

namespace lab {

class PointReachTask : public Environment {
 public:
  static constexpr double kStepSize = 0.1;  // displacement per step at |action| = 1
  static constexpr double kGoalRadius = 0.15;
  static constexpr int kMaxSteps = 50;
  static constexpr double kGoalX = 0.5, kGoalY = 0.4, kGoalSpread = 0.1;
  static constexpr double kStartX = -0.5, kStartY = -0.4, kStartSpread = 0.3;

  std::string name() const override { return "point-reach"; }
  int stateDim() const override { return 4; }
  int imageSize() const override { return 0; }
  int actionDim() const override { return 2; }
  int maxEpisodeSteps() const override { return kMaxSteps; }
  Observation reset(std::uint64_t seed) override;
  EnvStep step(const std::vector<float>& action) override;
  bool expertAction(std::vector<float>& action) override;

 private:
  Observation observe() const;
  double m_x = 0, m_y = 0, m_gx = 0, m_gy = 0;
  int m_steps = 0;
};

}  // namespace lab
