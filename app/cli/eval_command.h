#pragma once
// `sigent-lab eval`: runs a saved policy on the deterministic evaluation episodes of `train`,
// on the robot and settings of its run folder unless the command line names others; optionally
// traces every step.
#include <QStringList>

namespace lab::cli {

int runEval(const QStringList& args);

}  // namespace lab::cli
