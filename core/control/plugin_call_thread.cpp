#include "plugin_call_thread.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>

namespace lab {

// Owned jointly by the object and its thread: a detached thread keeps it alive.
struct PluginCallThread::Shared {
  std::mutex mutex;
  std::condition_variable work, done;
  std::deque<Task> urgent, queue;  // urgent (post) runs before queued calls
  std::uint64_t finished = 0;      // calls (not posts) completed
  bool stop = false;
  bool hung = false;  // a call overran: nobody waits for this thread any more
};

PluginCallThread::PluginCallThread() : m_shared(std::make_shared<Shared>()) {
  m_thread = std::make_unique<std::thread>([s = m_shared] {
    std::unique_lock<std::mutex> lock(s->mutex);
    while (true) {
      s->work.wait(lock, [&] { return s->stop || !s->urgent.empty() || !s->queue.empty(); });
      // Stopping: urgent tasks (the e-stop) still run, calls only if nobody gave up on us.
      if (s->stop && s->urgent.empty() && (s->hung || s->queue.empty())) break;
      const bool isCall = s->urgent.empty();
      Task t = std::move(isCall ? s->queue.front() : s->urgent.front());
      (isCall ? s->queue : s->urgent).pop_front();
      lock.unlock();
      t();
      t = nullptr;  // what the task owned goes here, on this thread
      lock.lock();
      if (isCall) {
        ++s->finished;
        s->done.notify_all();
      }
    }
    // Tasks still queued (a hung thread that came back) are dropped on this thread.
    s->urgent.clear();
    s->queue.clear();
  });
}

PluginCallThread::~PluginCallThread() {
  bool hung;
  {
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->stop = true;
    hung = m_shared->hung;
  }
  m_shared->work.notify_all();
  if (hung)
    m_thread->detach();  // it may never return; the process must not wait for it
  else
    m_thread->join();
}

PluginCallThread::Outcome PluginCallThread::call(Task task, std::chrono::milliseconds timeout,
                                                 const WhileWaiting& whileWaiting) {
  using Clock = std::chrono::steady_clock;
  constexpr auto kSlice = std::chrono::milliseconds(5);
  const auto start = Clock::now();
  const auto deadline = start + timeout;
  std::unique_lock<std::mutex> lock(m_shared->mutex);
  if (m_shared->hung) return Outcome::TimedOut;
  const std::uint64_t ticket = m_shared->finished + m_shared->queue.size() + 1;
  m_shared->queue.push_back(std::move(task));
  m_shared->work.notify_all();
  while (m_shared->finished < ticket) {
    const auto now = Clock::now();
    if (now >= deadline) {
      m_shared->hung = true;
      return Outcome::TimedOut;
    }
    m_shared->done.wait_until(lock, std::min(deadline, now + kSlice));
    if (m_shared->finished >= ticket || !whileWaiting) continue;
    lock.unlock();
    const bool giveUp =
        whileWaiting(std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start));
    lock.lock();
    if (giveUp && m_shared->finished < ticket) {
      m_shared->hung = true;
      return Outcome::GaveUp;
    }
  }
  return Outcome::Done;
}

void PluginCallThread::post(Task task) {
  {
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    m_shared->urgent.push_back(std::move(task));
  }
  m_shared->work.notify_all();
}

bool PluginCallThread::hung() const {
  std::lock_guard<std::mutex> lock(m_shared->mutex);
  return m_shared->hung;
}

}  // namespace lab
