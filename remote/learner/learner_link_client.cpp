#include "learner_link_client.h"

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <QRandomGenerator>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "learner_link.grpc.pb.h"
#include "learner_link_codec.h"
#include "learner_worker.h"
#include "sac_config.h"

namespace lab::link {

namespace {
using Clock = std::chrono::steady_clock;
constexpr int kReconnectMs = 500;
constexpr int kLockstepWaitMs = 50;  // the learner's wait per exchange while the loop waits
}  // namespace

class LearnerLinkClient::Impl {
 public:
  Impl(ClientOptions o, const LearnerSettings& s, LearnerCallbacks cb, PolicyMailbox& mb)
      : opt(std::move(o)), settings(s), cb(std::move(cb)), mailbox(mb) {
    clientId = (uint64_t(QRandomGenerator::system()->generate()) << 32) |
               QRandomGenerator::system()->generate();
  }

  void run();
  bool connect(std::string& error);
  bool open(std::string& error);
  // One call: sends what the learner has not received, applies the reply. False: the link is
  // down (or the learner refused), with `error`.
  bool exchange(bool waitIdle, std::string& error);
  void apply(pb::ExchangeReply& reply, uint64_t idleGen, uint64_t sentThrough);
  void post(pb::LinkMessage m);
  void lost(const std::string& why);
  void setReady(bool ok, const Notice& error);
  std::unique_ptr<grpc::ClientContext> context(int extraMs) const;
  QString address() const { return QString::fromStdString(opt.address); }
  // Why the learner refused: its code if it sent one, else its words ("!" taken off).
  QVariant refusedWhy(const std::string& error) const {
    if (!refusal.isEmpty()) return QVariant::fromValue(refusal);
    return QString::fromStdString(error.substr(1));
  }

  ClientOptions opt;
  LearnerSettings settings;
  LearnerCallbacks cb;
  PolicyMailbox& mailbox;
  uint64_t clientId = 0;
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<pb::LearnerLink::Stub> stub;
  std::thread thread;

  mutable std::mutex m;
  std::condition_variable wake, idleCv, readyCv;
  std::deque<pb::LinkMessage> unacked;  // sent or not, not yet durable, in seq order
  std::deque<pb::LinkMessage> held;     // holdPosts
  bool holding = false;
  uint64_t nextSeq = 1, receivedSeq = 0, durableSeq = 0;
  uint64_t serverId = 0;
  int64_t idBase = -1;  // the learner's episode ids start after it
  bool paused = false;
  uint64_t weightsVersion = 0;
  uint64_t idleWanted = 0, idleDone = 0;
  bool connected = false, everConnected = false, reportedLost = false;
  bool ready = false, failed = false;
  Notice startError;
  Notice refusal;  // the learner's reason for the last refused Open, as a code (or empty)
  std::atomic<bool> stopping{false};
  bool draining = false;

  std::atomic<int64_t> updates{0}, lastCheckpointMs{0};
  std::atomic<double> ups{0};
  std::atomic<int> replay{0}, expert{0};
};

std::unique_ptr<grpc::ClientContext> LearnerLinkClient::Impl::context(int extraMs) const {
  auto c = std::make_unique<grpc::ClientContext>();
  c->AddMetadata(kTokenKey, opt.token);
  c->set_deadline(std::chrono::system_clock::now() +
                  std::chrono::milliseconds(opt.callTimeoutMs + extraMs));
  return c;
}

bool LearnerLinkClient::Impl::connect(std::string& error) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(kMaxMessageBytes);
  args.SetMaxSendMessageSize(kMaxMessageBytes);
  // Reconnect attempts are the client's own (every kReconnectMs), not gRPC's growing backoff.
  args.SetInt(GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, kReconnectMs);
  args.SetInt(GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, kReconnectMs);
  std::shared_ptr<grpc::ChannelCredentials> creds;
  if (!opt.tlsRootCert.empty()) {
    QFile f(QString::fromStdString(opt.tlsRootCert));
    if (!f.open(QIODevice::ReadOnly)) {
      error = "cannot read the TLS certificate " + opt.tlsRootCert;
      return false;
    }
    grpc::SslCredentialsOptions tls;
    tls.pem_root_certs = f.readAll().toStdString();
    creds = grpc::SslCredentials(tls);
    if (!opt.tlsTargetName.empty()) args.SetSslTargetNameOverride(opt.tlsTargetName);
  } else {
    creds = grpc::InsecureChannelCredentials();
  }
  channel = grpc::CreateCustomChannel(opt.address, creds, args);
  stub = pb::LearnerLink::NewStub(channel);
  return true;
}

