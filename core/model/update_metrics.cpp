#include "update_metrics.h"

namespace lab {

QStringList UpdateMetrics::names() {
  return {"step",
          "q1_mean",
          "q2_mean",
          "q_min",
          "target_mean",
          "h_sig",
          "raw_entropy",
          "alpha",
          "gate_open",
          "bc_loss",
          "ood_term",
          "critic_loss",
          "actor_loss",
          "alpha_loss",
          "ood_action_ratio",
          "critic_grad_norm",
          "actor_grad_norm",
          "updates_per_second"};
}

std::vector<double> UpdateMetrics::values() const {
  return {static_cast<double>(step),
          q1Mean,
          q2Mean,
          qMin,
          targetMean,
          hSig,
          rawEntropy,
          alpha,
          gateOpen,
          bcLoss,
          oodTerm,
          criticLoss,
          actorLoss,
          alphaLoss,
          oodActionRatio,
          criticGradNorm,
          actorGradNorm,
          updatesPerSecond};
}

}  // namespace lab
