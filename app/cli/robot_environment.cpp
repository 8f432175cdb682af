#include "robot_environment.h"

#include <stdexcept>

namespace lab::cli {

namespace {
void check(const hw::HandleResult& r, const std::string& what) {
  if (!r.ok()) throw std::runtime_error(what + ": " + r.error);
}
}  // namespace

RobotEnvironment::RobotEnvironment(std::unique_ptr<hw::IRobot> robot, int imageSize,
                                   std::uint64_t seed, const QJsonObject& settings)
    : m_handle(std::make_unique<hw::RobotHandle>(std::move(robot), "cli")),
      m_imageSize(imageSize) {
  hw::RobotConfig config;
  config.imageSize = imageSize;
  config.seed = seed;
  config.settings = settings;
  check(m_handle->configure(config), "configuring the robot failed");
  check(m_handle->activate(), "activating the robot failed");
}

Observation RobotEnvironment::observe() {
  hw::Observation raw;
  check(m_handle->read(raw), "reading the robot failed");
  return Observation{std::move(raw.image), std::move(raw.state)};
}

Observation RobotEnvironment::reset(std::uint64_t seed) {
  check(m_handle->reset(seed), "resetting the robot failed");
  m_steps = 0;
  return observe();
}

EnvStep RobotEnvironment::step(const std::vector<float>& action) {
  check(m_handle->write(action), "commanding the robot failed");
  ++m_steps;
  EnvStep s;
  s.obs = observe();
  bool success = false;
  check(m_handle->detectSuccess(success), "the success detector failed");
  s.success = success;
  if (!success) check(m_handle->detectFailure(s.failure), "the failure detector failed");
  s.timeout = !success && !s.failure && m_steps >= maxEpisodeSteps();
  return s;
}

bool RobotEnvironment::expertAction(std::vector<float>& action) {
  return m_handle->scriptedAction(action).ok();
}

}  // namespace lab::cli
