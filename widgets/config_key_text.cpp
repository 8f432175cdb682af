#include "config_key_text.h"

#include <iterator>

namespace lab::ui {

namespace {

enum Group { kNetworks, kSac, kEntropy, kGbc, kOod, kData, kRun, kGroups };

struct KeyText {
  const char* key;
  Group group;
  const char* symbol;
  const char* text;  // translated in ConfigKeyText's context
};

// In the order the form shows them: the paper's terms together, the rarely changed last.
constexpr KeyText kKeys[] = {
    {"obs_mode", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "What the learner sees: state (the robot's state vector), image (the "
                       "camera) or both")},
    {"image_size", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Side of the square grayscale image, in pixels")},
    {"frame_stack", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Camera frames stacked as the encoder's input (2 shows motion)")},
    {"hidden_dim", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Width of the actor's and critics' hidden layers")},
    {"hidden_layers", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Hidden layers of the actor and of each critic")},
    {"encoder_channels", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Channels of each convolution of the image encoder")},
    {"encoder_layers", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Convolutions of the image encoder")},
    {"feature_dim", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Features the image encoder puts out")},
    {"critic_layer_norm", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "LayerNorm in the critics' hidden layers")},
    {"critics", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Q networks in the critic ensemble (2: SAC's twin critics; RLPD: 10)")},
    {"target_critics", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Critics the target takes the minimum of (a fresh random subset each "
                       "update when fewer than all)")},
    {"actor_q", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "The Q the actor climbs: min over the critics, or their mean (RLPD)")},
    {"log_std_min", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Lowest log standard deviation of the policy (before tanh)")},
    {"log_std_max", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Highest log standard deviation of the policy (before tanh)")},
    {"log_std_clip", kNetworks, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Clip log std at its bounds (SAC's reference code, RLPD) instead of "
                       "squashing it with tanh")},
    {"gamma", kSac, "γ", QT_TRANSLATE_NOOP("ConfigKeyText", "Discount factor")},
    {"tau", kSac, "τ",
     QT_TRANSLATE_NOOP("ConfigKeyText", "How fast the target critics follow the critics")},
    {"actor_lr", kSac, "", QT_TRANSLATE_NOOP("ConfigKeyText", "Adam learning rate of the actor")},
    {"critic_lr", kSac, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Adam learning rate of the critics")},
    {"alpha_lr", kSac, "", QT_TRANSLATE_NOOP("ConfigKeyText", "Adam learning rate of alpha")},
    {"batch_size", kSac, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Transitions per update; 0: 256 with states, 128 with images")},
    {"utd", kSac, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Learner updates per environment step (update-to-data ratio)")},
    {"actor_every", kSac, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "The actor and alpha step on every N-th update; 0: once per utd "
                       "updates (RLPD)")},
    {"warmup_steps", kSac, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Environment steps before the first update")},
    {"entropy", kEntropy, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "sigmoid: the bounded entropy H_sig of SigEnt-SAC; standard: SAC's "
                       "-log π")},
    {"h_max", kEntropy, "h_max",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Highest H_sig of one action dimension")},
    {"sigma_target", kEntropy, "m",
     QT_TRANSLATE_NOOP("ConfigKeyText", "The policy std at H_sig's midpoint: m = log(σ·√(2πe))")},
    {"temperature", kEntropy, "t",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Temperature of H_sig's sigmoid (lower: steeper)")},
    {"alpha_init", kEntropy, "α",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Weight of the entropy term (its start value when auto_alpha is on)")},
    {"auto_alpha", kEntropy, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Tune alpha towards target_entropy")},
    {"target_entropy", kEntropy, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "What auto_alpha tunes towards: auto, or a number")},
    {"gate", kGbc, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "gated: clone the demo only where its action is better than the "
                       "policy's (GBC); always_on: plain BC (SAC+BC)")},
    {"bc_lambda", kGbc, "λ",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Weight of the behaviour cloning term")},
    {"gate_epsilon", kGbc, "ε",
     QT_TRANSLATE_NOOP("ConfigKeyText", "The gate's margin, in normalised action units")},
    {"bc_trains_actor", kGbc, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Behaviour cloning in the actor's objective (off: the no-GBC ablation)")},
    {"bc_trains_encoder", kGbc, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Images: behaviour cloning also trains the encoder")},
    {"bc_encoder_step", kGbc, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "How behaviour cloning steps the encoder: own (an Adam of its own) or "
                       "critic (in the critic's step)")},
    {"ood_lambda", kOod, "λ_ood",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Weight of the OOD regulariser (a simplified CQL); 0 turns it off")},
    {"ood_beta", kOod, "β",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Temperature of the OOD term's log-sum-exp")},
    {"ood_policy_samples", kOod, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Policy actions per state in the OOD term")},
    {"ood_uniform_samples", kOod, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Uniformly random actions per state in the OOD term")},
    {"ood_mc_floor", kOod, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "The OOD term never pushes Q below the data's Monte-Carlo return")},
    {"expert_ratio", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Fraction of each batch drawn from the demos")},
    {"demo_to_replay", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Copy the demos into the replay buffer too")},
    {"augment_pad", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Random shift of the images by up to this many pixels (0: off)")},
    {"replay_capacity", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Transitions the replay buffer keeps (oldest go first)")},
    {"expert_capacity", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "Transitions the demo buffer keeps")},
    {"demo_drop", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Robustness tests: fraction of the demo's transitions the learner never "
                       "sees (the session keeps them)")},
    {"demo_action_noise", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Robustness tests: Gaussian noise σ on the demo's actions")},
    {"demo_obs_noise", kData, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Robustness tests: Gaussian noise σ on the demo's observations")},
    {"seed", kRun, "", QT_TRANSLATE_NOOP("ConfigKeyText", "Random seed of the learner")},
    {"num_threads", kRun, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "Threads of the learner's maths; 0: picked from measured updates")},
    {"device", kRun, "", QT_TRANSLATE_NOOP("ConfigKeyText", "cpu, cuda or auto")},
    {"fused_update", kRun, "",
     QT_TRANSLATE_NOOP("ConfigKeyText",
                       "The same update with fewer operator calls (off: the plain reference "
                       "it is tested against)")},
    {"preset", kRun, "",
     QT_TRANSLATE_NOOP("ConfigKeyText", "The preset last loaded, kept for the record")},
};

const KeyText* find(const QString& key) {
  for (const auto& k : kKeys) {
    if (key == QLatin1String(k.key)) return &k;
  }
  return nullptr;
}

}  // namespace

int ConfigKeyText::groupCount() { return kGroups; }

QString ConfigKeyText::groupTitle(int group) {
  switch (group) {
    case kNetworks:
      return tr("Observation and networks");
    case kSac:
      return tr("SAC");
    case kEntropy:
      return tr("Entropy (H_sig)");
    case kGbc:
      return tr("Gated behaviour cloning (GBC)");
    case kOod:
      return tr("OOD regulariser");
    case kData:
      return tr("Data and demos");
    default:
      return tr("Run");
  }
}

int ConfigKeyText::group(const QString& key) {
  const KeyText* k = find(key);
  return k ? k->group : kRun;
}

int ConfigKeyText::order(const QString& key) {
  const KeyText* k = find(key);
  return k ? static_cast<int>(k - std::begin(kKeys)) : static_cast<int>(std::size(kKeys));
}

QString ConfigKeyText::symbol(const QString& key) {
  const KeyText* k = find(key);
  return k ? QString::fromUtf8(k->symbol) : QString();
}

QString ConfigKeyText::description(const QString& key) {
  const KeyText* k = find(key);
  return k ? tr(k->text) : QString();
}

}  // namespace lab::ui
