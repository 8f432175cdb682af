#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab bench bridge [--robot ID] [--steps N]`: the robot bridge's command-to-observation
// round trip on loopback (remote-robot against `sigent-lab serve-robot` in another process),
// p50/p99, next to the same robot's step in-process.
int runBridgeBench(const QStringList& args);
}  // namespace lab::cli
