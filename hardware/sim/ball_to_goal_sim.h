#pragma once
// BallToGoalSim ("ball-to-goal"): a differential-drive robot (22 x 16 cm box) pushes a ball
// (radius 7 cm) into the goal pocket at the right end of a walled 1.4 m x 1.4 m arena.
//   actions: v in m/s [-0.6, 0.6] (forward), omega in rad/s [-3, 3] (counter-clockwise)
//   state:   robot_x, robot_y (m), robot_cos_yaw, robot_sin_yaw, ball_x, ball_y (m)
//   image:   overhead camera over the whole arena; the robot's front carries a white marker
//   success: ball centre past the goal line (x > kGoalLineX) and |y| < kGoalHalfWidth
//   start:   robot in the left part at any heading, ball in the middle, at least 0.3 m apart
//   time limit: 100 control steps at 10 Hz
#include "sim/mujoco_robot.h"
#include "sim/planar_base.h"
#include "sim/plane_math.h"

namespace lab::hw {

class BallToGoalSim : public MujocoRobot {
 public:
  static constexpr double kGoalLineX = 0.45;  // m
  static constexpr double kGoalHalfWidth = 0.24;
  static constexpr double kGoalCentreX = 0.58;
  static constexpr double kBallRadius = 0.07;
  static constexpr double kRobotHalfLength = 0.11;
  static constexpr double kRobotHalfWidth = 0.08;
  static constexpr double kMaxSpeed = 0.6;  // m/s
  static constexpr double kMaxTurn = 3.0;   // rad/s

  BallToGoalSim();

 protected:
  void bindModel() override;
  void randomiseStart(SimRandom& rng) override;
  void applyCommand(const std::vector<double>& command) override;
  void stopMotion() noexcept override;
  void fillState(std::vector<float>& state) const override;
  bool isSolved() const override;
  std::vector<double> expertCommand() const override;

 private:
  static std::vector<double> steer(Vec2 r, double yaw, Vec2 waypoint, double speed);

  PlanarBase m_robot;
  int m_ballQpos = -1;  // freejoint: x y z qw qx qy qz
};

}  // namespace lab::hw
