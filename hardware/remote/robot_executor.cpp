#include "remote/robot_executor.h"

namespace lab::hw {

RobotExecutor::RobotExecutor(std::function<Clock::time_point()> nextWake,
                             std::function<void()> onWake)
    : m_nextWake(std::move(nextWake)), m_onWake(std::move(onWake)) {}

RobotExecutor::~RobotExecutor() { stop(); }

void RobotExecutor::start() {
  if (m_thread.joinable()) return;
  m_thread = std::thread([this] { loop(); });
}

void RobotExecutor::stop() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
  }
  m_wake.notify_all();
  if (m_thread.joinable()) m_thread.join();
}

bool RobotExecutor::run(const std::function<void()>& job) {
  std::packaged_task<void()> task(job);
  std::future<void> done = task.get_future();
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_stopping) return false;
    m_jobs.push_back(std::move(task));
  }
  m_wake.notify_one();
  done.get();  // rethrows what the job threw
  return true;
}

void RobotExecutor::loop() {
  std::unique_lock<std::mutex> lock(m_mutex);
  for (;;) {
    if (m_jobs.empty()) {
      if (m_stopping) return;
      // The deadline is read under the lock but only jobs (on this thread) change it.
      const Clock::time_point wake = m_nextWake();
      if (wake == Clock::time_point::max()) {
        m_wake.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
      } else {
        m_wake.wait_until(lock, wake, [this] { return m_stopping || !m_jobs.empty(); });
      }
    }
    std::packaged_task<void()> job;
    if (!m_jobs.empty()) {
      job = std::move(m_jobs.front());
      m_jobs.pop_front();
    }
    lock.unlock();
    if (job.valid()) job();
    m_onWake();
    lock.lock();
  }
}

}  // namespace lab::hw
