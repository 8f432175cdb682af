#include "notice_text.h"

#include <QCoreApplication>

namespace lab {

namespace {

constexpr const char* kContext = "OperatorText";

const char* stateSource(ControllerState s) {
  using S = ControllerState;
  switch (s) {
    case S::Idle:
      return QT_TRANSLATE_NOOP("OperatorText", "No robot");
    case S::Connected:
      return QT_TRANSLATE_NOOP("OperatorText", "Connected");
    case S::RecordingDemo:
      return QT_TRANSLATE_NOOP("OperatorText", "Recording demo");
    case S::Ready:
      return QT_TRANSLATE_NOOP("OperatorText", "Ready");
    case S::EpisodeRunning:
      return QT_TRANSLATE_NOOP("OperatorText", "Episode running");
    case S::BetweenEpisodes:
      return QT_TRANSLATE_NOOP("OperatorText", "Between episodes");
    case S::Paused:
      return QT_TRANSLATE_NOOP("OperatorText", "Paused");
    case S::Evaluating:
      return QT_TRANSLATE_NOOP("OperatorText", "Evaluating");
    case S::ReplayingDemo:
      return QT_TRANSLATE_NOOP("OperatorText", "Replaying demo");
  }
  return "?";
}

const char* commandSource(ControllerCommand c) {
  using C = ControllerCommand;
  switch (c) {
    case C::Connect:
      return QT_TRANSLATE_NOOP("OperatorText", "Connect");
    case C::Disconnect:
      return QT_TRANSLATE_NOOP("OperatorText", "Disconnect");
    case C::StartRecording:
      return QT_TRANSLATE_NOOP("OperatorText", "Record demo");
    case C::StopRecording:
      return QT_TRANSLATE_NOOP("OperatorText", "Stop");
    case C::ReplayDemo:
      return QT_TRANSLATE_NOOP("OperatorText", "Replay demo");
    case C::Success:
      return QT_TRANSLATE_NOOP("OperatorText", "Success");
    case C::Failure:
      return QT_TRANSLATE_NOOP("OperatorText", "Failure");
    case C::UndoLabel:
      return QT_TRANSLATE_NOOP("OperatorText", "Undo label");
    case C::InterventionOn:
      return QT_TRANSLATE_NOOP("OperatorText", "Take over");
    case C::InterventionOff:
      return QT_TRANSLATE_NOOP("OperatorText", "Hand back");
    case C::StartTraining:
      return QT_TRANSLATE_NOOP("OperatorText", "Start training");
    case C::Pause:
      return QT_TRANSLATE_NOOP("OperatorText", "Pause");
    case C::Resume:
      return QT_TRANSLATE_NOOP("OperatorText", "Resume");
    case C::EmergencyStop:
      return QT_TRANSLATE_NOOP("OperatorText", "Emergency stop");
    case C::AcknowledgeEmergencyStop:
      return QT_TRANSLATE_NOOP("OperatorText", "Acknowledge emergency stop");
    case C::Evaluate:
      return QT_TRANSLATE_NOOP("OperatorText", "Evaluate");
    case C::CheckpointNow:
      return QT_TRANSLATE_NOOP("OperatorText", "Save checkpoint");
    case C::OperatorReady:
      return QT_TRANSLATE_NOOP("OperatorText", "Scene ready");
  }
  return "?";
}

// "%1".."%9" replaced in one pass, so an argument holding "%2" stays as it is.
QString substitute(const QString& pattern, const QStringList& args) {
  QString out;
  out.reserve(pattern.size() + 32);
  for (qsizetype i = 0; i < pattern.size(); ++i) {
    const QChar ch = pattern.at(i);
    if (ch == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1).isDigit() &&
        pattern.at(i + 1) != QLatin1Char('0')) {
      const int n = pattern.at(i + 1).digitValue();
      out += n <= args.size() ? args.at(n - 1) : pattern.mid(i, 2);
      ++i;
      continue;
    }
    out += ch;
  }
  return out;
}

QString word(const char* source, bool translated) {
  return translated ? QCoreApplication::translate(kContext, source) : QString::fromUtf8(source);
}

QString render(const Notice& n, bool translated);

QString renderArg(const QVariant& v, bool translated) {
  if (v.metaType() == QMetaType::fromType<Notice>()) return render(v.value<Notice>(), translated);
  if (v.metaType() == QMetaType::fromType<ControllerState>()) {
    return word(stateSource(v.value<ControllerState>()), translated);
  }
  if (v.metaType() == QMetaType::fromType<ControllerCommand>()) {
    return word(commandSource(v.value<ControllerCommand>()), translated);
  }
  if (v.metaType() == QMetaType::fromType<QVariantList>()) {
    QStringList items;
    for (const auto& item : v.toList()) items << renderArg(item, translated);
    return items.join(QStringLiteral(", "));
  }
  return v.toString();
}

QString render(const Notice& n, bool translated) {
  const char* source = noticeSource(n.code);
  if (!source || n.isEmpty()) return {};
  QStringList args;
  for (const auto& a : n.args) args << renderArg(a, translated);
  return substitute(word(source, translated), args);
}

}  // namespace