bool LearnerLinkClient::Impl::open(std::string& error) {
  pb::OpenRequest req;
  req.set_protocol(kProtocol);
  req.set_robot_id(settings.robotId.toStdString());
  req.set_robot_name(settings.robotName.toStdString());
  req.set_plugin_version(settings.pluginVersion.toStdString());
  req.set_state_dim(unsigned(settings.stateDim));
  req.set_action_dim(unsigned(settings.actionDim));
  req.set_lockstep(settings.lockstep);
  req.set_publish_every(settings.publishEvery);
  req.set_checkpoint_every(settings.checkpointEvery);
  req.set_checkpoint_every_seconds(settings.checkpointEverySeconds);
  if (auto e = configToProto(settings.sac.toJson(), *req.mutable_config()); !e.empty()) {
    error = e;
    return false;
  }
  req.set_failure_is_terminal(settings.failureIsTerminal);
  req.set_use_success_detector(settings.useSuccessDetector);
  req.set_demos_kept(unsigned(std::clamp(settings.demosKept, 1, int(kMaxDemosKept))));
  req.set_client_id(clientId);
  {
    std::lock_guard<std::mutex> lock(m);
    req.set_durable_seq(durableSeq);
  }
  pb::OpenReply reply;
  // Building the learner (and reading its session back) can take a while the first time.
  auto ctx = context(180000);
  const grpc::Status st = stub->Open(ctx.get(), req, &reply);
  if (!st.ok()) {
    error = st.error_message();
    refusal = Notice();
    pb::Notice code;
    // A learner of this version sends its reason as a code too; an older one's English stays.
    if (!st.error_details().empty() && code.ParseFromString(st.error_details())) {
      Notice why;
      if (fromProto(code, why).empty()) refusal = why;
    }
    if (st.error_code() == grpc::StatusCode::UNAUTHENTICATED ||
        st.error_code() == grpc::StatusCode::FAILED_PRECONDITION) {
      error = "!" + error;  // refused: trying again will not help
    }
    return false;
  }
  std::lock_guard<std::mutex> lock(m);
  serverId = reply.server_id();
  receivedSeq = std::max(reply.received_seq(), durableSeq);
  if (idBase < 0) idBase = reply.episode_id_base();
  weightsVersion = 0;  // a learner process of its own numbering: take its newest weights
  return true;
}

void LearnerLinkClient::Impl::post(pb::LinkMessage msg) {
  {
    std::lock_guard<std::mutex> lock(m);
    msg.set_seq(0);  // numbered when released (holdPosts keeps a tick's posts together)
    if (holding) {
      held.push_back(std::move(msg));
      return;
    }
    msg.set_seq(nextSeq++);
    unacked.push_back(std::move(msg));
  }
  wake.notify_all();
}

void LearnerLinkClient::Impl::setReady(bool ok, const Notice& error) {
  {
    std::lock_guard<std::mutex> lock(m);
    if (ready || failed) return;
    (ok ? ready : failed) = true;
    startError = error;
  }
  readyCv.notify_all();
}

void LearnerLinkClient::Impl::lost(const std::string& why) {
  bool report = false;
  {
    std::lock_guard<std::mutex> lock(m);
    connected = false;
    report = !reportedLost;
    reportedLost = true;
  }
  idleCv.notify_all();
  if (!report) return;
  if (cb.error) {
    cb.error(QStringLiteral("learner"),
             Notice(NoticeCode::LearnerLinkLost, address(), QString::fromStdString(why)));
  }
  if (cb.linkLost) cb.linkLost();  // the robot loop pauses: the robot at rest, episode kept
}

