#pragma once
// Operator-facing words for the controller's value types, translated with tr(). The controller
// (core/) reports codes (states, commands, Notices); the words for those come from core's one
// text layer (notice_text.h), which the CLI uses too; this adds the window's words for episode
// kinds and error sources.
// Thread: GUI thread (uses the installed QTranslator).
#include <QString>

#include "controller_types.h"
#include "notice.h"

namespace lab::ui {

class OperatorText {
 public:
  static QString state(lab::ControllerState s);
  static QString command(lab::ControllerCommand c);
  static QString label(const QString& label);    // "success" -> "Success", "" -> "Unlabelled"
  static QString kind(const QString& kind);      // "demo", "train", "eval", ...
  static QString source(const QString& source);  // "robot", "learner", "store", ...
  // A refusal, error or log line of the controller; "" for an empty Notice (nothing refused).
  static QString notice(const lab::Notice& notice);
  // A sentence shown on its own line (the log, the status bar), its first letter capitalised:
  // the notices are worded to read inside other sentences too ("%1 could not be saved: %2"),
  // so they start in lower case.
  static QString line(const QString& text);
};

}  // namespace lab::ui
