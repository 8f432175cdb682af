#include "learner_worker.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <chrono>
#include <cmath>

#include "checkpoint_file.h"
#include "episode_returns.h"
#include "replay_buffer.h"
#include "sigent_sac.h"

Q_LOGGING_CATEGORY(lcLearner, "lab.core.learner")

namespace lab {

namespace {
// Updates between the in-memory copies of the learner's state that a divergence goes back to.
constexpr int64_t kGoodStateEvery = 200;
int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
int imageSizeFor(const SacConfig& c) { return c.obsMode == ObsMode::State ? 0 : c.imageSize; }
int stateSizeFor(const SacConfig& c, int stateDim) {
  return c.obsMode == ObsMode::Image ? 0 : stateDim;
}
}  // namespace

LearnerWorker::LearnerWorker(LearnerSettings settings, LearnerCallbacks callbacks,
                             PolicyMailbox& mailbox)
    : m_settings(std::move(settings)),
      m_cb(std::move(callbacks)),
      m_mailbox(mailbox),
      m_demoDegrader(
          {m_settings.sac.demoDrop, m_settings.sac.demoActionNoise, m_settings.sac.demoObsNoise},
          m_settings.sac.seed) {}

LearnerWorker::~LearnerWorker() { stop(); }

double LearnerWorker::fingerprint(const PolicyWeights& w) {
  double sum = 0;
  for (const auto& t : w.encoder) sum += t.to(torch::kDouble).sum().item<double>();
  for (const auto& t : w.actor) sum += t.to(torch::kDouble).sum().item<double>();
  return sum;
}

void LearnerWorker::start() {
  if (m_thread.joinable()) return;
  m_stop = false;
  m_thread = std::thread([this] { run(); });
}

void LearnerWorker::stop() {
  m_stop = true;
  wake();
  // An update takes milliseconds to a few hundred; the loop checks the flag between them.
  if (m_thread.joinable()) m_thread.join();
}

bool LearnerWorker::waitReady(int timeoutMs) {
  std::unique_lock<std::mutex> lock(m_readyMutex);
  m_readyCv.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                     [this] { return m_ready || m_failed; });
  return m_ready;
}

Notice LearnerWorker::startupError() const {
  auto* self = const_cast<LearnerWorker*>(this);
  std::lock_guard<std::mutex> lock(self->m_readyMutex);
  return m_failed ? m_startupError : Notice();
}

void LearnerWorker::post(Message m) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_holding) {
      m_held.push_back(std::move(m));
      return;
    }
    m_queue.push_back(std::move(m));
    m_idle = false;
  }
  m_cv.notify_one();
}

void LearnerWorker::setPaused(bool paused) {
  m_paused = paused;
  {
    // Resuming may give it work again: nobody may take it for idle until it has looked.
    std::lock_guard<std::mutex> lock(m_mutex);
    m_idle = false;
  }
  m_cv.notify_one();
}

void LearnerWorker::holdPosts(bool hold) {
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_holding = hold;
    if (hold || m_held.empty()) return;
    for (auto& m : m_held) m_queue.push_back(std::move(m));
    m_held.clear();
    m_idle = false;
  }
  m_cv.notify_one();
}

bool LearnerWorker::waitIdle(int timeoutMs) {
  std::unique_lock<std::mutex> lock(m_mutex);
  return m_idleCv.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                           [this] { return (m_idle && m_queue.empty()) || m_stop; });
}

bool LearnerWorker::canUpdate() const {
  const auto& c = m_settings.sac;
  // The same start rule for every path: as soon as there is data to sample (the demo) and the
  // warmup is over; a batch larger than the buffers samples with replacement.
  return !m_paused && m_owed > 0 && m_replay->size() + m_expert->size() >= 2 &&
         m_onlineSteps > c.warmupSteps;
}

void LearnerWorker::wake() {
  { std::lock_guard<std::mutex> lock(m_mutex); }
  m_cv.notify_one();
}

