#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab serve-learner --session DIR --listen ADDR [--token T] ...`: runs the learner and
// the session store for a robot loop on another machine (remote/learner/learner_link.proto)
// until SIGINT or SIGTERM, which write a shutdown checkpoint and flush the store.
int runServeLearner(const QStringList& args);
}  // namespace lab::cli
