#pragma once
// One finished episode as the controller hands it to the session store: the steps with their
// transitions, who drove each step, and the learner's per-step values. Plain data, crosses
// threads by value (robot loop -> learner worker -> database writer).
#include <QString>
#include <cstdint>
#include <vector>

#include "transition.h"
#include "update_metrics.h"

namespace lab {

struct StepRecord {
  Transition transition;
  bool intervention = false;  // the operator's teleop action drove this step
  StepValues values;          // Q, H_sig, gate from the learner (0 when not inspected)
  // The robot's whole state vector after the step, whatever the observation mode (for the
  // step display and traces; the store keeps the transition only).
  std::vector<float> robotState;
};

struct EpisodeRecord {
  int64_t id = -1;
  QString kind;        // "demo", "train", "eval"
  QString label;       // "success", "failure", "timeout", "" (unlabelled / stopped)
  QString labelledBy;  // "operator", "detector", "timer", ""
  std::uint64_t seed = 0;
  int64_t startedMs = 0, endedMs = 0;  // ms since epoch
  std::vector<StepRecord> steps;
  int interventionSteps() const {
    int n = 0;
    for (const auto& s : steps) n += s.intervention ? 1 : 0;
    return n;
  }
};

// A label given (or changed) after an episode's record was handed over.
struct LabelChange {
  int64_t episodeId = -1;
  QString label;       // new label ("" = unlabelled)
  QString labelledBy;  // "operator", "detector", "undo", "relabel"
  float lastReward = 0;
  bool lastTerminal = false;
};

}  // namespace lab
