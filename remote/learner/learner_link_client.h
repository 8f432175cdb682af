#pragma once
// LearnerLinkClient: the robot side of the learner link (learner_link.proto), a LearnerPort,
// so the robot loop runs unchanged with its learner on another machine. Posts become numbered
// link messages, sent by the client's own thread every `pollMs` (and at once when the robot
// loop waits for the learner, lockstep); the replies bring the actor's weights (into the
// PolicyMailbox), the per-step Q / H_sig / gate values, metrics and notices (through the
// LearnerCallbacks, on the client's thread).
//
// A lost link: every call has a deadline; when one fails the client reports LearnerLinkLost
// (once) and callbacks.linkLost (the robot loop pauses: the robot held at zero, the episode
// kept), keeps every message the learner has not acknowledged as stored, reconnects every
// 500 ms, sends them again, reports LearnerLinkRestored and callbacks.linkBack (the loop
// resumes). stop() waits (bounded) until everything is stored.
#include <QString>
#include <memory>
#include <string>

#include "learner_port.h"

namespace lab::link {

struct ClientOptions {
  std::string address;  // host:port of serve-learner
  std::string token;
  std::string tlsRootCert;    // PEM file: TLS, checking the server against it
  std::string tlsTargetName;  // the name in the server's certificate, if not the address's
  int pollMs = 50;            // exchange period: the rate the window's per-step view updates
  int maxStepValues = 256;    // per-step values per exchange (the newest)
  int callTimeoutMs = 5000;   // deadline of each call (plus the lockstep wait)
  int stopTimeoutMs = 30000;  // stop() waits this long for everything to be stored
};

// The LearnerSource the application injects (--learner of `sigent-lab train` and the window:
// learner_link_options.h). The robot and run it describes come from each connect's settings.
class LearnerLinkSource final : public LearnerSource {
 public:
  explicit LearnerLinkSource(ClientOptions options) : m_options(std::move(options)) {}
  std::unique_ptr<LearnerPort> create(const LearnerSettings& settings, LearnerCallbacks callbacks,
                                      PolicyMailbox& mailbox) override;

 private:
  ClientOptions m_options;
};

class LearnerLinkClient final : public LearnerPort {
 public:
  LearnerLinkClient(ClientOptions options, const LearnerSettings& settings,
                    LearnerCallbacks callbacks, PolicyMailbox& mailbox);
  ~LearnerLinkClient() override;

  void start() override;
  void stop() override;
  bool waitReady(int timeoutMs) override;
  Notice startupError() const override;
  bool startupFailed() const override;

  void postStep(const StepRecord& step, int64_t episodeId, int stepIndex, bool toReplay,
                bool toExpert, bool inspect, bool countsForUtd) override;
  void postEpisodeEnd(EpisodeRecord record) override;
  // The learner machine rebuilds its buffers from its own store: the robot side has none, so
  // this is refused (std::logic_error).
  void postRestoredEpisode(EpisodeRecord record, bool toReplay, bool toExpert) override;
  void postRelabel(const LabelChange& change) override;
  // Nothing to do here: the learner machine hands a label to its buffers once its store
  // committed it.
  void postLabelCommitted(const LabelChange&) override {}
  void postRemoveExpertEpisode(int64_t episodeId) override;
  void postCheckpoint(const QString& reason) override;
  void setPaused(bool paused) override;
  void holdPosts(bool hold) override;
  bool waitIdle(int timeoutMs) override;

  int64_t updates() const override;
  double updatesPerSecond() const override;
  int replaySize() const override;
  int expertSize() const override;
  int64_t lastCheckpointMs() const override;

  // For tests and the log: messages sent and not yet acknowledged as stored.
  int unacknowledged() const;

 private:
  class Impl;
  std::unique_ptr<Impl> d;
};

}  // namespace lab::link
