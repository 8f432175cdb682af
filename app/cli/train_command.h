#pragma once
// `sigent-lab train`: the window's engine (TrainingController) without the window, paced in
// lockstep by default: one scripted demonstration, then online SigEnt-SAC (or a baseline
// preset) with a deterministic evaluation every --eval-every steps. The --out folder is a
// session the window can open, browse, relabel and export; beside the session it holds
// progress.csv (a row per evaluation), config.json, robot.json and final.ckpt. Running again
// on the same folder resumes it. With --learner HOST:PORT the learner and the session store
// run on another machine (`sigent-lab serve-learner` there); --out then holds progress.csv,
// config.json and robot.json, the session and checkpoints are on the learner machine.
#include <QString>
#include <QStringList>

#include "learner_link_options.h"
#include "training_controller.h"

namespace lab::cli {

// The controller settings a `train` command line asks for (throws std::runtime_error or
// ConfigError naming the option); `outDir` gets the run folder.
// With `learner`, the learner link's options (--learner ...) too: `learner->address` is empty
// when the learner runs in this process.
ControllerSettings trainSettings(const QStringList& args, QString& outDir,
                                 link::LinkOptions* learner = nullptr);
int runTrain(const QStringList& args);

}  // namespace lab::cli
