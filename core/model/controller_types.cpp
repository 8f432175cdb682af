#include "controller_types.h"

namespace lab {

QString toString(ControllerState s) {
  switch (s) {
    case ControllerState::Idle:
      return QStringLiteral("Idle");
    case ControllerState::Connected:
      return QStringLiteral("Connected");
    case ControllerState::RecordingDemo:
      return QStringLiteral("RecordingDemo");
    case ControllerState::Ready:
      return QStringLiteral("Ready");
    case ControllerState::EpisodeRunning:
      return QStringLiteral("EpisodeRunning");
    case ControllerState::BetweenEpisodes:
      return QStringLiteral("BetweenEpisodes");
    case ControllerState::Paused:
      return QStringLiteral("Paused");
    case ControllerState::Evaluating:
      return QStringLiteral("Evaluating");
    case ControllerState::ReplayingDemo:
      return QStringLiteral("ReplayingDemo");
  }
  return QStringLiteral("Unknown");
}

QString toString(Pacing p) {
  return p == Pacing::Lockstep ? QStringLiteral("lockstep") : QStringLiteral("real-time");
}

QString toString(ControllerCommand c) {
  switch (c) {
    case ControllerCommand::Connect:
      return QStringLiteral("Connect");
    case ControllerCommand::Disconnect:
      return QStringLiteral("Disconnect");
    case ControllerCommand::StartRecording:
      return QStringLiteral("StartRecording");
    case ControllerCommand::StopRecording:
      return QStringLiteral("StopRecording");
    case ControllerCommand::ReplayDemo:
      return QStringLiteral("ReplayDemo");
    case ControllerCommand::Success:
      return QStringLiteral("Success");
    case ControllerCommand::Failure:
      return QStringLiteral("Failure");
    case ControllerCommand::UndoLabel:
      return QStringLiteral("UndoLabel");
    case ControllerCommand::InterventionOn:
      return QStringLiteral("InterventionOn");
    case ControllerCommand::InterventionOff:
      return QStringLiteral("InterventionOff");
    case ControllerCommand::StartTraining:
      return QStringLiteral("StartTraining");
    case ControllerCommand::Pause:
      return QStringLiteral("Pause");
    case ControllerCommand::Resume:
      return QStringLiteral("Resume");
    case ControllerCommand::EmergencyStop:
      return QStringLiteral("EmergencyStop");
    case ControllerCommand::AcknowledgeEmergencyStop:
      return QStringLiteral("AcknowledgeEmergencyStop");
    case ControllerCommand::Evaluate:
      return QStringLiteral("Evaluate");
    case ControllerCommand::CheckpointNow:
      return QStringLiteral("CheckpointNow");
    case ControllerCommand::OperatorReady:
      return QStringLiteral("OperatorReady");
  }
  return QStringLiteral("Unknown");
}

namespace {

using S = ControllerState;
using C = ControllerCommand;

bool in(S s, std::initializer_list<S> allowed) {
  for (S a : allowed) {
    if (a == s) return true;
  }
  return false;
}

// Commands that would make the robot move (or start something that moves it). Everything else
// (labels, checkpoint, disconnect, e-stop itself) stays possible while the e-stop is active.
bool moves(C c) {
  switch (c) {
    case C::Connect:
    case C::StartRecording:
    case C::ReplayDemo:
    case C::InterventionOn:
    case C::StartTraining:
    case C::Resume:
    case C::Evaluate:
    case C::OperatorReady:
      return true;
    default:
      return false;
  }
}

using N = NoticeCode;

Notice withState(N code, S s) { return inState(Notice(code), s); }

}  // namespace

Notice inState(const Notice& refusal, ControllerState state) {
  return Notice(NoticeCode::InState, refusal, state);
}

Notice refusalReason(ControllerState s, ControllerCommand c, bool emergencyStopped, bool hasDemo) {
  // The e-stop is never refused: it must work from every state, even twice.
  if (c == C::EmergencyStop) return {};
  if (c == C::AcknowledgeEmergencyStop) {
    return emergencyStopped ? Notice() : Notice(N::NoEmergencyStopToAcknowledge);
  }
  if (emergencyStopped && moves(c)) return Notice(N::BlockedByEmergencyStop, c);
  if (s == S::Idle && c != C::Connect) {
    return inState(Notice(N::NeedsConnectedRobot, c), s);
  }

  switch (c) {
    case C::Connect:
      return s == S::Idle ? Notice() : withState(N::AlreadyConnected, s);
    case C::Disconnect:
      // Only with the robot at rest: a running episode would be cut without its record.
      return in(s, {S::Connected, S::Ready, S::BetweenEpisodes, S::Paused})
                 ? Notice()
                 : withState(N::DisconnectNeedsRest, s);
    case C::StartRecording:
      return in(s, {S::Connected, S::Ready}) ? Notice() : withState(N::RecordingNeedsRest, s);
    case C::StopRecording:
      return s == S::RecordingDemo ? Notice() : withState(N::NotRecording, s);
    case C::ReplayDemo:
      if (!hasDemo) return Notice(N::NoDemoToReplay);
      return s == S::Ready ? Notice() : withState(N::ReplayNeedsReady, s);
    case C::Success:
    case C::Failure:
      // BetweenEpisodes: the operator labels (or corrects) the episode that just ended.
      return in(s, {S::EpisodeRunning, S::RecordingDemo, S::Evaluating, S::BetweenEpisodes})
                 ? Notice()
                 : inState(Notice(N::LabelNeedsRunningEpisode, c), s);
    case C::UndoLabel:
      return in(s, {S::EpisodeRunning, S::BetweenEpisodes, S::Paused, S::Ready})
                 ? Notice()
                 : withState(N::UndoNeedsLabelledEpisode, s);
    case C::InterventionOn:
      return s == S::EpisodeRunning ? Notice() : withState(N::InterventionNeedsEpisode, s);
    case C::InterventionOff:
      return in(s, {S::EpisodeRunning, S::Paused}) ? Notice()
                                                   : withState(N::NoInterventionToEnd, s);
    case C::StartTraining:
      if (!hasDemo) return Notice(N::TrainingNeedsDemo);
      return in(s, {S::Ready, S::BetweenEpisodes}) ? Notice() : withState(N::TrainingNeedsReady, s);
    case C::Pause:
      return in(s, {S::EpisodeRunning, S::BetweenEpisodes, S::Evaluating, S::ReplayingDemo})
                 ? Notice()
                 : withState(s == S::Paused ? N::AlreadyPaused : N::NothingToPause, s);
    case C::Resume:
      return s == S::Paused ? Notice() : withState(N::NothingPaused, s);
    case C::Evaluate:
      // Connected: a policy without a demo of this session (a loaded checkpoint) may be tested.
      return in(s, {S::Connected, S::Ready, S::BetweenEpisodes})
                 ? Notice()
                 : withState(N::EvaluationNeedsReady, s);
    case C::CheckpointNow:
      return s == S::Connected ? withState(N::NothingLearnedYet, s) : Notice();
    case C::OperatorReady:
      return in(s, {S::BetweenEpisodes, S::Evaluating, S::ReplayingDemo})
                 ? Notice()
                 : withState(N::NobodyWaiting, s);
    case C::EmergencyStop:
    case C::AcknowledgeEmergencyStop:
      break;  // handled above
  }
  return {};
}

Notice EvaluationResult::summary() const {
  const QString demo = QString::number(demoSteps, 'f', 0);
  if (successes == 0) return Notice(NoticeCode::EvaluationNoSuccess, episodes, demo);
  return Notice(NoticeCode::EvaluationSummary, successes, episodes,
                QString::number(meanSteps, 'f', 1), demo);
}

}  // namespace lab
