#pragma once
// Before QApplication: is there a display for the window? Without one, Qt aborts naming its
// platform plugins ("Reinstalling the application may fix this problem"), which tells an
// operator on an ssh session nothing about what to do; this says it plainly instead.

namespace lab::ui {

// True: go on and open the window (a display answers, or the platform was chosen: -platform,
// QT_QPA_PLATFORM, WAYLAND_DISPLAY). --help and --version need no display and are answered
// offscreen. False: no display (DISPLAY unset) or a stale one (DISPLAY names an X server that
// refuses the connection: closed, or its ssh session ended); what to do is on stderr and main
// returns 2. Where the X server cannot be told apart (a slow remote host, an unusual DISPLAY),
// Qt is left to try.
bool displayOrExplain(int argc, char** argv);

}  // namespace lab::ui
