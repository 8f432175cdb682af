#include "thread_tuner.h"

#include <algorithm>

namespace lab {

ThreadTuner::ThreadTuner(int maxThreads) {
  const int n = std::max(1, maxThreads);
  for (int c : {1, n / 2, n}) {
    if (c >= 1 && std::find(m_candidates.begin(), m_candidates.end(), c) == m_candidates.end()) {
      m_candidates.push_back(c);
    }
  }
  startProbe();
}

double ThreadTuner::median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

void ThreadTuner::startProbe() {
  m_probing = true;
  m_current = 0;
  m_sample.clear();
  m_probeMs.assign(m_candidates.size(), 0.0);
  m_skipNext = m_probes == 0;
}

void ThreadTuner::finishProbe() {
  ++m_probes;
  const int previous = m_best;
  m_best =
      static_cast<int>(std::min_element(m_probeMs.begin(), m_probeMs.end()) - m_probeMs.begin());
  // A choice that holds is probed less and less often; a change means the load moves.
  m_interval =
      m_probes > 1 && m_best == previous ? std::min(kMaxInterval, m_interval * 2) : kMinInterval;
  // The first probe runs while the learner's threads and memory are new: check it again soon.
  if (m_probes == 1) m_interval = kFirstInterval;
  m_probing = false;
  m_current = m_best;
  m_sinceProbe = 0;
  m_recent.clear();
  m_skipNext = false;
}

void ThreadTuner::recordUpdate(double ms) {
  if (m_skipNext) {
    m_skipNext = false;
    return;
  }
  if (m_probing) {
    m_sample.push_back(ms);
    // One update twice as slow as the best so far settles it: on a loaded machine each update
    // of a losing candidate costs as much as a dozen of the winner's.
    double bestSoFar = 0;
    for (int i = 0; i < m_current; ++i) {
      if (bestSoFar == 0 || m_probeMs[i] < bestSoFar) bestSoFar = m_probeMs[i];
    }
    // Not on the very first probe: a new thread's first updates fault in its memory and can be
    // one-off slow, and a wrong first choice would stand for a whole interval.
    const bool hopeless = m_probes > 0 && bestSoFar > 0 && ms > 2 * bestSoFar;
    if (!hopeless && static_cast<int>(m_sample.size()) < kProbeUpdates) return;
    m_probeMs[m_current] = median(m_sample);
    m_sample.clear();
    if (++m_current < static_cast<int>(m_candidates.size())) {
      m_skipNext = m_probes == 0;  // a thread pool's first use starts its threads
      return;
    }
    finishProbe();
    return;
  }
  ++m_sinceProbe;
  m_recent.push_back(ms);
  if (m_recent.size() > 2 * kProbeUpdates) m_recent.erase(m_recent.begin());
  // Slower by half than when chosen: the machine's load changed, measure again now.
  const bool slowed =
      m_recent.size() == 2 * kProbeUpdates && median(m_recent) > 1.5 * m_probeMs[m_best];
  if (slowed || m_sinceProbe >= m_interval) startProbe();
}

}  // namespace lab
