#pragma once
// Hands policy weights from the learner thread to the robot loop. The learner builds a frozen
// PolicyWeights snapshot OUTSIDE the lock (cloning tensors is the slow part) and only swaps the
// pointer inside it; the robot loop takes the newest pointer at its safe point and loads it into
// its ActingPolicy, again outside the lock. Intermediate snapshots the loop never saw are simply
// dropped: only the newest matters. Thread-safe.
#include <memory>
#include <mutex>

namespace lab {

struct PolicyWeights;

class PolicyMailbox {
 public:
  void post(std::shared_ptr<const PolicyWeights> weights) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_latest.swap(weights);
  }
  // The newest snapshot not taken yet, or null.
  std::shared_ptr<const PolicyWeights> take() {
    std::shared_ptr<const PolicyWeights> out;
    std::lock_guard<std::mutex> lock(m_mutex);
    out.swap(m_latest);
    return out;
  }

 private:
  std::mutex m_mutex;
  std::shared_ptr<const PolicyWeights> m_latest;
};

}  // namespace lab
