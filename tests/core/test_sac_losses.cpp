// Exact-value tests of SigEnt-SAC's pieces on tiny networks whose weights are set by hand, so
// every expected number below is worked out with plain doubles from docs/SIGENT_SAC.md.
#include <ATen/CPUGeneratorImpl.h>

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <limits>

#include "demo_degrader.h"
#include "sigent_sac.h"
#include "sigmoid_entropy.h"
#include "thread_tuner.h"

using namespace lab;

namespace {

double sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// Tiny setup: state 1-D, action 1-D, one hidden layer of width 2, no LayerNorm.
//   Q_j(s, a) = c_j + k_j * a  (hidden unit 0 = a + 10 > 0 passes ReLU unchanged)
//   actor: mu = kMu, log std = -5 + 3.5 * (tanh(0) + 1) = -1.5
constexpr double kC1 = 0.4, kK1 = 0.5, kC2 = 0.3, kK2 = -0.2, kMu = 0.2, kLogStd = -1.5;

SacConfig tinyConfig() {
  SacConfig c;
  c.obsMode = ObsMode::State;
  c.hiddenDim = 2;
  c.hiddenLayers = 1;
  c.criticLayerNorm = false;
  c.alphaInit = 0.2;
  c.gamma = 0.9;
  c.oodBeta = 0.5;
  c.oodPolicySamples = 2;
  c.logStdMin = -5.0;  // the hand values below use this range
  c.oodUniformSamples = 0;
  c.gateEpsilon = 0.5;
  c.bcLambda = 0.5;
  c.augmentPad = 0;
  return c;
}

void setLinear(torch::nn::Module& m, std::vector<float> w, std::vector<float> b) {
  auto* lin = dynamic_cast<torch::nn::LinearImpl*>(&m);
  QVERIFY(lin);
  torch::NoGradGuard g;
  lin->weight.copy_(torch::tensor(w).view(lin->weight.sizes()));
  lin->bias.copy_(torch::tensor(b));
}

torch::nn::Module& layer(torch::nn::Module& parent, const std::string& seq, int index) {
  for (const auto& c : parent.named_children()) {
    if (c.key() == seq) return *c.value()->children().at(index);
  }
  throw std::runtime_error("no child " + seq);
}

void setHandWeights(SigEntSac& sac) {
  auto& n = sac.networks();
  auto setCritic = [](torch::nn::Module& critic) {
    setLinear(layer(critic, "q1", 0), {0, 1, 0, 0}, {10, 0});
    setLinear(layer(critic, "q1", 2), {float(kK1), 0}, {float(kC1 - 10 * kK1)});
    setLinear(layer(critic, "q2", 0), {0, 1, 0, 0}, {10, 0});
    setLinear(layer(critic, "q2", 2), {float(kK2), 0}, {float(kC2 - 10 * kK2)});
  };
  setCritic(*n.critic);
  setCritic(*n.targetCritic);
  setLinear(layer(*n.actor, "trunk", 0), {0, 0}, {0, 0});
  setLinear(layer(*n.actor, "trunk", 2), {0, 0, 0, 0}, {float(kMu), 0});
}

double q(int j, double a) { return j == 1 ? kC1 + kK1 * a : kC2 + kK2 * a; }
// Per-dimension log density of the tanh-Gaussian at noise e, and the action.
std::pair<double, double> sampleAt(double e) {
  const double x = kMu + std::exp(kLogStd) * e;
  const double a = std::tanh(x);
  const double logp =
      -0.5 * e * e - kLogStd - 0.5 * std::log(2 * M_PI) - std::log(1 - a * a + 1e-6);
  return {a, logp};
}
double hsig(double logp, const SacConfig& c) {
  return c.hMax * sigmoid((-logp - c.surprisalMidpoint()) / c.temperature);
}

Batch oneTransition(float s, float a, float r, float done, float s2) {
  Batch b;
  b.state = torch::tensor({s}).view({1, 1});
  b.action = torch::tensor({a}).view({1, 1});
  b.reward = torch::tensor({r}).view({1, 1});
  b.terminal = torch::tensor({done}).view({1, 1});
  b.nextState = torch::tensor({s2}).view({1, 1});
  return b;
}

// A tiny image learner (16x16, one action) and buffers holding copies of one image transition
// whose action is far outside the gate around the initial mean (about 0).
SacConfig tinyImageConfig() {
  SacConfig c;
  c.obsMode = ObsMode::Image;
  c.imageSize = 16;
  c.encoderChannels = 4;
  c.featureDim = 8;
  c.hiddenDim = 16;
  c.batchSize = 4;
  c.augmentPad = 0;
  c.numThreads = 1;
  c.seed = 5;
  return c;
}

// Ten state transitions s = 0, 0.1, ..., 0.9 with action 0.9, the last one terminal with reward
// 1, in both buffers.
void fillStateChain(ReplayBuffer& replay, ReplayBuffer& expert) {
  for (int i = 0; i < 10; ++i) {
    Transition t;
    t.obs.state.push_back(i * 0.1f);
    t.next.state.push_back(i * 0.1f + 0.1f);
    t.action.push_back(0.9f);
    t.reward = i == 9 ? 1.0f : 0.0f;
    t.terminal = i == 9;
    replay.add(t, 0);
    expert.add(t, 0);
  }
}

void fillWithOneImageTransition(ReplayBuffer& replay, ReplayBuffer& expert, bool terminal) {
  Transition t;
  for (int p = 0; p < 16 * 16; ++p) {
    t.obs.image.push_back(std::uint8_t((p * 37) % 256));
    t.next.image.push_back(std::uint8_t((p * 53 + 9) % 256));
  }
  t.action = {0.95f};
  t.reward = terminal ? 1.0f : 0.0f;
  t.terminal = terminal;
  for (int i = 0; i < 4; ++i) {
    replay.add(t, 0);
    expert.add(t, 0);
  }
}

// Adam's first step on `loss` for each of `params`: m/sqrt(v) is the gradient's sign, so the
// step is -lr * g / (|g| + eps).
std::vector<torch::Tensor> firstAdamStep(const torch::Tensor& loss,
                                         const std::vector<torch::Tensor>& params, double lr) {
  const auto grads = torch::autograd::grad({loss}, params, {}, true, false, true);
  std::vector<torch::Tensor> steps;
  for (const auto& g : grads) steps.push_back(-lr * g / (g.abs() + 1e-8));
  return steps;
}

std::vector<torch::Tensor> cloned(const std::vector<torch::Tensor>& params) {
  std::vector<torch::Tensor> out;
  for (const auto& p : params) out.push_back(p.detach().clone());
  return out;
}

bool allClose(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!torch::allclose(a[i], b[i], 0.0, 1e-7)) return false;
  }
  return true;
}

}  // namespace

