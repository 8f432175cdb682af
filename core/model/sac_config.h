#pragma once
// Every hyperparameter of SigEnt-SAC and its baselines in one struct, read from and written to
// JSON. Defaults are the values in docs/SIGENT_SAC.md ("OUR CHOICE" where the paper is silent).
// Baselines are presets of the same code (applyPreset), never copies.
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cstdint>

#include "notice_error.h"

namespace lab {

// Thrown for any invalid configuration. Its notice names the key and the allowed values (the
// NoticeCode::Config* codes, words in notice_text.cpp); what() is the same in English.
class ConfigError : public NoticeError {
 public:
  using NoticeError::NoticeError;
};

enum class ObsMode { State, Image, Both };
enum class EntropyKind { Sigmoid, Standard };  // H_sig (SigEnt) or -log pi (plain SAC)
enum class GateMode { Gated, AlwaysOn };       // GBC gate, or plain BC (SAC+BC)
// How BC's gradient steps the image encoder (bc_trains_encoder on, image modes).
// Own (the default): the critic's Adam steps it on the critic loss, then an Adam of BC's own at
// actor_lr on lambda * BC alone. Adam divides by the gradient's own scale, so this second step
// is about lr in size whatever lambda is: BC shapes the features far more, which is what let
// slalom-quadruped reach 20/20 at full spread (docs/BENCHMARKS.md, "BC's encoder step").
// Critic: one step per update, the critic's Adam on critic loss + lambda * BC.
enum class BcEncoderStep { Critic, Own };
// The Q the actor climbs: the min over the critics (SAC, SigEnt-SAC) or their mean (RLPD, whose
// ensemble's min over 10 would be far too pessimistic).
enum class ActorQ { Min, Mean };

struct SacConfig {
  // Observation and network shapes.
  ObsMode obsMode = ObsMode::State;
  int imageSize = 64;  // square grayscale side
  // Images: the last N camera frames as the encoder's N input channels (FrameStack). One frame
  // hides velocity; robots whose dynamics lag behind the command need 2.
  int frameStack = 1;
  int hiddenDim = 256;  // MLP width (actor and critics)
  int hiddenLayers = 2;
  int encoderChannels = 16;  // conv encoder: encoderLayers x 3x3 (stride 2 for the first 3)
  int encoderLayers = 3;
  int featureDim = 50;  // encoder output (LayerNorm + tanh)
  bool criticLayerNorm = true;
  // The critic ensemble: `critics` Q networks; the target is the min over `targetCritics` of
  // them, a fresh random subset every update when fewer than all (RLPD: 2 of 10). 2 and 2 are
  // the twin critics of SAC and SigEnt-SAC.
  int critics = 2;
  int targetCritics = 2;
  ActorQ actorQ = ActorQ::Min;
  // A floor on the policy's std (0.2 before tanh) keeps exploring once H_sig's small alpha no
  // longer resists the critic's pull towards a deterministic policy; evaluation uses the mean.
  double logStdMin = -1.6;
  double logStdMax = 2.0;
  // How log-std is bounded: false squashes the network's output into [min, max] with tanh
  // (DrQ / pytorch_sac, gradients stay alive at the limits); true clips it, as SAC's reference
  // implementations (softlearning, rlkit) and RLPD do with their (-20, 2).
  bool logStdClip = false;

  // SAC core.
  double gamma = 0.99;
  double tau = 0.005;
  double actorLr = 3e-4;
  double criticLr = 3e-4;
  double alphaLr = 3e-4;
  // 0: 256 with state observations, 128 with images (resolvedBatchSize), for every path (the
  // window, the CLI, the benchmarks): an image update costs about 3x a state one per sample.
  int batchSize = 0;
  int utd = 1;  // updates per environment step
  // The actor and alpha step on every actor_every-th update only (critics and targets on every
  // one); 0: once per utd updates, RLPD's cadence (its actor steps after each env step's
  // utd critic updates).
  int actorEvery = 1;
  int warmupSteps = 0;  // env steps with no update (beyond batch availability)

