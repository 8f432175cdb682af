#pragma once
// `sigent-lab train`: one scripted demonstration, then online SigEnt-SAC (or a baseline preset)
// with periodic deterministic evaluation; writes progress.csv, config.json, robot.json,
// latest.ckpt at every evaluation and final.ckpt at the end.
#include <QStringList>

namespace lab::cli {

int runTrain(const QStringList& args);

}  // namespace lab::cli