class TestSacLosses : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void sigmoidEntropy_handValues();
  void sigmoidEntropy_extremeLogProbs_staysInsideBounds();
  void criticTarget_equalsHandComputed();
  void criticTarget_terminal_noBootstrap();
  void oodTerm_dataActionInsideLogSumExp();
  void actorLoss_equalsHandComputed();
  void gate_closedWithinEpsilon_zeroBcGradient();
  void gate_openBeyondEpsilon_pullsMeanToExpert();
  void gate_alwaysOnBaseline_bcEvenWhenClose();
  void standardEntropy_baselineUsesMinusLogPi();
  void update_changesWeights_andReportsMetrics();
  void bcTrainsEncoder_onlyWhenEnabledAndGateOpen();
  void hSigMetric_perDimension_forEveryPreset();
  void encoder_oneAdamStepOnTheSummedGradient();
  void encoder_ownBcStep_secondAdamStep_keptInCheckpoints();
  void noGbc_bcTrainsTheEncoderButNotTheActor();
  void oodTerm_mcFloorSwitch();
  void criticEnsemble_randomSubsetTarget_meanForTheActor();
  void actorEvery_actorAndAlphaOnEveryKthUpdate_criticsOnEach();
  void logStdClip_clipsInsteadOfSquashing();
  void fusedUpdate_matchesReference_data();
  void fusedUpdate_matchesReference();
  void threadTuner_picksTheFasterCount_andFollowsTheLoad();
  void demoDegrader_everyBitOfTheSeedCounts();
};

void TestSacLosses::sigmoidEntropy_handValues() {
  const double m = SigmoidEntropy::midpointForSigma(0.1);
  QVERIFY(std::abs(m - (-0.8836465597893729)) < 1e-12);
  SigmoidEntropy h(1.0, m, 1.0);
  auto per = h.perDimension(torch::tensor({0.0, 2.0, -3.0}, torch::kDouble));
  QVERIFY(std::abs(per[0].item<double>() - 0.7075773075586708) < 1e-9);
  QVERIFY(std::abs(per[1].item<double>() - 0.2466883092496514) < 1e-9);
  QVERIFY(std::abs(per[2].item<double>() - 0.9798391646036609) < 1e-9);
  // h_max = 2, t = 0.5, log p = +1: 2 * sigmoid((-1 - m) / 0.5).
  SigmoidEntropy h2(2.0, m, 0.5);
  QVERIFY(std::abs(h2.total(torch::full({1, 1}, 1.0, torch::kDouble)).item<double>() -
                   0.8841688009690164) < 1e-9);
  // total sums over the last dimension.
  auto tot = h.total(torch::tensor({{0.0, 2.0, -3.0}}, torch::kDouble));
  QCOMPARE(tot.sizes().vec(), (std::vector<int64_t>{1, 1}));
  QVERIFY(std::abs(tot.item<double>() -
                   (0.7075773075586708 + 0.2466883092496514 + 0.9798391646036609)) < 1e-9);
}

void TestSacLosses::sigmoidEntropy_extremeLogProbs_staysInsideBounds() {
  const double inf = std::numeric_limits<double>::infinity();
  SigmoidEntropy h(1.0, SigmoidEntropy::midpointForSigma(0.1), 1.0);
  for (auto dtype : {torch::kFloat, torch::kDouble}) {
    auto lp = torch::tensor({{1e30, 1e30, 1e30},
                             {-1e30, -1e30, -1e30},
                             {inf, inf, inf},
                             {-inf, -inf, -inf},
                             {80.0, -80.0, 0.0}},
                            torch::TensorOptions().dtype(dtype));
    auto tot = h.total(lp);
    for (int i = 0; i < tot.size(0); ++i) {
      const double v = tot[i].item<double>();
      QVERIFY2(v > 0.0 && v < 3.0, qPrintable(QString("row %1 gave %2").arg(i).arg(v)));
    }
    // Very confident (huge log-prob) gives almost no bonus, very surprised almost h_max each.
    QVERIFY(tot[0].item<double>() < 1e-5);
    QVERIFY(tot[1].item<double>() > 3.0 - 1e-5);
  }
}

void TestSacLosses::criticTarget_equalsHandComputed() {
  auto c = tinyConfig();
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  const double e = 0.7;
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0.25f, 0.0f, -0.1f), Batch{},
                             torch::tensor({{0.1f}}), torch::tensor({{float(e)}}),
                             torch::tensor({-1.0f, 0.4f}).view({2, 1, 1}));
  auto [a2, logp2] = sampleAt(e);
  const double y = 0.25 + c.gamma * (std::min(q(1, a2), q(2, a2)) + 0.2 * hsig(logp2, c));
  QVERIFY2(std::abs(l.target.item<double>() - y) < 1e-5,
           qPrintable(QString("target %1 expected %2").arg(l.target.item<double>()).arg(y)));
  const double td = std::pow(q(1, 0.5) - y, 2) + std::pow(q(2, 0.5) - y, 2);
  QVERIFY(std::abs(l.td.item<double>() - td) < 1e-5);
  QVERIFY(std::abs(l.q[0].item<double>() - q(1, 0.5)) < 1e-6);
  QVERIFY(std::abs(l.q[1].item<double>() - q(2, 0.5)) < 1e-6);
}