bool LearnerLinkClient::Impl::exchange(bool waitIdle, std::string& error) {
  pb::ExchangeRequest req;
  uint64_t idleGen = 0, sentThrough = 0;
  {
    std::lock_guard<std::mutex> lock(m);
    req.set_server_id(serverId);
    req.set_paused(paused);
    req.set_weights_version(weightsVersion);
    req.set_max_step_values(unsigned(std::max(0, opt.maxStepValues)));
    sentThrough = receivedSeq;
    for (const auto& msg : unacked) {
      if (msg.seq() <= receivedSeq) continue;
      if (req.messages_size() >= kMaxLinkMessages) break;
      *req.add_messages() = msg;
      sentThrough = msg.seq();
    }
    if (waitIdle) {
      idleGen = idleWanted;
      req.set_wait_idle_ms(kLockstepWaitMs);
    }
  }
  pb::ExchangeReply reply;
  auto ctx = context(int(req.wait_idle_ms()));
  const grpc::Status st = stub->Exchange(ctx.get(), req, &reply);
  if (!st.ok()) {
    error = st.error_message();
    return false;
  }
  apply(reply, idleGen, sentThrough);
  return true;
}

void LearnerLinkClient::Impl::apply(pb::ExchangeReply& reply, uint64_t idleGen,
                                    uint64_t sentThrough) {
  // Weights first: in lockstep the loop takes them as soon as it hears "idle".
  if (reply.has_weights()) {
    std::shared_ptr<const PolicyWeights> w;
    const std::string e = fromProto(reply.weights(), w);
    if (e.empty()) {
      mailbox.post(std::move(w));
      std::lock_guard<std::mutex> lock(m);
      weightsVersion = reply.weights().version();
    } else if (cb.error) {
      cb.error(QStringLiteral("learner"), Notice::detail(QString::fromStdString(e)));
    }
  }
  int64_t base = 0;
  {
    std::lock_guard<std::mutex> lock(m);
    base = idBase;
    receivedSeq = std::max(receivedSeq, reply.received_seq());
    durableSeq = std::max(durableSeq, reply.durable_seq());
    while (!unacked.empty() && unacked.front().seq() <= durableSeq) unacked.pop_front();
  }
  for (const auto& v : reply.step_values()) {
    if (!cb.stepValues) break;
    StepRecord r;
    r.intervention = v.intervention();
    r.transition.action.assign(v.action().begin(), v.action().end());
    r.robotState.assign(v.robot_state().begin(), v.robot_state().end());
    cb.stepValues(v.episode_id() - base, v.step(), StepValues{v.q(), v.h_sig(), v.gate()}, r);
  }
  for (const auto& pm : reply.metrics()) {
    UpdateMetrics um;
    if (fromProto(pm, um).empty() && cb.metrics) cb.metrics(um);
  }
  for (const auto& e : reply.errors()) {
    Notice n;
    if (!fromProto(e.notice(), n).empty()) continue;
    if (cb.error) cb.error(QString::fromStdString(e.source()).left(64), n);
  }
  for (const auto& pn : reply.log()) {
    Notice n;
    if (fromProto(pn, n).empty() && cb.resumed) cb.resumed(n);
  }
  if (reply.diverged() && cb.diverged) cb.diverged();
  const auto& s = reply.stats();
  updates = s.updates();
  ups = s.updates_per_second();
  replay = s.replay_size();
  expert = s.expert_size();
  lastCheckpointMs = s.last_checkpoint_ms();
  if (reply.idle()) {
    std::lock_guard<std::mutex> lock(m);
    // Idle counts for the waits that began before this call, if it carried every message
    // posted before them.
    if (sentThrough + 1 >= nextSeq && held.empty()) idleDone = std::max(idleDone, idleGen);
  }
  idleCv.notify_all();
}

