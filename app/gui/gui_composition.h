#pragma once
// GuiComposition: the composition root of the window, shared by main() and the window test.
// Builds the TrainingController, the robot catalog, the teleop input and the MainWindow, and
// wires them with queued connections (the controller reports from its own threads through
// its own queued re-posts; queued here too so no slot runs inside a controller call). Reads
// and writes the window's QSettings: geometry and docks, language, last robot, its settings,
// the learner config, last session folder.
// Thread: GUI thread.
#include <QKeyEvent>
#include <QMutex>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

#include "host_robot_source.h"
#include "learner_link_options.h"
#include "sac_config.h"
#include "training_controller.h"

namespace lab::ui {

class MainWindow;
class RobotCatalog;
class SessionHistoryLoader;
class TeleopInput;
struct SessionHistory;

struct GuiOptions {
  QString robotId;     // empty: last robot from the settings, else slalom-quadruped
  QString sessionDir;  // empty: last session folder, else <Documents>/SigEntLab/<robot>
  QString pluginDir;   // empty: <app dir>/plugins
  QString configFile;  // SacConfig JSON; empty: the saved config, else defaults
  std::optional<lab::ObsMode> obsMode;  // overrides the config's obs_mode
  bool autoConnect = true;
  bool scriptedDemo = false;  // the robot's scripted expert drives demos (no keyboard needed)
  bool autoTrain = false;     // episodes follow each other without the operator
  bool gamepad = true;
  int checkpointEverySteps = 1000;
  // Preset of the robot panel's pacing choice (the panel decides at each connect).
  lab::Pacing pacing = lab::Pacing::RealTime;
  int evalEverySteps = 0;       // unattended evaluation every N online steps (0: never)
  bool stopWhenSolved = false;  // stop training after an evaluation with every episode solved
  // A learner on another machine (sigent-lab serve-learner): its session store is there, this
  // window keeps none. Empty address: the learner runs in this program.
  lab::link::LinkOptions learner;
};

class GuiComposition : public QObject {
  Q_OBJECT
 public:
  explicit GuiComposition(const GuiOptions& options, QObject* parent = nullptr);
  ~GuiComposition() override;  // saves the settings; the controller stops its threads

  MainWindow* window() const { return m_window.get(); }
  lab::TrainingController* controller() const { return m_controller.get(); }
  // The robots the controller can connect to (add one before connecting to it).
  lab::HostRobotSource& robots() const { return *m_robots; }
  TeleopInput* teleop() const { return m_teleop; }
  const RobotCatalog& catalog() const { return *m_catalog; }
  lab::ControllerSettings controllerSettings() const { return m_settings; }

  void show();  // shows the window; connects when autoConnect and the robot exists
  bool connectRobot(const QString& robotId, const QJsonObject& robotSettings);
  void saveSettings() const;

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  bool robotMoves() const;  // a state in which the robot may move and no e-stop is active
  static bool isEmergencyStopKey(const QKeyEvent* key);
  void wire();
  void refreshState();
  // "Learner: remote at HOST:PORT" (and whether its link is down) or "in this program".
  QString learnerText() const;
  void followLearnerLink(const lab::Notice& notice);  // a learner link lost or back
  // The Sessions tab's session when another program writes it: reloaded when it changed.
  void followOtherWriter();
  // A stored session's curves, drawn when they are still wanted: the browser's session while
  // idle, or the connected session whose live points wait for them.
  void showStoredCurves(const QString& folder, const SessionHistory& history);
  void onCommand(lab::ControllerCommand command, int count);
  void onTakeover(bool held);
  void useRobot(const QString& robotId);
  QString defaultSessionDir(const QString& robotId) const;
  // m_settings.sessionDir plus a locked copy for the session browser's pool threads.
  void setSessionDir(const QString& dir);
  QString writtenSessionDir() const;  // any thread

  GuiOptions m_options;
  lab::ControllerSettings m_settings;
  QString m_robotName;  // the chosen robot's name, as the robot list shows it
  std::shared_ptr<lab::HostRobotSource> m_robots = std::make_shared<lab::HostRobotSource>();
  std::unique_ptr<RobotCatalog> m_catalog;
  std::unique_ptr<lab::TrainingController> m_controller;
  std::unique_ptr<MainWindow> m_window;
  TeleopInput* m_teleop = nullptr;
  SessionHistoryLoader* m_history = nullptr;
  bool m_interventionOn = false;
  lab::ControllerState m_shownState = lab::ControllerState::Idle;  // last state shown
  bool m_explicitSessionDir = false;
  bool m_learnerLinkDown = false;
  QString m_watchedStamp;  // the watched session's folder and file times
  mutable QMutex m_sessionDirMutex;
  QString m_sessionDirCopy;
  // Hands the connected robot's action layout (as configured) from the plugin-call thread to
  // the teleop; the destructor cuts it, since a hung plugin call may return after the window.
  struct TeleopRelay;
  std::shared_ptr<TeleopRelay> m_teleopRelay;
};

}  // namespace lab::ui