void TestSacLosses::criticTarget_terminal_noBootstrap() {
  SigEntSac sac(tinyConfig(), 1, 1);
  setHandWeights(sac);
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 1.0f, 1.0f, -0.1f), Batch{});
  QVERIFY(std::abs(l.target.item<double>() - 1.0) < 1e-6);
}

void TestSacLosses::oodTerm_dataActionInsideLogSumExp() {
  auto c = tinyConfig();
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  const double e1 = -1.0, e2 = 0.4, beta = c.oodBeta;
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0.0f, 0.0f, -0.1f), Batch{},
                             torch::tensor({{0.1f}}), torch::tensor({{0.0f}}),
                             torch::tensor({float(e1), float(e2)}).view({2, 1, 1}));
  const double a1 = sampleAt(e1).first, a2 = sampleAt(e2).first;
  double expected = 0;
  for (int j = 1; j <= 2; ++j) {
    const double lse = beta * std::log(std::exp(q(j, 0.5) / beta) + std::exp(q(j, a1) / beta) +
                                       std::exp(q(j, a2) / beta));
    expected += lse - q(j, 0.5);
  }
  QVERIFY2(std::abs(l.ood.item<double>() - expected) < 1e-5,
           qPrintable(QString("ood %1 expected %2").arg(l.ood.item<double>()).arg(expected)));
  // With the data action inside, the term is positive.
  QVERIFY(l.ood.item<double>() > 0);
  QVERIFY(std::abs(l.critic.item<double>() - (l.td.item<double>() + c.oodLambda * expected)) <
          1e-5);
}

void TestSacLosses::actorLoss_equalsHandComputed() {
  auto c = tinyConfig();
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  const double e = -0.3, aExp = std::tanh(kMu) + 0.8;  // gate open (0.8 > 0.5)
  Batch expert = oneTransition(0.0f, float(aExp), 0, 0, 0);
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0.0f, 0.0f, -0.1f), expert,
                             torch::tensor({{float(e)}}), torch::tensor({{0.0f}}),
                             torch::tensor({0.0f, 0.0f}).view({2, 1, 1}));
  auto [a, logp] = sampleAt(e);
  const double objective = std::min(q(1, a), q(2, a)) + 0.2 * hsig(logp, c);
  const double bc = 0.8 * 0.8;
  const double expected = -objective + c.bcLambda * bc;
  QVERIFY2(std::abs(l.actor.item<double>() - expected) < 1e-5,
           qPrintable(QString("actor %1 expected %2").arg(l.actor.item<double>()).arg(expected)));
  QVERIFY(std::abs(l.bc.item<double>() - bc) < 1e-5);
  QCOMPARE(l.gateOpen.item<double>(), 1.0);
}

void TestSacLosses::gate_closedWithinEpsilon_zeroBcGradient() {
  SigEntSac sac(tinyConfig(), 1, 1);
  setHandWeights(sac);
  Batch expert = oneTransition(0.0f, float(std::tanh(kMu) + 0.3), 0, 0, 0);  // 0.3 < 0.5
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0, 0, 0), expert);
  QCOMPARE(l.gateOpen.item<double>(), 0.0);
  QCOMPARE(l.bc.item<double>(), 0.0);
  for (auto& p : sac.networks().actor->parameters()) p.mutable_grad() = torch::Tensor();
  l.bc.backward();
  for (auto& p : sac.networks().actor->parameters()) {
    if (p.grad().defined()) QCOMPARE(p.grad().abs().sum().item<double>(), 0.0);
  }
}

void TestSacLosses::gate_openBeyondEpsilon_pullsMeanToExpert() {
  SigEntSac sac(tinyConfig(), 1, 1);
  setHandWeights(sac);
  const double aExp = std::tanh(kMu) - 0.7;
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0, 0, 0),
                             oneTransition(0.0f, float(aExp), 0, 0, 0));
  QCOMPARE(l.gateOpen.item<double>(), 1.0);
  auto& head = dynamic_cast<torch::nn::LinearImpl&>(layer(*sac.networks().actor, "trunk", 2));
  head.bias.mutable_grad() = torch::Tensor();
  l.bc.backward();
  // d/dmu (tanh(mu) - a_exp)^2 = 2 (tanh(mu) - a_exp) (1 - tanh(mu)^2)
  const double expected = 2 * 0.7 * (1 - std::pow(std::tanh(kMu), 2));
  QVERIFY(std::abs(head.bias.grad()[0].item<double>() - expected) < 1e-5);
  QCOMPARE(head.bias.grad()[1].item<double>(), 0.0);  // BC acts on the mean only
}

void TestSacLosses::gate_alwaysOnBaseline_bcEvenWhenClose() {
  auto c = tinyConfig();
  c.applyPreset("sac_bc");
  c.hiddenDim = 2;
  c.hiddenLayers = 1;
  c.criticLayerNorm = false;
  c.augmentPad = 0;
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0, 0, 0),
                             oneTransition(0.0f, float(std::tanh(kMu) + 0.3), 0, 0, 0));
  QCOMPARE(l.gateOpen.item<double>(), 1.0);
  QVERIFY(std::abs(l.bc.item<double>() - 0.09) < 1e-5);
}

