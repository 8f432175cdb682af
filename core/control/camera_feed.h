#pragma once
// The operator's view of the robot: each observation the loop shows becomes a CameraFrame (the
// image the network sees, and the robot's larger view when it gives one), tagged with the
// episode and step it belongs to. In lockstep the sim runs many steps per frame a person can
// see, so at most 25 frames a second go out then. Robot thread only; time is passed in, so a
// test can drive it.
#include <chrono>
#include <cstdint>
#include <optional>

#include "api/robot_interface.h"
#include "controller_types.h"

namespace lab {

class CameraFeed {
 public:
  using Clock = std::chrono::steady_clock;
  // The shortest time between two frames in lockstep (25 frames a second).
  static constexpr std::chrono::milliseconds kLockstepInterval{40};

  void setLockstep(bool lockstep) { m_lockstep = lockstep; }
  // The frame that shows `o` (episode -1: none running), or none when in lockstep the last one
  // went out less than kLockstepInterval before `now`.
  std::optional<CameraFrame> frame(const hw::Observation& o, int64_t episode, int step,
                                   Clock::time_point now);

 private:
  bool m_lockstep = false;
  Clock::time_point m_lastFrameAt;
};

}  // namespace lab
