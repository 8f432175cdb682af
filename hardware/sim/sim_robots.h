#pragma once
// The simulated robots without the plugin loader: for tests, benchmarks and the headless CLI.
//   auto robot = lab::hw::createSimRobot("push-cube");  // or std::make_unique<PushCubeSim>()
//   auto factory = std::make_shared<lab::hw::SimRobotFactory>("push-cube");
//   loader.registerFactory({"push-cube", ...}, factory);  // factory->info() has the metadata
// Ids: "push-cube", "ball-to-goal", "slalom-quadruped", "slalom-humanoid".
#include <memory>
#include <string>
#include <vector>

#include "api/robot_interface.h"
#include "sim/mujoco_robot.h"

namespace lab::hw {

std::vector<std::string> simRobotIds();
// A new, unconfigured robot; null for an unknown id.
std::unique_ptr<MujocoRobot> createSimRobot(const std::string& id);

// IRobotFactory for one simulated robot id (throws std::invalid_argument on an unknown id).
class SimRobotFactory : public IRobotFactory {
 public:
  explicit SimRobotFactory(std::string id);
  std::unique_ptr<IRobot> create() override;
  // The metadata the dynamic plugin would carry (id, name, description, version).
  RobotInfo info() const;

 private:
  std::string m_id;
};

}  // namespace lab::hw