void TestSacLosses::standardEntropy_baselineUsesMinusLogPi() {
  auto c = tinyConfig();
  c.entropy = EntropyKind::Standard;
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  const double e = 0.7;
  auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0.0f, 0.0f, -0.1f), Batch{},
                             torch::tensor({{0.1f}}), torch::tensor({{float(e)}}),
                             torch::tensor({0.0f, 0.0f}).view({2, 1, 1}));
  auto [a2, logp2] = sampleAt(e);
  const double y = c.gamma * (std::min(q(1, a2), q(2, a2)) - 0.2 * logp2);
  QVERIFY(std::abs(l.target.item<double>() - y) < 1e-5);
}

void TestSacLosses::update_changesWeights_andReportsMetrics() {
  auto c = tinyConfig();
  c.batchSize = 4;
  SigEntSac sac(c, 1, 1);
  ReplayBuffer replay(100, 0, 1, 1), expert(100, 0, 1, 1);
  fillStateChain(replay, expert);
  auto before = sac.act(Observation{{}, {0.5f}}, true);
  auto m = sac.update(replay, expert);
  auto after = sac.act(Observation{{}, {0.5f}}, true);
  QVERIFY(before != after);
  QCOMPARE(m.step, int64_t(1));
  QCOMPARE(sac.updateCount(), int64_t(1));
  QVERIFY(m.criticGradNorm > 0 && m.actorGradNorm > 0);
  QVERIFY(m.hSig > 0 && m.hSig < 1.0);
  QVERIFY(std::abs(m.alpha - 0.2) < 1e-6);  // fixed alpha
  QVERIFY(m.oodTerm > 0);
  QCOMPARE(int(UpdateMetrics::names().size()), int(m.values().size()));
}

// Image mode: the GBC gradient reaches the conv encoder with bc_trains_encoder, and only then.
void TestSacLosses::bcTrainsEncoder_onlyWhenEnabledAndGateOpen() {
  auto encoderAfterOneUpdate = [](bool trainsEncoder, double bcLambda) {
    SacConfig c;
    c.obsMode = ObsMode::Image;
    c.imageSize = 16;
    c.encoderChannels = 4;
    c.featureDim = 8;
    c.hiddenDim = 16;
    c.batchSize = 4;
    c.augmentPad = 0;
    c.bcTrainsEncoder = trainsEncoder;
    c.bcLambda = bcLambda;
    SigEntSac sac(c, 0, 1);
    ReplayBuffer replay(100, 16, 0, 1), expert(100, 16, 0, 1);
    for (int i = 0; i < 8; ++i) {
      Transition t;
      t.obs.image.assign(16 * 16, std::uint8_t(20 * i));
      t.next.image.assign(16 * 16, std::uint8_t(20 * i + 10));
      t.action = {0.95f};  // far from the initial mean (about 0): the gate is open
      t.reward = 0.0f;
      replay.add(t, 0);
      expert.add(t, 0);
    }
    const auto m = sac.update(replay, expert);
    std::vector<torch::Tensor> weights;
    for (const auto& p : sac.networks().encoder->parameters())
      weights.push_back(p.detach().clone());
    return std::make_pair(weights, m.gateOpen);
  };
  auto same = [](const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!torch::equal(a[i], b[i])) return false;
    }
    return true;
  };
  const auto [trained, gate] = encoderAfterOneUpdate(true, 0.5);
  const auto [criticOnly, gate2] = encoderAfterOneUpdate(false, 0.5);
  QVERIFY2(gate > 0.99 && gate2 > 0.99, "the expert actions must be outside the gate");
  QVERIFY2(!same(trained, criticOnly), "the BC gradient must move the encoder");
  // Without a BC term there is nothing to train the encoder with: the switch changes nothing.
  QVERIFY(same(encoderAfterOneUpdate(true, 0.0).first, encoderAfterOneUpdate(false, 0.0).first));
}

// The logged h_sig is H_sig as docs/SIGENT_SAC.md defines it, per dimension, also for the
// standard-entropy presets (it once put the summed surprisal through one sigmoid, bounded by
// h_max instead of d * h_max).
void TestSacLosses::hSigMetric_perDimension_forEveryPreset() {
  auto c = tinyConfig();
  c.applyPreset("sac");
  c.hiddenDim = 8;
  SigEntSac sac(c, 1, 2);
  const auto state = torch::tensor({0.3f}).view({1, 1});
  Batch batch = oneTransition(0.3f, 0.5f, 0.0f, 0.0f, -0.1f);
  batch.action = torch::tensor({0.5f, -0.2f}).view({1, 2});
  const std::vector<double> e = {1.5, -1.5};
  auto l = sac.computeLosses(batch, Batch{}, torch::tensor({1.5f, -1.5f}).view({1, 2}),
                             torch::zeros({1, 2}), torch::zeros({2, 1, 2}));
  auto [mu, logStd] = sac.networks().actor->forward(state);
  double perDim = 0, summedSurprisal = 0;
  for (int i = 0; i < 2; ++i) {
    const double m = mu[0][i].item<double>(), ls = logStd[0][i].item<double>();
    const double x = m + std::exp(ls) * e[i];
    const double logp = -0.5 * e[i] * e[i] - ls - 0.5 * std::log(2 * M_PI) -
                        std::log(1 - std::tanh(x) * std::tanh(x) + 1e-6);
    perDim += hsig(logp, c);
    summedSurprisal -= logp;
  }
  QVERIFY2(std::abs(l.hSig.item<double>() - perDim) < 1e-5,
           qPrintable(QString("h_sig %1 expected %2").arg(l.hSig.item<double>()).arg(perDim)));
  // The case tells the two apart: one sigmoid of the summed surprisal gives another number.
  QVERIFY(std::abs(perDim - c.hMax * sigmoid((summedSurprisal - c.surprisalMidpoint()) /
                                             c.temperature)) > 0.1);
  // Under the sigmoid entropy the logged H_sig is the bonus the learner uses.
  auto sig = tinyConfig();
  SigEntSac sigent(sig, 1, 2);
  auto ls = sigent.computeLosses(batch, Batch{});
  QVERIFY(torch::allclose(ls.hSig, ls.entropy));

  // Through update(): SAC with three action dimensions and its std near 1 at the start logs an
  // H_sig above h_max, which one sigmoid could never reach.
  auto c3 = SacConfig();
  c3.applyPreset("sac");
  c3.batchSize = 8;
  c3.hiddenDim = 16;
  c3.numThreads = 1;
  SigEntSac sac3(c3, 1, 3);
  ReplayBuffer replay(100, 0, 1, 3), expert(100, 0, 1, 3);
  for (int i = 0; i < 10; ++i) {
    Transition t;
    t.obs.state = {i * 0.1f};
    t.next.state = {i * 0.1f + 0.1f};
    t.action = {0.1f, -0.2f, 0.3f};
    replay.add(t, 0);
    expert.add(t, 0);
  }
  const auto m = sac3.update(replay, expert);
  QVERIFY2(m.hSig > 1.2 * c3.hMax && m.hSig < 3 * c3.hMax, qPrintable(QString::number(m.hSig)));
}

