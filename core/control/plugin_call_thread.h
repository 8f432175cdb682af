#pragma once
// The thread every call into a robot plugin runs on, so the robot loop can wait for a call with
// a deadline instead of being stuck inside it. One call runs at a time, in the order given
// (IRobot needs no locks: it still sees one thread).
//
// A call that overruns its deadline cannot be interrupted (C++ cannot stop a thread that is
// blocked in someone else's code). The caller gets TimedOut and must treat the plugin as lost:
// the thread is marked hung and, when this object is destroyed, left behind (detached) instead
// of joined, so neither the robot loop nor the process exit waits for it. Whatever the hung
// call touches must therefore be owned by the task itself (capture shared_ptrs, never
// references to the caller's stack); the thread drops its queued tasks and ends by itself if
// the call ever returns.
//
// Threads: call(), post() and hung() from the owning thread (the robot loop); the tasks run on
// the call thread.
#include <chrono>
#include <functional>
#include <memory>
#include <thread>

namespace lab {

class PluginCallThread {
 public:
  enum class Outcome { Done, TimedOut, GaveUp };
  using Task = std::function<void()>;
  // Called on the waiting thread every few milliseconds while a call runs; true gives up
  // waiting at once (the process is shutting down). It may act on the robot only through
  // post(), never through call().
  // `elapsed`: how long the call has run so far.
  using WhileWaiting = std::function<bool(std::chrono::milliseconds elapsed)>;

  PluginCallThread();
  ~PluginCallThread();  // joins; detaches instead if a call hung
  PluginCallThread(const PluginCallThread&) = delete;
  PluginCallThread& operator=(const PluginCallThread&) = delete;

  // Runs `task` on the call thread and waits until it returned or `timeout` passed. After
  // TimedOut or GaveUp the thread counts as hung: later calls return TimedOut at once.
  Outcome call(Task task, std::chrono::milliseconds timeout, const WhileWaiting& whileWaiting);
  // Runs `task` after the call in progress (if any), ahead of later calls, without waiting:
  // the e-stop, which must never block its caller.
  void post(Task task);
  bool hung() const;

 private:
  struct Shared;
  std::shared_ptr<Shared> m_shared;
  std::unique_ptr<std::thread> m_thread;
};

}  // namespace lab
