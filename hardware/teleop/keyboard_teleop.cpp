#include "teleop/keyboard_teleop.h"

#include <QtCore/qnamespace.h>
#include <algorithm>

namespace lab::hw {

KeyboardTeleop::KeyboardTeleop(ActionSpec spec) : m_spec(std::move(spec)) {
  m_rest = m_spec.zeroCommand();
  for (float& r : m_rest) r = std::clamp(r, -1.0f, 1.0f);  // physical zero may lie outside
  const auto defaults = defaultBindings();
  m_bindings.resize(m_spec.dims.size());
  for (std::size_t i = 0; i < m_bindings.size() && i < defaults.size(); ++i) {
    m_bindings[i] = defaults[i];
  }
}

std::vector<KeyAxisBinding> KeyboardTeleop::defaultBindings() {
  // S, F, R, D, T, P, Space and Esc are the window's Success, Failure, Record, Replay, Train,
  // Pause and emergency-stop keys: no axis may take them, or driving a 4-6 axis robot would label,
  // start or stop an episode.
  return {{Qt::Key_Up, Qt::Key_Down}, {Qt::Key_Left, Qt::Key_Right}, {Qt::Key_Q, Qt::Key_E},
          {Qt::Key_I, Qt::Key_K},     {Qt::Key_J, Qt::Key_L},        {Qt::Key_U, Qt::Key_O}};
}

bool KeyboardTeleop::setBinding(int dim, KeyAxisBinding binding) {
  if (dim < 0 || dim >= static_cast<int>(m_bindings.size())) return false;
  m_bindings[dim] = binding;
  releaseAll();  // a held key may no longer be bound
  return true;
}

KeyAxisBinding KeyboardTeleop::binding(int dim) const {
  if (dim < 0 || dim >= static_cast<int>(m_bindings.size())) return {};
  return m_bindings[dim];
}

void KeyboardTeleop::setMagnitude(float magnitude) {
  m_magnitude = std::clamp(magnitude, 0.0f, 1.0f);
}

bool KeyboardTeleop::handlesKey(int key) const {
  if (key == 0) return false;
  return std::any_of(m_bindings.begin(), m_bindings.end(), [key](const KeyAxisBinding& b) {
    return b.positiveKey == key || b.negativeKey == key;
  });
}

bool KeyboardTeleop::keyPressed(int key) {
  if (!handlesKey(key)) return false;
  m_held.insert(key);
  return true;
}

bool KeyboardTeleop::keyReleased(int key) {
  if (!handlesKey(key)) return false;
  m_held.erase(key);
  return true;
}

void KeyboardTeleop::releaseAll() { m_held.clear(); }

std::vector<float> KeyboardTeleop::action() const {
  std::vector<float> a = m_rest;
  for (std::size_t i = 0; i < m_bindings.size(); ++i) {
    const KeyAxisBinding& b = m_bindings[i];
    const bool pos = b.positiveKey != 0 && m_held.count(b.positiveKey) > 0;
    const bool neg = b.negativeKey != 0 && m_held.count(b.negativeKey) > 0;
    if (pos && !neg) a[i] = m_magnitude;
    if (neg && !pos) a[i] = -m_magnitude;
  }
  return a;
}

}  // namespace lab::hw