void LearnerWorker::postStep(const StepRecord& step, int64_t episodeId, int stepIndex,
                             bool toReplay, bool toExpert, bool inspect, bool countsForUtd) {
  post(StepMsg{step, episodeId, stepIndex, toReplay, toExpert, inspect, countsForUtd});
}
void LearnerWorker::postEpisodeEnd(EpisodeRecord record) { post(EndMsg{std::move(record)}); }
void LearnerWorker::postRestoredEpisode(EpisodeRecord record, bool toReplay, bool toExpert) {
  post(RestoreMsg{std::move(record), toReplay, toExpert});
}
void LearnerWorker::postVisitBuffers(BufferVisitor fn) { post(VisitMsg{std::move(fn)}); }
void LearnerWorker::postRelabel(const LabelChange& change) { post(RelabelMsg{change}); }
void LearnerWorker::postLabelCommitted(const LabelChange& change) {
  post(LabelCommittedMsg{change});
}
void LearnerWorker::postRemoveExpertEpisode(int64_t episodeId) { post(RemoveExpertMsg{episodeId}); }
void LearnerWorker::postCheckpoint(const QString& reason) { post(CheckpointMsg{reason}); }

void LearnerWorker::reportError(const QString& source, const Notice& message) {
  // Once per cause: a failing update would otherwise repeat its message many times a second.
  const QString english = message.english();
  const QString key = source + '\n' + english;
  if (m_reported.contains(key)) return;
  m_reported.insert(key);
  qCWarning(lcLearner).noquote() << source << english;
  if (m_cb.error) m_cb.error(source, message);
}

void LearnerWorker::build() {
  const auto& c = m_settings.sac;
  m_sac = std::make_unique<SigEntSac>(c, m_settings.stateDim, m_settings.actionDim);
  const int img = imageSizeFor(c), st = stateSizeFor(c, m_settings.stateDim);
  m_replay =
      std::make_unique<ReplayBuffer>(c.replayCapacity, img, st, m_settings.actionDim, c.frameStack);
  m_expert =
      std::make_unique<ReplayBuffer>(c.expertCapacity, img, st, m_settings.actionDim, c.frameStack);
  m_frames = FrameStack(c.frameStack, static_cast<std::size_t>(img) * img);

  bool loaded = false;
  for (const auto& cand : m_settings.resumeCandidates) {
    // Older files are deleted by the retention policy; only a missing NEWEST one is news.
    if (!QFile::exists(cand.path) && &cand != &m_settings.resumeCandidates.front()) continue;
    // Verify before touching the learner: the file's own checksum, then that it is the file
    // the store recorded (same checksum, same step). load() itself changes nothing on failure.
    try {
      const auto contents = CheckpointFile::read(cand.path);
      if (contents.sha256 != cand.checksum) {
        throw CheckpointError(Notice(NoticeCode::CheckpointChecksumMismatch, cand.path,
                                     QString(contents.sha256.left(12)),
                                     QString(cand.checksum.left(12))));
      }
      const auto step = static_cast<int64_t>(contents.header.value("step").toDouble(-1));
      if (step != cand.step) {
        throw CheckpointError(
            Notice(NoticeCode::CheckpointStepMismatch, cand.path, qint64(step), qint64(cand.step)));
      }
      m_sac->load(cand.path);
      if (m_sac->updateCount() != cand.step) {
        // load() checked the file's step against its header: a mismatch here is a bug.
        throw std::logic_error("step counter after loading does not match the record");
      }
      m_updates = m_sac->updateCount();
      m_lastCheckpointMs = nowMs();
      m_checkpointFiles.push_back(cand.path);
      if (m_cb.resumed) {
        m_cb.resumed(Notice(NoticeCode::ResumedFromCheckpoint, cand.path, cand.step,
                            QString::number(fingerprint(*m_sac->policyWeights()), 'g', 17)));
      }
      loaded = true;
      break;
    } catch (const std::exception& e) {
      reportError("checkpoint", Notice(NoticeCode::CheckpointRefused, exceptionNotice(e)));
    }
  }
  if (!loaded && !m_settings.initialCheckpoint.isEmpty()) {
    m_sac->load(m_settings.initialCheckpoint);  // throws with the file's reason: startup fails
    m_updates = m_sac->updateCount();
    if (m_cb.resumed) {
      m_cb.resumed(Notice(NoticeCode::LoadedFromCheckpoint, m_settings.initialCheckpoint,
                          m_sac->updateCount()));
    }
    return;
  }
  if (!m_settings.resumeCandidates.empty() && !loaded) {
    reportError("checkpoint", Notice(NoticeCode::NoUsableCheckpoint));
  }
}

