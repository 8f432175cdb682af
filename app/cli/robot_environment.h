#pragma once
// Adapts a robot (through the host-side RobotHandle, so every call is state-checked, timed and
// its observations validated) to the synchronous Environment the headless trainer drives.
#include <memory>

#include "environment.h"
#include "host/robot_handle.h"

namespace lab::cli {

class RobotEnvironment : public Environment {
 public:
  // Configures and activates the robot; throws std::runtime_error with the plugin's reason.
  RobotEnvironment(std::unique_ptr<hw::IRobot> robot, int imageSize, std::uint64_t seed,
                   const QJsonObject& settings = {});

  std::string name() const override { return m_handle->info().id; }
  int stateDim() const override { return m_handle->observationSpec().stateDim(); }
  int imageSize() const override { return m_imageSize; }
  int actionDim() const override { return m_handle->actionSpec().size(); }
  int maxEpisodeSteps() const override { return m_handle->info().maxEpisodeSteps; }
  Observation reset(std::uint64_t seed) override;
  EnvStep step(const std::vector<float>& action) override;
  bool expertAction(std::vector<float>& action) override;

 private:
  Observation observe();
  std::unique_ptr<hw::RobotHandle> m_handle;
  int m_imageSize;
  int m_steps = 0;
};

}  // namespace lab::cli
