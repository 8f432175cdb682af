#pragma once
// SigEnt-SAC: tanh-Gaussian actor, an ensemble of LayerNorm critics (a twin by default) with
// targets, sigmoid-bounded entropy, OOD (simplified CQL) term and gated behaviour cloning, exactly
// as docs/SIGENT_SAC.md. The baselines are switches of SacConfig. Owned by ONE thread (the learner
// thread); the acting thread gets weights through policyWeights() + ActingPolicy.
#include <torch/torch.h>

#include <QJsonObject>
#include <QString>
#include <memory>
#include <stdexcept>
#include <string>

#include "networks.h"
#include "replay_buffer.h"
#include "sac_config.h"
#include "sigmoid_entropy.h"
#include "thread_tuner.h"
#include "update_metrics.h"
#include "update_profile.h"

namespace lab {

// An update met a non-finite loss: it was not applied (or not completely: the caller restores
// the last good state, see SigEntSac::snapshot()).
struct NonFiniteError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class SigEntSac {
 public:
  // stateDim is used in State/Both modes, config.imageSize in Image/Both modes.
  SigEntSac(const SacConfig& config, int stateDim, int actionDim);

  // One gradient step (critic, actor, alpha, targets). `replay` feeds the critic batch (mixed
  // with `expert` per config.expertRatio), `expert` feeds the GBC term.
  // With num_threads 0 the thread count of each update comes from a ThreadTuner.
  // Throws NonFiniteError when the critic, BC, actor or alpha loss is not finite, before stepping
  // that optimiser (the critic's step of the same update may already be applied then).
  UpdateMetrics update(const ReplayBuffer& replay, const ReplayBuffer& expert);
  // The threads updates run on: num_threads, or the tuner's current choice.
  int threads() const;
  const ThreadTuner* threadTuner() const { return m_threadTuner.get(); }

  // The action for one observation: sampled, or the mean action tanh(mu) when deterministic.
  std::vector<float> act(const Observation& obs, bool deterministic);
  // Q, H_sig and gate at (obs, action), for the per-step display.
  StepValues inspect(const Observation& obs, const std::vector<float>& action);

  // A copy of the actor (and its encoder) weights, safe to hand to another thread.
  std::shared_ptr<const PolicyWeights> policyWeights() const;

  // Checkpoint: networks, targets, optimisers, alpha, RNG state, step counter and `extra`
  // (caller metadata) in one file, written atomically with a checksum. load() throws
  // CheckpointError on a corrupt, truncated or mismatched file and then changes nothing.
  // save() refuses (CheckpointError) weights that are not all finite: a checkpoint is never
  // written from a diverged learner.
  void save(const QString& path, const QJsonObject& extra = {}) const;
  QJsonObject load(const QString& path);

  // Every weight, target, buffer and alpha is finite (one pass over the tensors).
  bool weightsFinite() const;
  // The learner's state (networks, targets, optimisers, alpha) in memory, and back. restore()
  // keeps the update counter and the random generator running forward, so the batch that
  // diverged is not drawn again.
  std::string snapshot() const;
  void restore(const std::string& snapshot);

  // The policy's mean action as a TorchScript module: forward(image [B,1,H,W] float in [0,1]
  // and/or state [B,S]) -> action [B,A]. Loadable by Python's torch.jit.load.
  void exportTorchScript(const QString& path) const;

  // Attach a profile to charge each phase of update() to it (nullptr: none). Not owned.
  void setProfile(UpdateProfile* profile) { m_profile = profile; }

  int64_t updateCount() const { return m_step; }
  double alpha() const;
  const SacConfig& config() const { return m_config; }
  int actionDim() const { return m_actionDim; }
  int stateDim() const { return m_stateDim; }
  torch::Device device() const { return m_device; }
  Networks& networks() { return *m_net; }  // tests inspect and set weights

  // Losses on a given batch, without stepping (tests check them against hand-computed values).
  struct Losses {
    torch::Tensor critic, td, ood;               // scalars; td and ood summed over the critics
    torch::Tensor target;                        // [B, 1]
    torch::Tensor q;                             // [N, B, 1]: every critic at the batch's actions
    torch::Tensor features;                      // encoder output for the batch
    torch::Tensor actor, bc, gateOpen;           // scalars
    torch::Tensor entropy, rawEntropy, policyQ;  // [B, 1] at sampled policy actions
    // H_sig per dimension (docs/SIGENT_SAC.md) at the same actions, whatever bonus `entropy`
    // is: the logged h_sig means the same for every preset.
    torch::Tensor hSig;  // [B, 1]
  };
  // `noise` fixes the reparameterisation noise [B, A] (policy samples) for exact tests;
  // `oodNoise` [K, B, A] fixes the OOD policy samples. Undefined tensors mean "draw".
  Losses computeLosses(const Batch& batch, const Batch& expert, const torch::Tensor& noise = {},
                       const torch::Tensor& nextNoise = {}, const torch::Tensor& oodNoise = {});

