#pragma once
// LearnerPaceMonitor: tells from the controller's LoopStats whether the learner keeps up with a
// real-time robot. In real time the robot does not wait: when the learner manages fewer than
// kLowFraction of the configured updates per step (UTD) for kSustainSeconds of reports, the
// operator is told (the run still works, it just learns from less). A report without online
// steps (achievedUtd < 0: paused, between episodes) neither counts nor resets; one at a healthy
// UTD clears the warning. Lockstep never warns: the sim waits for the learner there.
// Plain logic, no widgets, so the rule is testable without a window.
// Thread: whichever owns it (the GUI thread).
#include "controller_types.h"

namespace lab::ui {

class LearnerPaceMonitor {
 public:
  static constexpr double kLowFraction = 0.8;
  static constexpr double kSustainSeconds = 10.0;

  // Returns true when behind() changed with this report.
  bool update(const lab::LoopStats& stats);
  void reset();

  bool behind() const { return m_behind; }
  double lowSeconds() const { return m_lowSeconds; }
  // The UTD achieved over the low stretch that raised the warning (time-weighted), -1 without
  // one: the figure the warning quotes, not the last second's.
  double sustainedUtd() const { return m_lowSeconds > 0 ? m_lowUtdSeconds / m_lowSeconds : -1; }

 private:
  double m_lowSeconds = 0;     // wall-clock covered by consecutive low reports
  double m_lowUtdSeconds = 0;  // achieved UTD x seconds over those reports
  double m_lastWall = -1;      // wallSeconds of the previous report (-1: none)
  bool m_behind = false;
};

}  // namespace lab::ui
