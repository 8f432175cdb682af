#include "learner_host.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <algorithm>

#include <google/protobuf/io/coded_stream.h>
#include <google/protobuf/io/zero_copy_stream_impl_lite.h>

#include "demo_library.h"
#include "learner_link_codec.h"
#include "learner_worker.h"
#include "networks.h"
#include "notice_error.h"
#include "sac_config.h"
#include "session_recorder.h"
#include "session_restore.h"

namespace lab::link {

namespace {
using N = NoticeCode;
constexpr std::size_t kMaxOutboxValues = 1000;  // the newest step values kept for the view
constexpr int kMaxOutboxMetrics = 20000;
constexpr int64_t kStoreRetryMs = 2000;
int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
uint64_t randomId() {
  return (uint64_t(QRandomGenerator::system()->generate()) << 32) |
         QRandomGenerator::system()->generate();
}
}  // namespace

LearnerHost::LearnerHost(QString sessionDir)
    : m_sessionDir(std::move(sessionDir)), m_serverId(randomId()) {}

LearnerHost::~LearnerHost() { shutdown(); }

void LearnerHost::shutdown() {
  std::lock_guard<std::mutex> call(m_callMutex);
  if (m_down) return;
  m_down = true;
  if (m_learner) {
    m_learner->postCheckpoint(QStringLiteral("shutdown"));
    m_learner->stop();  // drains: finished episodes and labels reach the store
  }
  if (m_store) {
    std::vector<UpdateMetrics> batch;
    {
      std::lock_guard<std::mutex> lock(m_mutex);
      batch.swap(m_metricsBatch);
    }
    if (!batch.empty()) m_store->submitMetrics(std::move(batch));
    m_store->submitEvent(QStringLiteral("disconnect"), QStringLiteral("learner server"));
    m_store->flush(30000);
    m_store.reset();
  }
  m_learner.reset();  // after the store: its callbacks may still hand labels to it
}

bool LearnerHost::build(const pb::OpenRequest& req, Notice& error) {
  LearnerSettings ls;
  if (!settingsFrom(req, ls, error)) return false;
  const SessionInfo si = sessionInfoFor(ls);
  StoredSession stored;
  try {
    m_store = std::make_unique<SessionRecorder>(m_sessionDir, si);
    stored = m_store->load();
  } catch (const std::exception& e) {
    m_store.reset();
    error = Notice(N::SessionFailed, m_sessionDir, exceptionNotice(e));
    return false;
  }
  ls.checkpointDir = m_store->checkpointDir();
  ls.resumeCandidates = stored.checkpoints;
  m_learner = std::make_unique<LearnerWorker>(ls, learnerCallbacks(), m_mailbox);
  m_learner->start();
  if (!m_learner->waitReady(180000)) {
    const Notice why = m_learner->startupError();  // empty: still starting
    error = why.isEmpty() ? Notice(N::LearnerStartTimeout) : Notice(N::LearnerDidNotStart, why);
    m_learner.reset();
    m_store.reset();
    return false;
  }
  if (!restoreBuffers(stored, ls, error)) {
    m_learner.reset();
    m_store.reset();
    return false;
  }
  m_store->submitEvent(QStringLiteral("connect"), si.robotId);
  m_episodeIdBase = m_maxEpisodeId = stored.maxEpisodeId;
  m_reopened = stored.reopened;
  m_lastMetricsFlushMs = m_lastRetryMs = nowMs();
  return true;
}

bool LearnerHost::settingsFrom(const pb::OpenRequest& req, LearnerSettings& ls, Notice& error) {
  QJsonObject json;
  if (auto e = configFromProto(req.config(), json); !e.empty()) {
    error = Notice(N::LearnerRequestOutOfBounds, QString::fromStdString(e));
    return false;
  }
  try {
    ls.sac = SacConfig::fromJson(json);
    ls.sac.validate();
  } catch (const std::exception& e) {
    error = Notice(N::InvalidLearnerConfig, exceptionNotice(e));
    return false;
  }
  if (req.state_dim() > unsigned(kMaxVector) || req.action_dim() == 0 ||
      req.action_dim() > unsigned(kMaxVector)) {
    error = Notice(N::LearnerRequestOutOfBounds,
                   QStringLiteral("a state or action size out of bounds"));
    return false;
  }
  if (req.demos_kept() > kMaxDemosKept) {
    error = Notice(N::LearnerRequestOutOfBounds, QStringLiteral("more than 20 demos that teach"));
    return false;
  }
  ls.stateDim = int(req.state_dim());
  ls.actionDim = int(req.action_dim());
  ls.lockstep = req.lockstep();
  ls.publishEvery = req.publish_every();
  ls.checkpointEvery = req.checkpoint_every();
  ls.checkpointEverySeconds = req.checkpoint_every_seconds();
  ls.robotId = QString::fromStdString(req.robot_id());
  ls.robotName = QString::fromStdString(req.robot_name());
  ls.pluginVersion = QString::fromStdString(req.plugin_version());
  ls.failureIsTerminal = req.failure_is_terminal();
  ls.useSuccessDetector = req.use_success_detector();
  ls.demosKept = std::max(1, int(req.demos_kept()));
  return true;
}

LearnerCallbacks LearnerHost::learnerCallbacks() {
  LearnerCallbacks cb;  // on the learner thread: copy into the outbox, hand to the store
  cb.metrics = [this](const UpdateMetrics& m) {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_metricsBatch.push_back(m);
    if (m_outbox.metrics_size() < kMaxOutboxMetrics) toProto(m, *m_outbox.add_metrics());
  };
  cb.stepValues = [this](int64_t episode, int step, const StepValues& v, const StepRecord& r) {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto* p = m_outbox.add_step_values();
    p->set_episode_id(episode);
    p->set_step(step);
    p->set_q(v.q);
    p->set_h_sig(v.hSig);
    p->set_gate(v.gate);
    p->set_intervention(r.intervention);
    const auto& a = r.transition.action;
    *p->mutable_action() = {a.begin(), a.end()};
    *p->mutable_robot_state() = {r.robotState.begin(), r.robotState.end()};
    auto* values = m_outbox.mutable_step_values();
    if (std::size_t(values->size()) > kMaxOutboxValues) values->DeleteSubrange(0, 1);
  };
  cb.episodeReady = [this](EpisodeRecord rec) { storeEpisode(std::move(rec)); };
  cb.labelReady = [this](const LabelChange& c) { storeLabel(c); };
  cb.checkpointSaved = [this](const CheckpointInfo& info) {
    m_store->submitCheckpoint(info);
    std::lock_guard<std::mutex> lock(m_mutex);
    toProto(Notice(NoticeCode::CheckpointSaved, info.step, info.reason, info.path),
            *m_outbox.add_log());
  };
  cb.resumed = [this](const Notice& n) {
    std::lock_guard<std::mutex> lock(m_mutex);
    toProto(n, *m_outbox.add_log());
  };
  cb.error = [this](const QString& source, const Notice& n) {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto* e = m_outbox.add_errors();
    e->set_source(source.toStdString());
    toProto(n, *e->mutable_notice());
  };
  cb.diverged = [this] {
    std::lock_guard<std::mutex> lock(m_mutex);
    m_outbox.set_diverged(true);
  };
  return cb;
}

void LearnerHost::storeEpisode(const EpisodeRecord& rec) {
  const int64_t id = rec.id;
  const std::string label = rec.label.toStdString();
  m_store->submitEpisode(rec, [this, id, label](bool ok, const QString& err) {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!ok) {
      toProto(Notice(NoticeCode::SaveFailedRetrying, Notice(NoticeCode::EpisodeItem, id), err,
                     int(kStoreRetryMs / 1000)),
              *m_outbox.add_errors()->mutable_notice());
      m_outbox.mutable_errors()->rbegin()->set_source("store");
      return;
    }
    settleEpisode(id);
    auto* s = m_outbox.add_stored();
    s->set_episode_id(id);
    s->set_label(label);
  });
}