// bc_encoder_step "critic": the image encoder takes exactly one Adam step per update (the
// critic's, at the critic's lr), on the gradient of the critic loss plus lambda * BC. Terminal
// transitions make the loss independent of the sampled next actions, so a twin learner can
// compute that gradient.
void TestSacLosses::encoder_oneAdamStepOnTheSummedGradient() {
  auto c = tinyImageConfig();
  c.bcEncoderStep = BcEncoderStep::Critic;
  c.oodLambda = 0.0;
  c.criticLr = 3e-4;
  c.actorLr = 1e-3;  // a step of the actor's Adam would show
  // Adam's first step is about lr * sign(gradient): a large BC weight makes BC flip some signs,
  // so a step on the critic's gradient alone would show too.
  c.bcLambda = 20.0;
  ReplayBuffer replay(100, 16, 0, 1), expert(100, 16, 0, 1);
  fillWithOneImageTransition(replay, expert, true);
  SigEntSac learner(c, 0, 1), twin(c, 0, 1);

  torch::Generator gen = at::make_generator<at::CPUGeneratorImpl>(1);
  const auto batch = replay.sample(4, gen), expertBatch = expert.sample(4, gen);
  auto l = twin.computeLosses(batch, expertBatch);
  QCOMPARE(l.gateOpen.item<double>(), 1.0);
  const auto params = twin.networks().encoder->parameters();
  const auto expected = firstAdamStep(l.critic + c.bcLambda * l.bc, params, c.criticLr);
  const auto criticOnly = firstAdamStep(l.critic, params, c.criticLr);

  const auto before = cloned(learner.networks().encoder->parameters());
  learner.update(replay, expert);
  const auto after = learner.networks().encoder->parameters();
  double fromBc = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const auto moved = after[i].detach() - before[i];
    const double err = (moved - expected[i]).abs().max().item<double>();
    QVERIFY2(err < 2e-7, qPrintable(QString("encoder tensor %1 is %2 away from one step on the "
                                            "summed gradient")
                                        .arg(i)
                                        .arg(err)));
    fromBc = std::max(fromBc, (expected[i] - criticOnly[i]).abs().max().item<double>());
  }
  QVERIFY2(fromBc > 1e-5, "the BC gradient must change the encoder's step");
}

// bc_encoder_step "own": the critic's Adam steps the encoder on the critic loss alone, then BC's
// own Adam (at actor_lr) steps it on lambda * BC at the stepped encoder: two first Adam steps.
// BC's Adam moments are saved in the checkpoint, so a resumed learner steps as the original.
void TestSacLosses::encoder_ownBcStep_secondAdamStep_keptInCheckpoints() {
  auto c = tinyImageConfig();
  c.oodLambda = 0.0;
  c.criticLr = 3e-4;
  c.actorLr = 1e-3;
  c.bcEncoderStep = BcEncoderStep::Own;
  ReplayBuffer replay(100, 16, 0, 1), expert(100, 16, 0, 1);
  fillWithOneImageTransition(replay, expert, true);
  SigEntSac learner(c, 0, 1), twin(c, 0, 1);

  torch::Generator gen = at::make_generator<at::CPUGeneratorImpl>(1);
  const auto batch = replay.sample(4, gen), expertBatch = expert.sample(4, gen);
  const auto params = twin.networks().encoder->parameters();
  const auto criticStep =
      firstAdamStep(twin.computeLosses(batch, expertBatch).critic, params, c.criticLr);
  {
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < params.size(); ++i) params[i].add_(criticStep[i]);
  }
  const auto l = twin.computeLosses(batch, expertBatch);
  QCOMPARE(l.gateOpen.item<double>(), 1.0);
  const auto bcStep = firstAdamStep(c.bcLambda * l.bc, params, c.actorLr);

  const auto before = cloned(learner.networks().encoder->parameters());
  learner.update(replay, expert);
  const auto after = learner.networks().encoder->parameters();
  double bcMoved = 0;
  for (std::size_t i = 0; i < before.size(); ++i) {
    const auto moved = after[i].detach() - before[i];
    const double err = (moved - criticStep[i] - bcStep[i]).abs().max().item<double>();
    QVERIFY2(
        err < 2e-7,
        qPrintable(QString("encoder tensor %1 is %2 away from the two steps").arg(i).arg(err)));
    bcMoved = std::max(bcMoved, bcStep[i].abs().max().item<double>());
  }
  // About actor_lr per weight whatever lambda is: Adam's first step is lr * sign(gradient).
  QVERIFY2(bcMoved > 0.5 * c.actorLr, qPrintable(QString::number(bcMoved)));

  QTemporaryDir dir;
  const QString path = dir.filePath("own.ckpt");
  learner.save(path);
  SigEntSac resumed(c, 0, 1);
  resumed.load(path);
  learner.update(replay, expert);
  resumed.update(replay, expert);
  QVERIFY(allClose(cloned(resumed.networks().encoder->parameters()),
                   cloned(learner.networks().encoder->parameters())));
}

