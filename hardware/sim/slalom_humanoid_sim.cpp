#include "sim/slalom_humanoid_sim.h"

namespace lab::hw {

SlalomDynamics SlalomHumanoidSim::dynamics() {
  SlalomDynamics d;
  d.maxForward = 0.7;
  d.maxLateral = 0.5;
  d.maxTurn = 1.5;
  d.lagTau = 0.25;
  d.swayAmplitude = 0.2;
  d.yawSwayAmplitude = 0.3;
  d.swayFrequency = 1.2;
  d.clearance = 0.1;  // thin legs (radius 0.03) + pole radius 0.04, plus margin
  d.straightRun = 0.1;
  d.steerAhead = 0.15;
  d.poleContactFails = true;  // a swaying biped that bumps a pole falls
  return d;
}

namespace {
MujocoRobot::TaskSpec humanoidTask(MujocoRobot::TaskSpec t) {
  t.info.id = "slalom-humanoid";
  t.info.name = "Slalom-Humanoid (simulated)";
  t.info.description =
      "A swaying humanoid steered by base velocities walks through three gates to the finish "
      "(MuJoCo).";
  t.info.maxEpisodeSteps = 100;
  t.modelFile = "slalom_humanoid.xml";
  return t;
}
}  // namespace

SlalomHumanoidSim::SlalomHumanoidSim()
    : SlalomSim(humanoidTask(slalomTask(dynamics())), dynamics()) {}

}  // namespace lab::hw
