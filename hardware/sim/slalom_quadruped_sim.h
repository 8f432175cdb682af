#pragma once
// SlalomQuadrupedSim ("slalom-quadruped"): the slalom course (see slalom_sim.h) with a small,
// agile quadruped: vx, vy in [-0.8, 0.8] / [-0.6, 0.6] m/s, omega in [-2, 2] rad/s, a short
// velocity lag (0.08 s) and a slight trot sway (2.5 Hz). Time limit 80 steps at 10 Hz.
#include "sim/slalom_sim.h"

namespace lab::hw {

class SlalomQuadrupedSim : public SlalomSim {
 public:
  static SlalomDynamics dynamics();
  SlalomQuadrupedSim();
};

}  // namespace lab::hw