// "sigent_no_gbc" takes the BC term out of the actor's objective only: the encoder moves as in
// sigent (BC still trains it), the actor as without any BC.
void TestSacLosses::noGbc_bcTrainsTheEncoderButNotTheActor() {
  auto afterOneUpdate = [](const QString& preset, double bcLambda) {
    auto c = tinyImageConfig();
    c.applyPreset(preset);
    c.bcLambda = bcLambda;
    ReplayBuffer replay(100, 16, 0, 1), expert(100, 16, 0, 1);
    fillWithOneImageTransition(replay, expert, false);
    SigEntSac sac(c, 0, 1);
    const auto m = sac.update(replay, expert);
    return std::make_tuple(cloned(sac.networks().encoder->parameters()),
                           cloned(sac.networks().actor->parameters()), m.gateOpen);
  };
  const auto [sigentEncoder, sigentActor, gate] = afterOneUpdate("sigent", 0.5);
  const auto [noGbcEncoder, noGbcActor, gate2] = afterOneUpdate("sigent_no_gbc", 0.5);
  const auto [noBcEncoder, noBcActor, gate3] = afterOneUpdate("sigent", 0.0);
  QVERIFY2(gate > 0.99 && gate2 > 0.99 && gate3 > 0.99,
           "the expert actions must be outside the gate");
  QVERIFY(allClose(noGbcEncoder, sigentEncoder));
  QVERIFY(!allClose(noGbcEncoder, noBcEncoder));
  QVERIFY(allClose(noGbcActor, noBcActor));
  QVERIFY(!allClose(noGbcActor, sigentActor));
}

// The MC floor lifts sampled actions' Q to the data's Monte-Carlo return inside the OOD term;
// ood_mc_floor false (the "sigent_no_mc_floor" ablation) leaves them as they are.
void TestSacLosses::oodTerm_mcFloorSwitch() {
  for (const bool floorOn : {true, false}) {
    auto c = tinyConfig();
    c.oodMcFloor = floorOn;
    SigEntSac sac(c, 1, 1);
    setHandWeights(sac);
    const double e1 = -1.0, e2 = 0.4, beta = c.oodBeta, mc = 0.6;
    auto batch = oneTransition(0.3f, 0.5f, 0.0f, 0.0f, -0.1f);
    batch.mcReturn = torch::tensor({float(mc)}).view({1, 1});
    auto l = sac.computeLosses(batch, Batch{}, torch::tensor({{0.1f}}), torch::tensor({{0.0f}}),
                               torch::tensor({float(e1), float(e2)}).view({2, 1, 1}));
    const double a1 = sampleAt(e1).first, a2 = sampleAt(e2).first;
    double expected = 0;
    for (int j = 1; j <= 2; ++j) {
      const double q1 = floorOn ? std::max(q(j, a1), mc) : q(j, a1);
      const double q2 = floorOn ? std::max(q(j, a2), mc) : q(j, a2);
      expected +=
          beta * std::log(std::exp(q(j, 0.5) / beta) + std::exp(q1 / beta) + std::exp(q2 / beta)) -
          q(j, 0.5);
    }
    QVERIFY2(std::abs(l.ood.item<double>() - expected) < 1e-5,
             qPrintable(QString("floor %1: ood %2 expected %3")
                            .arg(floorOn)
                            .arg(l.ood.item<double>())
                            .arg(expected)));
  }
}

// RLPD's ensemble: 4 critics Q_j(a) = c_j + k_j a; the target takes the min over a fresh random
// 2 of them each time, every critic's TD and OOD terms are summed, the actor climbs their mean.
void TestSacLosses::criticEnsemble_randomSubsetTarget_meanForTheActor() {
  auto c = tinyConfig();
  c.critics = 4;
  c.targetCritics = 2;
  c.actorQ = ActorQ::Mean;
  SigEntSac sac(c, 1, 1);
  const double cs[] = {0.4, 0.3, 0.1, 0.6}, ks[] = {0.5, -0.2, 0.3, -0.4};
  auto qj = [&](int j, double a) { return cs[j] + ks[j] * a; };
  for (auto* critic : {sac.networks().critic.get(), sac.networks().targetCritic.get()}) {
    for (int j = 0; j < 4; ++j) {
      const std::string name = "q" + std::to_string(j + 1);
      setLinear(layer(*critic, name, 0), {0, 1, 0, 0}, {10, 0});
      setLinear(layer(*critic, name, 2), {float(ks[j]), 0}, {float(cs[j] - 10 * ks[j])});
    }
  }
  setLinear(layer(*sac.networks().actor, "trunk", 0), {0, 0}, {0, 0});
  setLinear(layer(*sac.networks().actor, "trunk", 2), {0, 0, 0, 0}, {float(kMu), 0});

  const double e = 0.7, e1 = -1.0, e2 = 0.4, beta = c.oodBeta;
  const auto [aNext, logpNext] = sampleAt(e);
  const auto [aPolicy, logpPolicy] = sampleAt(0.1);
  const double a1 = sampleAt(e1).first, a2 = sampleAt(e2).first;
  std::vector<double> next;  // Q_j at the next action, sorted: a pair's min is never the largest
  for (int j = 0; j < 4; ++j) next.push_back(qj(j, aNext));
  std::sort(next.begin(), next.end());
  std::vector<int> seen(4, 0);
  for (int draw = 0; draw < 300; ++draw) {
    auto l = sac.computeLosses(oneTransition(0.3f, 0.5f, 0.25f, 0.0f, -0.1f), Batch{},
                               torch::tensor({{0.1f}}), torch::tensor({{float(e)}}),
                               torch::tensor({float(e1), float(e2)}).view({2, 1, 1}));
    QCOMPARE(l.q.size(0), int64_t(4));
    const double target = l.target.item<double>();
    int which = -1;
    for (int i = 0; i < 4; ++i) {
      if (std::abs(target - (0.25 + c.gamma * (next[i] + 0.2 * hsig(logpNext, c)))) < 1e-5) {
        which = i;
      }
    }
    QVERIFY2(which >= 0 && which < 3,
             qPrintable(QString("target %1 is no pair's min").arg(target)));
    ++seen[which];
    double td = 0, ood = 0, mean = 0;
    for (int j = 0; j < 4; ++j) {
      td += std::pow(qj(j, 0.5) - target, 2);
      ood += beta * std::log(std::exp(qj(j, 0.5) / beta) + std::exp(qj(j, a1) / beta) +
                             std::exp(qj(j, a2) / beta)) -
             qj(j, 0.5);
      mean += qj(j, aPolicy) / 4;
    }
    QVERIFY(std::abs(l.td.item<double>() - td) < 1e-5);
    QVERIFY(std::abs(l.ood.item<double>() - ood) < 1e-5);
    QVERIFY(std::abs(l.policyQ.item<double>() - mean) < 1e-5);
  }
  // Pairs of 4: the smallest is the min of 3 of the 6, the second of 2, the third of 1.
  QVERIFY2(seen[0] > 100 && seen[1] > 50 && seen[2] > 10,
           qPrintable(QString("mins seen %1 %2 %3").arg(seen[0]).arg(seen[1]).arg(seen[2])));
}

