#include "session_recorder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <deque>
#include <mutex>
#include <stdexcept>

#include "database_writer.h"
#include "session_store.h"

namespace lab {

class SessionRecorder::Impl {
 public:
  QString folder;
  bool existed = false;
  std::unique_ptr<SessionStore> store;  // until the writer takes it over
  std::unique_ptr<DatabaseWriter> writer;
  FailureHandler onFailure;

  // An operator write: what it is, the store call, and who hears of each attempt.
  struct OperatorWrite {
    Notice what;
    DatabaseWriter::Job job;
    Done done;
  };
  mutable std::mutex mutex;
  std::deque<OperatorWrite> held;  // failed, oldest first
  int inFlight = 0;                // operator writes queued and not finished
  QSet<QString> failing;           // background kinds whose last write failed
  // Taken around "held first, then the new one" so two threads cannot interleave their writes
  // (a label must not overtake the held episode it labels). Never taken on the writer thread.
  std::mutex sequence;

  std::mutex writerMutex;
  DatabaseWriter& w() {
    // Reads happen first (load); from the first write on only the writer thread touches it.
    // The robot and the learner thread both write: the first one creates the writer.
    std::lock_guard<std::mutex> lock(writerMutex);
    if (!writer) writer = std::make_unique<DatabaseWriter>(std::move(store));
    return *writer;
  }

  // A failure that a retry cannot mend (the write itself is wrong): reported, not held.
  static bool permanent(StoreError::Kind k) {
    return k == StoreError::Kind::BadInput || k == StoreError::Kind::NotFound ||
           k == StoreError::Kind::Mismatch;
  }

  void attempt(OperatorWrite write) {
    {
      std::lock_guard<std::mutex> lock(mutex);
      ++inFlight;
    }
    auto kind = std::make_shared<StoreError::Kind>(StoreError::Kind::Generic);
    auto job = [job = write.job, kind](SessionStore& s) {
      try {
        job(s);
      } catch (const StoreError& e) {
        *kind = e.kind();
        throw;
      }
    };
    w().submit(write.what.english(), job, [this, write, kind](bool ok, const QString& error) {
      {
        std::lock_guard<std::mutex> lock(mutex);
        // Failures arrive in queue order, so the held list keeps the order of the writes (a
        // label is retried after the episode it labels).
        if (!ok && !permanent(*kind)) held.push_back(write);
        --inFlight;
      }
      if (write.done) write.done(ok, error);
    });
  }

  void retry() {
    std::deque<OperatorWrite> again;
    {
      std::lock_guard<std::mutex> lock(mutex);
      again.swap(held);
    }
    for (auto& write : again) attempt(std::move(write));
  }

  void submit(OperatorWrite write) {
    std::lock_guard<std::mutex> lock(sequence);
    retry();  // what failed before goes first: the order of the operator's writes is kept
    attempt(std::move(write));
  }

  // Metrics, events, checkpoint rows: not held, but their failure is reported once per outage.
  void background(const Notice& what, DatabaseWriter::Job job) {
    const QString key = what.english();
    w().submit("storing " + key, std::move(job), [this, what, key](bool ok, const QString& error) {
      bool report = false;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (ok) {
          failing.remove(key);
        } else if (!failing.contains(key)) {
          failing.insert(key);
          report = true;
        }
      }
      if (report && onFailure) onFailure(what, error);
    });
  }
};

SessionInfo sessionInfoFor(const LearnerSettings& ls) {
  const auto mode = ls.sac.obsMode;
  SessionInfo si;
  si.robotId = ls.robotId;
  si.robotName = ls.robotName;
  si.pluginVersion = ls.pluginVersion;
  si.appVersion = QCoreApplication::applicationVersion();
  si.config = ls.sac.toJson();
  si.config.insert("failure_is_terminal", ls.failureIsTerminal);
  si.config.insert("use_success_detector", ls.useSuccessDetector);
  si.seed = ls.sac.seed;
  si.stateDim = mode == ObsMode::Image ? 0 : ls.stateDim;  // what the transitions hold
  si.actionDim = ls.actionDim;
  si.imageSize = mode == ObsMode::State ? 0 : ls.sac.imageSize;
  return si;
}

