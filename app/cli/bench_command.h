#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab bench learner`: updates/s and ms/update of the state and image networks.
int runBench(const QStringList& args);
}  // namespace lab::cli
