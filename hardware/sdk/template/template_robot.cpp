#include "template_robot.h"

#include <algorithm>
#include <cmath>
#include <random>

using namespace lab::hw;

namespace {
constexpr double kSpeed = 0.2;  // m/s at a normalised command of 1
constexpr double kControlHz = 10.0;
constexpr double kGoalRadius = 0.15;  // success: the dot within this of the centre
}  // namespace

RobotInfo TemplateRobot::info() const {
  RobotInfo i;
  i.id = "template-robot";
  i.name = "Template robot (SDK example)";
  i.description = "A dot on a square, driven by velocity commands.";
  i.version = "1.0.0";
  i.controlRateHz = kControlHz;
  i.maxEpisodeSteps = m_maxEpisodeSteps;
  i.hasSuccessDetector = true;
  i.simulated = true;  // YOUR ROBOT: false for hardware (real-time pacing only)
  return i;
}

ActionSpec TemplateRobot::actionSpec() const {
  ActionSpec spec;
  spec.dims = {{"vx", "m/s", -kSpeed, kSpeed}, {"vy", "m/s", -kSpeed, kSpeed}};
  if (m_axes == 3) spec.dims.push_back({"wz", "rad/s", -1.0, 1.0});
  return spec;
}

ObservationSpec TemplateRobot::observationSpec() const {
  ObservationSpec spec;
  spec.imageWidth = spec.imageHeight = m_imageSize;
  spec.stateNames = {"x", "y"};
  return spec;
}

Result TemplateRobot::onConfigure(const RobotConfig& config, std::string& error) {
  for (auto it = config.settings.begin(); it != config.settings.end(); ++it) {
    if (it.key() != QLatin1String("max_episode_steps") && it.key() != QLatin1String("axes")) {
      error = "unknown setting '" + it.key().toStdString() + "' (known: max_episode_steps, axes)";
      return Result::Fatal;
    }
  }
  m_maxEpisodeSteps = config.settings.value(QLatin1String("max_episode_steps")).toInt(50);
  m_axes = config.settings.value(QLatin1String("axes")).toInt(2);
  if (m_maxEpisodeSteps < 1 || (m_axes != 2 && m_axes != 3)) {
    error = "max_episode_steps must be at least 1 and axes 2 or 3";
    return Result::Fatal;
  }
  m_imageSize = config.imageSize;
  m_command = actionSpec().zeroCommand();
  return Result::Ok;  // YOUR ROBOT: open the connection here
}

Result TemplateRobot::onActivate(std::string&) { return Result::Ok; }  // YOUR ROBOT: motors on

Result TemplateRobot::onDeactivate(std::string&) {
  emergencyStop();  // YOUR ROBOT: stop and hold
  return Result::Ok;
}

Result TemplateRobot::onCleanup(std::string&) { return Result::Ok; }  // YOUR ROBOT: disconnect

void TemplateRobot::onError() noexcept { emergencyStop(); }

Result TemplateRobot::reset(std::uint64_t seed, std::string&) {
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> start(-0.8, 0.8);
  m_x = start(rng);
  m_y = start(rng);
  emergencyStop();
  return Result::Ok;
}

Result TemplateRobot::read(Observation& out, std::string&) {
  // YOUR ROBOT: the newest camera frame (grey, square, m_imageSize) and the state.
  out.imageWidth = out.imageHeight = m_imageSize;
  out.image.assign(static_cast<std::size_t>(m_imageSize) * m_imageSize, 0);
  const auto toPixel = [this](double v) {
    return std::clamp(static_cast<int>((v + 1.0) * 0.5 * (m_imageSize - 1)), 0, m_imageSize - 1);
  };
  // Up the image is +x, left is +y (robot_interface.h: what the operator's keys expect).
  const int row = toPixel(-m_x), col = toPixel(-m_y);
  for (int r = std::max(0, row - 2); r <= std::min(m_imageSize - 1, row + 2); ++r) {
    for (int c = std::max(0, col - 2); c <= std::min(m_imageSize - 1, col + 2); ++c) {
      out.image[static_cast<std::size_t>(r) * m_imageSize + c] = 255;
    }
  }
  out.state = {static_cast<float>(m_x), static_cast<float>(m_y)};
  return Result::Ok;
}

Result TemplateRobot::write(const std::vector<float>& action, std::string&) {
  // The host has checked the size and clamped to [-1, 1]. YOUR ROBOT: send the velocity.
  m_command = action;
  const ActionSpec spec = actionSpec();
  const double dt = 1.0 / kControlHz;
  m_x = std::clamp(m_x + spec.dims[0].toPhysical(action[0]) * dt, -1.0, 1.0);
  m_y = std::clamp(m_y + spec.dims[1].toPhysical(action[1]) * dt, -1.0, 1.0);
  return Result::Ok;
}

void TemplateRobot::emergencyStop() noexcept {
  std::fill(m_command.begin(), m_command.end(), 0.f);  // YOUR ROBOT: zero velocity now
}

bool TemplateRobot::detectSuccess() const { return std::hypot(m_x, m_y) < kGoalRadius; }
