#pragma once
// The learner machine's side of the learner link: the same LearnerWorker and session store
// (SessionRecorder, SessionRestore) the robot loop runs in process, wired the way the robot
// loop wires them (core/control/robot_loop_session.cpp): a finished episode goes to the store,
// a label to the store and then, once committed, to the buffers; checkpoints are recorded.
// What the robot side needs back (weights, per-step values, metrics, notices, what was stored)
// waits in an outbox until its next Exchange. It also keeps the link's sequence numbers: what
// was received, and what is durable (see learner_link.proto).
// Threads: open() and exchange() from gRPC's threads (serialised here); the learner's and the
// store writer's callbacks on theirs.
#include <QString>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "learner_link.pb.h"
#include "notice.h"
#include "policy_mailbox.h"
#include "update_metrics.h"

namespace lab {
class LearnerWorker;
class SessionRecorder;
struct EpisodeRecord;
struct LabelChange;
struct LearnerCallbacks;
struct LearnerSettings;
struct PolicyWeights;
struct StoredSession;
}  // namespace lab

namespace lab::link {

class LearnerHost {
 public:
  explicit LearnerHost(QString sessionDir);
  ~LearnerHost();  // shutdown()

  // Builds the learner (first call) or rejoins it. False with the reason in `error`, a code the
  // robot side puts in its own language (the server sends it along, learner_link_server.h).
  bool open(const sigentlab::learner::v1::OpenRequest& req,
            sigentlab::learner::v1::OpenReply& reply, Notice& error);
  // False with `error` (FAILED_PRECONDITION for the caller): not open, another learner
  // process's id, a gap in the sequence, a message that breaks a bound.
  bool exchange(const sigentlab::learner::v1::ExchangeRequest& req,
                sigentlab::learner::v1::ExchangeReply& reply, std::string& error);
  // A shutdown checkpoint, every message handled, the store flushed. Idempotent.
  void shutdown();
  uint64_t serverId() const { return m_serverId; }

 private:
  struct Pending {
    int64_t episodeId;  // a step or episode end: settles with the episode's record
    bool byEpisode;
    bool settled = false;
  };
  bool build(const sigentlab::learner::v1::OpenRequest& req, Notice& error);
  static bool settingsFrom(const sigentlab::learner::v1::OpenRequest& req, LearnerSettings& ls,
                           Notice& error);
  LearnerCallbacks learnerCallbacks();
  void storeEpisode(const EpisodeRecord& rec);  // then `stored` back, or an error to retry
  void storeLabel(const LabelChange& c);        // then to the buffers, once committed
  bool restoreBuffers(const StoredSession& stored, const LearnerSettings& ls, Notice& error);
  bool post(const sigentlab::learner::v1::LinkMessage& m, std::string& error);
  void settle(uint64_t seq);
  void settleEpisode(int64_t episodeId);
  uint64_t durableLocked() const;
  void fillStats(sigentlab::learner::v1::Stats& s) const;

  const QString m_sessionDir;
  const uint64_t m_serverId;
  std::mutex m_callMutex;  // one open/exchange at a time
  std::unique_ptr<SessionRecorder> m_store;
  std::unique_ptr<LearnerWorker> m_learner;
  PolicyMailbox m_mailbox;
  std::shared_ptr<const PolicyWeights> m_weights;
  uint64_t m_weightsVersion = 0;
  std::string m_configKey;  // the Open request that built the learner (a rejoin must match)
  int64_t m_episodeIdBase = 0;
  bool m_reopened = false;
  bool m_paused = false;
  bool m_down = false;
  int64_t m_lastMetricsFlushMs = 0, m_lastRetryMs = 0;

  // Under m_mutex (learner and writer threads too).
  mutable std::mutex m_mutex;
  uint64_t m_clientId = 0;
  uint64_t m_receivedSeq = 0;
  std::map<uint64_t, Pending> m_pending;  // received, not yet durable
  std::set<int64_t> m_storedEpisodes;
  std::map<int64_t, uint64_t> m_endSeq;  // episode id -> its end message's seq
  std::deque<uint64_t> m_labelSeqs;      // relabels in the order the learner hands them on
  int64_t m_maxEpisodeId = 0;
  sigentlab::learner::v1::ExchangeReply m_outbox;  // values, metrics, errors, log, stored
  std::vector<UpdateMetrics> m_metricsBatch;
};

}  // namespace lab::link
