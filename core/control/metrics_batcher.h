#pragma once
// Learner metrics on their way to the session store: the learner thread adds every update's
// metrics, the robot thread takes them as one batch (at most once a second, at its stats report)
// so the store writes one transaction instead of one per update. Thread-safe.
#include <mutex>
#include <vector>

#include "update_metrics.h"

namespace lab {

class MetricsBatcher {
 public:
  void add(const UpdateMetrics& m);
  // Everything added since the last take, in the order added; empty when nothing was.
  std::vector<UpdateMetrics> take();

 private:
  std::mutex m_mutex;
  std::vector<UpdateMetrics> m_batch;
};

}  // namespace lab
