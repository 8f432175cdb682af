#pragma once
// PushCubeSim ("push-cube"): a round end effector (radius 2.5 cm), commanded by planar
// velocity, pushes an 8 cm cube into a target disc. Models the paper's arm Push-Cube task with a
// planar end-effector velocity interface.
//   actions: vx, vy in m/s, [-0.25, 0.25] each (world frame: +x right, +y up in the image)
//   state:   effector_x, effector_y, cube_x, cube_y (m)
//   image:   overhead camera over the 0.64 m x 0.64 m workspace
//   success: cube centre within kTargetRadius of kTargetX/Y (in the plane)
//   start:   cube at a random place and yaw, at least 0.16 m from the target; effector at a
//            random place at least 0.12 m from the cube
//   time limit: 80 control steps at 10 Hz
#include "sim/mujoco_robot.h"
#include "sim/planar_base.h"

namespace lab::hw {

class PushCubeSim : public MujocoRobot {
 public:
  static constexpr double kTargetX = 0.17;  // m, target centre (fixed)
  static constexpr double kTargetY = 0.0;
  static constexpr double kTargetRadius = 0.06;
  static constexpr double kCubeHalf = 0.04;
  static constexpr double kEffectorRadius = 0.025;
  static constexpr double kMaxSpeed = 0.25;  // m/s

  PushCubeSim();

 protected:
  void bindModel() override;
  void randomiseStart(SimRandom& rng) override;
  void applyCommand(const std::vector<double>& command) override;
  void stopMotion() noexcept override;
  void fillState(std::vector<float>& state) const override;
  bool isSolved() const override;
  std::vector<double> expertCommand() const override;

 private:
  PlanarBase m_effector;
  int m_cubeQpos = -1;  // freejoint: x y z qw qx qy qz
};

}  // namespace lab::hw
