#include "gui_command_line.h"

namespace lab::ui {

GuiCommandLine::GuiCommandLine()
    : m_robot("robot", "Robot plugin id (default: last used, else slalom-quadruped).", "id"),
      m_session("session-dir", "Session folder (default: one per robot).", "dir"),
      m_plugins("plugin-dir", "Robot plugin folder.", "dir"),
      m_config("config", "SigEnt-SAC config JSON file.", "file"),
      m_obs("obs", "Observation mode: state, image or both.", "mode"),
      m_noConnect("no-connect", "Do not connect to the robot on start."),
      m_scripted("scripted-demo", "The robot's scripted expert drives the demo."),
      m_autoTrain("auto-train", "Start each training episode without the operator."),
      m_autopilot("autopilot",
                  "Record a scripted demo and train unattended (implies --scripted-demo "
                  "--auto-train)."),
      m_noGamepad("no-gamepad", "Do not open game controllers."),
      m_lockstep("lockstep",
                 "Lockstep pacing (simulated robots only): the sim waits for the learner, "
                 "exact UTD, faster than real time. Presets the Robot panel's choice."),
      m_evalEvery("eval-every",
                  "Evaluate unattended every N online steps (20 deterministic episodes).", "N"),
      m_stopWhenSolved("stop-when-solved",
                       "Stop training after an evaluation in which every episode succeeded.") {
  for (const auto& o : lab::link::linkOptionHelp())
    m_link.emplace_back(o.name, o.help, o.valueName);
}

void GuiCommandLine::addTo(QCommandLineParser& p) const {
  for (const auto& o :
       {m_robot, m_session, m_plugins, m_config, m_obs, m_noConnect, m_scripted, m_autoTrain,
        m_autopilot, m_noGamepad, m_lockstep, m_evalEvery, m_stopWhenSolved}) {
    p.addOption(o);
  }
  for (const auto& o : m_link) p.addOption(o);
}

bool GuiCommandLine::read(const QCommandLineParser& p, GuiOptions& o, QString& error) const {
  o.robotId = p.value(m_robot);
  o.sessionDir = p.value(m_session);
  o.pluginDir = p.value(m_plugins);
  o.configFile = p.value(m_config);
  if (p.isSet(m_obs)) {
    const QString m = p.value(m_obs);
    if (m == "state")
      o.obsMode = lab::ObsMode::State;
    else if (m == "image")
      o.obsMode = lab::ObsMode::Image;
    else if (m == "both")
      o.obsMode = lab::ObsMode::Both;
    else {
      error = QStringLiteral("--obs must be state, image or both, not '%1'").arg(m);
      return false;
    }
  }
  o.autoConnect = !p.isSet(m_noConnect);
  o.scriptedDemo = p.isSet(m_scripted) || p.isSet(m_autopilot);
  o.autoTrain = p.isSet(m_autoTrain) || p.isSet(m_autopilot);
  o.gamepad = !p.isSet(m_noGamepad);
  o.pacing = p.isSet(m_lockstep) ? lab::Pacing::Lockstep : lab::Pacing::RealTime;
  o.stopWhenSolved = p.isSet(m_stopWhenSolved);
  if (p.isSet(m_evalEvery)) {
    bool ok = false;
    o.evalEverySteps = p.value(m_evalEvery).toInt(&ok);
    if (!ok || o.evalEverySteps < 0) {
      error = QStringLiteral("--eval-every takes a step count, not '%1'").arg(p.value(m_evalEvery));
      return false;
    }
  }
  return lab::link::readLinkOptions([&](const QString& name) { return p.value(name); }, o.learner,
                                    error);
}

}  // namespace lab::ui