QString noticeText(const Notice& notice) { return render(notice, true); }
QString Notice::english() const { return render(*this, false); }
QString stateText(ControllerState s) { return word(stateSource(s), true); }
QString commandText(ControllerCommand c) { return word(commandSource(c), true); }

const char* noticeSource(NoticeCode code) {
  using N = NoticeCode;
  switch (code) {
    case N::Detail:
      return "%1";
    case N::InState:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 (state: %2)");

    case N::NoEmergencyStopToAcknowledge:
      return QT_TRANSLATE_NOOP("OperatorText", "No emergency stop to acknowledge");
    case N::BlockedByEmergencyStop:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 is blocked: the emergency stop is active, acknowledge it first");
    case N::NeedsConnectedRobot:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 needs a connected robot");
    case N::AlreadyConnected:
      return QT_TRANSLATE_NOOP("OperatorText", "Already connected");
    case N::DisconnectNeedsRest:
      return QT_TRANSLATE_NOOP("OperatorText", "Disconnect needs the robot at rest; pause first");
    case N::RecordingNeedsRest:
      return QT_TRANSLATE_NOOP("OperatorText", "Recording needs a connected robot at rest");
    case N::NotRecording:
      return QT_TRANSLATE_NOOP("OperatorText", "Not recording a demo");
    case N::NoDemoToReplay:
      return QT_TRANSLATE_NOOP("OperatorText", "No demo recorded yet: record one first");
    case N::ReplayNeedsReady:
      return QT_TRANSLATE_NOOP("OperatorText", "Replay needs the robot ready");
    case N::LabelNeedsRunningEpisode:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 needs a running episode");
    case N::UndoNeedsLabelledEpisode:
      return QT_TRANSLATE_NOOP("OperatorText", "Undo label needs a labelled training episode");
    case N::InterventionNeedsEpisode:
      return QT_TRANSLATE_NOOP("OperatorText", "Intervention needs a running training episode");
    case N::NoInterventionToEnd:
      return QT_TRANSLATE_NOOP("OperatorText", "No intervention to end");
    case N::TrainingNeedsDemo:
      return QT_TRANSLATE_NOOP("OperatorText", "Training needs a demo: record one first");
    case N::TrainingNeedsReady:
      return QT_TRANSLATE_NOOP("OperatorText", "Training can start only when ready");
    case N::AlreadyPaused:
      return QT_TRANSLATE_NOOP("OperatorText", "Already paused");
    case N::NothingToPause:
      return QT_TRANSLATE_NOOP("OperatorText", "Nothing is running to pause");
    case N::NothingPaused:
      return QT_TRANSLATE_NOOP("OperatorText", "Nothing is paused");
    case N::EvaluationNeedsReady:
      return QT_TRANSLATE_NOOP("OperatorText", "Evaluation needs the robot ready");
    case N::NothingLearnedYet:
      return QT_TRANSLATE_NOOP("OperatorText", "Nothing learned yet: record a demo first");
    case N::NobodyWaiting:
      return QT_TRANSLATE_NOOP("OperatorText", "Nobody is waiting for the operator");

    case N::NoLabelToUndo:
      return QT_TRANSLATE_NOOP("OperatorText", "No label to undo");
    case N::InterventionAlreadyOn:
      return QT_TRANSLATE_NOOP("OperatorText", "Intervention is already on");
    case N::InterventionNeedsTeleop:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Intervention needs a teleop device: no teleop action received yet "
                               "(or enable scriptedDemo on a robot with a scripted expert)");
    case N::InterventionNotOn:
      return QT_TRANSLATE_NOOP("OperatorText", "Intervention is not on");
    case N::LabelNeedsStep:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 needs at least one step of the episode");
    case N::NoEvaluationEpisode:
      return QT_TRANSLATE_NOOP("OperatorText", "%1: no evaluation episode is running");
    case N::NoTrainingEpisodeToLabel:
      return QT_TRANSLATE_NOOP("OperatorText", "%1: no finished training episode to label");
    case N::NoScriptedExpert:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "This robot has no scripted expert: record the demo by hand");
    case N::RecordingNeedsTeleop:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Recording needs a teleop device: no teleop action received yet (or "
                               "enable scriptedDemo on a robot with a scripted expert)");
    case N::WaitingForOperator:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Waiting for the operator to set the scene up: press Ready");
    case N::NextEpisodeStarting:
      return QT_TRANSLATE_NOOP("OperatorText", "The next episode is already starting");
    case N::NoSessionFolder:
      return QT_TRANSLATE_NOOP("OperatorText", "No session folder: checkpoints need a sessionDir");
    case N::EvaluateNeedsEpisodes:
      return QT_TRANSLATE_NOOP("OperatorText", "Evaluate needs at least one episode, got %1");
    case N::RobotRefusedAcknowledge:
      return QT_TRANSLATE_NOOP("OperatorText", "the robot refused the acknowledgement: %1");

    case N::SettingsNeedIdle:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Settings can change only without a robot connected (state: %1)");
    case N::InvalidLearnerConfig:
      return QT_TRANSLATE_NOOP("OperatorText", "invalid learner configuration: %1");
    case N::RobotNoCamera:
      return QT_TRANSLATE_NOOP("OperatorText", "robot '%1' has no camera; use obs_mode \"state\"");
    case N::RobotNoCameraLearnsState:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1' has no camera: this connection learns from its state");
    case N::RobotImageSize:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1' gives %2x%3 images but the learner expects %4x%4");
    case N::RobotNoState:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1' has no state vector; use obs_mode \"image\"");
    case N::RobotNoStateLearnsImages:
      return QT_TRANSLATE_NOOP(
          "OperatorText", "robot '%1' has no state vector: this connection learns from its images");
    case N::RobotNoAction:
      return QT_TRANSLATE_NOOP("OperatorText", "robot '%1' has no action");
    case N::RobotBadTiming:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1' reports control rate %2 Hz and %3 max steps");
    case N::RobotNotSimulated:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1' is not a simulation: lockstep pacing would stop and "
                               "start a physical robot at the learner's pace; use real-time "
                               "pacing");
    case N::MemoryTooSmall:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "replay_capacity %1 (and expert_capacity %2) %3 transitions need %4 "
                               "when full, but only %5 of memory is available (MemAvailable); "
                               "lower replay_capacity to about %6 or free memory");
    case N::SessionFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "session '%1': %2");
    case N::LearnerDidNotStart:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner did not start: %1");
    case N::LearnerStartTimeout:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner did not start within 3 minutes");
    case N::SessionReopened:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "session reopened: %1 episodes, demo %2, %3 environment steps; "
                               "buffers rebuilt from %4 of %5 stored steps (%6 episodes read, at "
                               "most %7 steps in memory at once)");

    case N::RobotCallFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "robot '%1': %2 failed: %3");
    case N::PluginLoadTimeout:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1': loading the plugin did not finish within %2 s; "
                               "abandoned");
    case N::PluginCallOverrun:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1': %2() did not return within %3 s: the robot is marked "
                               "faulted and its plugin abandoned (reconnect to use it again). The "
                               "hardware may still be executing its last command: stop it by its "
                               "own means");
    case N::PluginCallAbandoned:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "robot '%1': %2() was still running when the program stopped; it "
                               "was abandoned");
    case N::NonFiniteState:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the robot reported a non-finite state value; observation dropped");
    case N::ReadsFailed:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 reads in a row failed (the limit is %2); the last one: %3");
    case N::NoValidObservationFor:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "no valid observation for %1 s (the limit is %2 s); the last one: "
                               "%3");
    case N::RobotBlind:
      return QT_TRANSLATE_NOOP("OperatorText", "the robot gives no valid observation: %1");
    case N::CommandsRefused:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the robot takes no command: %1 commands in a row were refused (the "
                               "limit is %2); the last one: %3");
    case N::UnsafeStop:
      return QT_TRANSLATE_NOOP("OperatorText", "%1; %2 (the robot holds still)");
    case N::RecordingWasDiscarded:
      return QT_TRANSLATE_NOOP("OperatorText", "the recording was discarded");
    case N::ReplayWasStopped:
      return QT_TRANSLATE_NOOP("OperatorText", "the demo replay was stopped");
    case N::EpisodeEndedUnlabelled:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "episode %1 ended without a label and training paused");
    case N::NoEpisodeStarted:
      return QT_TRANSLATE_NOOP("OperatorText", "no episode started and training paused");
    case N::WaitingForTeleop:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "waiting for a teleop action (the robot holds still)");
    case N::ActingFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "acting failed: %1");
    case N::ActionSize:
      return QT_TRANSLATE_NOOP("OperatorText", "action has %1 values, the robot takes %2");
    case N::ActionNonFinite:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the action holds a non-finite value; the robot holds still");
    case N::NewWeightsRefused:
      return QT_TRANSLATE_NOOP("OperatorText", "new weights refused: %1");

    case N::EmergencyStopLatched:
      return QT_TRANSLATE_NOOP("OperatorText", "EMERGENCY STOP: zero command sent, learner paused");
    case N::EmergencyStopAcknowledged:
      return QT_TRANSLATE_NOOP("OperatorText", "emergency stop acknowledged");
    case N::EmergencyStopInterruptedRecording:
      return QT_TRANSLATE_NOOP("OperatorText", "the emergency stop interrupted the recording");
    case N::RecordingNotStarted:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Recording did not start: the previous episode or label is not "
                               "saved yet (see the store error); press Record again once it is");
    case N::StoppedBeforeSuccess:
      return QT_TRANSLATE_NOOP("OperatorText", "the recording was stopped before Success");
    case N::OperatorMarkedFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "the operator marked the recording as failed");
    case N::DemoTaskFailed:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the robot reports the task failed (for example a gate missed); "
                               "record it again");
    case N::DemoTimeLimit:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the demo's time limit of %1 steps ran out before Success");
    case N::DemoMustSucceed:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1: a demo must end in success to teach the task (press Success "
                               "when it is done); the previous demo, if any, stays");
    case N::DemoNoSteps:
      return QT_TRANSLATE_NOOP("OperatorText", "it has no steps");
    case N::RecordingDiscarded:
      return QT_TRANSLATE_NOOP("OperatorText", "recording discarded: %1");
    case N::DemoRecorded:
      return QT_TRANSLATE_NOOP("OperatorText", "demo %1 recorded: %2 steps");
    case N::DemoRecordedReplaces:
      return QT_TRANSLATE_NOOP("OperatorText", "demo %1 recorded: %2 steps, replaces demo %3");
    case N::DemoRecordedTeach:
      return QT_TRANSLATE_NOOP("OperatorText", "demo %1 recorded: %2 steps, %3 demos teach");
    case N::ReplayFinished:
      return QT_TRANSLATE_NOOP("OperatorText", "demo replay finished after %1 steps");
    case N::ReplayFinishedSuccess:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "demo replay finished after %1 steps: success detected");
    case N::ReplayFinishedNoSuccess:
      return QT_TRANSLATE_NOOP("OperatorText", "demo replay finished after %1 steps: no success");
    case N::InterventionStarted:
      return QT_TRANSLATE_NOOP("OperatorText", "intervention: the operator drives");
    case N::InterventionEnded:
      return QT_TRANSLATE_NOOP("OperatorText", "intervention ended");
    case N::AlreadyLabelled:
      return QT_TRANSLATE_NOOP("OperatorText", "episode %1 is already labelled %2");
    case N::Labelled:
      return QT_TRANSLATE_NOOP("OperatorText", "episode %1 labelled '%2' (%3)");
    case N::RelabelNeedsSession:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "relabelling needs a connected robot and a session folder");
    case N::NoSuchEpisode:
      return QT_TRANSLATE_NOOP("OperatorText", "no episode %1 in this session");
    case N::OperatorSetUpScene:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "Set up the scene of %1 for the next episode, then press Scene "
                               "ready");

    case N::LabelSuccess:
      return QT_TRANSLATE_NOOP("OperatorText", "Success");
    case N::LabelFailure:
      return QT_TRANSLATE_NOOP("OperatorText", "Failure");
    case N::LabelTimeout:
      return QT_TRANSLATE_NOOP("OperatorText", "Time-out");
    case N::LabelNone:
      return QT_TRANSLATE_NOOP("OperatorText", "Unlabelled");
    case N::ByOperator:
      return QT_TRANSLATE_NOOP("OperatorText", "by the operator");
    case N::ByDetector:
      return QT_TRANSLATE_NOOP("OperatorText", "by the robot's detector");
    case N::ByTimer:
      return QT_TRANSLATE_NOOP("OperatorText", "by the time limit");
    case N::ByRelabel:
      return QT_TRANSLATE_NOOP("OperatorText", "relabelled in the session");
    case N::ByUndo:
      return QT_TRANSLATE_NOOP("OperatorText", "undone");

    case N::TrainingStopped:
      return QT_TRANSLATE_NOOP("OperatorText", "training stopped: %1");
    case N::BudgetDone:
      return QT_TRANSLATE_NOOP("OperatorText", "the training budget of %1 steps is done");
    case N::Solved:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "every evaluation episode succeeded (%1/%1) after %2 steps");
    case N::EvaluationSummary:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "evaluation: %1 of %2 episodes succeeded, in %3 steps on average "
                               "(the demo: %4 steps)");
    case N::EvaluationNoSuccess:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "evaluation: none of %1 episodes succeeded (the demo: %2 steps)");
    case N::PausedForLearner:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "training paused: the learner met non-finite values (see the "
                               "learner error); resume once the cause is fixed");
    case N::PausedForStore:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "training paused: the session could not save what was recorded "
                               "(see the store error); it is kept and tried again every %1 s, and "
                               "when you resume");

    case N::EpisodeItem:
      return QT_TRANSLATE_NOOP("OperatorText", "episode %1");
    case N::LabelItem:
      return QT_TRANSLATE_NOOP("OperatorText", "the label '%1' of episode %2");
    case N::MetricsItem:
      return QT_TRANSLATE_NOOP("OperatorText", "the training metrics");
    case N::CheckpointRecordsItem:
      return QT_TRANSLATE_NOOP("OperatorText", "the checkpoint records");
    case N::EventsItem:
      return QT_TRANSLATE_NOOP("OperatorText", "the event log");
    case N::SavedOnRetry:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 is saved now (on a retry)");
    case N::SaveFailedRetrying:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 could not be saved: %2. It is kept and tried again every %3 s "
                               "and when you resume; training pauses until it is saved");
    case N::SaveFailedOnce:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 could not be saved: %2 (shown once until they are saved again)");
    case N::StoreFlushTimeout:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the session store did not finish writing within 30 s");
    case N::WritesLost:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "disconnected with %1 write(s) the session could not save, now "
                               "lost: %2");

    case N::CheckpointSaved:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint at update %1 (%2): %3");
    case N::CheckpointRefused:
      return QT_TRANSLATE_NOOP("OperatorText", "refused: %1");
    case N::NoUsableCheckpoint:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "no usable checkpoint in this session: the learner starts fresh "
                               "(the buffers are rebuilt from the database)");
    case N::CheckpointNeedsSessionDir:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "no session folder: checkpoints need "
                               "ControllerSettings::sessionDir");
    case N::CheckpointSaveFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "saving '%1' failed: %2");
    case N::ResumedFromCheckpoint:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "resumed learner from checkpoint '%1' at update %2 (weights "
                               "fingerprint %3)");
    case N::LoadedFromCheckpoint:
      return QT_TRANSLATE_NOOP("OperatorText", "learner loaded from '%1' at update %2");
    case N::LearnerBuildFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "could not build the learner: %1");
    case N::LearnerUnknownFailure:
      return QT_TRANSLATE_NOOP("OperatorText", "a message failed with an unknown exception");
    case N::StepValuesNonFinite:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "episode %1: the Q, H_sig or gate values of a step are not finite "
                               "(an observation with extreme values?); they are shown and stored "
                               "as 0");
    case N::EpisodeNotBuffered:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "episode %1 could not enter the training buffers (%2); it is "
                               "stored but not learnt from");
    case N::LearnerDiverged:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "training paused: %1. The learner went back to its weights of "
                               "update %2 (the last good ones); nothing non-finite was published "
                               "or saved. Check the robot's observations and the learner "
                               "settings, then resume");
    case N::UpdateFailed:
      return QT_TRANSLATE_NOOP("OperatorText", "update %1: %2");
    case N::UpdateNonFinite:
      return QT_TRANSLATE_NOOP("OperatorText", "update %1 gave non-finite values");
    case N::WeightsNonFinite:
      return QT_TRANSLATE_NOOP("OperatorText", "the weights at update %1 are not finite");
    case N::LearnerLinkLost:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "lost the link to the learner at %1 (%2): nothing is lost, "
                               "everything not yet stored is sent again when the link returns");
    case N::LearnerLinkRestored:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the link to the learner at %1 is back; %2 messages not yet "
                               "stored were sent again");
    case N::LearnerLinkNotStored:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the learner at %1 did not confirm storing %2 messages before "
                               "the link was closed: the latest episodes or labels may be "
                               "missing from its session");
    case N::LearnerUnreachable:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "cannot reach the learner at %1 (%2): is serve-learner running "
                               "there, and the address right?");
    case N::LearnerLinkRefused:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner at %1 refused the link: %2");
    case N::LearnerShuttingDown:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner server is shutting down");
    case N::LearnerProtocolMismatch:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "this program speaks learner link protocol %1, the learner %2: "
                               "run the same version on both machines");
    case N::LearnerTaken:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "this learner already learns for another robot or config; start "
                               "another serve-learner (another --session) for it");
    case N::LearnerSessionNotReadBack:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner's session could not be read back: %1");
    case N::LearnerRequestOutOfBounds:
      return QT_TRANSLATE_NOOP("OperatorText", "the learner refused the request: %1");
    case N::LearnerTokenRefused:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the learner server refused the token (--learner-token or "
                               "SIGENTLAB_TOKEN must be the one serve-learner uses)");
    case N::PausedForLearnerLink:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "training paused while the link to the learner is down: the robot "
                               "is held still and the episode kept; it resumes by itself when "
                               "the link returns");
    case N::ResumedForLearnerLink:
      return QT_TRANSLATE_NOOP("OperatorText", "the link to the learner is back: training resumes");
    case N::ConfigNotNumber:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must be a number");
    case N::ConfigOutOfRange:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' = %2 is out of range [%3, %4]");
    case N::ConfigNotInteger:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must be an integer");
    case N::ConfigNotBoolean:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must be true or false");
    case N::ConfigNotOneOf:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must be one of: %2");
    case N::ConfigAutoOrNumber:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "config key '%1' must be \"auto\" or a number in [%2, %3]");
    case N::ConfigUnknownKey:
      return QT_TRANSLATE_NOOP("OperatorText", "unknown config key '%1'");
    case N::ConfigUnknownPreset:
      return QT_TRANSLATE_NOOP("OperatorText", "unknown preset '%1'; one of: %2");
    case N::ConfigNotBelow:
      return QT_TRANSLATE_NOOP("OperatorText", "config: '%1' must be below '%2'");
    case N::ConfigAtLeast:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must be >= %2");
    case N::ConfigNeedsSamples:
      return QT_TRANSLATE_NOOP("OperatorText", "config: '%1' > 0 needs '%2' or '%3' > 0");
    case N::ConfigNotAbove:
      return QT_TRANSLATE_NOOP("OperatorText", "config key '%1' must not exceed '%2'");
    case N::ConfigNoCuda:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "config key '%1' = \"%2\" but this LibTorch has no usable CUDA");
    case N::ConfigFileUnreadable:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot read config file '%1': %2");
    case N::ConfigFileNotJson:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "config file '%1' is not valid JSON at offset %2: %3");
    case N::ConfigFileNotObject:
      return QT_TRANSLATE_NOOP("OperatorText", "config file '%1' must hold a JSON object");
    case N::ConfigFileUnwritable:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot write config file '%1': %2");

    case N::SessionFolderMissing:
      return QT_TRANSLATE_NOOP("OperatorText", "session folder '%1' does not exist");
    case N::SessionNotAFolder:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "'%1' is not a folder: a session is a folder holding %2");
    case N::SessionHoldsNone:
      return QT_TRANSLATE_NOOP("OperatorText", "'%1' holds no session (no %2 in it)");
    case N::SessionFileEmpty:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 is empty (0 bytes): not a session database");
    case N::SessionPathIsFile:
      return QT_TRANSLATE_NOOP("OperatorText", "'%1' is a file, not a folder");
    case N::SessionFolderNotCreated:
      return QT_TRANSLATE_NOOP(
          "OperatorText", "cannot create the session folder '%1' (read-only or no permission)");
    case N::SessionExists:
      return QT_TRANSLATE_NOOP(
          "OperatorText", "'%1' already holds a session: open it instead of creating a new one");
    case N::SessionOtherRobot:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the session in '%1' was recorded with robot '%2' (state %3, action "
                               "%4, image %5), not robot '%6' (state %7, action %8, image %9): "
                               "choose another folder");
    case N::SessionRobotChanged:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the session in '%1' was recorded from robot '%2' with state %3, "
                               "action %4 and images of %5 pixels (0: no camera); connected now, "
                               "it gives state %6, action %7 and images of %8 pixels (its camera "
                               "or its settings changed): connect it as it was, or choose another "
                               "folder");
    case N::SessionFolderReadOnly:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "session folder '%1' is read-only: cannot write the session there");
    case N::SessionLocked:
      // %3 names the program (QLockFile: the executable): "sigent-lab" for train or serve-learner.
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the session database %1 is locked by another program (pid %2%3 on "
                               "%4); close it there first. A session sigent-lab serve-learner "
                               "writes can be watched meanwhile in the Sessions tab (File > Open "
                               "session: read-only, it refreshes by itself)");
    case N::SessionLockFileFailed:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "cannot create the lock file in '%1' (read-only folder or no "
                               "permission)");
    case N::SessionFileReadOnly:
      return QT_TRANSLATE_NOOP(
          "OperatorText",
          "%1 is read-only (file permissions, immutable attribute or read-only "
          "disk): the session cannot be written");
    case N::SessionNotADatabase:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 is an SQLite file but not a session database (no schema "
                               "version)");
    case N::SessionSchemaVersion:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "%1 has schema version %2, this build reads version %3 (open it "
                               "read-write once to update it)");
    case N::SessionNoRow:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 has no session row (an interrupted creation?)");
    case N::SessionDamaged:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 is damaged: %2");
    case N::SessionRowInvalid:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 is damaged: its session row is invalid (%2)");
    case N::SessionFileProblem:
      return QT_TRANSLATE_NOOP("OperatorText", "%1: %2");
    case N::StoreLocked:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the session database is locked by another program (%1: %2)");
    case N::StoreDamaged:
      return QT_TRANSLATE_NOOP("OperatorText", "%1 is damaged: %2 (%3)");
    case N::StoreReadOnly:
      return QT_TRANSLATE_NOOP("OperatorText", "the session database is read-only (%1: %2)");
    case N::StoreDiskFull:
      return QT_TRANSLATE_NOOP("OperatorText", "the disk is full (%1: %2)");
    case N::StoreDiskFullBecause:
      return QT_TRANSLATE_NOOP("OperatorText", "the disk is full (%1: %2, %3)");
    case N::StoreCannotOpen:
      return QT_TRANSLATE_NOOP("OperatorText", "the database file cannot be opened (%1: %2)");
    case N::StoreSqliteError:
      return QT_TRANSLATE_NOOP("OperatorText", "%1: %2 (SQLite error %3)");

    case N::ExportCannotWrite:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot write %1: %2");
    case N::ExportDiskFull:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot write %1 (disk full?): %2");
    case N::ExportChecksumUnreadable:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot read %1 for its checksum: %2");
    case N::ExportHdf5Failed:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "writing %1 failed: %2%3 (disk full or folder not writable?)");
    case N::ExportNotMoved:
      return QT_TRANSLATE_NOOP("OperatorText", "cannot move the finished export to %1");
    case N::ExportNoFolder:
      return QT_TRANSLATE_NOOP("OperatorText", "export: no output folder given");
    case N::ExportFolderNotCreated:
      return QT_TRANSLATE_NOOP("OperatorText", "export: cannot create the output folder '%1'");
    case N::ExportNoPolicy:
      return QT_TRANSLATE_NOOP("OperatorText", "export: the policy file '%1' does not exist");
    case N::ExportPolicyNotCopied:
      return QT_TRANSLATE_NOOP("OperatorText", "export: cannot copy the policy '%1' to '%2'");

    case N::CheckpointUnwritable:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' cannot be written: %2");
    case N::CheckpointIncomplete:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "checkpoint '%1' could not be written completely (disk full?): %2");
    case N::CheckpointNotReplaced:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "checkpoint '%1' could not replace the previous file: %2");
    case N::CheckpointUnopenable:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' cannot be opened: %2");
    case N::CheckpointWrongFormat:
      return QT_TRANSLATE_NOOP(
          "OperatorText",
          "checkpoint '%1' is not a SigEnt Lab checkpoint (wrong header or too "
          "short)");
    case N::CheckpointTruncated:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' is truncated");
    case N::CheckpointWrongSize:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "checkpoint '%1' is truncated or has trailing data (%2 bytes, "
                               "expected %3)");
    case N::CheckpointCorrupt:
      return QT_TRANSLATE_NOOP(
          "OperatorText",
          "checkpoint '%1' is corrupt: its SHA-256 checksum does not match its "
          "contents");
    case N::CheckpointBadHeader:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' has an unreadable header: %2");
    case N::CheckpointChecksumMismatch:
      return QT_TRANSLATE_NOOP(
          "OperatorText",
          "checkpoint '%1' has checksum %2 but the session recorded %3: it was "
          "replaced or damaged");
    case N::CheckpointStepMismatch:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "checkpoint '%1' holds update step %2 but the session recorded step "
                               "%3");
    case N::RestoreTimeout:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "the learner did not take the stored episodes within %1 s");
    case N::CheckpointNotFinite:
      return QT_TRANSLATE_NOOP("OperatorText",
                               "checkpoint '%1' not written: the learner's weights are not all "
                               "finite");
    case N::CheckpointMismatch:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' does not match this learner: %2");
    case N::CheckpointUnknownFormat:
      return QT_TRANSLATE_NOOP("OperatorText", "unknown checkpoint format");
    case N::CheckpointStateDim:
      return QT_TRANSLATE_NOOP("OperatorText", "state dimension %1, learner has %2");
    case N::CheckpointActionDim:
      return QT_TRANSLATE_NOOP("OperatorText", "action dimension %1, learner has %2");
    case N::CheckpointKeyDiffers:
      return QT_TRANSLATE_NOOP("OperatorText", "'%1' differs (%2 in the file)");
    case N::CheckpointUnloadable:
      return QT_TRANSLATE_NOOP("OperatorText", "checkpoint '%1' could not be loaded: %2");

    case N::Count:
      break;
  }
  return nullptr;
}

}  // namespace lab
