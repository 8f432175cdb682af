#include "sim/sim_robots.h"

#include <stdexcept>

#include "sim/ball_to_goal_sim.h"
#include "sim/push_cube_sim.h"
#include "sim/slalom_humanoid_sim.h"
#include "sim/slalom_quadruped_sim.h"

namespace lab::hw {

std::vector<std::string> simRobotIds() {
  return {"push-cube", "ball-to-goal", "slalom-quadruped", "slalom-humanoid"};
}

std::unique_ptr<MujocoRobot> createSimRobot(const std::string& id) {
  if (id == "push-cube") return std::make_unique<PushCubeSim>();
  if (id == "ball-to-goal") return std::make_unique<BallToGoalSim>();
  if (id == "slalom-quadruped") return std::make_unique<SlalomQuadrupedSim>();
  if (id == "slalom-humanoid") return std::make_unique<SlalomHumanoidSim>();
  return nullptr;
}

SimRobotFactory::SimRobotFactory(std::string id) : m_id(std::move(id)) {
  if (!createSimRobot(m_id)) throw std::invalid_argument("no simulated robot '" + m_id + "'");
}

std::unique_ptr<IRobot> SimRobotFactory::create() { return createSimRobot(m_id); }

RobotInfo SimRobotFactory::info() const { return createSimRobot(m_id)->info(); }

}  // namespace lab::hw