  // Entropy term.
  EntropyKind entropy = EntropyKind::Sigmoid;
  double hMax = 1.0;
  double sigmaTarget = 0.1;  // m = log(sigmaTarget * sqrt(2 pi e))
  double temperature = 1.0;  // t
  bool autoAlpha = false;
  // Small on purpose: H_sig is a positive per-step bonus, and alpha * E[H_sig] / (1 - gamma)
  // must stay well below the success reward of 1, or lingering pays more than finishing.
  double alphaInit = 0.002;
  // "auto": d*hMax/2 for the sigmoid entropy, -d for the standard one (SAC's usual target),
  // -d/2 under the "rlpd" preset (RLPD's own).
  static constexpr double kAutoTargetEntropy = -1e9;
  double targetEntropy = kAutoTargetEntropy;

  // Gated behaviour cloning.
  GateMode gate = GateMode::Gated;
  double bcLambda = 0.5;
  double gateEpsilon = 0.2;     // in normalised action units
  bool bcTrainsEncoder = true;  // image modes: the GBC gradient also trains the conv encoder
  // false: the BC term leaves the actor's objective (the "no GBC" ablation) but still trains
  // the encoder when bc_trains_encoder is on, so the ablation removes one thing only.
  bool bcTrainsActor = true;
  BcEncoderStep bcEncoderStep = BcEncoderStep::Own;

  // OOD (simplified CQL) regulariser.
  // Small on purpose: with a 0/1 reward and gamma 0.99 the action gaps are ~0.01, and at
  // lambda >= 0.01 the push-up of replayed actions outweighs them and stalls online learning
  // (docs/BENCHMARKS.md, "OOD weight").
  double oodLambda = 0.001;
  double oodBeta = 1.0;
  int oodPolicySamples = 4;
  int oodUniformSamples = 0;
  // The OOD term never pushes a sampled action's Q below the Monte-Carlo return of the data
  // (docs/SIGENT_SAC.md, "Q_j stays lower-bounded by the Monte-Carlo return"). false: the
  // plain simplified CQL (the "no MC floor" ablation).
  bool oodMcFloor = true;

  // Data.
  int replayCapacity = 200000;
  int expertCapacity = 10000;
  // Fraction of each critic batch drawn from the expert buffer (RLPD-style symmetric sampling):
  // with one demo the success reward is otherwise too rare in the batch.
  double expertRatio = 0.5;
  bool demoToReplay = true;  // also copy demo transitions into the replay buffer
  int augmentPad = 4;        // random shift augmentation for images, 0 = off
  // The demo made worse on purpose (DemoDegrader, the robustness benchmarks): the fraction of
  // its transitions the learner never sees, and Gaussian noise sigmas on the actions and the
  // observations it learns from. The store keeps the demo as recorded. 0 = the demo as it is.
  double demoDrop = 0.0;
  double demoActionNoise = 0.0;
  double demoObsNoise = 0.0;

  // Run.
  std::uint64_t seed = 1;
  QString device = "cpu";  // "cpu", "cuda", "auto"
  int numThreads = 0;      // 0 = auto: ThreadTuner picks from measured updates
  // The same update with fewer operator calls (one critic pass for data and OOD actions, no
  // critic weight gradients in the actor step, one gradient norm). false: the plain LibTorch
  // reference it is tested against (test_sigent_sac fusedUpdate_matchesReference).
  bool fusedUpdate = true;
  QString preset = "sigent";  // name of the preset last applied, for the record

  // Throws ConfigError naming the key and the allowed range.
  void validate() const;
  // Unknown keys, wrong types and out-of-range values throw ConfigError. Missing keys keep their
  // default. A "preset" key is applied first, then the explicit keys on top of it.
  static SacConfig fromJson(const QJsonObject& json);
  QJsonObject toJson() const;
  static SacConfig fromFile(const QString& path);  // ConfigError on unreadable or malformed file
  void saveFile(const QString& path) const;

  // Methods (docs/SIGENT_SAC.md, "Presets: what each changes"): "sigent"; the baselines "sac",
  // "sac_bc", "rlpd" with their own published settings; the ablations "sigent_no_gbc",
  // "sigent_no_ood", "sigent_std_entropy", "sigent_no_mc_floor", each one switch away from
  // "sigent".
  void applyPreset(const QString& name);
  static QStringList presetNames();
  // The keys a preset sets (every other key keeps its value): applyPreset resets them to the
  // defaults first, and `train --preset` lets them win over a --config file.
  static QStringList presetKeys();

  int resolvedBatchSize() const;
  int resolvedActorEvery() const { return actorEvery > 0 ? actorEvery : utd; }
  double surprisalMidpoint() const;  // m
  double resolvedTargetEntropy(int actionDim) const;
};

}  // namespace lab