void LearnerLinkClient::Impl::run() {
  std::string error;
  if (!connect(error)) {
    setReady(false, Notice::detail(QString::fromStdString(error)));
    return;
  }
  const auto drainUntil = [this] {
    return Clock::now() + std::chrono::milliseconds(opt.stopTimeoutMs);
  };
  Clock::time_point drainDeadline = Clock::time_point::max();
  const auto giveUpFirstAt = Clock::now() + std::chrono::milliseconds(opt.callTimeoutMs);
  while (true) {
    if (stopping && drainDeadline == Clock::time_point::max()) drainDeadline = drainUntil();
    bool isConnected = false;
    {
      std::lock_guard<std::mutex> lock(m);
      isConnected = connected;
      if (stopping && unacked.empty()) break;
    }
    if (stopping && Clock::now() > drainDeadline) break;
    if (!isConnected) {
      if (!open(error)) {
        if (!everConnected && (error.rfind('!', 0) == 0)) {
          setReady(false, Notice(NoticeCode::LearnerLinkRefused, address(), refusedWhy(error)));
          return;
        }
        if (!everConnected && (Clock::now() > giveUpFirstAt || stopping)) {
          setReady(false, Notice(NoticeCode::LearnerUnreachable, address(),
                                 QString::fromStdString(error)));
          return;
        }
        if (!everConnected) {
          std::unique_lock<std::mutex> lock(m);
          wake.wait_for(lock, std::chrono::milliseconds(kReconnectMs / 5),
                        [this] { return stopping.load(); });
          continue;
        }
        if (error.rfind('!', 0) == 0 && cb.error) {
          cb.error(QStringLiteral("learner"),
                   Notice(NoticeCode::LearnerLinkRefused, address(), refusedWhy(error)));
        }
        lost(error.rfind('!', 0) == 0 ? error.substr(1) : error);
        std::unique_lock<std::mutex> lock(m);
        wake.wait_for(lock, std::chrono::milliseconds(kReconnectMs),
                      [this] { return stopping.load(); });
        continue;
      }
      bool wasLost = false;
      int resend = 0;
      {
        std::lock_guard<std::mutex> lock(m);
        connected = true;
        wasLost = reportedLost;
        reportedLost = false;
        for (const auto& msg : unacked) resend += msg.seq() > receivedSeq ? 1 : 0;
      }
      if (wasLost && cb.resumed) {
        cb.resumed(Notice(NoticeCode::LearnerLinkRestored, address(), resend));
      }
      if (wasLost && cb.linkBack) cb.linkBack();
      if (!everConnected) {
        // The first weights before the loop may act.
        if (!exchange(false, error)) {
          lost(error);
          continue;
        }
        everConnected = true;
        setReady(true, {});
      }
    }
    bool wantIdle = false;
    {
      std::unique_lock<std::mutex> lock(m);
      const auto due = [this] {
        return stopping || idleWanted > idleDone ||
               (!unacked.empty() && unacked.back().seq() > receivedSeq);
      };
      wake.wait_for(lock, std::chrono::milliseconds(std::max(1, opt.pollMs)), due);
      wantIdle = idleWanted > idleDone;
    }
    if (!exchange(wantIdle, error)) lost(error);
  }
  const int left = [this] {
    std::lock_guard<std::mutex> lock(m);
    return int(unacked.size());
  }();
  if (left > 0 && cb.error) {
    cb.error(QStringLiteral("learner"), Notice(NoticeCode::LearnerLinkNotStored, address(), left));
  }
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<LearnerPort> LearnerLinkSource::create(const LearnerSettings& settings,
                                                       LearnerCallbacks callbacks,
                                                       PolicyMailbox& mailbox) {
  return std::make_unique<LearnerLinkClient>(m_options, settings, std::move(callbacks), mailbox);
}

LearnerLinkClient::LearnerLinkClient(ClientOptions options, const LearnerSettings& settings,
                                     LearnerCallbacks callbacks, PolicyMailbox& mailbox)
    : d(std::make_unique<Impl>(std::move(options), settings, std::move(callbacks), mailbox)) {}

LearnerLinkClient::~LearnerLinkClient() { stop(); }

void LearnerLinkClient::start() {
  if (d->thread.joinable()) return;
  d->thread = std::thread([this] { d->run(); });
}

void LearnerLinkClient::stop() {
  d->stopping = true;
  d->wake.notify_all();
  d->idleCv.notify_all();
  if (d->thread.joinable()) d->thread.join();
}

bool LearnerLinkClient::waitReady(int timeoutMs) {
  std::unique_lock<std::mutex> lock(d->m);
  d->readyCv.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                      [this] { return d->ready || d->failed; });
  return d->ready;
}

