#include "learner_pace_monitor.h"

#include <algorithm>

namespace lab::ui {

void LearnerPaceMonitor::reset() {
  m_lowSeconds = 0;
  m_lowUtdSeconds = 0;
  m_lastWall = -1;
  m_behind = false;
}

bool LearnerPaceMonitor::update(const lab::LoopStats& s) {
  const bool was = m_behind;
  // Reports come about once a second; the engine's wall clock gives the exact span when it
  // is filled, one second per report otherwise (bounded, so a stall does not warn at once).
  double span = 1.0;
  if (s.wallSeconds > 0 && m_lastWall >= 0 && s.wallSeconds > m_lastWall) {
    span = std::min(s.wallSeconds - m_lastWall, 5.0);
  }
  m_lastWall = s.wallSeconds > 0 ? s.wallSeconds : -1;
  if (s.lockstep || s.configuredUtd <= 0) {
    m_lowSeconds = 0;
    m_lowUtdSeconds = 0;
    m_behind = false;
  } else if (s.achievedUtd >= 0) {
    if (s.achievedUtd < kLowFraction * s.configuredUtd) {
      m_lowSeconds += span;
      m_lowUtdSeconds += s.achievedUtd * span;
      if (m_lowSeconds >= kSustainSeconds - 1e-9) m_behind = true;
    } else {
      m_lowSeconds = 0;
      m_lowUtdSeconds = 0;
      m_behind = false;
    }
  }
  return was != m_behind;
}

}  // namespace lab::ui
