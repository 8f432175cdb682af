#pragma once
// GuiCommandLine: the options of sigent-lab-gui that shape the composition (robot, session,
// config, observation mode, autopilot, pacing, unattended evaluation, a learner on another
// machine: the same --learner options as `sigent-lab train`) and their translation
// into GuiOptions. Apart from main() so a test can check that e.g. --lockstep really reaches
// ControllerSettings::pacing. Window-only options (language, screenshot) stay in main().
// Thread: GUI thread (before the event loop).
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <vector>

#include "gui_composition.h"

namespace lab::ui {

class GuiCommandLine {
 public:
  GuiCommandLine();
  void addTo(QCommandLineParser& parser) const;
  // After parser.process()/parse(): fills `out`; false with `error` for a bad value.
  bool read(const QCommandLineParser& parser, GuiOptions& out, QString& error) const;
  bool autopilot(const QCommandLineParser& parser) const { return parser.isSet(m_autopilot); }

 private:
  QCommandLineOption m_robot, m_session, m_plugins, m_config, m_obs, m_noConnect, m_scripted,
      m_autoTrain, m_autopilot, m_noGamepad, m_lockstep, m_evalEvery, m_stopWhenSolved;
  std::vector<QCommandLineOption> m_link;  // --learner and its companions
};

}  // namespace lab::ui