void LearnerWorker::run() {
  try {
    build();
    if (!m_sac->weightsFinite()) {
      throw NoticeError(Notice(NoticeCode::WeightsNonFinite, m_sac->updateCount()));
    }
    keepGoodState();
    publish();
  } catch (const std::exception& e) {
    std::lock_guard<std::mutex> lock(m_readyMutex);
    m_failed = true;
    m_startFailed = true;
    m_startupError = exceptionNotice(e);
    m_readyCv.notify_all();
    reportError("learner", Notice(NoticeCode::LearnerBuildFailed, exceptionNotice(e)));
    {
      std::lock_guard<std::mutex> idleLock(m_mutex);
      m_idle = true;  // nothing will ever run: nobody may wait for it
    }
    m_idleCv.notify_all();
    return;
  }
  {
    std::lock_guard<std::mutex> lock(m_readyMutex);
    m_ready = true;
  }
  m_readyCv.notify_all();
  m_rateWindowStartMs = nowMs();

  while (!m_stop) {
    // Lockstep: the acting policy gets the newest weights before the robot loop takes its next
    // step, as a synchronous trainer acts with the learner's current ones.
    if (m_settings.lockstep && m_unpublished && !canUpdate()) {
      publish();
      m_unpublished = false;
    }
    std::deque<Message> batch;
    {
      std::unique_lock<std::mutex> lock(m_mutex);
      if (m_queue.empty() && !canUpdate()) {
        m_idle = true;
        m_idleCv.notify_all();
        m_cv.wait_for(lock, std::chrono::milliseconds(100));
      }
      batch.swap(m_queue);
    }
    // One failing message (a shape, a NaN) must not drop the rest of the batch: an episode's
    // end behind it would never reach the store.
    for (auto& m : batch) handleReporting(m);
    try {
      if (canUpdate() && !m_stop) updateOnce();
    } catch (const std::exception& e) {
      // A failing update must not kill the thread silently; report and go on.
      reportError("learner", exceptionNotice(e));
    }
    const int64_t now = nowMs();
    if (now - m_rateWindowStartMs >= 1000) {
      m_updatesPerSecond = 1000.0 * m_rateWindowUpdates / double(now - m_rateWindowStartMs);
      m_rateWindowStartMs = now;
      m_rateWindowUpdates = 0;
    }
  }
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_idle = true;
    for (auto& m : m_held) m_queue.push_back(std::move(m));
    m_held.clear();
  }
  m_idleCv.notify_all();
  // Whatever was posted before stop() still reaches the buffers and the store (finished
  // episodes and labels must never be lost on a clean shutdown).
  std::deque<Message> rest;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    rest.swap(m_queue);
  }
  for (auto& m : rest) handleReporting(m);
}

void LearnerWorker::handleReporting(Message& m) {
  try {
    handle(m);
  } catch (const std::exception& e) {
    reportError("learner", exceptionNotice(e));
  } catch (...) {
    reportError("learner", Notice(NoticeCode::LearnerUnknownFailure));
  }
}

Transition LearnerWorker::stackFrames(Transition t, int64_t episodeId, int stepIndex) {
  if (m_frames.frames() == 1) return t;
  // The first step of an episode starts the history; a later one continues from the previous
  // step's next observation, which is what the robot loop's policy acted on.
  const bool continues = episodeId == m_stackEpisode && stepIndex == m_stackNextStep;
  t.obs = continues ? m_stackedNext : m_frames.start(t.obs);
  t.next = m_frames.next(t.next);
  m_stackedNext = t.next;
  m_stackEpisode = episodeId;
  m_stackNextStep = stepIndex + 1;
  return t;
}

