#pragma once
// SlalomSim: the slalom course shared by the quadruped and the humanoid. A legged robot,
// commanded by base velocities, walks through three gates (pairs of poles, alternating sides)
// and over the finish line. The legs are not simulated: the base moves on planar joints, and
// SlalomDynamics shapes how the commanded velocity turns into motion (lag, gait sway).
//   actions: vx (forward), vy (left) in m/s, omega (counter-clockwise) in rad/s, body frame;
//            ranges from SlalomDynamics
//   state:   x, y (m), cos_yaw, sin_yaw, v_forward, v_lateral (m/s), gates_passed (0..3)
//   image:   overhead camera over the whole course
//   gates:   gate i is passed when, after a control step, x has crossed kGateX[i] (from below)
//            with |y - kGateY[i]| < kGateHalfWidth; crossing it elsewhere misses it (success is
//            then impossible until reset, and the failure detector fires). Gates count in order.
//   poles:   block the robot; with SlalomDynamics::poleContactFails (the humanoid: a biped that
//            bumps a pole falls) the first contact with a pole is a failure as well.
//   success: all gates passed and x >= kFinishX (latched until reset)
//   start:   x in [-0.95, -0.85], y in [-0.25, 0.25], yaw in [-0.5, 0.5] rad (seeded), and the
//            gait phase
#include "sim/mujoco_robot.h"
#include "sim/planar_base.h"
#include "sim/plane_math.h"

namespace lab::hw {

struct SlalomDynamics {
  double maxForward = 0.7;        // m/s
  double maxLateral = 0.5;        // m/s
  double maxTurn = 2.0;           // rad/s
  double lagTau = 0.0;            // s: first-order lag from command to executed velocity
  double swayAmplitude = 0;       // m/s: lateral gait oscillation at full speed
  double yawSwayAmplitude = 0;    // rad/s
  double swayFrequency = 1.0;     // Hz (step frequency)
  double clearance = 0.14;        // m: the expert walks straight while |x - gate| < this
  double straightRun = 0.0;       // m: ...and this far before that, so a lagged body settles
  double steerAhead = 0.0;        // m: on the way through, aim this far ahead on the gate's centre
                                  // line (0: at a point past the gate's exit)
  bool poleContactFails = false;  // touching a pole ends the episode as a failure
};

class SlalomSim : public MujocoRobot {
 public:
  static constexpr int kGateCount = 3;
  static constexpr double kGateX[kGateCount] = {-0.5, 0.0, 0.5};  // m
  static constexpr double kGateY[kGateCount] = {0.15, -0.15, 0.15};
  static constexpr double kGateHalfWidth = 0.2;  // gate centre to pole centre
  static constexpr double kPoleRadius = 0.04;
  static constexpr double kFinishX = 0.85;

  int gatesPassed() const { return m_gatesPassed; }
  bool gateMissed() const { return m_gateMissed; }
  bool touchedPole() const { return m_touchedPole; }

 protected:
  SlalomSim(TaskSpec task, SlalomDynamics dynamics);
  static TaskSpec slalomTask(const SlalomDynamics& dynamics);

  void bindModel() override;
  void randomiseStart(SimRandom& rng) override;
  void applyCommand(const std::vector<double>& command) override;
  void afterControlStep() override;
  void stopMotion() noexcept override;
  void fillState(std::vector<float>& state) const override;
  bool isSolved() const override { return m_finished; }
  bool isFailed() const override { return m_gateMissed || m_touchedPole; }
  std::vector<double> expertCommand() const override;
  std::vector<double> executingCommand() const override { return m_executing; }

 private:
  bool isPole(int geom) const;
  void notePoleContact();

  SlalomDynamics m_dyn;
  PlanarBase m_base;
  std::vector<double> m_executing;  // lagged command (physical), what the "legs" execute now
  double m_swayPhase = 0.0;         // rad, seeded
  double m_prevX = 0.0;
  int m_gatesPassed = 0;
  bool m_gateMissed = false;
  bool m_touchedPole = false;
  bool m_finished = false;
  std::vector<int> m_poleGeoms;  // geom ids named "pole*"
};

}  // namespace lab::hw