void LearnerHost::storeLabel(const LabelChange& c) {
  uint64_t seq = 0;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_labelSeqs.empty()) seq = m_labelSeqs.front(), m_labelSeqs.pop_front();
  }
  // The buffers take the label only once the session holds it, as in the robot loop.
  m_store->submitLabel(c, [this, c, seq](bool ok, const QString&) {
    if (!ok) return;  // held by the recorder and tried again (retryHeld)
    if (m_learner) m_learner->postLabelCommitted(c);
    std::lock_guard<std::mutex> lock(m_mutex);
    settle(seq);
    auto* s = m_outbox.add_stored();
    s->set_episode_id(c.episodeId);
    s->set_label(c.label.toStdString());
    s->set_is_label(true);
  });
}

bool LearnerHost::restoreBuffers(const StoredSession& stored, const LearnerSettings& ls,
                                 Notice& error) {
  // As the robot loop rebuilds them on reopening: the newest demosKept demos teach.
  DemoLibrary demos;
  demos.restore(stored.episodes, ls.demosKept);
  const std::vector<int64_t> teaching(demos.teaching().begin(), demos.teaching().end());
  for (const auto& e : stored.episodes) m_storedEpisodes.insert(e.id);
  try {
    const auto plan = SessionRestore::plan(stored.episodes, teaching, ls.sac);
    SessionRestore::run(
        stored.episodes, plan, [this](int64_t id) { return m_store->steps(id); }, *m_learner);
  } catch (const std::exception& e) {
    error = Notice(N::LearnerSessionNotReadBack, exceptionNotice(e));
    return false;
  }
  return true;
}

