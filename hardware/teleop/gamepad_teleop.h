#pragma once
// GamepadTeleop: an SDL2 game controller (any brand SDL knows) as a teleop device.
// initialize() starts SDL's game-controller subsystem (no video, no window, no signal
// handlers); poll() pumps SDL events on the CALLER's thread: controllers plugged in are opened
// (the first one is used), a removed one is closed and the next available one taken. With no
// controller attached everything still works: isConnected() is false, action() is the rest
// command, interventionHeld() is false.
// The intervention button (mapping().interventionButton(), default left shoulder) held = the
// operator takes over; action() reflects the sticks whether or not it is held.
// Threads: all calls from the thread that called initialize() (SDL event pumping is
// per-process; only one GamepadTeleop should poll at a time). SDL headers stay in the .cpp.
#include <string>
#include <vector>

#include "api/robot_interface.h"
#include "teleop/gamepad_mapping.h"

namespace lab::hw {

class GamepadTeleop {
 public:
  explicit GamepadTeleop(ActionSpec spec, double deadzone = 0.15);
  ~GamepadTeleop();  // closes the controller, quits the subsystem it started
  GamepadTeleop(const GamepadTeleop&) = delete;
  GamepadTeleop& operator=(const GamepadTeleop&) = delete;

  // False (with errorString()) only if SDL itself cannot start; no gamepad is not an error.
  bool initialize();
  bool isInitialized() const { return m_initialized; }
  // Process pending SDL events and refresh the axis/button state. Call once per control tick.
  void poll();

  bool isConnected() const { return m_controller != nullptr; }
  std::string controllerName() const { return m_name; }
  std::string errorString() const { return m_error; }
  // Number of controller connect/disconnect events seen (for UI "gamepad connected" hints).
  int connectionEvents() const { return m_connectionEvents; }

  GamepadMapping& mapping() { return m_mapping; }
  const GamepadMapping& mapping() const { return m_mapping; }

  // spec.size() values in [-1, 1]; the rest command when disconnected.
  std::vector<float> action() const;
  bool interventionHeld() const { return m_interventionHeld; }
  // Label buttons pressed since the last call (press edges seen by poll(), so a held button
  // labels once): +1 per press of mapping().successButton() / failureButton().
  struct LabelPresses {
    int success = 0, failure = 0;
  };
  LabelPresses takeLabelPresses();

 private:
  void openFirstAvailable();
  void close();

  GamepadMapping m_mapping;
  bool m_initialized = false;
  void* m_controller = nullptr;  // SDL_GameController*
  int m_instanceId = -1;         // SDL_JoystickID of m_controller
  std::string m_name;
  std::string m_error;
  std::vector<int> m_axes;
  bool m_interventionHeld = false;
  bool m_successDown = false, m_failureDown = false;
  LabelPresses m_presses;
  int m_connectionEvents = 0;
};

}  // namespace lab::hw
