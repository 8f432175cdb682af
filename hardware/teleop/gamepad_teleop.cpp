#include "teleop/gamepad_teleop.h"

#include <SDL.h>

#include <QString>

#include "teleop/teleop_log.h"

namespace lab::hw {

static_assert(GamepadMapping::kAxisLeftX == SDL_CONTROLLER_AXIS_LEFTX &&
              GamepadMapping::kAxisLeftY == SDL_CONTROLLER_AXIS_LEFTY &&
              GamepadMapping::kAxisRightX == SDL_CONTROLLER_AXIS_RIGHTX &&
              GamepadMapping::kAxisRightY == SDL_CONTROLLER_AXIS_RIGHTY &&
              GamepadMapping::kAxisTriggerLeft == SDL_CONTROLLER_AXIS_TRIGGERLEFT &&
              GamepadMapping::kAxisTriggerRight == SDL_CONTROLLER_AXIS_TRIGGERRIGHT &&
              GamepadMapping::kAxisCount == SDL_CONTROLLER_AXIS_MAX);
static_assert(GamepadMapping::kButtonA == SDL_CONTROLLER_BUTTON_A &&
              GamepadMapping::kButtonY == SDL_CONTROLLER_BUTTON_Y &&
              GamepadMapping::kButtonLeftShoulder == SDL_CONTROLLER_BUTTON_LEFTSHOULDER &&
              GamepadMapping::kButtonRightShoulder == SDL_CONTROLLER_BUTTON_RIGHTSHOULDER);

namespace {
SDL_GameController* ctl(void* p) { return static_cast<SDL_GameController*>(p); }
}  // namespace

GamepadTeleop::GamepadTeleop(ActionSpec spec, double deadzone)
    : m_mapping(std::move(spec), deadzone), m_axes(GamepadMapping::kAxisCount, 0) {}

GamepadTeleop::~GamepadTeleop() {
  close();
  if (m_initialized) SDL_QuitSubSystem(SDL_INIT_GAMECONTROLLER);
}

bool GamepadTeleop::initialize() {
  if (m_initialized) return true;
  // The host application owns SIGINT/SIGTERM; SDL must not install handlers for them.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  // There is no SDL window to have focus: accept input regardless.
  SDL_SetHint(SDL_HINT_JOYSTICK_ALLOW_BACKGROUND_EVENTS, "1");
  if (SDL_InitSubSystem(SDL_INIT_GAMECONTROLLER) != 0) {
    m_error = std::string("gamepad support unavailable: SDL_Init failed: ") + SDL_GetError();
    qCWarning(lcHwTeleop).noquote() << QString::fromStdString(m_error);
    return false;
  }
  m_initialized = true;
  openFirstAvailable();  // a controller already plugged in; later ones arrive as events
  return true;
}

void GamepadTeleop::openFirstAvailable() {
  if (m_controller) return;
  const int n = SDL_NumJoysticks();
  for (int i = 0; i < n; ++i) {
    if (!SDL_IsGameController(i)) continue;
    SDL_GameController* c = SDL_GameControllerOpen(i);
    if (!c) {
      qCWarning(lcHwTeleop) << "could not open game controller" << i << SDL_GetError();
      continue;
    }
    m_controller = c;
    m_instanceId = SDL_JoystickInstanceID(SDL_GameControllerGetJoystick(c));
    const char* name = SDL_GameControllerName(c);
    m_name = name ? name : "unnamed controller";
    ++m_connectionEvents;
    qCInfo(lcHwTeleop).noquote() << "gamepad connected:" << QString::fromStdString(m_name);
    return;
  }
}

void GamepadTeleop::close() {
  if (!m_controller) return;
  SDL_GameControllerClose(ctl(m_controller));
  m_controller = nullptr;
  m_instanceId = -1;
  m_name.clear();
  std::fill(m_axes.begin(), m_axes.end(), 0);
  m_interventionHeld = false;
  m_successDown = m_failureDown = false;
  m_presses = {};
}

void GamepadTeleop::poll() {
  if (!m_initialized) return;
  SDL_Event e;
  while (SDL_PollEvent(&e)) {
    if (e.type == SDL_CONTROLLERDEVICEADDED) {
      openFirstAvailable();
    } else if (e.type == SDL_CONTROLLERDEVICEREMOVED && e.cdevice.which == m_instanceId) {
      qCWarning(lcHwTeleop).noquote() << "gamepad disconnected:" << QString::fromStdString(m_name);
      close();
      ++m_connectionEvents;
      openFirstAvailable();  // another controller may still be attached
    }
  }
  if (!m_controller) return;
  SDL_GameController* c = ctl(m_controller);
  for (int a = 0; a < GamepadMapping::kAxisCount; ++a) {
    m_axes[a] = SDL_GameControllerGetAxis(c, static_cast<SDL_GameControllerAxis>(a));
  }
  const auto down = [c](int button) {
    return button >= 0 && button < SDL_CONTROLLER_BUTTON_MAX &&
           SDL_GameControllerGetButton(c, static_cast<SDL_GameControllerButton>(button)) != 0;
  };
  m_interventionHeld = down(m_mapping.interventionButton());
  const bool success = down(m_mapping.successButton());
  const bool failure = down(m_mapping.failureButton());
  m_presses.success += success && !m_successDown;
  m_presses.failure += failure && !m_failureDown;
  m_successDown = success;
  m_failureDown = failure;
}

GamepadTeleop::LabelPresses GamepadTeleop::takeLabelPresses() {
  const LabelPresses taken = m_presses;
  m_presses = {};
  return taken;
}

std::vector<float> GamepadTeleop::action() const {
  if (!m_controller) return m_mapping.rest();
  return m_mapping.action(m_axes);
}

}  // namespace lab::hw