void LearnerWorker::handle(Message& msg) {
  if (auto* s = std::get_if<StepMsg>(&msg)) {
    const Transition t = stackFrames(s->step.transition, s->episodeId, s->stepIndex);
    if (s->toReplay || s->toExpert) {
      auto& open = m_open[s->episodeId];
      if (static_cast<int>(open.size()) != s->stepIndex) {
        throw std::logic_error("learner: step " + std::to_string(s->stepIndex) + " of episode " +
                               std::to_string(s->episodeId) + " arrived out of order");
      }
      open.push_back(PendingStep{t, s->toReplay, s->toExpert});
    }
    if (s->countsForUtd) {
      ++m_onlineSteps;
      // Bounded debt: a learner slower than the robot catches up over the next episodes
      // instead of owing an ever-growing backlog.
      m_owed = std::min<int64_t>(m_owed + m_settings.sac.utd, 20000);
    }
    if (s->inspect) {
      StepValues v = m_sac->inspect(t.obs, t.action);
      if (!std::isfinite(v.q) || !std::isfinite(v.hSig) || !std::isfinite(v.gate)) {
        // An extreme observation (finite, but beyond what the networks can take) gives NaN
        // here; the store cannot keep NaN, and the episode itself must still be kept.
        reportError("learner", Notice(NoticeCode::StepValuesNonFinite, s->episodeId));
        for (double* x : {&v.q, &v.hSig, &v.gate}) *x = std::isfinite(*x) ? *x : 0.0;
      }
      auto& vals = m_values[s->episodeId];
      if (static_cast<int>(vals.size()) <= s->stepIndex) vals.resize(s->stepIndex + 1);
      vals[s->stepIndex] = v;
      if (m_cb.stepValues) m_cb.stepValues(s->episodeId, s->stepIndex, v, s->step);
    }
  } else if (auto* e = std::get_if<EndMsg>(&msg)) {
    endEpisode(e->record);
  } else if (auto* r = std::get_if<RestoreMsg>(&msg)) {
    restoreEpisode(r->record, r->toReplay, r->toExpert);
  } else if (auto* r = std::get_if<RelabelMsg>(&msg)) {
    if (m_cb.labelReady) m_cb.labelReady(r->change);  // the buffers follow once it is stored
  } else if (auto* r = std::get_if<LabelCommittedMsg>(&msg)) {
    const auto& c = r->change;
    auto old = m_finalReward.find(c.episodeId);
    const float oldReward = old != m_finalReward.end() ? old->second : 0.0f;
    const double gamma = m_settings.sac.gamma;
    m_replay->relabelEpisode(c.episodeId, oldReward, c.lastReward, c.lastTerminal, gamma);
    m_expert->relabelEpisode(c.episodeId, oldReward, c.lastReward, c.lastTerminal, gamma);
    m_finalReward[c.episodeId] = c.lastReward;
  } else if (auto* x = std::get_if<RemoveExpertMsg>(&msg)) {
    removeExpertEpisode(x->episodeId);
  } else if (auto* k = std::get_if<CheckpointMsg>(&msg)) {
    checkpoint(k->reason);
  } else if (auto* v = std::get_if<VisitMsg>(&msg)) {
    if (v->fn) v->fn(*m_replay, *m_expert);
  }
  m_replaySize = m_replay->size();
  m_expertSize = m_expert->size();
}

void LearnerWorker::endEpisode(EpisodeRecord& record) {
  // The record reaches the store whatever happens to the buffers: it is what the operator
  // recorded, and the robot loop waits for it to be stored before the next episode starts.
  try {
    auto open = m_open.find(record.id);
    if (open != m_open.end()) {
      auto steps = std::move(open->second);
      m_open.erase(open);
      commitEpisode(record.id, std::move(steps), record.kind == "demo");
    }
  } catch (const std::exception& e) {
    reportError("learner", Notice(NoticeCode::EpisodeNotBuffered, record.id, exceptionNotice(e)));
  }
  auto it = m_values.find(record.id);
  if (it != m_values.end()) {
    const auto n = std::min(it->second.size(), record.steps.size());
    for (std::size_t i = 0; i < n; ++i) record.steps[i].values = it->second[i];
    m_values.erase(it);
  }
  if (m_cb.episodeReady) m_cb.episodeReady(std::move(record));
}

