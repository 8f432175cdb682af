#include "operator_text.h"

#include <QCoreApplication>

#include "notice_text.h"

namespace lab::ui {

QString OperatorText::state(lab::ControllerState s) { return lab::stateText(s); }

QString OperatorText::command(lab::ControllerCommand c) { return lab::commandText(c); }

QString OperatorText::notice(const lab::Notice& n) {
  return n.isEmpty() ? QString() : lab::noticeText(n);
}

QString OperatorText::line(const QString& text) {
  if (text.isEmpty() || !text.front().isLower()) return text;
  return text.front().toUpper() + text.mid(1);
}

QString OperatorText::label(const QString& label) {
  return lab::noticeText(lab::labelNotice(label));
}

QString OperatorText::kind(const QString& kind) {
  if (kind == QLatin1String("demo")) return QCoreApplication::translate("OperatorText", "Demo");
  if (kind == QLatin1String("train"))
    return QCoreApplication::translate("OperatorText", "Training");
  if (kind == QLatin1String("eval"))
    return QCoreApplication::translate("OperatorText", "Evaluation");
  if (kind == QLatin1String("intervention"))
    return QCoreApplication::translate("OperatorText", "Intervention");
  if (kind == QLatin1String("replay")) return QCoreApplication::translate("OperatorText", "Replay");
  return kind;
}

QString OperatorText::source(const QString& source) {
  if (source == QLatin1String("robot")) return QCoreApplication::translate("OperatorText", "Robot");
  if (source == QLatin1String("learner"))
    return QCoreApplication::translate("OperatorText", "Learner");
  if (source == QLatin1String("store"))
    return QCoreApplication::translate("OperatorText", "Session store");
  if (source == QLatin1String("connect"))
    return QCoreApplication::translate("OperatorText", "Connection");
  if (source == QLatin1String("settings"))
    return QCoreApplication::translate("OperatorText", "Settings");
  if (source == QLatin1String("policy"))
    return QCoreApplication::translate("OperatorText", "Policy");
  if (source == QLatin1String("action"))
    return QCoreApplication::translate("OperatorText", "Action");
  if (source == QLatin1String("export"))
    return QCoreApplication::translate("OperatorText", "Export");
  if (source == QLatin1String("teleop"))
    return QCoreApplication::translate("OperatorText", "Teleop");
  if (source == QLatin1String("checkpoint"))
    return QCoreApplication::translate("OperatorText", "Checkpoint");
  if (source == QLatin1String("relabel"))
    return QCoreApplication::translate("OperatorText", "Relabelling");
  if (source == QLatin1String("recording"))
    return QCoreApplication::translate("OperatorText", "Recording");
  return source;
}

}  // namespace lab::ui
