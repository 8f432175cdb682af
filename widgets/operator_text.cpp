#include "operator_text.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lab::ui {

namespace {

// For keys marked with QT_TRANSLATE_NOOP (lupdate cannot see through a variable).
QString trKey(const char* text) { return QCoreApplication::translate("OperatorText", text); }

const lab::ControllerState kStates[] = {
    lab::ControllerState::Idle,           lab::ControllerState::Connected,
    lab::ControllerState::RecordingDemo,  lab::ControllerState::Ready,
    lab::ControllerState::EpisodeRunning, lab::ControllerState::BetweenEpisodes,
    lab::ControllerState::Paused,         lab::ControllerState::Evaluating,
    lab::ControllerState::ReplayingDemo};

const lab::ControllerCommand kCommands[] = {
    lab::ControllerCommand::Connect,        lab::ControllerCommand::Disconnect,
    lab::ControllerCommand::StartRecording, lab::ControllerCommand::StopRecording,
    lab::ControllerCommand::ReplayDemo,     lab::ControllerCommand::Success,
    lab::ControllerCommand::Failure,        lab::ControllerCommand::UndoLabel,
    lab::ControllerCommand::InterventionOn, lab::ControllerCommand::InterventionOff,
    lab::ControllerCommand::StartTraining,  lab::ControllerCommand::Pause,
    lab::ControllerCommand::Resume,         lab::ControllerCommand::EmergencyStop,
    lab::ControllerCommand::AcknowledgeEmergencyStop, lab::ControllerCommand::Evaluate,
    lab::ControllerCommand::CheckpointNow,  lab::ControllerCommand::OperatorReady};

// English identifier (toString) -> operator words; unknown identifiers pass through.
QString stateWord(const QString& id) {
  for (auto s : kStates) {
    if (lab::toString(s) == id) return OperatorText::state(s);
  }
  return id;
}
QString commandWord(const QString& id) {
  for (auto c : kCommands) {
    if (lab::toString(c) == id) return OperatorText::command(c);
  }
  return id;
}

// The fixed sentences of lab::refusalReason() and of the controller's runtime refusals. The
// English text is the lookup key; QT_TRANSLATE_NOOP marks it for lupdate.
const char* const kFixedReasons[] = {
    QT_TRANSLATE_NOOP("OperatorText", "No emergency stop to acknowledge"),
    QT_TRANSLATE_NOOP("OperatorText", "Already connected"),
    QT_TRANSLATE_NOOP("OperatorText", "Disconnect needs the robot at rest; pause first"),
    QT_TRANSLATE_NOOP("OperatorText", "Recording needs a connected robot at rest"),
    QT_TRANSLATE_NOOP("OperatorText", "Not recording a demo"),
    QT_TRANSLATE_NOOP("OperatorText", "No demo recorded yet: record one first"),
    QT_TRANSLATE_NOOP("OperatorText", "Replay needs the robot ready"),
    QT_TRANSLATE_NOOP("OperatorText", "Undo label needs a labelled training episode"),
    QT_TRANSLATE_NOOP("OperatorText", "Intervention needs a running training episode"),
    QT_TRANSLATE_NOOP("OperatorText", "No intervention to end"),
    QT_TRANSLATE_NOOP("OperatorText", "Training needs a demo: record one first"),
    QT_TRANSLATE_NOOP("OperatorText", "Training can start only when ready"),
    QT_TRANSLATE_NOOP("OperatorText", "Already paused"),
    QT_TRANSLATE_NOOP("OperatorText", "Nothing is running to pause"),
    QT_TRANSLATE_NOOP("OperatorText", "Nothing is paused"),
    QT_TRANSLATE_NOOP("OperatorText", "Evaluation needs the robot ready"),
    QT_TRANSLATE_NOOP("OperatorText", "Nothing learned yet: record a demo first"),
    QT_TRANSLATE_NOOP("OperatorText", "Nobody is waiting for the operator"),
    QT_TRANSLATE_NOOP("OperatorText", "No label to undo"),
    QT_TRANSLATE_NOOP("OperatorText", "Intervention is already on"),
    QT_TRANSLATE_NOOP("OperatorText", "Intervention is not on"),
    QT_TRANSLATE_NOOP("OperatorText", "Waiting for the operator to set the scene up: press Ready"),
    QT_TRANSLATE_NOOP("OperatorText", "The next episode is already starting"),
    QT_TRANSLATE_NOOP("OperatorText", "No session folder: checkpoints need a sessionDir"),
    QT_TRANSLATE_NOOP("OperatorText",
                      "Intervention needs a teleop device: no teleop action received yet (or "
                      "enable scriptedDemo on a robot with a scripted expert)"),
    QT_TRANSLATE_NOOP("OperatorText",
                      "Recording needs a teleop device: no teleop action received yet (or "
                      "enable scriptedDemo on a robot with a scripted expert)"),
    QT_TRANSLATE_NOOP("OperatorText", "This robot has no scripted expert: record the demo by hand"),
};

// Sentences with the command's name in front ("%1 needs ..."), as core composes them.
struct CommandTemplate {
  const char* suffix;  // English, after "<Command> "
  const char* translated;
};
const CommandTemplate kCommandReasons[] = {
    {" needs a connected robot", QT_TRANSLATE_NOOP("OperatorText", "%1 needs a connected robot")},
    {" is blocked: the emergency stop is active, acknowledge it first",
     QT_TRANSLATE_NOOP("OperatorText",
                       "%1 is blocked: the emergency stop is active, acknowledge it first")},
    {" needs a running episode", QT_TRANSLATE_NOOP("OperatorText", "%1 needs a running episode")},
    {" needs at least one step of the episode",
     QT_TRANSLATE_NOOP("OperatorText", "%1 needs at least one step of the episode")},
    {": no evaluation episode is running",
     QT_TRANSLATE_NOOP("OperatorText", "%1: no evaluation episode is running")},
    {": no finished training episode to label",
     QT_TRANSLATE_NOOP("OperatorText", "%1: no finished training episode to label")},
};

QString translateBody(const QString& body) {
  for (const char* fixed : kFixedReasons) {
    if (body == QLatin1String(fixed)) return trKey(fixed);
  }
  for (const auto& t : kCommandReasons) {
    const QString suffix = QLatin1String(t.suffix);
    if (body.endsWith(suffix)) {
      const QString head = body.left(body.size() - suffix.size());
      if (!head.contains(' ')) return trKey(t.translated).arg(commandWord(head));
    }
  }
  // "Nobody is waiting for the operator (State)" (runtime form with the state in brackets).
  static const QRegularExpression nobody(QStringLiteral("^Nobody is waiting for the operator \\((\\w+)\\)$"));
  if (auto m = nobody.match(body); m.hasMatch()) {
    return QCoreApplication::translate("OperatorText", "Nobody is waiting for the operator (%1)").arg(stateWord(m.captured(1)));
  }
  return body;
}

}  // namespace

