#pragma once
// HandleResult: what every RobotHandle call returns.
//   status Ok       the call reached the plugin and succeeded (outputs are valid)
//          Retry    the plugin reported a transient failure; state unchanged, the call may repeat
//          Refused  the host did not call the plugin: wrong lifecycle state, e-stop latched,
//                   or an invalid action (wrong size, NaN/inf)
//          Invalid  the plugin answered, but its output failed validation (wrong image size,
//                   NaN in state, ...); nothing is passed on, state unchanged
//          Fatal    the plugin returned Result::Fatal or threw; the handle called onError() and
//                   is now in LifecycleState::Error (recover() to go back to Unconfigured)
// `error` is a human-readable sentence naming the call (and the state, for Refused); empty on Ok.
// `reason` is the why alone, without the call's name ("rate_hz must be positive" where error is
// "configure failed: rate_hz must be positive"): for a caller that names the call itself, so a
// message never reads "configure failed: configure failed: ...". Equal to error when the
// sentence has no separate why (a refusal).
#include <cstdint>
#include <string>
#include <utility>

namespace lab::hw {

enum class HandleStatus : std::uint8_t { Ok, Retry, Refused, Invalid, Fatal };

struct HandleResult {
  HandleStatus status = HandleStatus::Ok;
  std::string error;
  std::string reason;

  bool ok() const { return status == HandleStatus::Ok; }
  explicit operator bool() const { return ok(); }

  static HandleResult success() { return {}; }
  static HandleResult make(HandleStatus s, std::string msg, std::string why = {}) {
    if (why.empty()) why = msg;
    return {s, std::move(msg), std::move(why)};
  }
};

inline const char* toString(HandleStatus s) {
  switch (s) {
    case HandleStatus::Ok:
      return "Ok";
    case HandleStatus::Retry:
      return "Retry";
    case HandleStatus::Refused:
      return "Refused";
    case HandleStatus::Invalid:
      return "Invalid";
    case HandleStatus::Fatal:
      return "Fatal";
  }
  return "?";
}

}  // namespace lab::hw
