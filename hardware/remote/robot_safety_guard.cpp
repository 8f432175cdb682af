#include "remote/robot_safety_guard.h"

#include <algorithm>
#include <cmath>

namespace lab::hw {

RobotSafetyGuard::RobotSafetyGuard(int actionDims, std::chrono::milliseconds watchdog)
    : m_dims(actionDims), m_timeout(watchdog) {}

void RobotSafetyGuard::startSession(int actionDims) {
  m_dims = actionDims;
  m_lastSequence = 0;
  m_armed = false;
  m_trips = 0;
  if (m_latchedBy == StopSource::Client) m_latched = false;
}

RobotSafetyGuard::Verdict RobotSafetyGuard::admit(std::uint64_t sequence,
                                                  std::vector<float>& command,
                                                  Clock::time_point now, std::string& why) {
  if (m_latched) {
    why = m_latchedBy == StopSource::Robot
              ? "the emergency stop pressed at the robot is latched; acknowledge it there"
              : "the emergency stop is latched; acknowledge it first";
    return Verdict::EmergencyStopped;
  }
  if (sequence <= m_lastSequence) {
    why = "command " + std::to_string(sequence) + " is stale: command " +
          std::to_string(m_lastSequence) + " was already applied";
    return Verdict::Stale;
  }
  if (static_cast<int>(command.size()) != m_dims) {
    why = "the command has " + std::to_string(command.size()) + " values, the robot takes " +
          std::to_string(m_dims);
    return Verdict::Invalid;
  }
  for (std::size_t i = 0; i < command.size(); ++i) {
    if (!std::isfinite(command[i])) {
      why = "command value " + std::to_string(i) + " is not a finite number";
      return Verdict::Invalid;
    }
  }
  for (float& v : command) v = std::clamp(v, -1.0f, 1.0f);
  m_lastSequence = sequence;
  m_lastCommandAt = now;
  m_armed = true;
  return Verdict::Apply;
}

bool RobotSafetyGuard::watchdogDue(Clock::time_point now) {
  if (!m_armed || now - m_lastCommandAt < m_timeout) return false;
  m_armed = false;
  ++m_trips;
  return true;
}

RobotSafetyGuard::Clock::time_point RobotSafetyGuard::nextDeadline() const {
  return m_armed ? m_lastCommandAt + m_timeout : Clock::time_point::max();
}

void RobotSafetyGuard::emergencyStop(StopSource source) {
  // A stop at the robot outranks the client's: once pressed there, only the robot clears it.
  if (!m_latched || source == StopSource::Robot) m_latchedBy = source;
  m_latched = true;
  m_armed = false;  // the robot is already at zero
}

bool RobotSafetyGuard::acknowledge(StopSource source, std::string& why) {
  if (!m_latched) return true;
  if (m_latchedBy == StopSource::Robot && source != StopSource::Robot) {
    why = "the emergency stop was pressed at the robot; acknowledge it there";
    return false;
  }
  m_latched = false;
  return true;
}

}  // namespace lab::hw