QString OperatorText::state(lab::ControllerState s) {
  switch (s) {
    case lab::ControllerState::Idle: return QCoreApplication::translate("OperatorText", "No robot");
    case lab::ControllerState::Connected: return QCoreApplication::translate("OperatorText", "Connected");
    case lab::ControllerState::RecordingDemo: return QCoreApplication::translate("OperatorText", "Recording demo");
    case lab::ControllerState::Ready: return QCoreApplication::translate("OperatorText", "Ready");
    case lab::ControllerState::EpisodeRunning: return QCoreApplication::translate("OperatorText", "Episode running");
    case lab::ControllerState::BetweenEpisodes: return QCoreApplication::translate("OperatorText", "Between episodes");
    case lab::ControllerState::Paused: return QCoreApplication::translate("OperatorText", "Paused");
    case lab::ControllerState::Evaluating: return QCoreApplication::translate("OperatorText", "Evaluating");
    case lab::ControllerState::ReplayingDemo: return QCoreApplication::translate("OperatorText", "Replaying demo");
  }
  return lab::toString(s);
}

QString OperatorText::command(lab::ControllerCommand c) {
  using C = lab::ControllerCommand;
  switch (c) {
    case C::Connect: return QCoreApplication::translate("OperatorText", "Connect");
    case C::Disconnect: return QCoreApplication::translate("OperatorText", "Disconnect");
    case C::StartRecording: return QCoreApplication::translate("OperatorText", "Record demo");
    case C::StopRecording: return QCoreApplication::translate("OperatorText", "Stop");
    case C::ReplayDemo: return QCoreApplication::translate("OperatorText", "Replay demo");
    case C::Success: return QCoreApplication::translate("OperatorText", "Success");
    case C::Failure: return QCoreApplication::translate("OperatorText", "Failure");
    case C::UndoLabel: return QCoreApplication::translate("OperatorText", "Undo label");
    case C::InterventionOn: return QCoreApplication::translate("OperatorText", "Take over");
    case C::InterventionOff: return QCoreApplication::translate("OperatorText", "Hand back");
    case C::StartTraining: return QCoreApplication::translate("OperatorText", "Start training");
    case C::Pause: return QCoreApplication::translate("OperatorText", "Pause");
    case C::Resume: return QCoreApplication::translate("OperatorText", "Resume");
    case C::EmergencyStop: return QCoreApplication::translate("OperatorText", "Emergency stop");
    case C::AcknowledgeEmergencyStop: return QCoreApplication::translate("OperatorText", "Acknowledge emergency stop");
    case C::Evaluate: return QCoreApplication::translate("OperatorText", "Evaluate");
    case C::CheckpointNow: return QCoreApplication::translate("OperatorText", "Save checkpoint");
    case C::OperatorReady: return QCoreApplication::translate("OperatorText", "Scene ready");
  }
  return lab::toString(c);
}