bool LearnerHost::open(const pb::OpenRequest& req, pb::OpenReply& reply, Notice& error) {
  std::lock_guard<std::mutex> call(m_callMutex);
  if (m_down) {
    error = Notice(N::LearnerShuttingDown);
    return false;
  }
  if (req.protocol() != unsigned(kProtocol)) {
    error = Notice(N::LearnerProtocolMismatch, qlonglong(req.protocol()), qlonglong(kProtocol));
    return false;
  }
  // What must match for a rejoin: the robot's shape and the whole config.
  pb::OpenRequest key = req;
  key.clear_client_id();
  key.clear_durable_seq();
  std::string keyBytes;
  {
    // Deterministic: the config map's order must not make the same request look different.
    google::protobuf::io::StringOutputStream bytes(&keyBytes);
    google::protobuf::io::CodedOutputStream out(&bytes);
    out.SetSerializationDeterministic(true);
    key.SerializeToCodedStream(&out);
  }
  if (!m_learner) {
    if (!build(req, error)) return false;
    m_configKey = keyBytes;
  } else if (keyBytes != m_configKey) {
    error = Notice(N::LearnerTaken);
    return false;
  }
  std::lock_guard<std::mutex> lock(m_mutex);
  if (req.client_id() != m_clientId) {
    // Another robot-side client (the robot program restarted), or this learner restarted: its
    // numbering starts where the client says everything is stored.
    m_clientId = req.client_id();
    m_receivedSeq = req.durable_seq();
    m_pending.clear();
    m_endSeq.clear();
    m_labelSeqs.clear();
    m_episodeIdBase = m_maxEpisodeId;
  }
  reply.set_server_id(m_serverId);
  reply.set_received_seq(m_receivedSeq);
  reply.set_durable_seq(durableLocked());
  reply.set_episode_id_base(m_episodeIdBase);
  reply.set_reopened(m_reopened);
  fillStats(*reply.mutable_stats());
  return true;
}

bool LearnerHost::post(const pb::LinkMessage& m, std::string& error) {
  // Under m_mutex. An episode the store already holds (sent again after the learner restarted
  // before its acknowledgement got through) is not buffered or stored twice.
  switch (m.what_case()) {
    case pb::LinkMessage::kStep: {
      const auto& s = m.step();
      StepRecord r;
      if (auto e = fromProto(s.step(), r); !e.empty()) return error = e, false;
      m_pending[m.seq()] = Pending{s.episode_id(), true};
      if (m_storedEpisodes.count(s.episode_id())) {
        m_pending[m.seq()].settled = true;
        return true;
      }
      m_maxEpisodeId = std::max(m_maxEpisodeId, s.episode_id());
      m_learner->postStep(r, s.episode_id(), s.step_index(), s.to_replay(), s.to_expert(),
                          s.inspect(), s.counts_for_utd());
      return true;
    }
    case pb::LinkMessage::kEpisodeEnd: {
      EpisodeRecord r;
      if (auto e = fromProto(m.episode_end(), r); !e.empty()) return error = e, false;
      m_pending[m.seq()] = Pending{r.id, true};
      if (m_storedEpisodes.count(r.id)) {
        m_pending[m.seq()].settled = true;
        return true;
      }
      m_maxEpisodeId = std::max(m_maxEpisodeId, r.id);
      m_endSeq[r.id] = m.seq();
      m_learner->postEpisodeEnd(std::move(r));
      return true;
    }
    case pb::LinkMessage::kRelabel: {
      LabelChange c;
      if (auto e = fromProto(m.relabel(), c); !e.empty()) return error = e, false;
      m_pending[m.seq()] = Pending{c.episodeId, false};
      m_labelSeqs.push_back(m.seq());
      m_learner->postRelabel(c);
      return true;
    }
    case pb::LinkMessage::kRemoveExpertEpisode:
      m_pending[m.seq()] = Pending{-1, false, true};
      m_learner->postRemoveExpertEpisode(m.remove_expert_episode());
      return true;
    case pb::LinkMessage::kCheckpoint:
      if (m.checkpoint().size() > 64) return error = "a checkpoint reason over 64 bytes", false;
      m_pending[m.seq()] = Pending{-1, false, true};
      m_learner->postCheckpoint(QString::fromStdString(m.checkpoint()));
      return true;
    default:
      error = "a link message without content";
      return false;
  }
}

