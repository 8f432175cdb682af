// Teleop: keyboard mapping for 2-D and 3-D action specs, gamepad axis mapping (deadzone,
// inversion, rest values), GamepadTeleop without any device, and with an SDL virtual game
// controller plugged in, moved and unplugged.
#include <SDL.h>

#include <QtTest>

#include "teleop/gamepad_mapping.h"
#include "teleop/gamepad_teleop.h"
#include "teleop/keyboard_teleop.h"

using namespace lab::hw;

namespace {
ActionSpec spec2d() {  // differential drive: v, omega
  ActionSpec s;
  s.dims = {{"v", "m/s", -0.3, 0.3}, {"omega", "rad/s", -1.5, 1.5}};
  return s;
}
ActionSpec spec3d() {  // planar base: vx, vy, yaw rate; vx only forwards
  ActionSpec s;
  s.dims = {{"vx", "m/s", 0.0, 0.5}, {"vy", "m/s", -0.2, 0.2}, {"wz", "rad/s", -1.0, 1.0}};
  return s;
}
using V = std::vector<float>;
}  // namespace

class TestTeleop : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void keyboard2d_arrowsDriveBothDims();
  void keyboard3d_qeAndRestValues();
  void keyboard_rebindAndMagnitude();
  void keyboard_defaults_leaveWindowKeysFree();
  void gamepadMapping_deadzoneInversionRest();
  void gamepad_noDevice_doesNotCrashAndRests();
  void gamepad_virtualController_addedMovedRemoved();
};

void TestTeleop::keyboard2d_arrowsDriveBothDims() {
  KeyboardTeleop k(spec2d());
  QCOMPARE(k.action(), (V{0.f, 0.f}));
  QVERIFY(!k.anyHeld());
  QVERIFY(k.keyPressed(Qt::Key_Up));
  QCOMPARE(k.action(), (V{1.f, 0.f}));
  QVERIFY(k.anyHeld());
  QVERIFY(k.keyPressed(Qt::Key_Left));
  QCOMPARE(k.action(), (V{1.f, 1.f}));
  QVERIFY(k.keyPressed(Qt::Key_Right));  // both held: they cancel
  QCOMPARE(k.action(), (V{1.f, 0.f}));
  QVERIFY(k.keyReleased(Qt::Key_Left));
  QCOMPARE(k.action(), (V{1.f, -1.f}));
  QVERIFY(k.keyReleased(Qt::Key_Up));
  QVERIFY(k.keyPressed(Qt::Key_Down));
  QCOMPARE(k.action(), (V{-1.f, -1.f}));
  // Q/E are not bound for a 2-D robot; unrelated keys are not consumed.
  QVERIFY(!k.keyPressed(Qt::Key_Q));
  QVERIFY(!k.handlesKey(Qt::Key_Space));
  QCOMPARE(k.action(), (V{-1.f, -1.f}));
  k.releaseAll();
  QCOMPARE(k.action(), (V{0.f, 0.f}));
  QVERIFY(!k.anyHeld());
}

void TestTeleop::keyboard3d_qeAndRestValues() {
  KeyboardTeleop k(spec3d());
  // vx in [0, 0.5]: physical zero is normalised -1, the rest value.
  QCOMPARE(k.action(), (V{-1.f, 0.f, 0.f}));
  QVERIFY(k.keyPressed(Qt::Key_Q));
  QCOMPARE(k.action(), (V{-1.f, 0.f, 1.f}));
  QVERIFY(k.keyPressed(Qt::Key_Up));
  QVERIFY(k.keyPressed(Qt::Key_Right));
  QCOMPARE(k.action(), (V{1.f, -1.f, 1.f}));
  QVERIFY(k.keyReleased(Qt::Key_Q));
  QVERIFY(k.keyPressed(Qt::Key_E));
  QCOMPARE(k.action(), (V{1.f, -1.f, -1.f}));
  QCOMPARE(k.binding(2).positiveKey, int(Qt::Key_Q));
  QCOMPARE(k.binding(2).negativeKey, int(Qt::Key_E));
  QCOMPARE(k.binding(3).positiveKey, 0);  // out of range: unbound
}

void TestTeleop::keyboard_defaults_leaveWindowKeysFree() {
  // S/F label the episode, R records, D replays the demo, T trains, P pauses and Space/Esc stop the
  // robot: driving a six-axis robot must not.
  const auto defaults = KeyboardTeleop::defaultBindings();
  QCOMPARE(int(defaults.size()), 6);
  for (const auto& b : defaults) {
    for (int key : {b.positiveKey, b.negativeKey}) {
      QVERIFY(key != 0);
      for (int reserved : {Qt::Key_S, Qt::Key_F, Qt::Key_R, Qt::Key_D, Qt::Key_T, Qt::Key_P,
                           Qt::Key_Space, Qt::Key_Escape}) {
        QVERIFY2(key != reserved, qPrintable(QString::number(key, 16)));
      }
    }
  }
}

void TestTeleop::keyboard_rebindAndMagnitude() {
  KeyboardTeleop k(spec2d());
  QVERIFY(k.setBinding(0, {Qt::Key_W, Qt::Key_S}));
  QVERIFY(!k.setBinding(5, {Qt::Key_A, Qt::Key_D}));
  QVERIFY(!k.handlesKey(Qt::Key_Up));
  k.setMagnitude(0.5f);
  QVERIFY(k.keyPressed(Qt::Key_S));
  QCOMPARE(k.action(), (V{-0.5f, 0.f}));
  k.setMagnitude(7.f);
  QCOMPARE(k.magnitude(), 1.f);
}

