#pragma once
#include <QStringList>

namespace lab::cli {
// `sigent-lab serve-robot --robot ID --listen ADDR [--token T] [--settings JSON] ...`: serves
// one robot plugin over the robot bridge (hardware/remote/robot_bridge.proto) until SIGINT or
// SIGTERM, which stops the robot first.
int runServeRobot(const QStringList& args);
}  // namespace lab::cli
