#include "metrics_batcher.h"

namespace lab {

void MetricsBatcher::add(const UpdateMetrics& m) {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_batch.push_back(m);
}

std::vector<UpdateMetrics> MetricsBatcher::take() {
  std::vector<UpdateMetrics> batch;
  std::lock_guard<std::mutex> lock(m_mutex);
  batch.swap(m_batch);
  return batch;
}

}  // namespace lab
