#pragma once
// KeyboardTeleop: held keys -> a normalised action, built from the robot's ActionSpec.
// Pure logic, no widgets: the GUI forwards Qt::Key codes from its key events (ignore
// auto-repeat events; call releaseAll() when the window loses focus, or a key stays "held").
//
// Default bindings (positive key / negative key) per action dimension:
//   0: Up / Down   1: Left / Right   2: Q / E   3: I / K   4: J / L   5: U / O
// Positive to the left and counter-clockwise follows ROS REP-103 (y and yaw grow to the left).
// Per dimension: only the positive key held -> +magnitude, only the negative -> -magnitude,
// neither or both -> the dimension's rest value (ActionSpec::zeroCommand(), physical zero).
// Dimensions beyond the defaults are unbound until setBinding().
// Threads: one thread (the GUI thread); copy action() out to the robot loop.
#include <set>
#include <vector>

#include "api/robot_interface.h"

namespace lab::hw {

struct KeyAxisBinding {
  int positiveKey = 0;  // Qt::Key value; 0 = unbound
  int negativeKey = 0;
};

class KeyboardTeleop {
 public:
  explicit KeyboardTeleop(ActionSpec spec);

  static std::vector<KeyAxisBinding> defaultBindings();

  const ActionSpec& spec() const { return m_spec; }
  // Returns false (nothing changed) if dim is out of range.
  bool setBinding(int dim, KeyAxisBinding binding);
  KeyAxisBinding binding(int dim) const;
  // Magnitude of a held key, clamped to [0, 1]. Default 1.
  void setMagnitude(float magnitude);
  float magnitude() const { return m_magnitude; }

  bool handlesKey(int key) const;
  // Return true if the key is bound (the caller may then accept/consume the event).
  bool keyPressed(int key);
  bool keyReleased(int key);
  void releaseAll();

  // True while any bound key is held: the operator is commanding (an intervention).
  bool anyHeld() const { return !m_held.empty(); }
  // actionSpec().size() values in [-1, 1].
  std::vector<float> action() const;

 private:
  ActionSpec m_spec;
  std::vector<float> m_rest;
  std::vector<KeyAxisBinding> m_bindings;
  std::set<int> m_held;
  float m_magnitude = 1.0f;
};

}  // namespace lab::hw
