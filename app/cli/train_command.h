#pragma once
// `sigent-lab train`: one scripted demonstration, then online SigEnt-SAC (or a baseline preset)
// with periodic deterministic evaluation; writes progress.csv, config.json, final checkpoint.
#include <QStringList>

namespace lab::cli {

int runTrain(const QStringList& args);
int runEval(const QStringList& args);

}  // namespace lab::cli
