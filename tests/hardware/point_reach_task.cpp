#include "point_reach_task.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lab {

Observation PointReachTask::reset(std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> start(-kStartSpread, kStartSpread),
      goal(-kGoalSpread, kGoalSpread);
  // Like the paper's tasks: a target area that moves little and a start that varies around a
  // nominal pose, so one demonstration says where to go and learning must handle the rest.
  m_gx = kGoalX + goal(rng);
  m_gy = kGoalY + goal(rng);
  m_x = kStartX + start(rng);
  m_y = kStartY + start(rng);
  m_steps = 0;
  return observe();
}

EnvStep PointReachTask::step(const std::vector<float>& action) {
  if (action.size() != 2) throw std::invalid_argument("point-reach: action needs 2 values");
  auto clampUnit = [](double v) { return std::clamp(v, -1.0, 1.0); };
  m_x = clampUnit(m_x + kStepSize * clampUnit(action[0]));
  m_y = clampUnit(m_y + kStepSize * clampUnit(action[1]));
  ++m_steps;
  EnvStep s;
  s.obs = observe();
  s.success = std::hypot(m_x - m_gx, m_y - m_gy) < kGoalRadius;
  s.timeout = !s.success && m_steps >= kMaxSteps;
  return s;
}

bool PointReachTask::expertAction(std::vector<float>& action) {
  const double dx = m_gx - m_x, dy = m_gy - m_y;
  const double scale = std::max({std::abs(dx), std::abs(dy), 1e-9}) / kStepSize;
  // Full speed on the larger axis, proportional on the other: a straight line, no overshoot.
  const double k = scale > 1.0 ? 1.0 / scale : 1.0;
  action = {static_cast<float>(dx / kStepSize * k), static_cast<float>(dy / kStepSize * k)};
  return true;
}

Observation PointReachTask::observe() const {
  Observation o;
  // The goal is given relative to the point, as a camera looking at both would show it.
  o.state = {static_cast<float>(m_x), static_cast<float>(m_y), static_cast<float>(m_gx - m_x),
             static_cast<float>(m_gy - m_y)};
  return o;
}

}  // namespace lab
