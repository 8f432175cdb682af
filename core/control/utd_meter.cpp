#include "utd_meter.h"

namespace lab {

void UtdMeter::restart() {
  m_hasBase = false;
  m_last = -1;
}

double UtdMeter::read(int64_t envSteps, int64_t updates, bool lockstep) {
  if (!m_hasBase || updates < m_baseUpdates || envSteps < m_baseSteps) {
    // A learner swapped under the loop (a reconnect) counts from its own start: rebase too.
    m_hasBase = true;
    m_baseSteps = envSteps;
    m_baseUpdates = updates;
    return m_last = -1;
  }
  if (envSteps > m_baseSteps) {
    m_last = double(updates - m_baseUpdates) / double(envSteps - m_baseSteps);
    m_baseSteps = envSteps;
    m_baseUpdates = updates;
    return m_last;
  }
  if (lockstep) return m_last;
  m_baseSteps = envSteps;
  m_baseUpdates = updates;
  return -1;
}

}  // namespace lab
