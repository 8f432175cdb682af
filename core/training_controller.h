#pragma once
// The training controller: the operator's state machine over a robot, the learner and the
// session store. Owned by the GUI (or CLI) thread; internally runs the robot loop on its own
// thread at the plugin's control rate and the learner on another, so no slot here ever blocks.
// Every command slot is queued and applied at the robot loop's safe point; a command that makes
// no sense in the current state is refused with commandRefused(command, reason).
// Torch-free header (it is moc'd); the workers live in the .cpp.
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QVector>
#include <memory>

#include "controller_types.h"
#include "sac_config.h"
#include "update_metrics.h"

namespace lab {

struct ControllerSettings {
  QString robotId = "push-cube";
  QJsonObject robotSettings;
  QString pluginDir;           // empty: <app dir>/plugins (statically linked sims also work)
  SacConfig sac;
  QString sessionDir;          // one SQLite file + checkpoints per folder; empty: no store
  bool failureIsTerminal = false;   // documented choice: failure ends without bootstrapping cut
  bool useSuccessDetector = true;   // stands in for the operator's Success button
  bool autoTrain = false;           // start the next episode without waiting (unattended runs)
  int checkpointEverySteps = 1000;
  int publishPolicyEvery = 50;      // learner updates between weight hand-overs to the actor
};

class TrainingController : public QObject {
  Q_OBJECT
 public:
  explicit TrainingController(QObject* parent = nullptr);
  ~TrainingController() override;  // stops both threads (bounded wait), zero command first

  ControllerState state() const;
  bool emergencyStopped() const;
  bool hasDemo() const;
  ControllerSettings settings() const;

 public Q_SLOTS:
  void setSettings(const lab::ControllerSettings& settings);  // Idle only
  void connectRobot();
  void disconnectRobot();
  void startRecording();
  void stopRecording();
  void replayDemo();
  void markSuccess();
  void markFailure();
  void undoLabel();
  void setIntervention(bool on);
  void setTeleopAction(const QVector<float>& normalisedAction);  // used while recording/intervening
  void startTraining();
  void pause();
  void resume();
  void emergencyStop();             // zero command within one control tick; learner paused
  void acknowledgeEmergencyStop();
  void evaluate(int episodes);
  void checkpointNow();
  void operatorReady();             // the scene is reset (robots with ResetMode::Operator)
  void relabelEpisode(qint64 episodeId, bool success);

 Q_SIGNALS:
  void stateChanged(lab::ControllerState state);
  void commandRefused(lab::ControllerCommand command, const QString& reason);
  void emergencyStopChanged(bool active);
  void frameReady(const lab::CameraFrame& frame);
  void stepPoint(const lab::StepPoint& point);
  void metricsReady(const lab::UpdateMetrics& metrics);
  void episodeFinished(const lab::EpisodeSummary& summary);
  void loopStats(const lab::LoopStats& stats);
  void evaluationFinished(const lab::EvaluationResult& result);
  void operatorResetRequested(const QString& instructions);
  void errorOccurred(const QString& source, const QString& message);  // once per cause
  void logMessage(const QString& message);

 private:
  class Private;
  std::unique_ptr<Private> d;
};

}  // namespace lab
