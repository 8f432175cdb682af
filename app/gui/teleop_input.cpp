#include "teleop_input.h"

#include <QKeyEvent>
#include <QKeySequence>
#include <QStringList>

#include "teleop/gamepad_teleop.h"
#include "teleop/keyboard_teleop.h"

namespace lab::ui {

TeleopInput::TeleopInput(QObject* parent) : QObject(parent) {
  m_poll.setInterval(kGamepadPollMs);
  connect(&m_poll, &QTimer::timeout, this, &TeleopInput::pollGamepad);
}

TeleopInput::~TeleopInput() = default;

void TeleopInput::setActionSpec(const lab::hw::ActionSpec& spec) {
  m_keyboard = std::make_unique<lab::hw::KeyboardTeleop>(spec);
  if (m_gamepadWanted) {
    m_gamepad.reset();
    QString error;
    if (!enableGamepad(error)) Q_EMIT gamepadUnavailable(error);
  }
  m_lastAction.clear();
  publish();
  Q_EMIT keyHelpChanged(keyHelp());
}

QString TeleopInput::keyHelp() const {
  if (!m_keyboard) return {};
  const auto keyName = [](int key) { return QKeySequence(key).toString(QKeySequence::NativeText); };
  QStringList parts;
  const auto& dims = m_keyboard->spec().dims;
  for (int d = 0; d < static_cast<int>(dims.size()); ++d) {
    const auto b = m_keyboard->binding(d);
    if (b.positiveKey == 0 || b.negativeKey == 0) continue;
    parts << QStringLiteral("%1/%2 %3")
                 .arg(keyName(b.positiveKey), keyName(b.negativeKey),
                      QString::fromStdString(dims[d].name));
  }
  return parts.join(QStringLiteral(", "));
}

bool TeleopInput::enableGamepad(QString& error) {
  m_gamepadWanted = true;
  if (!m_keyboard) return true;  // the mapping needs the robot's actions: setActionSpec starts it
  m_gamepad = std::make_unique<lab::hw::GamepadTeleop>(m_keyboard->spec());
  if (!m_gamepad->initialize()) {
    error = QString::fromStdString(m_gamepad->errorString());
    m_gamepad.reset();
    m_gamepadWanted = false;  // told once, not at every connect
    return false;
  }
  m_poll.start();
  return true;
}

bool TeleopInput::handleKey(QKeyEvent* e) {
  if (!m_keyboard) return false;
  const bool press = e->type() == QEvent::KeyPress;
  if (e->key() == Qt::Key_Shift) {
    if (!e->isAutoRepeat()) m_shift = press;
    publish();
    return false;  // Shift is also a modifier for everything else; never swallow it
  }
  // Modified keys (Ctrl+S...) belong to menus and shortcuts.
  if (e->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) return false;
  if (!m_keyboard->handlesKey(e->key())) return false;
  if (e->isAutoRepeat()) return true;  // held keys are a level; repeats change nothing
  if (press)
    m_keyboard->keyPressed(e->key());
  else
    m_keyboard->keyReleased(e->key());
  publish();
  return true;
}

void TeleopInput::releaseAll() {
  if (m_keyboard) m_keyboard->releaseAll();
  m_shift = false;
  publish();
}

QVector<float> TeleopInput::action() const {
  std::vector<float> a;
  // The gamepad drives while its intervention button is held; otherwise the keyboard does.
  if (m_gamepad && m_gamepad->isConnected() && m_gamepad->interventionHeld())
    a = m_gamepad->action();
  else if (m_keyboard)
    a = m_keyboard->action();
  return QVector<float>(a.begin(), a.end());
}

bool TeleopInput::takeoverHeld() const {
  if (!m_keyboard) return false;
  return m_keyboard->anyHeld() || m_shift || (m_gamepad && m_gamepad->interventionHeld());
}

QString TeleopInput::gamepadName() const {
  return m_gamepad && m_gamepad->isConnected() ? QString::fromStdString(m_gamepad->controllerName())
                                               : QString();
}

void TeleopInput::pollGamepad() {
  if (!m_gamepad) return;
  m_gamepad->poll();
  if (m_gamepad->isConnected() != m_gamepadConnected) {
    m_gamepadConnected = m_gamepad->isConnected();
    Q_EMIT gamepadConnectionChanged(m_gamepadConnected, gamepadName());
  }
  const auto presses = m_gamepad->takeLabelPresses();
  for (int i = 0; i < presses.success; ++i) Q_EMIT labelRequested(true);
  for (int i = 0; i < presses.failure; ++i) Q_EMIT labelRequested(false);
  publish();
}

void TeleopInput::publish() {
  const QVector<float> a = action();
  if (a != m_lastAction) {
    m_lastAction = a;
    Q_EMIT actionChanged(a);
  }
  const bool held = takeoverHeld();
  if (held != m_lastTakeover) {
    m_lastTakeover = held;
    Q_EMIT takeoverChanged(held);
  }
}

}  // namespace lab::ui
