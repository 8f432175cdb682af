#pragma once
// The robot loop's measured control rate and jitter, over a window of about one second of
// tick periods. Robot thread only; time is passed in, so a test can drive it.
#include <chrono>
#include <optional>
#include <vector>

namespace lab {

class LoopRateMeter {
 public:
  using Clock = std::chrono::steady_clock;
  struct Reading {
    double rateHz = 0;    // 1000 / mean period; 0 before two ticks
    double jitterMs = 0;  // standard deviation of the periods
    // A whole window closed: it is cleared and the next one starts (the once-a-second report).
    bool periodic = false;
  };

  // Records a tick at `t`. Gives a reading every second (periodic), and at the first tick after
  // reportNow() without closing the window, so the shown rate and jitter stay steady.
  std::optional<Reading> tick(Clock::time_point t);
  // The next tick reports at once (a state change: the window's countdown needs the new limit).
  void reportNow() { m_due = true; }
  // Forgets the window and the last tick (a new connection starts afresh).
  void restart();

 private:
  std::vector<double> m_periodsMs;
  Clock::time_point m_lastTick, m_windowStart;
  bool m_due = false;
};

}  // namespace lab
