#include "database_writer.h"

#include "store_log.h"

namespace lab {

namespace {

// Runs f, passing its value or its exception (kind intact) to the promise, and rethrows so the
// writer loop sees the failure too.
template <class F>
void settle(std::promise<int64_t>& p, F f) {
  try {
    p.set_value(f());
  } catch (...) {
    p.set_exception(std::current_exception());
    throw;
  }
}

// For jobs that never ran (writer stopped); a promise settled by settle() is left alone.
void failUnsettled(std::promise<int64_t>& p, const QString& error) {
  try {
    p.set_exception(std::make_exception_ptr(StoreError(error)));
  } catch (const std::future_error&) {
  }
}

}  // namespace

DatabaseWriter::DatabaseWriter(std::unique_ptr<SessionStore> store, ErrorHandler onError)
    : m_store(std::move(store)), m_onError(std::move(onError)) {
  if (!m_store) throw StoreError(StoreError::Kind::BadInput, "DatabaseWriter needs a store");
  if (m_store->readOnly()) {
    throw StoreError(StoreError::Kind::ReadOnly, "DatabaseWriter needs a read-write store");
  }
  m_folder = m_store->folder();
  m_thread = std::thread([this] { run(); });
}

DatabaseWriter::~DatabaseWriter() { stop(); }

std::future<void> DatabaseWriter::submit(const QString& what, Job job, Done done) {
  auto promise = std::make_shared<std::promise<void>>();
  std::future<void> future = promise->get_future();
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_stopping) {
      m_queue.push_back(Item{what, std::move(job), std::move(done), promise});
      ++m_submitted;
      m_wake.notify_one();
      return future;
    }
  }
  const QString msg = QString("cannot run '%1': the database writer is stopped").arg(what);
  promise->set_exception(std::make_exception_ptr(StoreError(msg)));
  if (done) done(false, msg);
  return future;
}

std::future<int64_t> DatabaseWriter::writeEpisode(EpisodeRecord episode, Done done) {
  auto id = std::make_shared<std::promise<int64_t>>();
  std::future<int64_t> out = id->get_future();
  const QString what = QString("storing episode %1").arg(episode.id);
  // The id promise is settled inside the job (success) or by the done wrapper (failure).
  submit(
      what,
      [ep = std::move(episode), id](SessionStore& s) {
        settle(*id, [&] { return s.writeEpisode(ep); });
      },
      [id, done](bool ok, const QString& error) {
        if (!ok) failUnsettled(*id, error);
        if (done) done(ok, error);
      });
  return out;
}

std::future<void> DatabaseWriter::setLabel(LabelChange change, Done done) {
  const QString what = QString("labelling episode %1 '%2'").arg(change.episodeId).arg(change.label);
  return submit(
      what, [change](SessionStore& s) { s.setLabel(change); }, std::move(done));
}

std::future<void> DatabaseWriter::appendMetrics(std::vector<UpdateMetrics> batch) {
  const QString what = QString("storing %1 training metric rows").arg(batch.size());
  return submit(what, [b = std::move(batch)](SessionStore& s) { s.appendMetrics(b); });
}

std::future<int64_t> DatabaseWriter::addCheckpoint(CheckpointRow checkpoint, Done done) {
  auto id = std::make_shared<std::promise<int64_t>>();
  std::future<int64_t> out = id->get_future();
  const QString what =
      QString("recording checkpoint %1 (step %2)").arg(checkpoint.file).arg(checkpoint.step);
  submit(
      what,
      [c = std::move(checkpoint), id](SessionStore& s) {
        settle(*id, [&] { return s.addCheckpoint(c); });
      },
      [id, done](bool ok, const QString& error) {
        if (!ok) failUnsettled(*id, error);
        if (done) done(ok, error);
      });
  return out;
}

std::future<void> DatabaseWriter::logEvent(QString level, QString source, QString message) {
  return submit("logging an event",
                [l = std::move(level), src = std::move(source),
                 m = std::move(message)](SessionStore& s) { s.logEvent(l, src, m); });
}

bool DatabaseWriter::waitIdle(int timeoutMs) {
  if (std::this_thread::get_id() == m_thread.get_id()) {
    qCWarning(lcDb) << "waitIdle() called on the writer thread: would deadlock, refused";
    return false;
  }
  std::unique_lock<std::mutex> lock(m_mutex);
  const int64_t target = m_submitted;
  const auto reached = [&] { return m_finished >= target; };
  if (timeoutMs < 0) {
    m_progress.wait(lock, reached);
    return true;
  }
  return m_progress.wait_for(lock, std::chrono::milliseconds(timeoutMs), reached);
}

int DatabaseWriter::pending() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return static_cast<int>(m_submitted - m_finished);
}

int DatabaseWriter::failedJobs() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_failed;
}

QString DatabaseWriter::lastError() const {
  std::lock_guard<std::mutex> lock(m_mutex);
  return m_lastError;
}

void DatabaseWriter::stop() {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_stopping = true;
    m_wake.notify_one();
  }
  if (m_thread.joinable()) {
    if (std::this_thread::get_id() == m_thread.get_id()) {
      m_thread.detach();  // stop() from a done callback: the loop ends after this job
    } else {
      m_thread.join();
    }
  }
}

void DatabaseWriter::run() {
  for (;;) {
    Item item;
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
      if (m_queue.empty()) break;  // stopping and drained
      item = std::move(m_queue.front());
      m_queue.pop_front();
    }
    QString error;
    std::exception_ptr failure;
    try {
      item.job(*m_store);
    } catch (const std::exception& e) {
      error = QString::fromUtf8(e.what());
      if (error.isEmpty()) error = "unknown error";
      failure = std::current_exception();
    } catch (...) {
      error = "unknown exception";
      failure = std::make_exception_ptr(StoreError(error));
    }
    const bool ok = !failure;
    if (!ok) {
      qCWarning(lcDb).noquote() << item.what << "failed:" << error;
    }
    // The callbacks are the caller's code: an exception there must not end the writer.
    try {
      if (!ok && m_onError) m_onError(item.what, error);
      if (item.done) item.done(ok, error);
    } catch (const std::exception& e) {
      qCWarning(lcDb) << "a completion callback of" << item.what << "threw:" << e.what();
    } catch (...) {
      qCWarning(lcDb) << "a completion callback of" << item.what << "threw";
    }
    if (ok) {
      item.promise->set_value();
    } else {
      item.promise->set_exception(failure);
    }
    std::lock_guard<std::mutex> lock(m_mutex);
    ++m_finished;
    if (!ok) {
      ++m_failed;
      m_lastError = item.what + ": " + error;
    }
    m_progress.notify_all();
  }
}

}  // namespace lab
