#pragma once
// What one learner update reports (docs/SIGENT_SAC.md, "What to log every update"). Plain
// numbers only, so it crosses threads and lands in the store and the plots without torch.
#include <QMetaType>
#include <QStringList>
#include <cstdint>
#include <vector>

namespace lab {

struct UpdateMetrics {
  int64_t step = 0;                         // learner update count after this update
  double q1Mean = 0, q2Mean = 0, qMin = 0;  // critics 1 and 2, min over all; on the critic batch
  double targetMean = 0;                    // y
  double hSig = 0;                          // H_sig at policy actions (batch mean)
  double rawEntropy = 0;                    // -log pi at policy actions, for comparison
  double alpha = 0;
  double gateOpen = 0;  // fraction of the expert batch with an open gate
  double bcLoss = 0;    // gated BC term (before lambda)
  double oodTerm = 0;   // CQL term, mean over the critics (before lambda_ood)
  double criticLoss = 0, actorLoss = 0, alphaLoss = 0;
  double oodActionRatio = 0;  // policy means farther than epsilon from every expert action
  // Norms of the gradients the optimisers step: critic and encoder (with BC's share when it
  // trains the encoder), and the actor's whole loss.
  double criticGradNorm = 0, actorGradNorm = 0;
  double updatesPerSecond = 0;  // filled by the caller that times the loop

  // Column names in the same order as values(), snake_case (CSV header, store columns).
  static QStringList names();
  std::vector<double> values() const;
  // The inverse of values() for a row whose columns are named (a store's metrics table, which
  // may predate a metric: an absent column stays 0, an unknown one is ignored).
  static UpdateMetrics fromColumns(const QStringList& columns, const std::vector<double>& row);
};

// The learner's view of one step of an episode, shown beside the camera image.
struct StepValues {
  double q = 0;     // the Q the actor climbs (actor_q: min or mean of the critics) at (s, a)
  double hSig = 0;  // H_sig at (s, a)
  double gate = 0;  // 1 if the policy's mean is farther than epsilon from a, else 0
};

}  // namespace lab

Q_DECLARE_METATYPE(lab::UpdateMetrics)
Q_DECLARE_METATYPE(lab::StepValues)
