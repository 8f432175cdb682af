#pragma once
// The one place that turns the controller's codes into words: notices, states and commands.
// Every text is a source string of Qt's translation (context "OperatorText", extracted by
// lupdate from notice_text.cpp), rendered with QCoreApplication::translate, so the window shows
// the installed language and the CLI, which installs none, prints the same English.
// Thread: any (translate() is thread-safe); the window calls it on the GUI thread.
#include <QString>

#include "controller_types.h"
#include "notice.h"

namespace lab {

// In the installed language (English without a translator).
QString noticeText(const Notice& notice);
QString stateText(ControllerState state);
QString commandText(ControllerCommand command);

// The English source string of a code, with %1, %2 ... for its arguments (nullptr for Count).
const char* noticeSource(NoticeCode code);

}  // namespace lab