 private:
  UpdateMetrics updateOnce(const ReplayBuffer& replay, const ReplayBuffer& expert);
  std::string serialize() const;
  // Loads a serialize()d payload; `counters`: the step and the generator too. Builds fresh and
  // swaps: a failure changes nothing.
  // `encoderInActorOpt`: the payload's actor optimiser also holds the encoder (format 1 files
  // of image learners with bc_trains_encoder); its encoder part is dropped.
  void deserialize(const char* data, std::size_t size, bool counters, const QString& origin,
                   bool encoderInActorOpt = false);
  // The image the encoder sees: randomly shifted (augment_pad), on the device; undefined when
  // the mode uses no image.
  torch::Tensor imageInput(const torch::Tensor& image);
  torch::Tensor encodeInput(const Batch& b);  // features of b's (shifted) observation
  Losses criticLosses(const Batch& batch, const torch::Tensor& nextNoise,
                      const torch::Tensor& oodNoise);
  // The actor's loss: the policy objective plus, with bc_trains_actor, lambda * BC.
  Losses actorLosses(const torch::Tensor& features, const Batch& expert,
                     const torch::Tensor& noise);
  // -(min Q + alpha * bonus) at sampled actions (actor), with the entropies.
  Losses policyLosses(const torch::Tensor& features, const torch::Tensor& noise);
  // The gated BC term (bc, gateOpen) on the expert batch; its graph reaches the encoder when
  // bc_trains_encoder is on.
  Losses bcLosses(const Batch& expert);
  // H_sig, or -log pi summed over dimensions for the standard-entropy baselines. [B,A] -> [B,1]
  torch::Tensor entropyBonus(const torch::Tensor& logProbPerDim) const;
  // The critic's step and BC's gradient, returning BC's losses; BC's actor gradient is left in
  // the actor's .grad for the policy objective's. Which one runs: config bc_encoder_step.
  Losses criticAndBcStep(const Losses& critic, const Batch& expert, UpdateMetrics& m);
  // The policy objective's step (its gradient added to BC's, already in the actor's .grad) and
  // alpha's; fills m's actor figures and keeps them for the updates without an actor step.
  void actorAndAlphaStep(const torch::Tensor& features, const Losses& bc, UpdateMetrics& m);
  Losses criticStepThenBcStep(const Losses& critic, const Batch& expert, UpdateMetrics& m);
  // BC's own Adam over the encoder (bc_encoder_step "own" with bc_trains_encoder in an image
  // mode), else null.
  std::unique_ptr<torch::optim::Adam> makeBcEncoderOpt(Networks& net) const;
  // The target's Q from every target critic's [N, B, 1]: the min over target_critics of them
  // (a random subset drawn from the learner's generator when fewer than all).
  torch::Tensor targetQ(const torch::Tensor& q);
  // The Q the actor climbs (and inspect() shows): min or mean over the critics (actor_q).
  torch::Tensor actorQ(const torch::Tensor& q) const;
  void softUpdateTargets();
  void setCriticRequiresGrad(bool on);
  void mark(UpdateProfile::Phase p) {
    if (m_profile) m_profile->mark(p);
  }
  bool bcTrainsEncoder() const;

  SacConfig m_config;
  int m_stateDim, m_actionDim;
  torch::Device m_device;
  std::unique_ptr<Networks> m_net;
  SigmoidEntropy m_hsig;
  torch::Tensor m_logAlpha;
  std::unique_ptr<torch::optim::Adam> m_actorOpt, m_criticOpt, m_alphaOpt;
  std::unique_ptr<torch::optim::Adam> m_bcEncoderOpt;  // see makeBcEncoderOpt
  torch::Generator m_gen;
  int64_t m_step = 0;
  // The figures of the last actor step (actor_every > 1: reported by the updates between);
  // not checkpointed, so zero until a reopened learner's first actor step.
  UpdateMetrics m_lastActor;
  std::unique_ptr<ThreadTuner> m_threadTuner;  // only with num_threads 0
  UpdateProfile* m_profile = nullptr;
};

}  // namespace lab
