#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab bench memory`: what the replay buffer keeps per transition (state, image at
// frame_stack 1/2/3), the resident memory of filling 100k and 1M image transitions, and the
// time and peak memory of reopening a session of 100k image transitions. Each resident figure
// is measured in a fresh child process (`bench memory --child ...`), so one measurement's
// freed memory never hides in the next one's.
int runMemoryBench(const QStringList& args);
}  // namespace lab::cli
