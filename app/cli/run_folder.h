#pragma once
// The files of a `train` run folder besides the checkpoints: config.json (SacConfig),
// progress.csv, and robot.json, which records the robot and its settings so that `eval` on the
// run's checkpoint meets the same robot:  {"robot": "push-cube", "settings": {...}}
#include <QJsonObject>
#include <QString>

namespace lab::cli {

// Throws std::runtime_error naming the file if it cannot be written.
void saveRobotFile(const QString& path, const QString& robot, const QJsonObject& settings);
// An empty object when the file does not exist (runs made before it was written); throws for
// an unreadable file or one that is not a JSON object.
QJsonObject loadRobotFile(const QString& path);

}  // namespace lab::cli
