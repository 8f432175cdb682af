#pragma once
// How long the robot loop has been without a valid observation: reads that failed in a row and
// the time since the last good one, against the settings' bounds. The loop never acts on an old
// observation; once a bound is passed it stops the episode (RobotLoop::Impl::stopUnsafe with
// RobotBlind). Robot thread only; time is passed in, so a test can drive it.
#include <chrono>

#include "notice.h"

namespace lab {

class ObservationFreshness {
 public:
  using Clock = std::chrono::steady_clock;
  struct Limits {
    int maxFailedReads = 1;      // in a row (at least 1)
    double maxStaleSeconds = 0;  // without a valid observation
    bool lockstep = false;       // the sim waits for the loop: time without reads means nothing
  };
  // maxStaleSeconds as configured, or ten control periods when it is not (<= 0).
  static Limits limits(int maxFailedReads, double maxStaleSeconds, Clock::duration period,
                       bool lockstep);

  void restart(Clock::time_point now);  // a reset: a fresh start, nothing failed yet
  void readOk(Clock::time_point now);
  void readFailed(const Notice& error);
  // Whether a bound is passed; `why` says which (ReadsFailed or NoValidObservationFor), with
  // the last read's error.
  bool exhausted(Clock::time_point now, const Limits& limits, Notice& why) const;

 private:
  int m_failedReads = 0;  // in a row
  Clock::time_point m_lastGoodRead;
  Notice m_lastError;
};

}  // namespace lab
