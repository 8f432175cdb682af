#include "controller_types.h"

namespace lab {

QString toString(ControllerState s) {
  switch (s) {
    case ControllerState::Idle: return QStringLiteral("Idle");
    case ControllerState::Connected: return QStringLiteral("Connected");
    case ControllerState::RecordingDemo: return QStringLiteral("RecordingDemo");
    case ControllerState::Ready: return QStringLiteral("Ready");
    case ControllerState::EpisodeRunning: return QStringLiteral("EpisodeRunning");
    case ControllerState::BetweenEpisodes: return QStringLiteral("BetweenEpisodes");
    case ControllerState::Paused: return QStringLiteral("Paused");
    case ControllerState::Evaluating: return QStringLiteral("Evaluating");
    case ControllerState::ReplayingDemo: return QStringLiteral("ReplayingDemo");
  }
  return QStringLiteral("Unknown");
}

QString toString(Pacing p) {
  return p == Pacing::Lockstep ? QStringLiteral("lockstep") : QStringLiteral("real-time");
}

QString toString(ControllerCommand c) {
  switch (c) {
    case ControllerCommand::Connect: return QStringLiteral("Connect");
    case ControllerCommand::Disconnect: return QStringLiteral("Disconnect");
    case ControllerCommand::StartRecording: return QStringLiteral("StartRecording");
    case ControllerCommand::StopRecording: return QStringLiteral("StopRecording");
    case ControllerCommand::ReplayDemo: return QStringLiteral("ReplayDemo");
    case ControllerCommand::Success: return QStringLiteral("Success");
    case ControllerCommand::Failure: return QStringLiteral("Failure");
    case ControllerCommand::UndoLabel: return QStringLiteral("UndoLabel");
    case ControllerCommand::InterventionOn: return QStringLiteral("InterventionOn");
    case ControllerCommand::InterventionOff: return QStringLiteral("InterventionOff");
    case ControllerCommand::StartTraining: return QStringLiteral("StartTraining");
    case ControllerCommand::Pause: return QStringLiteral("Pause");
    case ControllerCommand::Resume: return QStringLiteral("Resume");
    case ControllerCommand::EmergencyStop: return QStringLiteral("EmergencyStop");
    case ControllerCommand::AcknowledgeEmergencyStop:
      return QStringLiteral("AcknowledgeEmergencyStop");
    case ControllerCommand::Evaluate: return QStringLiteral("Evaluate");
    case ControllerCommand::CheckpointNow: return QStringLiteral("CheckpointNow");
    case ControllerCommand::OperatorReady: return QStringLiteral("OperatorReady");
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
    case C::Connect: case C::StartRecording: case C::ReplayDemo: case C::InterventionOn:
    case C::StartTraining: case C::Resume: case C::Evaluate: case C::OperatorReady:
      return true;
    default:
      return false;
  }
}

QString withState(const QString& what, S s) {
  return QStringLiteral("%1 (state: %2)").arg(what, toString(s));
}

}  // namespace

QString refusalReason(ControllerState s, ControllerCommand c, bool emergencyStopped,
                      bool hasDemo) {
  // The e-stop is never refused: it must work from every state, even twice.
  if (c == C::EmergencyStop) return {};
  if (c == C::AcknowledgeEmergencyStop) {
    return emergencyStopped ? QString() : QStringLiteral("No emergency stop to acknowledge");
  }
  if (emergencyStopped && moves(c)) {
    return QStringLiteral("%1 is blocked: the emergency stop is active, acknowledge it first")
        .arg(toString(c));
  }
  if (s == S::Idle && c != C::Connect) {
    return withState(QStringLiteral("%1 needs a connected robot").arg(toString(c)), s);
  }

  switch (c) {
    case C::Connect:
      return s == S::Idle ? QString() : withState(QStringLiteral("Already connected"), s);
    case C::Disconnect:
      // Only with the robot at rest: a running episode would be cut without its record.
      return in(s, {S::Connected, S::Ready, S::BetweenEpisodes, S::Paused})
                 ? QString()
                 : withState(QStringLiteral("Disconnect needs the robot at rest; pause first"),
                             s);
    case C::StartRecording:
      return in(s, {S::Connected, S::Ready})
                 ? QString()
                 : withState(QStringLiteral("Recording needs a connected robot at rest"), s);
    case C::StopRecording:
      return s == S::RecordingDemo ? QString()
                                   : withState(QStringLiteral("Not recording a demo"), s);
    case C::ReplayDemo:
      if (!hasDemo) return QStringLiteral("No demo recorded yet: record one first");
      return s == S::Ready ? QString()
                           : withState(QStringLiteral("Replay needs the robot ready"), s);
    case C::Success:
    case C::Failure:
      // BetweenEpisodes: the operator labels (or corrects) the episode that just ended.
      return in(s, {S::EpisodeRunning, S::RecordingDemo, S::Evaluating, S::BetweenEpisodes})
                 ? QString()
                 : withState(QStringLiteral("%1 needs a running episode").arg(toString(c)), s);
    case C::UndoLabel:
      return in(s, {S::EpisodeRunning, S::BetweenEpisodes, S::Paused, S::Ready})
                 ? QString()
                 : withState(QStringLiteral("Undo label needs a labelled training episode"), s);
    case C::InterventionOn:
      return s == S::EpisodeRunning
                 ? QString()
                 : withState(QStringLiteral("Intervention needs a running training episode"), s);
    case C::InterventionOff:
      return in(s, {S::EpisodeRunning, S::Paused})
                 ? QString()
                 : withState(QStringLiteral("No intervention to end"), s);
    case C::StartTraining:
      if (!hasDemo) return QStringLiteral("Training needs a demo: record one first");
      return in(s, {S::Ready, S::BetweenEpisodes})
                 ? QString()
                 : withState(QStringLiteral("Training can start only when ready"), s);
    case C::Pause:
      return in(s, {S::EpisodeRunning, S::BetweenEpisodes, S::Evaluating, S::ReplayingDemo})
                 ? QString()
                 : withState(s == S::Paused ? QStringLiteral("Already paused")
                                            : QStringLiteral("Nothing is running to pause"),
                             s);
    case C::Resume:
      return s == S::Paused ? QString() : withState(QStringLiteral("Nothing is paused"), s);
    case C::Evaluate:
      // Connected: a policy without a demo of this session (a loaded checkpoint) may be tested.
      return in(s, {S::Connected, S::Ready, S::BetweenEpisodes})
                 ? QString()
                 : withState(QStringLiteral("Evaluation needs the robot ready"), s);
    case C::CheckpointNow:
      return s == S::Connected
                 ? withState(QStringLiteral("Nothing learned yet: record a demo first"), s)
                 : QString();
    case C::OperatorReady:
      return in(s, {S::BetweenEpisodes, S::Evaluating, S::ReplayingDemo})
                 ? QString()
                 : withState(QStringLiteral("Nobody is waiting for the operator"), s);
    case C::EmergencyStop:
    case C::AcknowledgeEmergencyStop:
      break;  // handled above
  }
  return {};
}

}  // namespace lab
