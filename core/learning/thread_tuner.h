#pragma once
// Picks the learner's OpenMP thread count from measured update times, for num_threads 0
// ("auto"). On a shared machine a parallel region waits at its barrier for a core another
// process holds: two threads then run 7-10x slower than one, while on an idle machine they
// run faster. Neither choice is right for both, and the load changes, so the tuner measures.
//
// Lifecycle: before each update call threadsForNextUpdate() and set that many threads; after
// it, report its wall time with recordUpdate(). The tuner probes every candidate for a few
// updates (one, when it is already twice as slow as the best), keeps the fastest, and probes again
// after an interval that doubles while the choice holds (up to kMaxInterval updates), or at once
// when updates slow down by half. Not thread-safe: owned by the learner thread.
#include <vector>

namespace lab {

class ThreadTuner {
 public:
  // maxThreads >= 1: the machine's cores. Candidates are 1, maxThreads/2 and maxThreads.
  explicit ThreadTuner(int maxThreads);

  int threadsForNextUpdate() const { return m_candidates[m_current]; }
  void recordUpdate(double ms);

  // The threads the tuner settled on at its last probe, and how many probes it ran.
  int chosenThreads() const { return m_candidates[m_best]; }
  int probes() const { return m_probes; }
  const std::vector<int>& candidates() const { return m_candidates; }

  static constexpr int kProbeUpdates = 3;  // timed per candidate (the very first probe skips one)
  // Load that arrives shows as slower updates and is caught at once; the interval only looks for
  // load that left, so it can be long: a losing probe under load costs one slow update.
  static constexpr int kFirstInterval = 50;
  static constexpr int kMinInterval = 1000;
  static constexpr int kMaxInterval = 8000;

 private:
  void startProbe();
  void finishProbe();
  static double median(std::vector<double> v);

  std::vector<int> m_candidates;
  bool m_probing = true;
  int m_current = 0, m_best = 0, m_probes = 0;
  int m_interval = kMinInterval, m_sinceProbe = 0;
  std::vector<double> m_sample;   // this candidate's timed updates
  std::vector<double> m_probeMs;  // per candidate, median of the probe
  std::vector<double> m_recent;   // exploiting: the last updates
  bool m_skipNext = true;         // a thread pool's first update warms it up
};

}  // namespace lab