void TestTeleop::gamepadMapping_deadzoneInversionRest() {
  QCOMPARE(GamepadMapping::axisValue(0, 0.15, false), 0.f);
  QCOMPARE(GamepadMapping::axisValue(3000, 0.15, false), 0.f);  // inside the deadzone
  QCOMPARE(GamepadMapping::axisValue(32767, 0.15, false), 1.f);
  QCOMPARE(GamepadMapping::axisValue(-32768, 0.15, false), -1.f);
  QCOMPARE(GamepadMapping::axisValue(-32768, 0.15, true), 1.f);
  const float half = GamepadMapping::axisValue(int(32767 * 0.575), 0.15, false);
  QVERIFY2(std::abs(half - 0.5f) < 1e-3f, qPrintable(QString::number(half)));

  GamepadMapping m(spec3d(), 0.1);
  std::vector<int> axes(GamepadMapping::kAxisCount, 0);
  QCOMPARE(m.action(axes), (V{-1.f, 0.f, 0.f}));  // rest = physical zero
  axes[GamepadMapping::kAxisLeftY] = -32768;      // stick fully up
  axes[GamepadMapping::kAxisLeftX] = 32767;       // stick fully right
  axes[GamepadMapping::kAxisRightX] = -32768;     // right stick fully left
  QCOMPARE(m.action(axes), (V{1.f, -1.f, 1.f}));
  QVERIFY(m.setAxis(2, {GamepadMapping::kAxisTriggerRight, false}));
  axes[GamepadMapping::kAxisTriggerRight] = 32767;
  QCOMPARE(m.action(axes)[2], 1.f);
  QCOMPARE(m.action({}), (V{-1.f, 0.f, 0.f}));  // missing axes count as centred
  QCOMPARE(m.interventionButton(), GamepadMapping::kButtonLeftShoulder);
}

void TestTeleop::gamepad_noDevice_doesNotCrashAndRests() {
  GamepadTeleop pad(spec2d());
  QVERIFY(!pad.isInitialized());
  pad.poll();  // before initialize: a no-op
  const bool ok = pad.initialize();
  if (!ok) {
    // Allowed: SDL cannot start at all; it must say why and stay harmless.
    QVERIFY(!pad.errorString().empty());
  }
  for (int i = 0; i < 5; ++i) pad.poll();
  QVERIFY(!pad.isConnected());
  QCOMPARE(pad.action(), (V{0.f, 0.f}));
  QVERIFY(!pad.interventionHeld());
  QVERIFY(pad.controllerName().empty());
}

void TestTeleop::gamepad_virtualController_addedMovedRemoved() {
  GamepadTeleop pad(spec2d());
  if (!pad.initialize()) QSKIP(qPrintable(QString::fromStdString(pad.errorString())));
  pad.poll();
  QVERIFY(!pad.isConnected());

  const int index = SDL_JoystickAttachVirtual(
      SDL_JOYSTICK_TYPE_GAMECONTROLLER, SDL_CONTROLLER_AXIS_MAX, SDL_CONTROLLER_BUTTON_MAX, 0);
  if (index < 0) QSKIP(qPrintable(QStringLiteral("no SDL virtual joystick: ") + SDL_GetError()));
  pad.poll();  // SDL_CONTROLLERDEVICEADDED
  QVERIFY2(pad.isConnected(), SDL_GetError());
  QVERIFY(!pad.controllerName().empty());
  const int eventsAfterConnect = pad.connectionEvents();

  SDL_Joystick* joy = SDL_JoystickOpen(index);
  QVERIFY(joy);
  // Left stick fully up, half right; dead-man button held.
  QCOMPARE(SDL_JoystickSetVirtualAxis(joy, SDL_CONTROLLER_AXIS_LEFTY, -32768), 0);
  QCOMPARE(SDL_JoystickSetVirtualAxis(joy, SDL_CONTROLLER_AXIS_LEFTX, 32767), 0);
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_LEFTSHOULDER, 1), 0);
  pad.poll();
  QCOMPARE(pad.action(), (V{1.f, -1.f}));
  QVERIFY(pad.interventionHeld());
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_LEFTSHOULDER, 0), 0);
  QCOMPARE(SDL_JoystickSetVirtualAxis(joy, SDL_CONTROLLER_AXIS_LEFTX, 1000), 0);  // deadzone
  pad.poll();
  QVERIFY(!pad.interventionHeld());
  QCOMPARE(pad.action(), (V{1.f, 0.f}));

  // A labels Success, B Failure: once per press, however long the button is held.
  QCOMPARE(pad.takeLabelPresses().success, 0);
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_A, 1), 0);
  pad.poll();
  pad.poll();  // still held: no second press
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_B, 1), 0);
  pad.poll();
  auto presses = pad.takeLabelPresses();
  QCOMPARE(presses.success, 1);
  QCOMPARE(presses.failure, 1);
  QCOMPARE(pad.takeLabelPresses().success, 0);  // taken
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_A, 0), 0);
  pad.poll();
  QCOMPARE(SDL_JoystickSetVirtualButton(joy, SDL_CONTROLLER_BUTTON_A, 1), 0);
  pad.poll();
  presses = pad.takeLabelPresses();
  QCOMPARE(presses.success, 1);  // released and pressed again
  QCOMPARE(presses.failure, 0);

  SDL_JoystickClose(joy);
  QCOMPARE(SDL_JoystickDetachVirtual(index), 0);
  pad.poll();  // SDL_CONTROLLERDEVICEREMOVED
  QVERIFY(!pad.isConnected());
  QCOMPARE(pad.connectionEvents(), eventsAfterConnect + 1);
  QCOMPARE(pad.action(), (V{0.f, 0.f}));
  QVERIFY(!pad.interventionHeld());
}

QTEST_GUILESS_MAIN(TestTeleop)
#include "test_teleop.moc"