Notice LearnerLinkClient::startupError() const {
  std::lock_guard<std::mutex> lock(d->m);
  return d->failed ? d->startError : Notice();
}

bool LearnerLinkClient::startupFailed() const {
  std::lock_guard<std::mutex> lock(d->m);
  return d->failed;
}

void LearnerLinkClient::postStep(const StepRecord& step, int64_t episodeId, int stepIndex,
                                 bool toReplay, bool toExpert, bool inspect, bool countsForUtd) {
  pb::LinkMessage msg;
  auto* s = msg.mutable_step();
  {
    std::lock_guard<std::mutex> lock(d->m);
    s->set_episode_id(episodeId + d->idBase);
  }
  s->set_step_index(stepIndex);
  toProto(step, *s->mutable_step());
  s->set_to_replay(toReplay);
  s->set_to_expert(toExpert);
  s->set_inspect(inspect);
  s->set_counts_for_utd(countsForUtd);
  d->post(std::move(msg));
}

void LearnerLinkClient::postEpisodeEnd(EpisodeRecord record) {
  {
    std::lock_guard<std::mutex> lock(d->m);
    record.id += d->idBase;
  }
  pb::LinkMessage msg;
  toProto(record, *msg.mutable_episode_end());
  d->post(std::move(msg));
}

void LearnerLinkClient::postRestoredEpisode(EpisodeRecord, bool, bool) {
  throw std::logic_error(
      "a learner on another machine rebuilds its buffers from its own "
      "session store");
}

void LearnerLinkClient::postRelabel(const LabelChange& change) {
  LabelChange c = change;
  {
    std::lock_guard<std::mutex> lock(d->m);
    c.episodeId += d->idBase;
  }
  pb::LinkMessage msg;
  toProto(c, *msg.mutable_relabel());
  d->post(std::move(msg));
}

void LearnerLinkClient::postRemoveExpertEpisode(int64_t episodeId) {
  pb::LinkMessage msg;
  {
    std::lock_guard<std::mutex> lock(d->m);
    msg.set_remove_expert_episode(episodeId + d->idBase);
  }
  d->post(std::move(msg));
}

void LearnerLinkClient::postCheckpoint(const QString& reason) {
  pb::LinkMessage msg;
  msg.set_checkpoint(reason.toStdString());
  d->post(std::move(msg));
}

void LearnerLinkClient::setPaused(bool paused) {
  {
    std::lock_guard<std::mutex> lock(d->m);
    d->paused = paused;
  }
  d->wake.notify_all();
}

void LearnerLinkClient::holdPosts(bool hold) {
  {
    std::lock_guard<std::mutex> lock(d->m);
    d->holding = hold;
    if (hold) return;
    for (auto& msg : d->held) {
      msg.set_seq(d->nextSeq++);
      d->unacked.push_back(std::move(msg));
    }
    d->held.clear();
  }
  d->wake.notify_all();
}

bool LearnerLinkClient::waitIdle(int timeoutMs) {
  std::unique_lock<std::mutex> lock(d->m);
  const uint64_t gen = ++d->idleWanted;
  d->wake.notify_all();
  return d->idleCv.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
    return d->idleDone >= gen || d->stopping;
  }) && d->idleDone >= gen;
}

int64_t LearnerLinkClient::updates() const { return d->updates; }
double LearnerLinkClient::updatesPerSecond() const { return d->ups; }
int LearnerLinkClient::replaySize() const { return d->replay; }
int LearnerLinkClient::expertSize() const { return d->expert; }
int64_t LearnerLinkClient::lastCheckpointMs() const { return d->lastCheckpointMs; }

int LearnerLinkClient::unacknowledged() const {
  std::lock_guard<std::mutex> lock(d->m);
  return int(d->unacked.size());
}

}  // namespace lab::link
