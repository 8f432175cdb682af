#pragma once
// EpisodeControls: the operator's buttons. Each is enabled only when lab::refusalReason()
// (the controller's own rule) allows its command in the current state, and its tooltip says
// why when it is not. The big red EMERGENCY STOP is never disabled; while the stop is active
// it reads "STOPPED" and the Acknowledge button appears. Keyboard (window-wide shortcuts, shown
// on the buttons; text fields keep their own keys): R = Record demo, D = Replay demo,
// T = Start training,
// P = Pause / Resume, S = Success, F = Failure, Space or Esc = emergency stop. None of them is a
// teleop key (hardware/teleop/keyboard_teleop.cpp).
// Under the state: the open episode's clock. While recording, a countdown of the demo's own
// time limit (and, before the operator's first move, that the clock has not started); during
// an episode, its step against the robot's time limit. Under the clock, the keys that drive
// the robot (setDrivingKeys): to drive while recording, to take over while an episode runs.
// The widget only asks (commandRequested); the window forwards to the controller, whose answer
// comes back through setControllerState().
// Thread: GUI thread.
#include <QMap>
#include <QWidget>

#include "controller_types.h"

class QAbstractButton;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lab::ui {

class EpisodeControls : public QWidget {
  Q_OBJECT
 public:
  explicit EpisodeControls(QWidget* parent = nullptr);

  // Pause and Resume share one button (its text follows the state). EmergencyStop and
  // AcknowledgeEmergencyStop have their own. Null for commands without a button (Connect...).
  QPushButton* button(lab::ControllerCommand command) const;
  QPushButton* emergencyStopButton() const { return m_estop; }
  QPushButton* expertDemoButton() const { return m_expertDemo; }
  QSpinBox* evaluateCount() const { return m_evalCount; }
  QString stateText() const;
  QString episodeClockText() const;  // empty when hidden
  QString drivingKeysText() const;   // empty when hidden
  // The reason `command` is refused now (empty when allowed), already translated.
  QString reasonFor(lab::ControllerCommand command) const;
  // The key of `command`'s shortcut (0: none). Pause and Resume share P.
  static int shortcutKey(lab::ControllerCommand command);
  // Whether `key` (a Qt::Key) is one of these shortcuts.
  static bool isShortcutKey(int key);

  lab::ControllerState state() const { return m_state; }
  bool emergencyStopped() const { return m_estopped; }

 public Q_SLOTS:
  void setControllerState(lab::ControllerState state, bool emergencyStopped, bool hasDemo);
  void setState(lab::ControllerState state);
  void setEmergencyStopped(bool active);
  void setHasDemo(bool hasDemo);
  // Shows "Demo by the scripted expert" for a robot that has one (a simulation).
  void setScriptedExpertAvailable(bool available);
  // From the loop's statistics: steps so far, the episode's limit (0: no open episode) and the
  // robot's nominal control rate.
  void setEpisodeProgress(int steps, int limit, double rateHz);
  // From each camera frame (more often than the statistics): the open episode's step count.
  void setEpisodeSteps(int steps);
  // The keys and what they drive ("Up/Down vx, Left/Right vy"); empty: no hint.
  void setDrivingKeys(const QString& keys);
  // The robot asked the operator to set up its scene (ResetMode::Operator). Until a robot has
  // asked, Scene ready stays off: a robot that resets itself never waits for it. From then on
  // until the robot is disconnected, the state table decides, as for every other button.
  void setSceneRequested();

 Q_SIGNALS:
  // `count` is the number of evaluation episodes for Evaluate, 0 otherwise.
  void commandRequested(lab::ControllerCommand command, int count);
  // Record a demo driven by the robot's scripted expert instead of the operator.
  void expertDemoRequested();

 private:
  QPushButton* addButton(lab::ControllerCommand command, const QString& icon);
  void addShortcut(int key);
  // "Record demo (R)": the command's name with its shortcut, as its button shows it.
  static QString withKey(lab::ControllerCommand command);
  void refresh();
  void refreshClock();
  void refreshDrivingKeys();
  void request(lab::ControllerCommand command);

  QMap<lab::ControllerCommand, QPushButton*> m_buttons;
  QPushButton* m_pauseResume = nullptr;
  QPushButton* m_estop = nullptr;
  QPushButton* m_expertDemo = nullptr;
  bool m_expertAvailable = false;
  QPushButton* m_ack = nullptr;
  QSpinBox* m_evalCount = nullptr;
  QLabel* m_stateLabel = nullptr;
  QLabel* m_clock = nullptr;
  QLabel* m_keys = nullptr;
  QString m_drivingKeys;
  int m_episodeSteps = 0, m_episodeLimit = 0;
  double m_rateHz = 0;
  lab::ControllerState m_state = lab::ControllerState::Idle;
  bool m_estopped = false;
  bool m_hasDemo = false;
  bool m_sceneRequested = false;  // this connection's robot has asked for Scene ready
};

}  // namespace lab::ui
