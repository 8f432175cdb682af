#pragma once
// Runs session-store writes on a worker thread so the robot loop and the learner never wait on
// the disk. Jobs run one at a time in submission order, each in its own transaction (the
// SessionStore call it wraps).
//
// Threads: every public method may be called from any thread and never blocks on the disk,
// except waitIdle() and stop()/the destructor, which wait for the queue to drain. `done`
// callbacks and the error handler run on the writer thread: keep them short, hop to your own
// thread (queued signal, std::future) for anything more.
//
// Durability: when a job's future is ready (or its `done` ran with ok = true), the data is
// committed and fsynced. The controller calls waitIdle() (or waits on the episode's future)
// between episodes, off the robot thread, so every finished episode and label is durable
// before the next episode starts.
//
// Failures: a failed job rolls back its own transaction, sets its future's exception
// (StoreError), calls `done(false, message)` and the error handler, and the writer goes on with
// the next job (a full disk may be freed; an episode must not block the labels behind it).
#include <QString>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "session_store.h"

namespace lab {

class DatabaseWriter {
 public:
  using Job = std::function<void(SessionStore&)>;
  using Done = std::function<void(bool ok, const QString& error)>;
  // `what` names the failed job ("storing episode 12"), `message` is StoreError::what().
  using ErrorHandler = std::function<void(const QString& what, const QString& message)>;

  // Takes an open read-write store; from now on only the writer thread touches it.
  explicit DatabaseWriter(std::unique_ptr<SessionStore> store, ErrorHandler onError = {});
  ~DatabaseWriter();  // stop()
  DatabaseWriter(const DatabaseWriter&) = delete;
  DatabaseWriter& operator=(const DatabaseWriter&) = delete;

  // Generic job; the future is ready when the job ran (exception = StoreError on failure).
  std::future<void> submit(const QString& what, Job job, Done done = {});

  // The SessionStore writes, queued. Futures carry the stored id where there is one.
  std::future<int64_t> writeEpisode(EpisodeRecord episode, Done done = {});
  std::future<void> setLabel(LabelChange change, Done done = {});
  std::future<void> appendMetrics(std::vector<UpdateMetrics> batch);
  std::future<int64_t> addCheckpoint(CheckpointRow checkpoint, Done done = {});
  std::future<void> logEvent(QString level, QString source, QString message);

  // Blocks until every job submitted BEFORE this call has finished (committed or failed).
  // Returns false on timeout (timeoutMs < 0: wait forever). Never call from the writer thread.
  bool waitIdle(int timeoutMs = -1);
  int pending() const;     // jobs queued or running
  int failedJobs() const;  // failures since start
  QString lastError() const;

  // Finishes the queued jobs, then joins the thread. Jobs submitted afterwards fail at once
  // with "the database writer is stopped". Idempotent; call from one thread (the owner's).
  void stop();
  QString folder() const { return m_folder; }

 private:
  struct Item {
    QString what;
    Job job;
    Done done;
    std::shared_ptr<std::promise<void>> promise;
  };
  void run();

  std::unique_ptr<SessionStore> m_store;
  ErrorHandler m_onError;
  QString m_folder;

  mutable std::mutex m_mutex;
  std::condition_variable m_wake;      // writer: work arrived or stop
  std::condition_variable m_progress;  // waiters: a job finished
  std::deque<Item> m_queue;
  bool m_stopping = false;
  int64_t m_submitted = 0, m_finished = 0;
  int m_failed = 0;
  QString m_lastError;
  std::thread m_thread;
};

}  // namespace lab
