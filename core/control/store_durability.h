#pragma once
// The robot loop's side of what the operator recorded (episodes, demos, labels) on its way to
// the session store: how many writes were handed over and are not committed yet, whether one
// failed (training pauses until it is saved), the labels the store committed on their way to
// the learner's buffers, and when the writes the store holds are tried again. The store itself
// holds failed writes in order and retries them (SessionRecorder); this is what the loop needs
// to wait for them, pause, and tell the operator once.
//
// handedOver, durable, retryDue, takeSaveFailed, takeCommittedLabels: robot thread. The `done`
// callbacks and labelCommitted: the store's writer thread.
#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <vector>

#include "episode_record.h"
#include "notice.h"
#include "session_recorder.h"

namespace lab {

class LoopEvents;

class StoreDurability {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr int kRetrySeconds = 2;  // held writes are tried again this often

  // `events` hears a write's first failure and its late success; `wake` wakes the robot loop
  // (a write ended). Both are called on the writer thread.
  StoreDurability(LoopEvents& events, std::function<void()> wake);

  // A write was handed to the store; its `done` takes it back on its first attempt.
  void handedOver() { ++m_pending; }
  // The store's `done` for one operator write: `what` names it (EpisodeItem, LabelItem) in the
  // notices and `onCommitted` runs once it is saved. Called once per attempt: the first failure
  // is reported (SaveFailedRetrying), every failure marks the save failed, a save on a retry is
  // logged (SavedOnRetry).
  SessionRecorder::Done done(const Notice& what, std::function<void()> onCommitted);
  // Nothing handed over and not committed, and nothing the store still holds (no store: only
  // the first).
  bool durable(const SessionRecorder* store) const;
  bool saveFailed() const { return m_saveFailed.load(); }
  bool takeSaveFailed() { return m_saveFailed.exchange(false); }  // true once per failure
  void clearSaveFailed() { m_saveFailed = false; }

  // A label the session now holds, for the learner's buffers (takeCommittedLabels).
  void labelCommitted(const LabelChange& change);
  std::vector<LabelChange> takeCommittedLabels();  // in the order committed

  // True every kRetrySeconds while called: time for the held writes' next try.
  bool retryDue(Clock::time_point now);

  // The connection ended: nothing pending, failed or committed any more.
  void reset();

 private:
  LoopEvents& m_events;
  std::function<void()> m_wake;
  std::atomic<int> m_pending{0};
  // Set on the writer thread when an operator write could not be saved; the loop pauses on its
  // next tick, so training does not go on collecting episodes that a crash would lose.
  std::atomic<bool> m_saveFailed{false};
  std::mutex m_committedMutex;
  std::vector<LabelChange> m_committed;
  Clock::time_point m_lastRetry;
};

}  // namespace lab
