#pragma once
// Value types the training controller exchanges with the window and the CLI. Torch-free and
// QtGui-free so widgets/ and app/ can include them.
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <cstdint>

#include "notice.h"

namespace lab {

// Evaluation episode i of every evaluation starts from seed kEvalSeedBase + i: far from the
// training episodes' seeds, so evaluation starts are never trained on, and the same starts in
// every evaluation of every run.
constexpr std::uint64_t kEvalSeedBase = 1000000;

enum class ControllerState {
  Idle,             // no robot
  Connected,        // robot active, no demo yet
  RecordingDemo,    // operator drives; steps go to the expert buffer
  Ready,            // a demo exists; training can start
  EpisodeRunning,   // learning policy acts (operator may intervene)
  BetweenEpisodes,  // episode ended; waiting for reset / operator "Ready" / label
  Paused,           // robot holds still (zero command), learner stopped
  Evaluating,       // deterministic evaluation episodes
  ReplayingDemo,    // the demo's actions are played back on the robot
};
QString toString(ControllerState s);

enum class ControllerCommand {
  Connect,
  Disconnect,
  StartRecording,
  StopRecording,
  ReplayDemo,
  Success,
  Failure,
  UndoLabel,
  InterventionOn,
  InterventionOff,
  StartTraining,
  Pause,
  Resume,
  EmergencyStop,
  AcknowledgeEmergencyStop,
  Evaluate,
  CheckpointNow,
  OperatorReady,
};
QString toString(ControllerCommand c);

// Why `command` is not allowed in `state` (an empty Notice when it is). The single source of
// truth for both the controller (which refuses) and the window (which disables buttons and shows
// the reason, in words from notice_text.h, as a tooltip).
Notice refusalReason(ControllerState state, ControllerCommand command, bool emergencyStopped,
                     bool hasDemo);
// A refusal together with the state it was refused in ("... (state: Paused)").
Notice inState(const Notice& refusal, ControllerState state);

// How the robot loop paces a simulated robot. RealTime: at the plugin's control rate, the
// learner updating beside it as fast as it can (a physical robot's only mode). Lockstep: the
// sim advances one step only after the learner has paid the updates the previous steps earned
// (exact UTD, deterministic per seed with one thread, as fast as the CPU allows).
enum class Pacing { RealTime, Lockstep };
QString toString(Pacing p);

struct CameraFrame {
  QByteArray image;  // grayscale, row-major, width*height bytes (what the network sees)
  int width = 0, height = 0;
  QByteArray raw;  // optional larger operator view
  int rawWidth = 0, rawHeight = 0;
  int64_t episode = -1;
  int step = 0;
};

struct StepPoint {  // one step of the current episode, in step with the camera frame
  int64_t episode = -1;
  int step = 0;
  double q = 0, hSig = 0, gate = 0;
  bool intervention = false;
  QVector<float> action;      // the command of this step (normalised)
  QVector<float> robotState;  // the robot's state vector after it
};

struct EpisodeSummary {
  int64_t id = -1;
  QString kind;   // "demo", "train", "eval"
  QString label;  // "success", "failure", "timeout", "" (unlabelled)
  int steps = 0;
  int interventionSteps = 0;
};

struct LoopStats {
  double controlRateHz = 0;  // measured
  double jitterMs = 0;       // std dev of the tick period
  double updatesPerSecond = 0;
  int replaySize = 0, expertSize = 0;
  double secondsSinceCheckpoint = -1;  // -1: none yet
  int64_t envSteps = 0, updates = 0;
  // Pacing: the robot time stepped since connect (steps / control rate) against wall-clock,
  // and updates per online step over the last report (-1: no online step in it).
  bool lockstep = false;
  double simSeconds = 0, wallSeconds = 0;
  double achievedUtd = -1;
  int configuredUtd = 1;
  // The open episode: steps taken and its time limit (the demo's own limit while recording;
  // 0 when no episode is open), at the robot's nominal control rate, for the countdown.
  // A recording with 0 steps is waiting for the operator's first move.
  int episodeSteps = 0, episodeStepLimit = 0;
  double nominalRateHz = 0;
  // The connected robot's time limits as configured (its settings may change them): training
  // and evaluation episodes, and demo recordings.
  int episodeLimitSteps = 0, demoLimitSteps = 0;
  bool camera = true;  // false: the robot has no camera, only a state vector
};

struct EvaluationResult {
  int episodes = 0, successes = 0;
  double meanSteps = 0;  // over successful episodes
  double demoSteps = 0;
  // Where training stood when the evaluation started.
  int64_t envSteps = 0, updates = 0;
  double trainSeconds = 0;  // wall-clock of training (evaluations excluded) since connect
  // Training episodes that ended since the previous evaluation, and how many succeeded.
  int trainEpisodes = 0, trainSuccesses = 0;

  // The operator's sentence: successes, their mean length against the demo's; "none succeeded"
  // rather than a mean of 0 steps over no episode.
  Notice summary() const;
};

}  // namespace lab

Q_DECLARE_METATYPE(lab::ControllerState)
Q_DECLARE_METATYPE(lab::ControllerCommand)
Q_DECLARE_METATYPE(lab::CameraFrame)
Q_DECLARE_METATYPE(lab::StepPoint)
Q_DECLARE_METATYPE(lab::EpisodeSummary)
Q_DECLARE_METATYPE(lab::LoopStats)
Q_DECLARE_METATYPE(lab::EvaluationResult)
Q_DECLARE_METATYPE(lab::Pacing)
