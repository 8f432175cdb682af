#include "sim/slalom_quadruped_sim.h"

namespace lab::hw {

SlalomDynamics SlalomQuadrupedSim::dynamics() {
  SlalomDynamics d;
  d.maxForward = 0.8;
  d.maxLateral = 0.6;
  d.maxTurn = 2.0;
  d.lagTau = 0.08;
  d.swayAmplitude = 0.05;
  d.yawSwayAmplitude = 0.2;
  d.swayFrequency = 2.5;
  d.clearance = 0.14;  // body half length 0.12 + pole radius 0.04, corners enter late
  return d;
}

namespace {
MujocoRobot::TaskSpec quadrupedTask(MujocoRobot::TaskSpec t) {
  t.info.id = "slalom-quadruped";
  t.info.name = "Slalom-Quadruped (simulated)";
  t.info.description =
      "A quadruped steered by base velocities walks through three gates to the finish (MuJoCo).";
  t.info.maxEpisodeSteps = 80;
  t.modelFile = "slalom_quadruped.xml";
  return t;
}
}  // namespace

SlalomQuadrupedSim::SlalomQuadrupedSim()
    : SlalomSim(quadrupedTask(slalomTask(dynamics())), dynamics()) {}

}  // namespace lab::hw
