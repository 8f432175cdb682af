#include "loop_rate_meter.h"

#include <cmath>

namespace lab {

std::optional<LoopRateMeter::Reading> LoopRateMeter::tick(Clock::time_point t) {
  if (m_lastTick.time_since_epoch().count() != 0) {
    m_periodsMs.push_back(std::chrono::duration<double, std::milli>(t - m_lastTick).count());
  }
  m_lastTick = t;
  if (m_windowStart.time_since_epoch().count() == 0) m_windowStart = t;
  const bool periodic = t - m_windowStart >= std::chrono::seconds(1) && !m_periodsMs.empty();
  if (!periodic && !m_due) return std::nullopt;
  m_due = false;
  double mean = 0, var = 0;
  for (double p : m_periodsMs) mean += p;
  if (!m_periodsMs.empty()) mean /= m_periodsMs.size();
  for (double p : m_periodsMs) var += (p - mean) * (p - mean);
  if (!m_periodsMs.empty()) var /= m_periodsMs.size();
  Reading r;
  r.rateHz = mean > 0 ? 1000.0 / mean : 0;
  r.jitterMs = std::sqrt(var);
  r.periodic = periodic;
  if (periodic) {
    m_periodsMs.clear();
    m_windowStart = t;
  }
  return r;
}

void LoopRateMeter::restart() {
  m_lastTick = m_windowStart = {};
  m_periodsMs.clear();
}

}  // namespace lab
