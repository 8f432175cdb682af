#include "toy/point_reach_robot.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <random>

namespace lab::hw {

namespace {
const char* const kId = "point-reach";
}  // namespace

RobotInfo PointReachRobot::info() const {
  RobotInfo i;
  i.id = kId;
  i.name = "Point-Reach (toy task)";
  i.description =
      "A dot on a flat square must be steered onto a goal nearby. No camera and no physics "
      "engine: a quick task for trying out the learner.";
  i.version = "1.0.0";
  i.controlRateHz = kControlRateHz;
  i.maxEpisodeSteps = kMaxSteps;
  i.resetMode = ResetMode::Automatic;
  i.hasSuccessDetector = true;
  i.hasScriptedExpert = true;
  i.simulated = true;
  return i;
}

ActionSpec PointReachRobot::actionSpec() const {
  // The square is unit-less; full command moves kStepSize per control period.
  const double speed = kStepSize * kControlRateHz;
  ActionSpec s;
  s.dims = {{"vx", "units/s", -speed, speed}, {"vy", "units/s", -speed, speed}};
  return s;
}

ObservationSpec PointReachRobot::observationSpec() const {
  ObservationSpec s;
  s.imageWidth = s.imageHeight = 0;  // no camera
  s.stateNames = {"x", "y", "goal_dx", "goal_dy"};
  return s;
}

Result PointReachRobot::onConfigure(const RobotConfig& config, std::string& error) {
  // The task is fixed (its learning figures depend on it), so there is nothing to set; a key
  // is an error, as a misspelt one is on every other robot.
  if (!config.settings.isEmpty()) {
    error = QString("unknown setting '%1' (point-reach has no settings)")
                .arg(config.settings.begin().key())
                .toStdString();
    return Result::Fatal;
  }
  m_configured = true;
  startEpisode(config.seed);
  return Result::Ok;
}

Result PointReachRobot::onActivate(std::string& /*error*/) { return Result::Ok; }

Result PointReachRobot::onDeactivate(std::string& /*error*/) {
  emergencyStop();
  return Result::Ok;
}

Result PointReachRobot::onCleanup(std::string& /*error*/) {
  m_configured = false;
  return Result::Ok;
}

void PointReachRobot::onError() noexcept { m_configured = false; }

Result PointReachRobot::reset(std::uint64_t seed, std::string& error) {
  if (!m_configured) {
    error = std::string(kId) + ": reset() before onConfigure()";
    return Result::Fatal;
  }
  startEpisode(seed);
  return Result::Ok;
}

void PointReachRobot::startEpisode(std::uint64_t seed) {
  // Drawn in PointReachTask::reset's order (goal x, goal y, start x, start y) from the same
  // generator, so a seed gives the same episode in both.
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> start(-kStartSpread, kStartSpread),
      goal(-kGoalSpread, kGoalSpread);
  m_gx = kGoalX + goal(rng);
  m_gy = kGoalY + goal(rng);
  m_x = kStartX + start(rng);
  m_y = kStartY + start(rng);
  m_steps = 0;
  m_applied = {0.f, 0.f};
}

Result PointReachRobot::read(Observation& out, std::string& error) {
  if (!m_configured) {
    error = std::string(kId) + ": read() before onConfigure()";
    return Result::Fatal;
  }
  out = Observation{};
  // The goal relative to the point, as a camera looking at both would show it.
  out.state = {static_cast<float>(m_x), static_cast<float>(m_y), static_cast<float>(m_gx - m_x),
               static_cast<float>(m_gy - m_y)};
  return Result::Ok;
}

Result PointReachRobot::write(const std::vector<float>& action, std::string& error) {
  if (!m_configured) {
    error = std::string(kId) + ": write() before onConfigure()";
    return Result::Fatal;
  }
  if (action.size() != 2) {
    error =
        std::string(kId) + ": action has " + std::to_string(action.size()) + " values, expected 2";
    return Result::Retry;
  }
  for (float a : action) {
    if (!std::isfinite(a)) {
      error = std::string(kId) + ": action is " + (std::isnan(a) ? "NaN" : "infinite") +
              "; command rejected";
      return Result::Retry;
    }
  }
  auto clampUnit = [](double v) { return std::clamp(v, -1.0, 1.0); };
  m_x = clampUnit(m_x + kStepSize * clampUnit(action[0]));
  m_y = clampUnit(m_y + kStepSize * clampUnit(action[1]));
  ++m_steps;
  m_applied = {static_cast<float>(clampUnit(action[0])), static_cast<float>(clampUnit(action[1]))};
  return Result::Ok;
}

void PointReachRobot::emergencyStop() noexcept { m_applied = {0.f, 0.f}; }

bool PointReachRobot::detectSuccess() const {
  return m_configured && std::hypot(m_x - m_gx, m_y - m_gy) < kGoalRadius;
}

bool PointReachRobot::scriptedAction(std::vector<float>& action) const {
  if (!m_configured) return false;
  const double dx = m_gx - m_x, dy = m_gy - m_y;
  const double scale = std::max({std::abs(dx), std::abs(dy), 1e-9}) / kStepSize;
  // Full speed on the larger axis, proportional on the other: a straight line, no overshoot.
  // Like PointReachTask it keeps steering after success; the host ends the episode there.
  const double k = scale > 1.0 ? 1.0 / scale : 1.0;
  action = {static_cast<float>(dx / kStepSize * k), static_cast<float>(dy / kStepSize * k)};
  return true;
}

}  // namespace lab::hw
