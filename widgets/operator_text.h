#pragma once
// Operator-facing words for the controller's value types, translated with tr(). The controller
// (core/) speaks English identifiers; the window shows these instead. refusal() translates the
// reasons of lab::refusalReason() (and the controller's runtime refusals) by matching their
// English templates; an unknown reason is shown as it is, so nothing is ever hidden.
// Thread: GUI thread (uses the installed QTranslator).
#include <QString>

#include "controller_types.h"

namespace lab::ui {

class OperatorText {
 public:
  static QString state(lab::ControllerState s);
  static QString command(lab::ControllerCommand c);
  static QString label(const QString& label);  // "success" -> "Success", "" -> "Unlabelled"
  static QString kind(const QString& kind);    // "demo", "train", "eval", ...
  static QString source(const QString& source);  // "robot", "learner", "store", ...
  static QString refusal(const QString& englishReason);
};

}  // namespace lab::ui
