#include "teleop/gamepad_mapping.h"

#include <algorithm>
#include <cmath>

namespace lab::hw {

GamepadMapping::GamepadMapping(ActionSpec spec, double deadzone)
    : m_spec(std::move(spec)), m_deadzone(std::clamp(deadzone, 0.0, 0.9)) {
  m_rest = m_spec.zeroCommand();
  for (float& r : m_rest) r = std::clamp(r, -1.0f, 1.0f);
  const GamepadAxisBinding defaults[] = {
      {kAxisLeftY, true}, {kAxisLeftX, true}, {kAxisRightX, true}, {kAxisRightY, true}};
  m_axes.resize(m_spec.dims.size());
  for (std::size_t i = 0; i < m_axes.size() && i < std::size(defaults); ++i)
    m_axes[i] = defaults[i];
}

bool GamepadMapping::setAxis(int dim, GamepadAxisBinding binding) {
  if (dim < 0 || dim >= static_cast<int>(m_axes.size())) return false;
  m_axes[dim] = binding;
  return true;
}

GamepadAxisBinding GamepadMapping::axis(int dim) const {
  if (dim < 0 || dim >= static_cast<int>(m_axes.size())) return {};
  return m_axes[dim];
}

void GamepadMapping::setDeadzone(double deadzone) { m_deadzone = std::clamp(deadzone, 0.0, 0.9); }

float GamepadMapping::axisValue(int raw, double deadzone, bool invert) {
  // SDL's range is asymmetric (-32768..32767); dividing by 32767 and clamping makes both
  // extremes reach exactly +-1.
  double v = std::clamp(static_cast<double>(raw) / 32767.0, -1.0, 1.0);
  const double mag = std::abs(v);
  if (mag < deadzone) return 0.0f;
  v = std::copysign((mag - deadzone) / (1.0 - deadzone), v);
  return static_cast<float>(invert ? -v : v);
}

std::vector<float> GamepadMapping::action(const std::vector<int>& rawAxes) const {
  std::vector<float> a = m_rest;
  for (std::size_t i = 0; i < m_axes.size(); ++i) {
    const GamepadAxisBinding& b = m_axes[i];
    if (b.axis < 0) continue;
    const int raw = b.axis < static_cast<int>(rawAxes.size()) ? rawAxes[b.axis] : 0;
    const float v = axisValue(raw, m_deadzone, b.invert);
    // Stick centred -> the rest value (physical zero), not normalised 0.
    if (v != 0.0f) a[i] = v;
  }
  return a;
}

}  // namespace lab::hw
