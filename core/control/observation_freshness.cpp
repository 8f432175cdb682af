#include "observation_freshness.h"

#include <algorithm>

namespace lab {

ObservationFreshness::Limits ObservationFreshness::limits(int maxFailedReads,
                                                          double maxStaleSeconds,
                                                          Clock::duration period, bool lockstep) {
  Limits l;
  l.maxFailedReads = std::max(1, maxFailedReads);
  l.maxStaleSeconds =
      maxStaleSeconds > 0 ? maxStaleSeconds : 10.0 * std::chrono::duration<double>(period).count();
  l.lockstep = lockstep;
  return l;
}

void ObservationFreshness::restart(Clock::time_point now) {
  m_failedReads = 0;
  m_lastGoodRead = now;
}

void ObservationFreshness::readOk(Clock::time_point now) { restart(now); }

void ObservationFreshness::readFailed(const Notice& error) {
  ++m_failedReads;
  m_lastError = error;
}

bool ObservationFreshness::exhausted(Clock::time_point now, const Limits& limits,
                                     Notice& why) const {
  if (m_failedReads == 0) return false;
  const double stale = std::chrono::duration<double>(now - m_lastGoodRead).count();
  if (m_failedReads >= limits.maxFailedReads) {
    why = Notice(NoticeCode::ReadsFailed, m_failedReads, limits.maxFailedReads, m_lastError);
  } else if (!limits.lockstep && stale >= limits.maxStaleSeconds) {
    why = Notice(NoticeCode::NoValidObservationFor, QString::number(stale, 'f', 2),
                 QString::number(limits.maxStaleSeconds, 'g', 3), m_lastError);
  } else {
    return false;
  }
  return true;
}

}  // namespace lab
