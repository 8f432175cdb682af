#pragma once
// TeleopInput: the operator's driving devices for the window. Keys go through the hardware
// KeyboardTeleop (mapping built from the robot's ActionSpec: arrows for the first two
// dimensions, Q/E, I/K, J/L, U/O for the next ones, none of them a window shortcut); a gamepad
// through GamepadTeleop (SDL2, polled on a GUI timer, plugged in or out at any time). "Take-over
// held" is: any driving key held, Shift held (take over and hold still), or the gamepad's
// intervention button. The window turns it into the controller's intervention on/off while an
// episode runs. The gamepad's A and B buttons ask for Success and Failure (labelRequested), so
// an operator's hands can stay on the pad.
// Thread: GUI thread.
#include <QObject>
#include <QTimer>
#include <QVector>
#include <memory>

#include "api/robot_interface.h"

class QKeyEvent;

namespace lab::hw {
class KeyboardTeleop;
class GamepadTeleop;
}  // namespace lab::hw

namespace lab::ui {

class TeleopInput : public QObject {
  Q_OBJECT
 public:
  static constexpr int kGamepadPollMs = 20;
  explicit TeleopInput(QObject* parent = nullptr);
  ~TeleopInput() override;

  // The connected robot's actions as configured: rebuilds the keyboard and gamepad mappings.
  void setActionSpec(const lab::hw::ActionSpec& spec);
  bool hasSpec() const { return m_keyboard != nullptr; }
  // Gamepad support: starts SDL's controller subsystem, now if a robot's actions are known,
  // else with the first setActionSpec(). False (and a reason) if SDL cannot; a failure at a
  // later setActionSpec() is told by gamepadUnavailable.
  bool enableGamepad(QString& error);

  // From the window's key filter; true if the key drives the robot (the event is consumed).
  bool handleKey(QKeyEvent* event);
  void releaseAll();  // focus lost: nothing stays "held"

  QVector<float> action() const;
  bool takeoverHeld() const;
  // Which keys drive which action, as the window shows it: "Up/Down vx, Left/Right vy, Q/E
  // omega" (the robot's own names for its actions); empty before a robot's actions are known.
  QString keyHelp() const;
  QString gamepadName() const;

 Q_SIGNALS:
  void actionChanged(const QVector<float>& action);
  void keyHelpChanged(const QString& help);  // a robot's actions were set (keyHelp())
  void takeoverChanged(bool held);
  void gamepadConnectionChanged(bool connected, const QString& name);
  void labelRequested(bool success);  // once per press of the gamepad's label button
  void gamepadUnavailable(const QString& reason);

 private:
  void pollGamepad();
  void publish();

  std::unique_ptr<lab::hw::KeyboardTeleop> m_keyboard;
  std::unique_ptr<lab::hw::GamepadTeleop> m_gamepad;
  QTimer m_poll;
  bool m_shift = false;
  bool m_lastTakeover = false;
  bool m_gamepadWanted = false;
  bool m_gamepadConnected = false;
  QVector<float> m_lastAction;
};

}  // namespace lab::ui