// RLPD's cadence (actor_every 0 with utd 3): critics and targets step on every update, the actor
// and alpha on every third only; the updates between report the last actor step's figures.
void TestSacLosses::actorEvery_actorAndAlphaOnEveryKthUpdate_criticsOnEach() {
  auto c = tinyConfig();
  c.batchSize = 4;
  c.utd = 3;
  c.actorEvery = 0;
  c.autoAlpha = true;
  SigEntSac sac(c, 1, 1);
  ReplayBuffer replay(100, 0, 1, 1), expert(100, 0, 1, 1);
  fillStateChain(replay, expert);
  auto& net = sac.networks();
  UpdateMetrics last;
  for (int update = 1; update <= 6; ++update) {
    const auto actor = cloned(net.actor->parameters());
    const auto critic = cloned(net.critic->parameters());
    const auto target = cloned(net.targetCritic->parameters());
    const double alpha = sac.alpha();
    const auto m = sac.update(replay, expert);
    const bool due = update % 3 == 0;
    QVERIFY2(allClose(cloned(net.actor->parameters()), actor) != due,
             qPrintable(QString("update %1: actor stepped %2").arg(update).arg(!due)));
    QCOMPARE(sac.alpha() != alpha, due);
    QVERIFY(!allClose(cloned(net.critic->parameters()), critic));
    QVERIFY(!allClose(cloned(net.targetCritic->parameters()), target));
    if (due) {
      QVERIFY(m.actorGradNorm > 0 && m.actorLoss != last.actorLoss);
      last = m;
    } else if (update > 3) {
      QCOMPARE(m.actorLoss, last.actorLoss);
      QCOMPARE(m.hSig, last.hSig);
      QCOMPARE(m.actorGradNorm, last.actorGradNorm);
    }
  }
}

// log_std_clip (SAC, RLPD) clips the head's output to [min, max]; the default squashes it.
void TestSacLosses::logStdClip_clipsInsteadOfSquashing() {
  auto c = tinyConfig();
  c.logStdMin = -20.0;
  c.logStdMax = 2.0;
  c.logStdClip = true;
  SigEntSac sac(c, 1, 1);
  setHandWeights(sac);
  auto logStdFor = [&](float raw) {
    setLinear(layer(*sac.networks().actor, "trunk", 2), {0, 0, 0, 0}, {float(kMu), raw});
    return sac.networks().actor->forward(torch::zeros({1, 1})).second.item<double>();
  };
  QCOMPARE(logStdFor(5.0f), 2.0);
  QCOMPARE(logStdFor(-30.0f), -20.0);
  QVERIFY(std::abs(logStdFor(-0.5f) - (-0.5)) < 1e-7);
  auto squashed = c;
  squashed.logStdClip = false;
  SigEntSac soft(squashed, 1, 1);
  setHandWeights(soft);
  setLinear(layer(*soft.networks().actor, "trunk", 2), {0, 0, 0, 0}, {float(kMu), -0.5f});
  const double expected = -20.0 + 11.0 * (std::tanh(-0.5) + 1.0);
  QVERIFY(std::abs(soft.networks().actor->forward(torch::zeros({1, 1})).second.item<double>() -
                   expected) < 1e-5);
}

// The fused update (the default) against the plain LibTorch reference: same seed, same data,
// 20 updates; every loss metric and every weight must agree to float tolerance, with the OOD
// term, uniform samples and images (random shifts, BC through the encoder) in play.
void TestSacLosses::fusedUpdate_matchesReference_data() {
  QTest::addColumn<int>("obs");
  QTest::newRow("state") << int(ObsMode::State);
  QTest::newRow("image+state") << int(ObsMode::Both);
}

