#pragma once
// The training controller: the operator's state machine over a robot, the learner and the
// session store. Owned by the GUI (or CLI) thread; internally runs the robot loop on its own
// thread at the plugin's control rate and the learner on another, so no slot here ever blocks.
// Every command slot is queued and applied at the robot loop's safe point; a command that makes
// no sense in the current state is refused with commandRefused(command, reason).
// Refusals, errors and log lines are Notices (codes with arguments): the window and the CLI
// turn them into words with noticeText() (notice_text.h).
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

class RobotSource;
class LearnerSource;

struct ControllerSettings {
  QString robotId = "push-cube";
  QJsonObject robotSettings;
  QString pluginDir;  // empty: <app dir>/plugins (statically linked sims also work)
  SacConfig sac;
  QString sessionDir;  // one SQLite file + checkpoints per folder; empty: no store
  // Failure always ends the episode without reward. false (default): the failed step is NOT
  // terminal, so the critic keeps bootstrapping through it like a time-out (the robot could
  // still have succeeded; a sparse-reward failure is usually "not yet", not a dead end).
  // true: the failed step is terminal (value 0 after it), for tasks where failure is absorbing
  // (the cube fell off the table). Success is always terminal, a time-out never is; a failure
  // from the robot's failure detector always is (it fires only once success is impossible).
  bool failureIsTerminal = false;
  // The robot's detectors label success and failure ("detector"); a failure detected while
  // recording the demo discards the recording.
  bool useSuccessDetector = true;
  // Unattended runs: after an episode is durable the next one starts by itself. Without it the
  // controller waits in BetweenEpisodes for startTraining() or operatorReady().
  bool autoTrain = false;
  // The robot's scripted expert drives the demo recording (and interventions) instead of the
  // operator's teleop device; needs RobotInfo::hasScriptedExpert. A teleop action given with
  // setTeleopAction() always wins over the script.
  bool scriptedDemo = false;
  // The observation the learner's config asks for (sac.obsMode), narrowed at connect to what the
  // robot has, with a log line: a robot without a camera learns from its state, one without a
  // state vector from its images. The window's choice (its config asks for the camera, and its
  // robot list has camera-less robots); false (the CLI, where --obs is the user's word): connect
  // refuses a robot that lacks what the config asks for.
  bool fitObservationToRobot = false;
  // Lockstep needs a simulated robot (RobotInfo::simulated); connect refuses it otherwise.
  Pacing pacing = Pacing::RealTime;
  // Unattended evaluation: every `evalEverySteps` online steps (0: never) the loop runs
  // `evalEpisodes` deterministic episodes at the next episode boundary, from the same fixed
  // starts each time, so evaluations compare.
  int evalEverySteps = 0;
  int evalEpisodes = 20;
  // Training stops (state Ready, a final evaluation first when evalEpisodes > 0) once this many
  // online steps are done (0: no budget), or with stopWhenSolved after an evaluation with
  // every episode successful.
  int64_t trainStepBudget = 0;
  bool stopWhenSolved = false;
  // A recording that ends without success (time limit, Stop) teaches nothing: by default it is
  // discarded with the reason and the previous demo stays. true keeps it as the demo.
  bool keepUnsuccessfulDemos = false;
  // How many of the newest demos teach (are in the expert buffer); recording one more drops the
  // oldest. 1 (the default): re-recording replaces the demo. Replay plays the newest.
  int demosKept = 1;
  // The demo's own time limit in steps (a person driving needs longer than the policy);
  // 0: three times the robot's episode limit. A hand-driven recording's clock starts at the
  // operator's first non-zero command, not at the Record click.
  int demoMaxSteps = 0;
  // The same limit in seconds of robot time, used when demoMaxSteps is 0 (the window's setting:
  // a person thinks in seconds, the robot's control rate is known only once it is configured).
  double demoMaxSeconds = 0;
  // The demo's start: -1 draws it from the seed like a training episode's; the headless CLI
  // takes --demo-seed so a run names the demo it learned from.
  int64_t demoSeed = -1;
  // Evaluation episode i starts from evalSeed + i; -1: from kEvalSeedBase + i, the same
  // starts in every evaluation and run. The CLI's `eval --start-seed` (the demo's seed: the
  // policy from the demo's own start, to compare its length with the demo's).
  int64_t evalSeed = -1;
  // A checkpoint file the learner starts from when the session holds none of its own (the
  // CLI's `eval --checkpoint`). Empty: a fresh learner.
  QString initialCheckpoint;
  int checkpointEverySteps = 1000;
  // Also by time, and once at the first update, so a crash loses at most this much learning
  // (0: by steps only).
  int checkpointEverySeconds = 120;
  // Learner updates between weight hand-overs to the acting policy in real time (lockstep hands
  // them over whenever the learner has paid its updates).
  int publishPolicyEvery = 50;