void LearnerHost::settle(uint64_t seq) {
  auto it = m_pending.find(seq);
  if (it != m_pending.end()) it->second.settled = true;
}

void LearnerHost::settleEpisode(int64_t episodeId) {
  m_storedEpisodes.insert(episodeId);
  for (auto& [seq, p] : m_pending) {
    if (p.byEpisode && p.episodeId == episodeId) p.settled = true;
  }
}

uint64_t LearnerHost::durableLocked() const {
  uint64_t durable = m_receivedSeq;
  for (const auto& [seq, p] : m_pending) {
    if (!p.settled) {
      durable = seq - 1;
      break;
    }
  }
  return durable;
}

void LearnerHost::fillStats(pb::Stats& s) const {
  if (!m_learner) return;
  s.set_updates(m_learner->updates());
  s.set_updates_per_second(m_learner->updatesPerSecond());
  s.set_replay_size(m_learner->replaySize());
  s.set_expert_size(m_learner->expertSize());
  s.set_last_checkpoint_ms(m_learner->lastCheckpointMs());
}

bool LearnerHost::exchange(const pb::ExchangeRequest& req, pb::ExchangeReply& reply,
                           std::string& error) {
  std::lock_guard<std::mutex> call(m_callMutex);
  if (m_down || !m_learner) {
    error = "the learner is not open";
    return false;
  }
  if (req.server_id() != m_serverId) {
    error = "the learner restarted: open the link again";
    return false;
  }
  if (req.messages_size() > kMaxLinkMessages) {
    error = "more than 4096 link messages in one exchange";
    return false;
  }
  if (req.paused() != m_paused) {
    m_paused = req.paused();
    m_learner->setPaused(m_paused);
  }
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    // One exchange's messages reach the learner as one batch (lockstep: one robot tick's).
    m_learner->holdPosts(true);
    bool ok = true;
    for (const auto& m : req.messages()) {
      if (m.seq() <= m_receivedSeq) continue;  // sent again: already handed over
      if (m.seq() != m_receivedSeq + 1) {
        error = "link message " + std::to_string(m.seq()) + " arrived after " +
                std::to_string(m_receivedSeq) + ": send from " + std::to_string(m_receivedSeq + 1);
        ok = false;
        break;
      }
      if (!post(m, error)) {
        error = "link message " + std::to_string(m.seq()) + ": " + error;
        ok = false;
        break;
      }
      m_receivedSeq = m.seq();
    }
    m_learner->holdPosts(false);
    if (!ok) return false;
  }
  if (req.wait_idle_ms() > 0) {
    reply.set_idle(m_learner->waitIdle(int(std::min(req.wait_idle_ms(), kMaxWaitIdleMs))));
  }
  if (auto w = m_mailbox.take()) {
    m_weights = std::move(w);
    ++m_weightsVersion;
  }
  if (m_weights && req.weights_version() < m_weightsVersion) {
    toProto(*m_weights, m_weightsVersion, *reply.mutable_weights());
  }
  const int64_t now = nowMs();
  std::vector<UpdateMetrics> batch;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    // The outbox goes out whole, except the step values: only the newest the view asks for.
    auto values = std::move(*m_outbox.mutable_step_values());
    m_outbox.clear_step_values();
    const int keep = std::min<int>(values.size(), int(req.max_step_values()));
    for (int i = values.size() - keep; i < values.size(); ++i) {
      *reply.add_step_values() = std::move(values[i]);
    }
    reply.mutable_metrics()->Swap(m_outbox.mutable_metrics());
    reply.mutable_errors()->Swap(m_outbox.mutable_errors());
    reply.mutable_log()->Swap(m_outbox.mutable_log());
    reply.mutable_stored()->Swap(m_outbox.mutable_stored());
    reply.set_diverged(m_outbox.diverged());
    m_outbox.Clear();
    // Durable messages need no tracking any more.
    const uint64_t durable = durableLocked();
    m_pending.erase(m_pending.begin(), m_pending.upper_bound(durable));
    reply.set_received_seq(m_receivedSeq);
    reply.set_durable_seq(durable);
    if (now - m_lastMetricsFlushMs >= 1000) batch.swap(m_metricsBatch);
  }
  if (!batch.empty()) {
    m_store->submitMetrics(std::move(batch));
    m_lastMetricsFlushMs = now;
  }
  if (m_store->heldWrites() > 0 && now - m_lastRetryMs >= kStoreRetryMs) {
    m_lastRetryMs = now;
    m_store->retryHeld();
  }
  fillStats(*reply.mutable_stats());
  return true;
}

}  // namespace lab::link
