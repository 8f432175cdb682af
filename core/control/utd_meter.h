#pragma once
// The UTD the learner achieves: its updates per online environment step, over the span since the
// last reading that saw a step. Robot thread only; counts are passed in, so a test can drive it.
//
// A span with no online step means different things by pacing. In real time the robot steps on
// its own clock, so no step is a pause (between episodes, an evaluation) and the reading is -1,
// which LearnerPaceMonitor neither counts nor resets. In lockstep the robot waits for the learner,
// so no step means an update still at work: the span is extended and the last reading repeated,
// rather than showing "-" or, at the next step, a UTD that lost the updates made meanwhile.
#include <cstdint>

namespace lab {

class UtdMeter {
 public:
  // Forgets the baseline: the next reading only takes one (a session reopened with a resumed
  // learner whose update counter does not start at 0).
  void restart();
  // Updates per online step since the baseline, and moves the baseline to now; -1 with no
  // baseline yet, or no step in real time.
  double read(int64_t envSteps, int64_t updates, bool lockstep);

 private:
  bool m_hasBase = false;
  int64_t m_baseSteps = 0, m_baseUpdates = 0;
  double m_last = -1;
};

}  // namespace lab
