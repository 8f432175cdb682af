#pragma once
// The test's side of the chaos robot plugin (hardware/chaos): its settings, the control file
// that switches faults mid-run and the trace file that says what reached the "actuators".
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <vector>

#include "training_controller.h"

namespace labtest {

inline QString chaosPluginDir() {
  const QByteArray bin = qgetenv("LAB_BINARY_DIR");
  return bin.isEmpty() ? QString()
                       : QDir(QString::fromLocal8Bit(bin)).filePath("bin/tests/chaos_plugins");
}

class ChaosControl {
 public:
  ChaosControl() { set(QStringLiteral("none")); }
  // Deleting the folder also ends a hang (the plugin then finds no "hang" in the control file).
  ~ChaosControl() { set(QStringLiteral("none")); }

  QJsonObject robotSettings(QJsonObject s) const {
    s.insert("control_file", controlPath());
    s.insert("trace_file", tracePath());
    return s;
  }
  // Whole or not at all: the plugin reads the file at every call.
  void set(const QString& fault) {
    QSaveFile f(controlPath());
    if (f.open(QIODevice::WriteOnly)) {
      f.write(fault.toUtf8() + '\n');
      f.commit();
    }
  }
  QStringList trace() const {
    QFile f(tracePath());
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
  }
  int indexOf(const QString& line) const { return trace().indexOf(line); }
  // Where `then` first appears after the first `first`; -1 if either is missing.
  int indexAfter(const QString& first, const QString& then) const {
    const QStringList lines = trace();
    const int i = lines.indexOf(first);
    return i < 0 ? -1 : lines.indexOf(then, i + 1);
  }
  // The commands written from trace line `from` on.
  std::vector<std::vector<float>> writesFrom(int from) const {
    std::vector<std::vector<float>> out;
    const QStringList lines = trace();
    for (int i = std::max(0, from); i < lines.size(); ++i) {
      const QStringList w = lines[i].split(' ');
      if (w.size() == 3 && w[0] == "write") out.push_back({w[1].toFloat(), w[2].toFloat()});
    }
    return out;
  }

 private:
  QString controlPath() const { return m_dir.filePath("control"); }
  QString tracePath() const { return m_dir.filePath("trace"); }
  QTemporaryDir m_dir;
};

inline lab::ControllerSettings chaosSettings(const ChaosControl& chaos, QJsonObject robot,
                                             const QString& sessionDir = {}) {
  lab::ControllerSettings s;
  s.robotId = "chaos";
  s.pluginDir = chaosPluginDir();
  s.robotSettings = chaos.robotSettings(std::move(robot));
  s.sessionDir = sessionDir;
  s.sac.obsMode = lab::ObsMode::State;
  s.sac.hiddenDim = 32;
  s.sac.batchSize = 16;
  s.sac.numThreads = 1;
  s.sac.replayCapacity = 5000;
  s.sac.expertCapacity = 1000;
  s.sac.oodPolicySamples = 2;
  s.scriptedDemo = true;
  s.useSuccessDetector = false;
  s.keepUnsuccessfulDemos = true;
  s.checkpointEverySteps = 0;
  s.publishPolicyEvery = 5;
  return s;
}

}  // namespace labtest
