#pragma once
// Operator commands on their way from the GUI thread to the robot loop's safe point, plus the
// two things that must NOT wait for the safe point: the e-stop flag (checked every tick and
// while the loop sleeps) and the latest teleop action (a level, not an event: the newest value
// wins). Thread-safe; every call holds the lock for a few instructions only.
#include <QString>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

#include "controller_types.h"

namespace lab {

struct ControllerSettings;

struct QueuedCommand {
  enum class Kind { Operator, Relabel, Shutdown };
  Kind kind = Kind::Operator;
  ControllerCommand command = ControllerCommand::Connect;
  int count = 0;           // Evaluate: number of episodes
  bool byExpert = false;   // StartRecording: the robot's scripted expert drives the demo
  int64_t episodeId = -1;  // Relabel
  bool success = false;    // Relabel
  std::shared_ptr<const ControllerSettings> settings;  // Connect: the settings to connect with

  static QueuedCommand shutdown() {
    QueuedCommand c;
    c.kind = Kind::Shutdown;
    return c;
  }
  static QueuedCommand fromOperator(ControllerCommand command) {
    QueuedCommand c;
    c.command = command;
    return c;
  }
};

class CommandQueue {
 public:
  void push(const QueuedCommand& c) {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      m_queue.push_back(c);
    }
    m_cv.notify_all();
  }
  std::deque<QueuedCommand> takeAll() {
    std::deque<QueuedCommand> out;
    std::lock_guard<std::mutex> lock(m_mutex);
    out.swap(m_queue);
    return out;
  }

  // Sleeps until `deadline`, waking early (returning true) when the e-stop is requested or, if
  // `wakeOnCommand`, when a command arrives.
  bool waitUntil(std::chrono::steady_clock::time_point deadline, bool wakeOnCommand) {
    std::unique_lock<std::mutex> lock(m_mutex);
    const bool woke = m_cv.wait_until(lock, deadline, [&] {
      return m_estop.load() || (wakeOnCommand && !m_queue.empty()) || m_wake;
    });
    m_wake = false;
    return woke;
  }
  // Wakes a waiting loop without a command (a store write became durable, ...).
  void wake() {
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      m_wake = true;
    }
    m_cv.notify_all();
  }

  void requestEmergencyStop() {
    m_estop = true;
    { std::lock_guard<std::mutex> lock(m_mutex); }
    m_cv.notify_all();
  }
  // True once per request: the loop applies it and clears it.
  bool takeEmergencyStop() { return m_estop.exchange(false); }
  bool emergencyStopPending() const { return m_estop.load(); }

  void setTeleopAction(std::vector<float> a) {
    std::lock_guard<std::mutex> lock(m_teleopMutex);
    m_teleop = std::move(a);
    m_hasTeleop = true;
  }
  // False until the operator's device sent a first action (since the last clearTeleop()).
  bool teleopAction(std::vector<float>& out) const {
    std::lock_guard<std::mutex> lock(m_teleopMutex);
    if (!m_hasTeleop) return false;
    out = m_teleop;
    return true;
  }
  void clearTeleop() {
    std::lock_guard<std::mutex> lock(m_teleopMutex);
    m_hasTeleop = false;
    m_teleop.clear();
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::deque<QueuedCommand> m_queue;
  bool m_wake = false;
  std::atomic<bool> m_estop{false};
  mutable std::mutex m_teleopMutex;
  std::vector<float> m_teleop;
  bool m_hasTeleop = false;
};

}  // namespace lab
