#pragma once
// SlalomHumanoidSim ("slalom-humanoid"): the slalom course (see slalom_sim.h) with a taller,
// slower humanoid: vx, vy in [-0.7, 0.7] / [-0.5, 0.5] m/s, omega in [-1.5, 1.5] rad/s, a
// 0.25 s velocity lag and a lateral gait sway (0.25 m/s at full speed, 1.2 Hz step frequency).
// Time limit 100 steps at 10 Hz.
#include "sim/slalom_sim.h"

namespace lab::hw {

class SlalomHumanoidSim : public SlalomSim {
 public:
  static SlalomDynamics dynamics();
  SlalomHumanoidSim();
};

}  // namespace lab::hw