QString OperatorText::label(const QString& label) {
  if (label == QLatin1String("success")) return QCoreApplication::translate("OperatorText", "Success");
  if (label == QLatin1String("failure")) return QCoreApplication::translate("OperatorText", "Failure");
  if (label == QLatin1String("timeout")) return QCoreApplication::translate("OperatorText", "Time-out");
  if (label.isEmpty()) return QCoreApplication::translate("OperatorText", "Unlabelled");
  return label;
}

QString OperatorText::kind(const QString& kind) {
  if (kind == QLatin1String("demo")) return QCoreApplication::translate("OperatorText", "Demo");
  if (kind == QLatin1String("train")) return QCoreApplication::translate("OperatorText", "Training");
  if (kind == QLatin1String("eval")) return QCoreApplication::translate("OperatorText", "Evaluation");
  if (kind == QLatin1String("intervention")) return QCoreApplication::translate("OperatorText", "Intervention");
  if (kind == QLatin1String("replay")) return QCoreApplication::translate("OperatorText", "Replay");
  return kind;
}

QString OperatorText::source(const QString& source) {
  if (source == QLatin1String("robot")) return QCoreApplication::translate("OperatorText", "Robot");
  if (source == QLatin1String("learner")) return QCoreApplication::translate("OperatorText", "Learner");
  if (source == QLatin1String("store")) return QCoreApplication::translate("OperatorText", "Session store");
  if (source == QLatin1String("connect")) return QCoreApplication::translate("OperatorText", "Connection");
  if (source == QLatin1String("settings")) return QCoreApplication::translate("OperatorText", "Settings");
  if (source == QLatin1String("policy")) return QCoreApplication::translate("OperatorText", "Policy");
  if (source == QLatin1String("action")) return QCoreApplication::translate("OperatorText", "Action");
  if (source == QLatin1String("export")) return QCoreApplication::translate("OperatorText", "Export");
  if (source == QLatin1String("teleop")) return QCoreApplication::translate("OperatorText", "Teleop");
  if (source == QLatin1String("checkpoint")) return QCoreApplication::translate("OperatorText", "Checkpoint");
  if (source == QLatin1String("relabel")) return QCoreApplication::translate("OperatorText", "Relabelling");
  return source;
}

QString OperatorText::refusal(const QString& english) {
  if (english.isEmpty()) return {};
  // withState(): "<body> (state: <State>)".
  static const QRegularExpression withState(QStringLiteral("^(.*) \\(state: (\\w+)\\)$"));
  if (auto m = withState.match(english); m.hasMatch()) {
    return QCoreApplication::translate("OperatorText", "%1 (state: %2)").arg(translateBody(m.captured(1)), stateWord(m.captured(2)));
  }
  return translateBody(english);
}

}  // namespace lab::ui
