#pragma once
// RobotExecutor: the one thread a served robot is driven from. IRobot requires one thread (a
// simulation's EGL context belongs to the thread that made it), while gRPC answers calls on a
// pool: each call runs its robot work here through run() and waits for it. Between jobs the
// thread sleeps until `nextWake()` and then calls `onWake()`: the safety watchdog's tick.
// run() may be called from any thread; start()/stop() from the owner's.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>

namespace lab::hw {

class RobotExecutor {
 public:
  using Clock = std::chrono::steady_clock;

  RobotExecutor(std::function<Clock::time_point()> nextWake, std::function<void()> onWake);
  ~RobotExecutor();  // stop()
  RobotExecutor(const RobotExecutor&) = delete;
  RobotExecutor& operator=(const RobotExecutor&) = delete;

  void start();
  // Runs the jobs already queued, then ends the thread. Later run() calls return false.
  void stop();
  // Runs `job` on the robot thread and waits for it. False (job not run) once stopped.
  bool run(const std::function<void()>& job);

 private:
  void loop();

  std::function<Clock::time_point()> m_nextWake;
  std::function<void()> m_onWake;
  std::mutex m_mutex;
  std::condition_variable m_wake;
  std::deque<std::packaged_task<void()>> m_jobs;
  bool m_stopping = false;
  std::thread m_thread;
};

}  // namespace lab::hw