void TestSacLosses::fusedUpdate_matchesReference() {
  QFETCH(int, obs);
  SacConfig c;
  c.obsMode = ObsMode(obs);
  c.imageSize = 16;
  c.hiddenDim = 32;
  c.batchSize = 16;
  c.numThreads = 1;
  c.oodLambda = 0.5;  // large enough that the OOD gradient moves the weights
  c.oodUniformSamples = 2;
  c.seed = 11;
  const int side = c.obsMode == ObsMode::State ? 0 : c.imageSize;
  ReplayBuffer replay(200, side, 3, 2), expert(50, side, 3, 2);
  for (int i = 0; i < 60; ++i) {
    Transition t;
    for (int k = 0; k < 3; ++k) {
      t.obs.state.push_back(std::sin(i * 0.3f + k));
      t.next.state.push_back(std::sin(i * 0.3f + k + 0.3f));
    }
    if (side) {
      for (int p = 0; p < side * side; ++p) {
        t.obs.image.push_back(std::uint8_t((i * 7 + p * 13) % 256));
        t.next.image.push_back(std::uint8_t((i * 7 + p * 13 + 5) % 256));
      }
    }
    t.action = {std::cos(i * 0.7f) * 0.9f, std::sin(i * 0.2f) * 0.9f};
    t.reward = i % 15 == 14 ? 1.0f : 0.0f;
    t.terminal = i % 15 == 14;
    replay.add(t, i / 15);
    if (i < 15) expert.add(t, 0);
  }
  auto reference = c;
  reference.fusedUpdate = false;
  SigEntSac fused(c, 3, 2), plain(reference, 3, 2);
  for (int i = 0; i < 20; ++i) {
    const auto a = fused.update(replay, expert).values();
    const auto b = plain.update(replay, expert).values();
    const auto names = UpdateMetrics::names();
    for (std::size_t k = 0; k < a.size(); ++k) {
      const double tol = 1e-4 * std::max(1.0, std::abs(b[k]));
      if (std::abs(a[k] - b[k]) > tol) {
        QFAIL(qPrintable(QString("update %1: %2 is %3 fused, %4 in the reference")
                             .arg(i + 1)
                             .arg(names.value(int(k)))
                             .arg(a[k], 0, 'g', 9)
                             .arg(b[k], 0, 'g', 9)));
      }
    }
  }
  auto check = [](const torch::nn::Module& x, const torch::nn::Module& y, const char* what) {
    const auto px = x.parameters(), py = y.parameters();
    QCOMPARE(px.size(), py.size());
    for (std::size_t i = 0; i < px.size(); ++i) {
      QVERIFY2(torch::allclose(px[i], py[i], 1e-4, 1e-5), what);
    }
  };
  check(*fused.networks().critic, *plain.networks().critic, "critic weights differ");
  check(*fused.networks().actor, *plain.networks().actor, "actor weights differ");
  check(*fused.networks().encoder, *plain.networks().encoder, "encoder weights differ");
  check(*fused.networks().targetCritic, *plain.networks().targetCritic, "target critic differs");
  // And the weights did move: agreement of two frozen learners would prove nothing.
  SigEntSac fresh(c, 3, 2);
  QVERIFY(!torch::allclose(fresh.networks().critic->parameters()[0],
                           fused.networks().critic->parameters()[0]));
}

// Synthetic timings: two threads fast while the machine is idle, then a busy machine makes them
// slow; the tuner must pick two, notice the slowdown at once and switch to one.
void TestSacLosses::threadTuner_picksTheFasterCount_andFollowsTheLoad() {
  ThreadTuner tuner(2);
  QCOMPARE(tuner.candidates(), std::vector<int>({1, 2}));
  bool busy = false;
  auto costOf = [&](int threads) {
    return busy ? (threads == 1 ? 20.0 : 140.0) : (threads == 1 ? 12.0 : 8.0);
  };
  auto run = [&](int updates) {
    int slowUpdates = 0;
    for (int i = 0; i < updates; ++i) {
      const double ms = costOf(tuner.threadsForNextUpdate());
      if (ms > 100) ++slowUpdates;
      tuner.recordUpdate(ms);
    }
    return slowUpdates;
  };
  run(20);
  QCOMPARE(tuner.chosenThreads(), 2);
  QCOMPARE(tuner.threadsForNextUpdate(), 2);
  busy = true;
  const int slow = run(40);
  QCOMPARE(tuner.chosenThreads(), 1);
  QCOMPARE(tuner.threadsForNextUpdate(), 1);
  // Noticed within a few slow updates, and the losing probe stopped after one.
  QVERIFY2(slow <= 2 * ThreadTuner::kProbeUpdates + 1, qPrintable(QString::number(slow)));
  // While the load stays, re-probes are rare and each costs one slow update.
  const int probesBefore = tuner.probes();
  const int slowLater = run(ThreadTuner::kMinInterval * 3);
  QVERIFY(tuner.probes() > probesBefore);
  QVERIFY2(slowLater <= tuner.probes() - probesBefore, qPrintable(QString::number(slowLater)));
  QCOMPARE(tuner.threadsForNextUpdate(), 1);
  busy = false;  // the load left: the next interval probe finds two threads faster again
  run(ThreadTuner::kMaxInterval + 20);
  QCOMPARE(tuner.chosenThreads(), 2);
}

// A run's seed is 64-bit: two seeds that differ only above bit 31 must not drop the same
// steps (std::seed_seq keeps 32 bits of each value), and one seed always drops the same ones.
void TestSacLosses::demoDegrader_everyBitOfTheSeedCounts() {
  const auto keptWith = [](std::uint64_t seed, int64_t episode) {
    std::vector<lab::Transition> demo(64);
    for (auto& t : demo) t.action = {0.0f};
    return lab::DemoDegrader({0.5, 0.0, 0.0}, seed).apply(demo, episode);
  };
  const std::uint64_t seed = 7;
  const auto kept = keptWith(seed, 1);
  QCOMPARE(std::count(kept.begin(), kept.end(), false), 32L);
  QVERIFY(kept == keptWith(seed, 1));
  QVERIFY(kept != keptWith(seed + (std::uint64_t(1) << 32), 1));
  QVERIFY(kept != keptWith(seed, 1 + (int64_t(1) << 32)));
  QVERIFY(kept != keptWith(seed, 2));
}

QTEST_GUILESS_MAIN(TestSacLosses)
#include "test_sac_losses.moc"
