#pragma once
// GamepadMapping: gamepad axis values -> a normalised action for an ActionSpec. Pure logic
// (no SDL), so it is testable without a device. Axis and button numbers are SDL2
// GameController numbers (standard layout, any brand): see the k* constants.
//
// Defaults: dim 0 = left stick up/down (up = +1), dim 1 = left stick left/right (left = +1),
// dim 2 = right stick left/right (left = +1), dim 3 = right stick up/down (up = +1); further
// dims unbound (rest value). Intervention ("dead-man") button: left shoulder (L1/LB). Label
// buttons, so the operator's hands stay on the pad: A (cross) = Success, B (circle) = Failure.
// Deadzone: |v| < deadzone -> 0, beyond it rescaled so the output still reaches +-1.
#include <cstdint>
#include <vector>

#include "api/robot_interface.h"

namespace lab::hw {

struct GamepadAxisBinding {
  int axis = -1;        // kAxis* value; -1 = unbound (the dimension stays at rest)
  bool invert = false;  // SDL reports stick-up and stick-left as negative
};

class GamepadMapping {
 public:
  // SDL_GameControllerAxis / SDL_GameControllerButton values (checked against SDL in the .cpp).
  static constexpr int kAxisLeftX = 0, kAxisLeftY = 1, kAxisRightX = 2, kAxisRightY = 3,
                       kAxisTriggerLeft = 4, kAxisTriggerRight = 5, kAxisCount = 6;
  static constexpr int kButtonA = 0, kButtonB = 1, kButtonX = 2, kButtonY = 3,
                       kButtonLeftShoulder = 9, kButtonRightShoulder = 10;

  explicit GamepadMapping(ActionSpec spec, double deadzone = 0.15);

  const ActionSpec& spec() const { return m_spec; }
  bool setAxis(int dim, GamepadAxisBinding binding);  // false if dim out of range
  GamepadAxisBinding axis(int dim) const;
  void setDeadzone(double deadzone);  // clamped to [0, 0.9]
  double deadzone() const { return m_deadzone; }
  void setInterventionButton(int button) { m_interventionButton = button; }
  int interventionButton() const { return m_interventionButton; }
  void setSuccessButton(int button) { m_successButton = button; }
  int successButton() const { return m_successButton; }
  void setFailureButton(int button) { m_failureButton = button; }
  int failureButton() const { return m_failureButton; }

  // A raw SDL axis value (-32768..32767) -> [-1, 1] with deadzone and inversion.
  static float axisValue(int raw, double deadzone, bool invert);
  // rawAxes indexed by kAxis*; missing entries count as 0. Returns spec().size() values.
  std::vector<float> action(const std::vector<int>& rawAxes) const;
  // The action with no input: ActionSpec::zeroCommand().
  const std::vector<float>& rest() const { return m_rest; }

 private:
  ActionSpec m_spec;
  std::vector<float> m_rest;
  std::vector<GamepadAxisBinding> m_axes;
  double m_deadzone;
  int m_interventionButton = kButtonLeftShoulder;
  int m_successButton = kButtonA;
  int m_failureButton = kButtonB;
};

}  // namespace lab::hw
