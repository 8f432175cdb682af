#pragma once
// RobotDriver over hardware/host: a RobotHandle (lifecycle state machine, validation, call
// timing, plugin exceptions caught) and the PluginLoader that keeps its library loaded.
#include <functional>
#include <memory>

#include "host/plugin_loader.h"
#include "host/robot_handle.h"
#include "robot_driver.h"

namespace lab {

class HostRobotDriver : public RobotDriver {
 public:
  // Told after each successful configure, with the info and actions as configured.
  using Configured = std::function<void(const hw::RobotInfo&, const hw::ActionSpec&)>;
  HostRobotDriver(std::unique_ptr<hw::PluginLoader> loader, std::unique_ptr<hw::RobotHandle> handle,
                  Configured configured = {});
  ~HostRobotDriver() override;  // the robot first, then the loader that keeps its library

  RobotCall configure(const hw::RobotConfig& config) override;
  RobotCall activate() override;
  RobotCall shutdown() override;

  hw::RobotInfo info() const override { return m_handle->info(); }
  hw::ActionSpec actionSpec() const override { return m_handle->actionSpec(); }
  hw::ObservationSpec observationSpec() const override { return m_handle->observationSpec(); }

  RobotCall reset(std::uint64_t seed) override;
  RobotCall read(hw::Observation& out) override;
  RobotCall write(const std::vector<float>& action) override;
  RobotCall appliedCommand(std::vector<float>& out) override;
  RobotCall detectSuccess(bool& success) override;
  RobotCall detectFailure(bool& failed) override;
  RobotCall scriptedAction(std::vector<float>& out) override;
  RobotCall interimFrame(hw::Observation& out) override;

  void emergencyStop() override { m_handle->emergencyStop(); }
  void requestEmergencyStop() override { m_handle->requestEmergencyStop(); }
  RobotCall acknowledgeEmergencyStop() override;

 private:
  std::unique_ptr<hw::PluginLoader> m_loader;  // declared first: destroyed after the handle
  std::unique_ptr<hw::RobotHandle> m_handle;
  Configured m_configured;
};

}  // namespace lab