  // Motion safety. The loop acts only on a fresh observation: when a read fails (the plugin
  // says Retry, or its observation is rejected: wrong shape, NaN) it holds still (zero command)
  // and reads again; after `maxFailedReads` failed reads in a row, or `maxStaleSeconds`
  // without a good observation (0: 10 control periods), the episode ends unlabelled, with the
  // reason in an error, and training pauses (a recording is discarded, a replay stopped).
  int maxFailedReads = 5;
  double maxStaleSeconds = 0;
  // A robot that refuses commands (write says Retry) may still be executing the last one it
  // took: after `maxFailedWrites` refused commands in a row the loop latches the e-stop (the
  // plugin's own stop), ends the episode unlabelled with the reason (a recording is discarded,
  // a replay stopped) and training waits for the operator to acknowledge.
  int maxFailedWrites = 5;
  // A plugin call that has not returned after this long faults the robot: the loop lets go of
  // it (disconnects) with the reason, and the e-stop keeps working while it waits (0: 20
  // control periods, at least 2 s). Connecting and disconnecting get robotConnectTimeoutMs.
  int robotCallTimeoutMs = 0;
  int robotConnectTimeoutMs = 120000;
};

// Registers the value types carried by the controller's queued signals (idempotent, any thread).
// The controller calls it itself; call it earlier when connecting before constructing one.
void registerControllerMetaTypes();

class TrainingController : public QObject {
  Q_OBJECT
 public:
  // `robots` creates the robot at each connect (the application's, e.g. app/robots'
  // HostRobotSource: core does not know how robots are found).
  explicit TrainingController(std::shared_ptr<RobotSource> robots, QObject* parent = nullptr);
  // `learners` makes the learner at each connect (app/cli's --learner: the learner on another
  // machine, remote/learner); null: the in-process LearnerWorker.
  TrainingController(std::shared_ptr<RobotSource> robots, std::shared_ptr<LearnerSource> learners,
                     QObject* parent = nullptr);
  ~TrainingController() override;  // stops both threads (bounded wait), zero command first

  ControllerState state() const;
  bool emergencyStopped() const;
  bool hasDemo() const;
  ControllerSettings settings() const;

 public Q_SLOTS:
  void setSettings(const lab::ControllerSettings& settings);  // Idle only
  void connectRobot();
  void disconnectRobot();
  // byScriptedExpert: the robot's scripted expert drives this recording instead of the
  // operator (a simulated robot's RobotInfo::hasScriptedExpert), so a first-time user sees the
  // whole loop without driving; refused with the reason on a robot without one.
  void startRecording(bool byScriptedExpert = false);
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
  void emergencyStop();  // zero command within one control tick; learner paused
  void acknowledgeEmergencyStop();
  void evaluate(int episodes);
  void checkpointNow();
  void operatorReady();  // the scene is reset (robots with ResetMode::Operator)
  void relabelEpisode(qint64 episodeId, bool success);

 Q_SIGNALS:
  void stateChanged(lab::ControllerState state);
  void commandRefused(lab::ControllerCommand command, const lab::Notice& reason);
  void emergencyStopChanged(bool active);
  void frameReady(const lab::CameraFrame& frame);
  void stepPoint(const lab::StepPoint& point);
  void metricsReady(const lab::UpdateMetrics& metrics);
  void episodeFinished(const lab::EpisodeSummary& summary);
  void loopStats(const lab::LoopStats& stats);
  void evaluationFinished(const lab::EvaluationResult& result);
  void operatorResetRequested(const lab::Notice& instructions);
  // The session store committed a finished episode / a label change (durable on disk).
  void episodeStored(qint64 episodeId, const QString& label);
  void labelStored(qint64 episodeId, const QString& label);
  void errorOccurred(const QString& source, const lab::Notice& message);  // once per cause
  void logMessage(const lab::Notice& message);

 private:
  class Private;
  std::unique_ptr<Private> d;
};

}  // namespace lab
