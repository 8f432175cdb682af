#pragma once
// RobotSafetyGuard: what keeps a robot served over the bridge safe whatever its client does.
// The server asks it before applying a command and on every tick of its robot thread:
//   - only the newest command is applied: a sequence number not above the last applied one is
//     stale (a delayed or repeated packet) and refused;
//   - commands are clamped to the action spec ([-1, 1] normalised per dimension); a wrong size
//     or a NaN/inf value is refused;
//   - a watchdog: once a command was applied, if no new one arrives within the timeout (default
//     300 ms) watchdogDue() says so ONCE, and the server sends zero velocity; the next command
//     re-arms it;
//   - an emergency stop latches until acknowledged by the side that pressed it (a stop pressed
//     at the robot cannot be acknowledged by the remote client, not even by connecting again).
// Pure logic with the time passed in, so a test drives it without waiting. Not thread-safe: the
// server calls it from its robot thread only. The Python kit's SafetyGuard mirrors it.
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace lab::hw {

class RobotSafetyGuard {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kDefaultWatchdog{300};

  enum class Verdict : std::uint8_t {
    Apply,             // the (clamped) command may go to the robot
    Stale,             // an older or repeated sequence number
    EmergencyStopped,  // the latch is set
    Invalid,           // wrong size or a non-finite value
  };
  enum class StopSource : std::uint8_t { Client, Robot };

  explicit RobotSafetyGuard(int actionDims = 0,
                            std::chrono::milliseconds watchdog = kDefaultWatchdog);

  // A new session (a client configured the robot: the operator pressed Connect): sequence
  // numbers start over, the watchdog is disarmed, and a stop the previous client pressed counts
  // as acknowledged (a window lets go of the robot with one). A stop pressed at the robot stays.
  void startSession(int actionDims);

  // Checks `command` (sequence `sequence`) at time `now`; on Apply it is clamped in place and
  // the watchdog re-armed. `why` says what was wrong otherwise.
  Verdict admit(std::uint64_t sequence, std::vector<float>& command, Clock::time_point now,
                std::string& why);
  // True once per silence: a command was applied, none came for the timeout, and the watchdog
  // has not fired for it yet. The caller then sends zero velocity.
  bool watchdogDue(Clock::time_point now);
  // When the watchdog would fire next (Clock::time_point::max() when disarmed): how long the
  // robot thread may sleep.
  Clock::time_point nextDeadline() const;

  void emergencyStop(StopSource source);
  // Clears the latch if `source` may (the one that pressed it, or the robot for any). False
  // with `why` otherwise; true when nothing was latched.
  bool acknowledge(StopSource source, std::string& why);
  bool emergencyStopped() const { return m_latched; }

  std::chrono::milliseconds watchdogTimeout() const { return m_timeout; }
  std::uint64_t lastSequence() const { return m_lastSequence; }
  std::uint64_t watchdogTrips() const { return m_trips; }

 private:
  int m_dims = 0;
  std::chrono::milliseconds m_timeout;
  std::uint64_t m_lastSequence = 0;
  bool m_armed = false;
  Clock::time_point m_lastCommandAt{};
  std::uint64_t m_trips = 0;
  bool m_latched = false;
  StopSource m_latchedBy = StopSource::Client;
};

}  // namespace lab::hw
