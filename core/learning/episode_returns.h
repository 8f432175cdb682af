#pragma once
// The Monte-Carlo returns of a finished episode, the floor of the OOD term (Cal-QL's
// calibration). The engine computes them in one place, the learner worker: when an episode
// ends, when a stored episode is restored on reopen, and (through ReplayBuffer::relabelEpisode)
// when a label changes.
#include <vector>

#include "transition.h"

namespace lab {

// Fills Transition::mcReturn of every step, from the last one back: g = r + gamma * g, cut at a
// terminal step. A time-out contributes nothing beyond its end.
void fillReturns(std::vector<Transition>& episode, double gamma);

}  // namespace lab
