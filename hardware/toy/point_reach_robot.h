#pragma once
// PointReachRobot: the toy task "point-reach" as a robot plugin, so the one engine that trains
// the robots (TrainingController through RobotPort) trains it too. A point in [-1, 1]^2 moved
// by a normalised velocity command must reach a goal drawn within +-kGoalSpread of a nominal
// position, from a start drawn within +-kStartSpread of another. State only, no camera:
// ObservationSpec is 0x0 with [x, y, goal_x - x, goal_y - y].
//
// Dynamics, seeded start and goal, observation, success radius, time limit and scripted expert
// are EXACTLY those of tests/hardware/point_reach_task.cpp (same seed, same start and goal; same
// action, same state), so the learning figures measured on PointReachTask hold for this plugin.
// hardware/ cannot link core, so the constants are repeated here; test_sim_robots compares
// the two step by step.
//
// Contract (api/robot_interface.h): onConfigure puts the point at the start for
// RobotConfig::seed (read() works in Inactive); RobotConfig::imageSize is ignored and there
// are no settings (unknown keys are warned about). write() clamps each value to [-1, 1] and
// moves the point one step; a wrong size or NaN/inf is rejected (Retry, nothing moves).
// Nothing moves between writes, so emergencyStop() only zeroes the applied command.
#include <string>
#include <vector>

#include "api/robot_interface.h"

namespace lab::hw {

class PointReachRobot : public IRobot {
 public:
  static constexpr double kStepSize = 0.1;  // displacement per step at |action| = 1
  static constexpr double kGoalRadius = 0.15;
  static constexpr int kMaxSteps = 50;
  static constexpr double kControlRateHz = 20.0;
  static constexpr double kGoalX = 0.5, kGoalY = 0.4, kGoalSpread = 0.1;
  static constexpr double kStartX = -0.5, kStartY = -0.4, kStartSpread = 0.3;

  RobotInfo info() const override;
  ActionSpec actionSpec() const override;
  ObservationSpec observationSpec() const override;

  Result onConfigure(const RobotConfig& config, std::string& error) override;
  Result onActivate(std::string& error) override;
  Result onDeactivate(std::string& error) override;
  Result onCleanup(std::string& error) override;
  void onError() noexcept override;

  Result reset(std::uint64_t seed, std::string& error) override;
  Result read(Observation& out, std::string& error) override;
  Result write(const std::vector<float>& action, std::string& error) override;
  void emergencyStop() noexcept override;
  std::vector<float> appliedCommand() const override { return m_applied; }

  bool detectSuccess() const override;
  bool scriptedAction(std::vector<float>& action) const override;

  // --- Not part of IRobot: for tests. ---
  int stepCount() const { return m_steps; }  // writes since the last reset

 private:
  void startEpisode(std::uint64_t seed);

  bool m_configured = false;
  double m_x = 0, m_y = 0, m_gx = 0, m_gy = 0;
  int m_steps = 0;
  std::vector<float> m_applied{0.f, 0.f};
};

}  // namespace lab::hw
