#include "store_durability.h"

#include <memory>

#include "robot_loop.h"

namespace lab {

StoreDurability::StoreDurability(LoopEvents& events, std::function<void()> wake)
    : m_events(events), m_wake(std::move(wake)) {}

SessionRecorder::Done StoreDurability::done(const Notice& what, std::function<void()> onCommitted) {
  auto first = std::make_shared<std::atomic<bool>>(true);
  return [this, what, first, onCommitted = std::move(onCommitted)](bool ok, const QString& err) {
    const bool firstAttempt = first->exchange(false);
    if (ok) {
      onCommitted();
      if (!firstAttempt) m_events.logMessage(Notice(NoticeCode::SavedOnRetry, what));
    } else {
      if (firstAttempt) {
        m_events.errorOccurred(QStringLiteral("store"),
                               Notice(NoticeCode::SaveFailedRetrying, what, err, kRetrySeconds));
      }
      m_saveFailed = true;
    }
    if (firstAttempt) --m_pending;
    m_wake();
  };
}

bool StoreDurability::durable(const SessionRecorder* store) const {
  return m_pending.load() == 0 && (!store || store->unsavedWrites() == 0);
}

void StoreDurability::labelCommitted(const LabelChange& change) {
  {
    std::lock_guard<std::mutex> lock(m_committedMutex);
    m_committed.push_back(change);
  }
  m_wake();
}

std::vector<LabelChange> StoreDurability::takeCommittedLabels() {
  std::vector<LabelChange> labels;
  std::lock_guard<std::mutex> lock(m_committedMutex);
  labels.swap(m_committed);
  return labels;
}

bool StoreDurability::retryDue(Clock::time_point now) {
  if (now - m_lastRetry < std::chrono::seconds(kRetrySeconds)) return false;
  m_lastRetry = now;
  return true;
}

void StoreDurability::reset() {
  {
    std::lock_guard<std::mutex> lock(m_committedMutex);
    m_committed.clear();  // for the learner that is gone
  }
  m_saveFailed = false;
  m_pending = 0;
}

}  // namespace lab
