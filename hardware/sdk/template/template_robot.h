#pragma once
// The SDK's template robot: a dot on a square floor seen from above by a 64x64 camera, driven
// by velocity commands. Replace the bodies marked YOUR ROBOT with your robot's SDK calls.
//
// Settings (the Robot panel's JSON, RobotConfig::settings), read in onConfigure():
//   "max_episode_steps": the time limit in control ticks (default 50)
//   "axes": 2 (vx, vy) or 3 (vx, vy, wz; the third is turned into nothing here) (default 2)
// Both change info() and actionSpec() after configure, which the host reads then.
#include <cstdint>
#include <string>
#include <vector>

#include "api/robot_interface.h"

class TemplateRobot : public lab::hw::IRobot {
 public:
  lab::hw::RobotInfo info() const override;
  lab::hw::ActionSpec actionSpec() const override;
  lab::hw::ObservationSpec observationSpec() const override;

  lab::hw::Result onConfigure(const lab::hw::RobotConfig& config, std::string& error) override;
  lab::hw::Result onActivate(std::string& error) override;
  lab::hw::Result onDeactivate(std::string& error) override;
  lab::hw::Result onCleanup(std::string& error) override;
  void onError() noexcept override;

  lab::hw::Result reset(std::uint64_t seed, std::string& error) override;
  lab::hw::Result read(lab::hw::Observation& out, std::string& error) override;
  lab::hw::Result write(const std::vector<float>& action, std::string& error) override;
  void emergencyStop() noexcept override;
  std::vector<float> appliedCommand() const override { return m_command; }
  bool detectSuccess() const override;

 private:
  int m_maxEpisodeSteps = 50;
  int m_axes = 2;
  int m_imageSize = 64;
  double m_x = 0.0, m_y = 0.0;   // the dot, in [-1, 1]
  std::vector<float> m_command;  // normalised, as last applied
};
