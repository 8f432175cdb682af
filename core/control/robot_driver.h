#pragma once
// One robot as RobotPort drives it, created by a RobotSource (robot_source.h). RobotPort calls
// every method on its plugin-call thread, except requestEmergencyStop() (any thread).
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "api/robot_interface.h"

namespace lab {

// What one robot call returned.
//   Ok       the call reached the robot and succeeded (outputs are valid)
//   Retry    the robot reported a transient failure; the call may repeat
//   Refused  the robot was not called (wrong lifecycle state, e-stop latched, invalid action)
//   Invalid  the robot answered, but its output failed validation; nothing is passed on
//   Fatal    the robot failed for good (or its plugin threw)
// `error` is a sentence naming the call; empty on Ok. `reason` is the why alone, without the
// call's name, for a message that names the call itself (equal to error when not given).
struct RobotCall {
  enum class Status : std::uint8_t { Ok, Retry, Refused, Invalid, Fatal };
  Status status = Status::Ok;
  std::string error;
  std::string reason;

  bool ok() const { return status == Status::Ok; }
  static RobotCall success() { return {}; }
  static RobotCall make(Status s, std::string message, std::string why = {}) {
    if (why.empty()) why = message;
    return {s, std::move(message), std::move(why)};
  }
};

class RobotDriver {
 public:
  virtual ~RobotDriver() = default;

  virtual RobotCall configure(const hw::RobotConfig& config) = 0;
  virtual RobotCall activate() = 0;
  virtual RobotCall shutdown() = 0;  // deactivates and cleans up

  // As configured (valid after configure()).
  virtual hw::RobotInfo info() const = 0;
  virtual hw::ActionSpec actionSpec() const = 0;
  virtual hw::ObservationSpec observationSpec() const = 0;

  virtual RobotCall reset(std::uint64_t seed) = 0;
  virtual RobotCall read(hw::Observation& out) = 0;
  virtual RobotCall write(const std::vector<float>& action) = 0;
  virtual RobotCall appliedCommand(std::vector<float>& out) = 0;
  virtual RobotCall detectSuccess(bool& success) = 0;
  virtual RobotCall detectFailure(bool& failed) = 0;
  virtual RobotCall scriptedAction(std::vector<float>& out) = 0;
  virtual RobotCall interimFrame(hw::Observation& out) = 0;

  // Zero command now; writes and resets are refused until acknowledged.
  virtual void emergencyStop() = 0;
  // Latches the e-stop at once without calling the robot (any thread).
  virtual void requestEmergencyStop() = 0;
  virtual RobotCall acknowledgeEmergencyStop() = 0;
};

}  // namespace lab