void LearnerWorker::commitEpisode(int64_t episodeId, std::vector<PendingStep> steps, bool isDemo) {
  if (steps.empty()) return;
  std::vector<Transition> ts;
  ts.reserve(steps.size());
  for (const auto& p : steps) ts.push_back(p.transition);
  fillReturns(ts, m_settings.sac.gamma);
  const int n = static_cast<int>(ts.size());
  const auto kept = isDemo ? m_demoDegrader.apply(ts, episodeId) : std::vector<bool>(n, true);
  for (int i = 0; i < n; ++i) {
    if (!kept[i]) continue;
    if (steps[i].toReplay) m_replay->add(ts[i], episodeId, n - 1 - i);
    if (steps[i].toExpert) addExpert(ts[i], episodeId, n - 1 - i);
  }
  m_finalReward[episodeId] = ts.back().reward;
}

void LearnerWorker::restoreEpisode(const EpisodeRecord& record, bool toReplay, bool toExpert) {
  const bool isDemo = record.kind == "demo", train = record.kind == "train";
  if (!isDemo && !train) return;  // evaluation episodes are not training data
  std::vector<PendingStep> steps;
  steps.reserve(record.steps.size());
  for (std::size_t i = 0; i < record.steps.size(); ++i) {
    const auto& s = record.steps[i];
    steps.push_back(PendingStep{stackFrames(s.transition, record.id, static_cast<int>(i)),
                                toReplay && (train || (isDemo && m_settings.sac.demoToReplay)),
                                toExpert && (isDemo || (train && s.intervention))});
  }
  commitEpisode(record.id, std::move(steps), isDemo);
}

void LearnerWorker::addExpert(const Transition& t, int64_t episodeId, int stepsToEnd) {
  const int cap = m_expert->capacity();
  if (m_expertEpisodes.size() != static_cast<std::size_t>(cap)) m_expertEpisodes.assign(cap, -1);
  // ReplayBuffer fills slots 0, 1, ... and wraps: mirror that to know each slot's episode.
  m_expertEpisodes[static_cast<std::size_t>(m_expertAdded % cap)] = episodeId;
  ++m_expertAdded;
  m_expert->add(t, episodeId, stepsToEnd);
}

void LearnerWorker::removeExpertEpisode(int64_t episodeId) {
  const int cap = m_expert->capacity(), size = m_expert->size();
  const int oldest = size < cap ? 0 : static_cast<int>(m_expertAdded % cap);
  struct Kept {
    Transition t;
    int64_t id;
    int stepsToEnd;
  };
  std::vector<Kept> keep;
  for (int k = 0; k < size; ++k) {
    const int i = (oldest + k) % cap;
    if (m_expertEpisodes[i] != episodeId) {
      keep.push_back(Kept{m_expert->at(i), m_expertEpisodes[i], m_expert->stepsToEnd(i)});
    }
  }
  m_expert->clear();
  m_expertAdded = 0;
  m_expertEpisodes.assign(cap, -1);
  for (const auto& k : keep) addExpert(k.t, k.id, k.stepsToEnd);
  m_expertSize = m_expert->size();
}

