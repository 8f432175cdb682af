#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab export --session DIR --out DIR`: HDF5 (D4RL layout), metrics CSV, manifest and
// the policy of the newest valid checkpoint as TorchScript.
int runExport(const QStringList& args);
}  // namespace lab::cli
