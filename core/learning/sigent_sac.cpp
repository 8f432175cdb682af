#include "sigent_sac.h"

#include <ATen/CPUGeneratorImpl.h>
#include <torch/cuda.h>

#include <QJsonDocument>
#include <chrono>
#include <cmath>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "acting_policy.h"
#include "allocator_tuning.h"
#include "checkpoint_file.h"
#include "policy_exporter.h"

namespace lab {

namespace {
// 2: the actor's optimiser steps the actor only. Format 1 files written with bc_trains_encoder
// in an image mode also hold the encoder's moments in it (load drops them).
constexpr int kCheckpointFormat = 2;

torch::Device resolveDevice(const QString& name) {
  if (name == "cuda" || (name == "auto" && torch::cuda::is_available())) {
    if (!torch::cuda::is_available()) {
      throw ConfigError(Notice(NoticeCode::ConfigNoCuda, "device", name));
    }
    return torch::Device(torch::kCUDA);
  }
  return torch::Device(torch::kCPU);
}

// `fused`: one norm over the concatenated gradients instead of a sum and a sync per tensor.
double gradNorm(const std::vector<torch::Tensor>& params, bool fused) {
  if (fused) {
    std::vector<torch::Tensor> grads;
    grads.reserve(params.size());
    for (const auto& p : params) {
      if (p.grad().defined()) grads.push_back(p.grad().reshape({-1}));
    }
    return grads.empty() ? 0.0 : torch::cat(grads).norm().item<double>();
  }
  double sq = 0;
  for (const auto& p : params) {
    if (p.grad().defined()) sq += p.grad().pow(2).sum().item<double>();
  }
  return std::sqrt(sq);
}

// Random shift (DrQ): replicate-pad by `pad` and crop back at a random offset per sample. On
// the CPU the crops are row copies (one op instead of a narrow and a stack per sample, which
// cost 5 ms of an image update); elsewhere narrow and stack.
torch::Tensor randomShift(const torch::Tensor& image, int pad, torch::Generator& gen) {
  const auto n = image.size(0), c = image.size(1), h = image.size(2), w = image.size(3);
  auto padded = torch::nn::functional::pad(
      image, torch::nn::functional::PadFuncOptions({pad, pad, pad, pad}).mode(torch::kReplicate));
  auto offsets = torch::randint(2 * pad + 1, {n, 2}, gen, torch::kLong);
  auto off = offsets.accessor<int64_t, 2>();
  if (padded.is_cpu() && padded.scalar_type() == torch::kFloat) {
    padded = padded.contiguous();
    auto out = torch::empty({n, c, h, w}, padded.options());
    const float* src = padded.data_ptr<float>();
    float* dst = out.data_ptr<float>();
    const int64_t ph = h + 2 * pad, pw = w + 2 * pad;
    for (int64_t i = 0; i < n; ++i) {
      for (int64_t ch = 0; ch < c; ++ch) {
        const float* plane = src + (i * c + ch) * ph * pw + off[i][0] * pw + off[i][1];
        float* target = dst + (i * c + ch) * h * w;
        for (int64_t y = 0; y < h; ++y) std::copy_n(plane + y * pw, w, target + y * w);
      }
    }
    return out;
  }
  std::vector<torch::Tensor> crops;
  crops.reserve(n);
  for (int64_t i = 0; i < n; ++i) {
    crops.push_back(padded[i].narrow(1, off[i][0], h).narrow(2, off[i][1], w));
  }
  return torch::stack(crops);
}

// One sync per loss (a scalar): cheap beside the update, and a NaN never reaches a step.
void requireFinite(const char* what, const torch::Tensor& loss) {
  const double v = loss.item<double>();
  if (!std::isfinite(v)) {
    throw NonFiniteError(std::string("the ") + what + " is " +
                         (std::isnan(v) ? "NaN" : "infinite"));
  }
}

bool allFinite(const std::vector<torch::Tensor>& tensors) {
  for (const auto& t : tensors) {
    if (t.is_floating_point() && !torch::isfinite(t).all().item<bool>()) return false;
  }
  return true;
}

// The config keys that decide network shapes: a checkpoint must agree on all of them.
QStringList shapeKeys() {
  return {"obs_mode",         "image_size",     "frame_stack", "hidden_dim",        "hidden_layers",
          "encoder_channels", "encoder_layers", "feature_dim", "critic_layer_norm", "critics"};
}
}  // namespace

SigEntSac::SigEntSac(const SacConfig& config, int stateDim, int actionDim)
    : m_config(config),
      m_stateDim(config.obsMode == ObsMode::Image ? 0 : stateDim),
      m_actionDim(actionDim),
      m_device(resolveDevice(config.device)),
      m_hsig(config.hMax, config.surprisalMidpoint(), config.temperature),
      m_gen(at::make_generator<at::CPUGeneratorImpl>(config.seed)) {
  keepLargeAllocationsInHeap();  // 4-7x faster image updates; see allocator_tuning.h
  m_config.validate();
  // The robot loop refuses such robots at connect with the operator's words (RobotNoAction,
  // RobotNoState): reaching these is a caller's mistake.
  if (actionDim <= 0) throw std::invalid_argument("the robot reports no action dimensions");
  if (config.obsMode != ObsMode::Image && stateDim <= 0) {
    throw std::invalid_argument(
        "config key 'obs_mode' needs a state vector but the robot reports none");
  }
  // Debian's LibTorch starts with one thread. A fixed num_threads is used as given; 0 lets the
  // tuner pick from measured updates, because the best count depends on the machine's load.
  if (config.numThreads > 0) {
    torch::set_num_threads(config.numThreads);
  } else {
    m_threadTuner = std::make_unique<ThreadTuner>(
        static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
  }
  // Weight initialisation draws from the global generator: seed it so runs repeat.
  torch::manual_seed(config.seed);
  m_net = std::make_unique<Networks>(m_config, m_stateDim, actionDim, m_device);
  m_logAlpha = torch::full({1}, std::log(config.alphaInit),
                           torch::TensorOptions().device(m_device).requires_grad(true));
  // The encoder is in the critic's optimiser only: it takes one step per update, on the critic
  // loss plus (bc_trains_encoder) lambda * BC.
  m_actorOpt = std::make_unique<torch::optim::Adam>(m_net->actor->parameters(),
                                                    torch::optim::AdamOptions(config.actorLr));
  m_criticOpt = std::make_unique<torch::optim::Adam>(m_net->criticParameters(),
                                                     torch::optim::AdamOptions(config.criticLr));
  m_alphaOpt = std::make_unique<torch::optim::Adam>(std::vector<torch::Tensor>{m_logAlpha},
                                                    torch::optim::AdamOptions(config.alphaLr));
  m_bcEncoderOpt = makeBcEncoderOpt(*m_net);
}

std::unique_ptr<torch::optim::Adam> SigEntSac::makeBcEncoderOpt(Networks& net) const {
  // No BC term (the SAC and RLPD presets): nothing to step the encoder with.
  if (!bcTrainsEncoder() || m_config.bcEncoderStep != BcEncoderStep::Own ||
      m_config.bcLambda == 0) {
    return nullptr;
  }
  return std::make_unique<torch::optim::Adam>(net.encoder->parameters(),
                                              torch::optim::AdamOptions(m_config.actorLr));
}

bool SigEntSac::bcTrainsEncoder() const {
  return m_config.bcTrainsEncoder && m_config.obsMode != ObsMode::State;
}

double SigEntSac::alpha() const { return std::exp(m_logAlpha.item<double>()); }

torch::Tensor SigEntSac::imageInput(const torch::Tensor& image) {
  if (!image.defined() || m_config.obsMode == ObsMode::State) return {};
  const auto shifted =
      m_config.augmentPad > 0 ? randomShift(image, m_config.augmentPad, m_gen) : image;
  return shifted.to(m_device);
}

torch::Tensor SigEntSac::encodeInput(const Batch& b) {
  return m_net->encoder->forward(imageInput(b.image), b.state.to(m_device));
}

torch::Tensor SigEntSac::entropyBonus(const torch::Tensor& logProbPerDim) const {
  if (m_config.entropy == EntropyKind::Sigmoid) return m_hsig.total(logProbPerDim);
  return -logProbPerDim.sum(-1, true);
}

SigEntSac::Losses SigEntSac::computeLosses(const Batch& batch, const Batch& expert,
                                           const torch::Tensor& noise,
                                           const torch::Tensor& nextNoise,
                                           const torch::Tensor& oodNoise) {
  Losses l = criticLosses(batch, nextNoise, oodNoise);
  Losses a = actorLosses(l.features.detach(), expert, noise);
  l.actor = a.actor;
  l.bc = a.bc;
  l.gateOpen = a.gateOpen;
  l.entropy = a.entropy;
  l.rawEntropy = a.rawEntropy;
  l.policyQ = a.policyQ;
  l.hSig = a.hSig;
  return l;
}

SigEntSac::Losses SigEntSac::criticLosses(const Batch& batch, const torch::Tensor& nextNoise,
                                          const torch::Tensor& oodNoise) {
  const int64_t n = batch.size();
  const auto alphaNow = m_logAlpha.detach().exp();
  Losses l;
  // Both shifts are drawn first, image then next image, so every path draws the same numbers.
  const auto image = imageInput(batch.image);
  const auto nextImage = imageInput(batch.nextImage);
  mark(UpdateProfile::Augmentation);
  l.features = m_net->encoder->forward(image, batch.state.to(m_device));
  torch::Tensor nextFeat, nextTargetFeat;
  {
    torch::NoGradGuard noGrad;
    // The target uses the target encoder; the next action comes from the online encoder.
    auto nextState = batch.nextState.to(m_device);
    nextFeat = m_net->encoder->forward(nextImage, nextState);
    nextTargetFeat = m_net->targetEncoder->forward(nextImage, nextState);
  }
  mark(UpdateProfile::Encoder);
  {
    torch::NoGradGuard noGrad;
    auto eps = nextNoise.defined() ? nextNoise.to(m_device)
                                   : at::randn({n, m_actionDim}, m_gen).to(m_device);
    auto next = m_net->actor->sample(nextFeat, eps);
    auto soft = targetQ(m_net->targetCritic->forward(nextTargetFeat, next.action)) +
                alphaNow * entropyBonus(next.logProbPerDim);
    l.target =
        batch.reward.to(m_device) + (1.0 - batch.terminal.to(m_device)) * m_config.gamma * soft;
  }
  mark(UpdateProfile::Target);
  const int k = m_config.oodPolicySamples, u = m_config.oodUniformSamples;
  const bool ood = m_config.oodLambda > 0 && k + u > 0;
  torch::Tensor oodActions;  // [K+U, B, A]
  if (ood) {
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parts;
    if (k > 0) {
      auto [mu, logStd] = m_net->actor->forward(l.features.detach());
      auto eps = oodNoise.defined() ? oodNoise.to(m_device)
                                    : at::randn({k, n, m_actionDim}, m_gen).to(m_device);
      parts.push_back(torch::tanh(mu.unsqueeze(0) + logStd.exp().unsqueeze(0) * eps));
    }
    if (u > 0) parts.push_back((at::rand({u, n, m_actionDim}, m_gen) * 2.0 - 1.0).to(m_device));
    oodActions = torch::cat(parts, 0);
  }
  const int64_t m = ood ? oodActions.size(0) : 0;
  const auto action = batch.action.to(m_device);
  torch::Tensor qOod;  // [N, M * B, 1]
  if (ood && m_config.fusedUpdate) {
    // One critic pass over the data action and every OOD sample: the rows are independent, so
    // Q is the same as from separate passes, at a third of the operator calls.
    auto all = m_net->critic->forward(l.features.repeat({1 + m, 1}),
                                      torch::cat({action, oodActions.reshape({m * n, -1})}));
    l.q = all.narrow(1, 0, n);
    qOod = all.narrow(1, n, m * n);
  } else {
    l.q = m_net->critic->forward(l.features, action);
    if (ood) {
      auto feats = l.features.unsqueeze(0).expand({m, n, l.features.size(1)}).reshape({m * n, -1});
      qOod = m_net->critic->forward(feats, oodActions.reshape({m * n, m_actionDim}));
    }
  }
  // Each critic's mean squared error, summed over the critics (the twin's Q1 + Q2 losses).
  l.td = (l.q - l.target).pow(2).mean({1, 2}).sum();
  l.ood = torch::zeros({}, m_device);
  if (ood) {
    const double beta = m_config.oodBeta;
    // Sampled actions are never pushed below the Monte-Carlo return of the data (docs:
    // "Q_j stays lower-bounded by the Monte-Carlo return"); without it the push-down at policy
    // actions feeds back through the target and drags every value below zero.
    const auto floor = m_config.oodMcFloor && batch.mcReturn.defined()
                           ? batch.mcReturn.to(m_device).unsqueeze(0).expand({m, n, 1})
                           : torch::full({m, n, 1}, -1e9, l.features.options());
    // Per critic, over the samples (dim 1 of [N, 1 + M, B, 1]). The data action sits INSIDE the
    // log-sum-exp, so the term is >= 0 and vanishes only when the data action dominates every
    // sampled action. Summed over the critics, as td.
    const int64_t c = l.q.size(0);
    auto all = torch::cat({l.q.unsqueeze(1), torch::max(qOod.view({c, m, n, 1}), floor)}, 1);
    l.ood = (beta * torch::logsumexp(all / beta, 1) - l.q).mean({1, 2}).sum();
  }
  l.critic = l.td + m_config.oodLambda * l.ood;
  mark(UpdateProfile::CriticForward);
  return l;
}

torch::Tensor SigEntSac::targetQ(const torch::Tensor& q) {
  const int64_t all = q.size(0), k = m_config.targetCritics;
  if (k == all) return q.amin(0);
  return q.index_select(0, at::randperm(all, m_gen).narrow(0, 0, k).to(q.device())).amin(0);
}

torch::Tensor SigEntSac::actorQ(const torch::Tensor& q) const {
  return m_config.actorQ == ActorQ::Mean ? q.mean(0) : q.amin(0);
}

void SigEntSac::setCriticRequiresGrad(bool on) {
  for (auto& p : m_net->critic->parameters()) p.set_requires_grad(on);
}

SigEntSac::Losses SigEntSac::actorLosses(const torch::Tensor& features, const Batch& expert,
                                         const torch::Tensor& noise) {
  Losses l = policyLosses(features, noise);
  const Losses b = bcLosses(expert);
  l.bc = b.bc;
  l.gateOpen = b.gateOpen;
  if (m_config.bcTrainsActor) l.actor = l.actor + m_config.bcLambda * l.bc;
  return l;
}

SigEntSac::Losses SigEntSac::policyLosses(const torch::Tensor& features,
                                          const torch::Tensor& noise) {
  const int64_t n = features.size(0);
  const auto alphaNow = m_logAlpha.detach().exp();
  Losses l;
  auto eps = noise.defined() ? noise.to(m_device) : at::randn({n, m_actionDim}, m_gen).to(m_device);
  auto sample = m_net->actor->sample(features, eps);
  // The actor's loss needs dQ/da only; the fused path builds no graph to the critic's weights
  // (the reference computes those gradients and then discards them).
  const auto q = [&] {
    if (!m_config.fusedUpdate) return m_net->critic->forward(features, sample.action);
    setCriticRequiresGrad(false);
    struct Restore {
      SigEntSac* self;
      ~Restore() { self->setCriticRequiresGrad(true); }  // also when the forward throws
    } restore{this};
    return m_net->critic->forward(features, sample.action);
  }();
  l.policyQ = actorQ(q);
  l.entropy = entropyBonus(sample.logProbPerDim);
  l.rawEntropy = -sample.logProbPerDim.sum(-1, true);
  {
    torch::NoGradGuard noGrad;
    l.hSig = m_hsig.total(sample.logProbPerDim);
  }
  l.actor = -(l.policyQ + alphaNow * l.entropy).mean();
  return l;
}

SigEntSac::Losses SigEntSac::bcLosses(const Batch& expert) {
  Losses l;
  l.bc = torch::zeros({}, m_device);
  l.gateOpen = torch::zeros({}, m_device);
  if (!expert.action.defined() || expert.size() == 0) return l;
  // With images, the critic alone learns features too slowly to tell the demo's frames apart
  // (they differ by a few pixels), so the gate stays open: the BC term may train the encoder.
  torch::Tensor expertFeat;
  if (bcTrainsEncoder()) {
    expertFeat = encodeInput(expert);
  } else {
    torch::NoGradGuard noGrad;
    expertFeat = encodeInput(expert);
  }
  const auto expertAction = expert.action.to(m_device);
  auto dist = (m_net->actor->meanAction(expertFeat) - expertAction).norm(2, 1, true);
  // Hard 0/1 gate with no gradient through it: BC pulls only where the mean has drifted
  // more than epsilon from the expert.
  auto gate = m_config.gate == GateMode::AlwaysOn
                  ? torch::ones_like(dist)
                  : (dist.detach() > m_config.gateEpsilon).to(dist.dtype());
  l.gateOpen = gate.mean();
  l.bc = (gate * dist.pow(2)).mean();
  return l;
}

UpdateMetrics SigEntSac::update(const ReplayBuffer& replay, const ReplayBuffer& expert) {
  if (!m_threadTuner) return updateOnce(replay, expert);
  const int threads = m_threadTuner->threadsForNextUpdate();
  if (threads != torch::get_num_threads()) torch::set_num_threads(threads);
  const auto t0 = std::chrono::steady_clock::now();
  UpdateMetrics m = updateOnce(replay, expert);
  m_threadTuner->recordUpdate(
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  return m;
}

int SigEntSac::threads() const {
  return m_threadTuner ? m_threadTuner->chosenThreads() : m_config.numThreads;
}

UpdateMetrics SigEntSac::updateOnce(const ReplayBuffer& replay, const ReplayBuffer& expert) {
  const int b = m_config.resolvedBatchSize();
  const int nExpert = expert.empty() ? 0 : static_cast<int>(std::lround(b * m_config.expertRatio));
  const int nReplay = replay.empty() ? 0 : b - nExpert;
  if (nReplay + nExpert == 0) throw std::logic_error("update needs data in a buffer");
  if (m_profile) m_profile->begin();
  Batch batch;
  if (nReplay > 0 && nExpert > 0) {
    batch = ReplayBuffer::concat(replay.sample(nReplay, m_gen), expert.sample(nExpert, m_gen));
  } else if (nReplay > 0) {
    batch = replay.sample(nReplay, m_gen);
  } else {
    batch = expert.sample(b, m_gen);
  }
  // One demo holds 20-40 transitions: a GBC batch larger than the buffer only repeats them, and
  // with images every repeat costs an encoder pass.
  Batch expertBatch = expert.empty() ? Batch{} : expert.sample(std::min(b, expert.size()), m_gen);
  mark(UpdateProfile::Sampling);

  UpdateMetrics m;
  Losses c = criticLosses(batch, {}, {});
  requireFinite("critic loss", c.critic);
  const Losses bc =
      m_bcEncoderOpt ? criticStepThenBcStep(c, expertBatch, m) : criticAndBcStep(c, expertBatch, m);

  if ((m_step + 1) % m_config.resolvedActorEvery() == 0) {
    actorAndAlphaStep(c.features.detach(), bc, m);
  } else {
    // RLPD's cadence: no actor step this update; its figures are the last step's.
    m.hSig = m_lastActor.hSig;
    m.rawEntropy = m_lastActor.rawEntropy;
    m.actorLoss = m_lastActor.actorLoss;
    m.actorGradNorm = m_lastActor.actorGradNorm;
    m.alphaLoss = m_lastActor.alphaLoss;
  }
  softUpdateTargets();
  ++m_step;
  mark(UpdateProfile::TargetUpdate);

  torch::NoGradGuard noGrad;
  m.step = m_step;
  m.q1Mean = c.q[0].mean().item<double>();
  m.q2Mean = c.q[1].mean().item<double>();
  m.qMin = c.q.amin(0).mean().item<double>();
  m.targetMean = c.target.mean().item<double>();
  m.alpha = alpha();
  m.gateOpen = bc.gateOpen.item<double>();
  m.bcLoss = bc.bc.item<double>();
  m.oodTerm = c.ood.item<double>() / c.q.size(0);
  m.criticLoss = c.critic.item<double>();
  if (expertBatch.action.defined()) {
    auto means = m_net->actor->meanAction(c.features.detach());
    auto d = torch::cdist(means, expertBatch.action.to(m_device));
    m.oodActionRatio =
        (std::get<0>(d.min(1)) > m_config.gateEpsilon).to(torch::kFloat).mean().item<double>();
  }
  mark(UpdateProfile::Metrics);
  if (m_profile) m_profile->endUpdate();
  return m;
}

void SigEntSac::actorAndAlphaStep(const torch::Tensor& features, const Losses& bc,
                                  UpdateMetrics& m) {
  // Policy objective on detached features (DrQ: the actor does not train the encoder), against
  // the updated critic. BC's actor gradient is already in the actor's .grad.
  Losses a = policyLosses(features, {});
  requireFinite("actor loss", a.actor);
  a.actor.backward();
  mark(UpdateProfile::Actor);
  m.actorGradNorm = gradNorm(m_net->actor->parameters(), m_config.fusedUpdate);
  m_actorOpt->step();
  if (m_config.autoAlpha) {
    const double target = m_config.resolvedTargetEntropy(m_actionDim);
    auto alphaLoss = (m_logAlpha * (a.entropy.detach().mean() - target)).sum();
    requireFinite("alpha loss", alphaLoss);
    m_alphaOpt->zero_grad();
    alphaLoss.backward();
    m_alphaOpt->step();
    m.alphaLoss = alphaLoss.item<double>();
  }
  mark(UpdateProfile::ActorOptimiser);
  torch::NoGradGuard noGrad;
  m.hSig = a.hSig.mean().item<double>();
  m.rawEntropy = a.rawEntropy.mean().item<double>();
  m.actorLoss = a.actor.item<double>();
  if (m_config.bcTrainsActor) m.actorLoss += m_config.bcLambda * bc.bc.item<double>();
  m_lastActor = m;
}

SigEntSac::Losses SigEntSac::criticAndBcStep(const Losses& c, const Batch& expert,
                                             UpdateMetrics& m) {
  // The encoder gets the critic loss's gradient plus (bc_trains_encoder) lambda * BC's, and ONE
  // step of the critic's Adam on their sum.
  const Losses bc = bcLosses(expert);
  requireFinite("BC loss", bc.bc);
  m_criticOpt->zero_grad();
  m_actorOpt->zero_grad();
  (c.critic + m_config.bcLambda * bc.bc).backward();
  if (!m_config.bcTrainsActor) m_actorOpt->zero_grad();  // BC trained the encoder only
  mark(UpdateProfile::CriticBackward);
  m.criticGradNorm = gradNorm(m_net->criticParameters(), m_config.fusedUpdate);
  m_criticOpt->step();
  mark(UpdateProfile::CriticOptimiser);
  return bc;
}

SigEntSac::Losses SigEntSac::criticStepThenBcStep(const Losses& c, const Batch& expert,
                                                  UpdateMetrics& m) {
  m_criticOpt->zero_grad();
  c.critic.backward();
  mark(UpdateProfile::CriticBackward);
  m.criticGradNorm = gradNorm(m_net->criticParameters(), m_config.fusedUpdate);
  m_criticOpt->step();
  mark(UpdateProfile::CriticOptimiser);
  // BC on the stepped encoder's features, then the encoder's second step on lambda * BC alone.
  const Losses bc = bcLosses(expert);
  requireFinite("BC loss", bc.bc);
  m_actorOpt->zero_grad();
  m_bcEncoderOpt->zero_grad();  // drops the critic's encoder gradient, already stepped
  if (bc.bc.requires_grad()) (m_config.bcLambda * bc.bc).backward();
  if (!m_config.bcTrainsActor) m_actorOpt->zero_grad();  // BC trained the encoder only
  m_bcEncoderOpt->step();
  mark(UpdateProfile::Actor);  // the breakdown's "actor+BC"
  return bc;
}

void SigEntSac::softUpdateTargets() {
  torch::NoGradGuard noGrad;
  const double tau = m_config.tau;
  auto blend = [tau](torch::nn::Module& target, const torch::nn::Module& online) {
    auto t = target.parameters();
    auto o = online.parameters();
    for (std::size_t i = 0; i < t.size(); ++i) t[i].mul_(1.0 - tau).add_(o[i], tau);
  };
  blend(*m_net->targetCritic, *m_net->critic);
  blend(*m_net->targetEncoder, *m_net->encoder);
}

std::vector<float> SigEntSac::act(const Observation& obs, bool deterministic) {
  torch::NoGradGuard noGrad;
  auto [image, state] = ActingPolicy::toTensors(obs, m_config, m_stateDim);
  auto feat =
      m_net->encoder->forward(image.defined() ? image.to(m_device) : image, state.to(m_device));
  auto action =
      deterministic
          ? m_net->actor->meanAction(feat)
          : m_net->actor->sample(feat, at::randn({1, m_actionDim}, m_gen).to(m_device)).action;
  action = action.to(torch::kCPU).contiguous();
  return std::vector<float>(action.data_ptr<float>(), action.data_ptr<float>() + m_actionDim);
}

StepValues SigEntSac::inspect(const Observation& obs, const std::vector<float>& action) {
  torch::NoGradGuard noGrad;
  auto [image, state] = ActingPolicy::toTensors(obs, m_config, m_stateDim);
  auto feat =
      m_net->encoder->forward(image.defined() ? image.to(m_device) : image, state.to(m_device));
  auto a = torch::tensor(action).view({1, m_actionDim}).to(m_device);
  const auto q = m_net->critic->forward(feat, a);
  auto [mu, logStd] = m_net->actor->forward(feat);
  auto x = torch::atanh(a.clamp(-1 + 1e-6, 1 - 1e-6));
  auto logp = TanhGaussianActorImpl::logProbPerDim(x, mu, logStd);
  StepValues v;
  v.q = actorQ(q).item<double>();
  v.hSig = m_hsig.total(logp).item<double>();
  v.gate = (torch::tanh(mu) - a).norm().item<double>() > m_config.gateEpsilon ? 1.0 : 0.0;
  return v;
}

std::shared_ptr<const PolicyWeights> SigEntSac::policyWeights() const {
  auto w = std::make_shared<PolicyWeights>();
  w->encoder = snapshotTensors(*m_net->encoder);
  w->actor = snapshotTensors(*m_net->actor);
  for (auto& t : w->encoder) t = t.to(torch::kCPU);
  for (auto& t : w->actor) t = t.to(torch::kCPU);
  w->step = m_step;
  return w;
}

bool SigEntSac::weightsFinite() const {
  torch::NoGradGuard noGrad;
  for (const torch::nn::Module* m :
       {static_cast<const torch::nn::Module*>(m_net->encoder.get()),
        static_cast<const torch::nn::Module*>(m_net->targetEncoder.get()),
        static_cast<const torch::nn::Module*>(m_net->actor.get()),
        static_cast<const torch::nn::Module*>(m_net->critic.get()),
        static_cast<const torch::nn::Module*>(m_net->targetCritic.get())}) {
    if (!allFinite(m->parameters()) || !allFinite(m->buffers())) return false;
  }
  return allFinite({m_logAlpha.detach()});
}

std::string SigEntSac::snapshot() const { return serialize(); }

void SigEntSac::restore(const std::string& snapshot) {
  deserialize(snapshot.data(), snapshot.size(), /*counters*/ false, QStringLiteral("snapshot"));
}

void SigEntSac::save(const QString& path, const QJsonObject& extra) const {
  if (!weightsFinite()) {
    throw CheckpointError(Notice(NoticeCode::CheckpointNotFinite, path));
  }
  const std::string bytes = serialize();
  QJsonObject header{{"format", kCheckpointFormat}, {"step", static_cast<double>(m_step)},
                     {"state_dim", m_stateDim},     {"action_dim", m_actionDim},
                     {"config", m_config.toJson()}, {"extra", extra}};
  CheckpointFile::write(path, header,
                        QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())));
}

std::string SigEntSac::serialize() const {
  torch::serialize::OutputArchive archive;
  m_net->save(archive);
  auto putOpt = [&](const char* key, const torch::optim::Optimizer& opt) {
    torch::serialize::OutputArchive sub;
    opt.save(sub);
    archive.write(key, sub);
  };
  putOpt("actor_opt", *m_actorOpt);
  putOpt("critic_opt", *m_criticOpt);
  putOpt("alpha_opt", *m_alphaOpt);
  if (m_bcEncoderOpt) putOpt("bc_encoder_opt", *m_bcEncoderOpt);
  archive.write("log_alpha", m_logAlpha.detach().to(torch::kCPU));
  archive.write("rng", m_gen.get_state());
  archive.write("step", torch::tensor(m_step, torch::kLong));
  std::ostringstream out;
  archive.save_to(out);
  return out.str();
}

QJsonObject SigEntSac::load(const QString& path) {
  const auto contents = CheckpointFile::read(path);  // verifies the checksum first
  const auto& h = contents.header;
  auto mismatch = [&](const Notice& what) {
    throw CheckpointError(Notice(NoticeCode::CheckpointMismatch, path, what));
  };
  const int format = h.value("format").toInt();
  if (format != 1 && format != kCheckpointFormat) {
    mismatch(Notice(NoticeCode::CheckpointUnknownFormat));
  }
  if (h.value("state_dim").toInt() != m_stateDim) {
    mismatch(Notice(NoticeCode::CheckpointStateDim, h.value("state_dim").toInt(), m_stateDim));
  }
  if (h.value("action_dim").toInt() != m_actionDim) {
    mismatch(Notice(NoticeCode::CheckpointActionDim, h.value("action_dim").toInt(), m_actionDim));
  }
  auto theirs = h.value("config").toObject();
  const auto ours = m_config.toJson();
  const auto defaults = SacConfig().toJson();
  for (const auto& key : shapeKeys()) {
    // A key newer than the file (frame_stack) had its default value when the file was written.
    if (!theirs.contains(key)) theirs.insert(key, defaults.value(key));
    if (theirs.value(key) != ours.value(key)) {
      mismatch(Notice(NoticeCode::CheckpointKeyDiffers, key,
                      QString::fromUtf8(QJsonDocument(QJsonObject{{key, theirs.value(key)}})
                                            .toJson(QJsonDocument::Compact))));
    }
  }

  // Format 1 with bc_trains_encoder in an image mode: the actor's Adam also held the encoder.
  const bool encoderInActorOpt = format == 1 && theirs.value("bc_trains_encoder").toBool(true) &&
                                 m_config.obsMode != ObsMode::State;
  deserialize(contents.payload.constData(), static_cast<std::size_t>(contents.payload.size()),
              /*counters*/ true, path, encoderInActorOpt);
  return h.value("extra").toObject();
}

void SigEntSac::deserialize(const char* data, std::size_t size, bool counters, const QString& path,
                            bool encoderInActorOpt) {
  // Build everything fresh and swap only when all of it loaded: a failure changes nothing.
  auto net = std::make_unique<Networks>(m_config, m_stateDim, m_actionDim, m_device);
  auto logAlpha = torch::zeros({1}, torch::TensorOptions().device(m_device));
  torch::Tensor rng, step;
  std::unique_ptr<torch::optim::Adam> actorOpt, criticOpt, alphaOpt, bcEncoderOpt;
  try {
    torch::serialize::InputArchive archive;
    archive.load_from(data, size, m_device);
    net->load(archive);
    torch::Tensor la;
    archive.read("log_alpha", la);
    logAlpha = la.to(m_device).detach().clone().set_requires_grad(true);
    archive.read("rng", rng);
    archive.read("step", step);
    // An actor's Adam that also held the encoder (after the actor's parameters): load it in
    // that layout, then keep the actor's part.
    auto actorParams = net->actor->parameters();
    const auto actorCount = actorParams.size();
    if (encoderInActorOpt) {
      for (const auto& p : net->encoder->parameters()) actorParams.push_back(p);
    }
    actorOpt = std::make_unique<torch::optim::Adam>(actorParams,
                                                    torch::optim::AdamOptions(m_config.actorLr));
    criticOpt = std::make_unique<torch::optim::Adam>(net->criticParameters(),
                                                     torch::optim::AdamOptions(m_config.criticLr));
    alphaOpt = std::make_unique<torch::optim::Adam>(std::vector<torch::Tensor>{logAlpha},
                                                    torch::optim::AdamOptions(m_config.alphaLr));
    auto getOpt = [&](const char* key, torch::optim::Optimizer& opt) {
      torch::serialize::InputArchive sub;
      archive.read(key, sub);
      opt.load(sub);
    };
    getOpt("actor_opt", *actorOpt);
    getOpt("critic_opt", *criticOpt);
    getOpt("alpha_opt", *alphaOpt);
    // A file from a learner without BC's own encoder step starts this Adam fresh.
    bcEncoderOpt = makeBcEncoderOpt(*net);
    torch::serialize::InputArchive bcSub;
    if (bcEncoderOpt && archive.try_read("bc_encoder_opt", bcSub)) bcEncoderOpt->load(bcSub);
    auto& held = actorOpt->param_groups()[0].params();
    for (auto i = actorCount; i < held.size(); ++i) {
      actorOpt->state().erase(c10::guts::to_string(held[i].unsafeGetTensorImpl()));
    }
    held.resize(actorCount);
  } catch (const c10::Error& e) {
    throw CheckpointError(Notice(NoticeCode::CheckpointUnloadable, path,
                                 QString::fromStdString(e.what_without_backtrace())));
  }
  for (auto& p : net->targetEncoder->parameters()) p.set_requires_grad(false);
  for (auto& p : net->targetCritic->parameters()) p.set_requires_grad(false);
  m_net = std::move(net);
  m_logAlpha = logAlpha;
  m_actorOpt = std::move(actorOpt);
  m_criticOpt = std::move(criticOpt);
  m_alphaOpt = std::move(alphaOpt);
  m_bcEncoderOpt = std::move(bcEncoderOpt);
  if (!counters) return;
  m_gen.set_state(rng);
  m_step = step.item<int64_t>();
}

void SigEntSac::exportTorchScript(const QString& path) const {
  PolicyExporter::writeTorchScript(path, *m_net, m_config, m_actionDim);
}

}  // namespace lab