void LearnerWorker::updateOnce() {
  UpdateMetrics m;
  try {
    m = m_sac->update(*m_replay, *m_expert);
  } catch (const NonFiniteError& e) {
    diverged(Notice(NoticeCode::UpdateFailed, m_sac->updateCount() + 1, exceptionNotice(e)));
    return;
  }
  for (double v : {m.q1Mean, m.q2Mean, m.targetMean, m.criticLoss, m.actorLoss, m.alpha}) {
    if (!std::isfinite(v)) {
      diverged(Notice(NoticeCode::UpdateNonFinite, m_sac->updateCount()));
      return;
    }
  }
  --m_owed;
  ++m_rateWindowUpdates;
  m_updates = m_sac->updateCount();
  m.updatesPerSecond = m_updatesPerSecond;
  if (m_cb.metrics) m_cb.metrics(m);
  const int64_t step = m_sac->updateCount();
  m_unpublished = true;
  if (!m_settings.lockstep && m_settings.publishEvery > 0 && step % m_settings.publishEvery == 0) {
    if (!publish()) return;
    m_unpublished = false;
  }
  if (step % kGoodStateEvery == 0) keepGoodState();
  ++m_updatesRun;
  const int64_t now = nowMs();
  const bool byTime = m_settings.checkpointEverySeconds > 0 &&
                      !m_settings.checkpointDir.isEmpty() &&
                      (m_updatesRun == 1 ||
                       now - m_lastTimedCheckpointMs >= 1000LL * m_settings.checkpointEverySeconds);
  if (m_settings.checkpointEvery > 0 && step % m_settings.checkpointEvery == 0) {
    checkpoint(QStringLiteral("periodic"));
  } else if (byTime) {
    checkpoint(m_updatesRun == 1 ? QStringLiteral("start") : QStringLiteral("timed"));
  }
  if (byTime || m_lastTimedCheckpointMs == 0) m_lastTimedCheckpointMs = now;
}

bool LearnerWorker::publish() {
  // The acting policy never gets weights that are not finite (its actions would be NaN).
  if (!m_sac->weightsFinite()) {
    diverged(Notice(NoticeCode::WeightsNonFinite, m_sac->updateCount()));
    return false;
  }
  m_mailbox.post(m_sac->policyWeights());
  return true;
}

void LearnerWorker::keepGoodState() {
  if (!m_sac->weightsFinite()) return;
  m_goodState = m_sac->snapshot();
  m_goodStateStep = m_sac->updateCount();
}

void LearnerWorker::diverged(const Notice& what) {
  // Nothing of the diverged state may act or be saved: back to the last good one first.
  m_sac->restore(m_goodState);
  m_paused = true;
  m_owed = 0;
  m_unpublished = false;
  m_mailbox.post(m_sac->policyWeights());
  reportError("learner", Notice(NoticeCode::LearnerDiverged, what, m_goodStateStep));
  if (m_cb.diverged) m_cb.diverged();
}

void LearnerWorker::checkpoint(const QString& reason) {
  if (m_settings.checkpointDir.isEmpty()) {
    reportError("checkpoint", Notice(NoticeCode::CheckpointNeedsSessionDir));
    return;
  }
  if (!m_sac->weightsFinite()) {
    // What is saved below is then the last good state.
    diverged(Notice(NoticeCode::WeightsNonFinite, m_sac->updateCount()));
  }
  const int64_t step = m_sac->updateCount();
  QDir().mkpath(m_settings.checkpointDir);
  const QString path = QDir(m_settings.checkpointDir)
                           .filePath(QString("learner_%1.ckpt").arg(step, 9, 10, QChar('0')));
  try {
    m_sac->save(path, QJsonObject{{"reason", reason},
                                  {"online_steps", static_cast<double>(m_onlineSteps)},
                                  {"saved_ms", static_cast<double>(nowMs())}});
    CheckpointInfo info{path, step, CheckpointFile::checksum(path), reason};
    m_lastCheckpointMs = nowMs();
    if (m_checkpointFiles.empty() || m_checkpointFiles.back() != path) {
      m_checkpointFiles.push_back(path);
    }
    while (static_cast<int>(m_checkpointFiles.size()) > std::max(1, m_settings.keepCheckpoints)) {
      QFile::remove(m_checkpointFiles.front());
      m_checkpointFiles.pop_front();
    }
    if (m_cb.checkpointSaved) m_cb.checkpointSaved(info);
    keepGoodState();  // save() checked the weights: a known good state
  } catch (const std::exception& e) {
    reportError("checkpoint", Notice(NoticeCode::CheckpointSaveFailed, path, exceptionNotice(e)));
  }
}

}  // namespace lab
