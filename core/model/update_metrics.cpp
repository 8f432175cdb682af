#include "update_metrics.h"

#include <algorithm>

namespace lab {

namespace {
// Every column after "step", in names() order: names(), values() and the readers all walk this
// one table, so a new metric is added once.
struct Column {
  const char* name;
  double UpdateMetrics::*field;
};
constexpr Column kColumns[] = {{"q1_mean", &UpdateMetrics::q1Mean},
                               {"q2_mean", &UpdateMetrics::q2Mean},
                               {"q_min", &UpdateMetrics::qMin},
                               {"target_mean", &UpdateMetrics::targetMean},
                               {"h_sig", &UpdateMetrics::hSig},
                               {"raw_entropy", &UpdateMetrics::rawEntropy},
                               {"alpha", &UpdateMetrics::alpha},
                               {"gate_open", &UpdateMetrics::gateOpen},
                               {"bc_loss", &UpdateMetrics::bcLoss},
                               {"ood_term", &UpdateMetrics::oodTerm},
                               {"critic_loss", &UpdateMetrics::criticLoss},
                               {"actor_loss", &UpdateMetrics::actorLoss},
                               {"alpha_loss", &UpdateMetrics::alphaLoss},
                               {"ood_action_ratio", &UpdateMetrics::oodActionRatio},
                               {"critic_grad_norm", &UpdateMetrics::criticGradNorm},
                               {"actor_grad_norm", &UpdateMetrics::actorGradNorm},
                               {"updates_per_second", &UpdateMetrics::updatesPerSecond}};
}  // namespace

QStringList UpdateMetrics::names() {
  QStringList out{"step"};
  for (const Column& c : kColumns) out << QString::fromLatin1(c.name);
  return out;
}

std::vector<double> UpdateMetrics::values() const {
  std::vector<double> out{static_cast<double>(step)};
  for (const Column& c : kColumns) out.push_back(this->*c.field);
  return out;
}

UpdateMetrics UpdateMetrics::fromColumns(const QStringList& columns,
                                         const std::vector<double>& row) {
  UpdateMetrics m;
  const int n = std::min(static_cast<int>(row.size()), static_cast<int>(columns.size()));
  for (int i = 0; i < n; ++i) {
    if (columns[i] == QLatin1String("step")) {
      m.step = static_cast<int64_t>(row[i]);
      continue;
    }
    for (const Column& c : kColumns) {
      if (columns[i] == QLatin1String(c.name)) m.*c.field = row[i];
    }
  }
  return m;
}

}  // namespace lab