SessionRecorder::SessionRecorder(const QString& sessionDir, const SessionInfo& info)
    : d(std::make_unique<Impl>()) {
  d->folder = sessionDir;
  SessionMeta meta;
  meta.robotId = info.robotId;
  meta.robotName = info.robotName;
  meta.pluginVersion = info.pluginVersion;
  meta.appVersion = info.appVersion;
  meta.config = info.config;
  meta.seed = info.seed;
  meta.stateDim = info.stateDim;
  meta.actionDim = info.actionDim;
  meta.imageSize = info.imageSize;
  d->existed = SessionStore::exists(sessionDir);
  d->store = SessionStore::openOrCreate(sessionDir, meta);  // StoreError names file and cause
}

SessionRecorder::~SessionRecorder() {
  if (d->writer) d->writer->stop();  // finishes the queued jobs
}

QString SessionRecorder::checkpointDir() const {
  return QDir(d->folder).filePath(QStringLiteral("checkpoints"));
}

StoredSession SessionRecorder::load() {
  StoredSession out;
  out.reopened = d->existed;
  if (!d->store) return out;
  const SessionStore& s = *d->store;
  out.maxEpisodeId = s.maxEpisodeId();
  for (auto row : s.episodes()) {
    if (row.kind == "intervention") row.kind = QStringLiteral("train");
    out.episodes.push_back(std::move(row));
  }
  for (const auto& c : s.latestCheckpoints(20)) {
    if (!c.refused.isEmpty()) {
      out.warnings << c.refused;
      continue;
    }
    CheckpointInfo info;
    info.path = QFileInfo(c.file).isAbsolute() ? c.file : QDir(d->folder).filePath(c.file);
    info.step = c.step;
    info.checksum = c.checksum;
    info.reason = c.reason;
    out.checkpoints.push_back(info);
  }
  return out;
}

std::vector<StepRecord> SessionRecorder::steps(int64_t episodeId) const {
  if (!d->store) throw std::logic_error("session recorder: steps are read before the first write");
  return d->store->transitions(episodeId);
}

void SessionRecorder::setFailureHandler(FailureHandler handler) {
  d->onFailure = std::move(handler);
}

void SessionRecorder::submitEpisode(const EpisodeRecord& episode, Done done) {
  d->submit({Notice(NoticeCode::EpisodeItem, episode.id),
             [episode](SessionStore& s) { s.writeEpisode(episode); }, std::move(done)});
}

void SessionRecorder::submitLabel(const LabelChange& change, Done done) {
  d->submit({Notice(NoticeCode::LabelItem, labelNotice(change.label), change.episodeId),
             [change](SessionStore& s) { s.setLabel(change); }, std::move(done)});
}

void SessionRecorder::retryHeld() {
  std::lock_guard<std::mutex> lock(d->sequence);
  d->retry();
}

int SessionRecorder::heldWrites() const {
  std::lock_guard<std::mutex> lock(d->mutex);
  return static_cast<int>(d->held.size());
}

int SessionRecorder::unsavedWrites() const {
  std::lock_guard<std::mutex> lock(d->mutex);
  return static_cast<int>(d->held.size()) + d->inFlight;
}

std::vector<Notice> SessionRecorder::heldDescriptions() const {
  std::lock_guard<std::mutex> lock(d->mutex);
  std::vector<Notice> out;
  for (const auto& write : d->held) out.push_back(write.what);
  return out;
}

void SessionRecorder::submitMetrics(std::vector<UpdateMetrics> batch) {
  d->background(Notice(NoticeCode::MetricsItem),
                [b = std::move(batch)](SessionStore& s) { s.appendMetrics(b); });
}

void SessionRecorder::submitCheckpoint(const CheckpointInfo& info) {
  CheckpointRow row;
  row.file = QDir(d->folder).relativeFilePath(info.path);
  row.step = info.step;
  row.checksum = info.checksum;
  row.reason = info.reason;
  d->background(Notice(NoticeCode::CheckpointRecordsItem),
                [row](SessionStore& s) { s.addCheckpoint(row); });
}

void SessionRecorder::submitEvent(const QString& kind, const QString& message) {
  const QString level = kind == "error" ? QStringLiteral("error") : QStringLiteral("info");
  const QString text = kind + ": " + message;
  d->background(Notice(NoticeCode::EventsItem), [level, text](SessionStore& s) {
    s.logEvent(level, QStringLiteral("controller"), text);
  });
}

bool SessionRecorder::flush(int timeoutMs) { return !d->writer || d->writer->waitIdle(timeoutMs); }

}  // namespace lab
