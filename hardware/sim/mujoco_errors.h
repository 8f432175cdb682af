#pragma once
// MuJoCo's default error handler prints and calls exit(): that would kill the whole lab app for
// a bad model or a missing OpenGL function. installMujocoErrorHandlers() (idempotent, any
// thread) makes mju_error throw MujocoError instead, which the robot turns into Result::Fatal
// (and the host would catch anyway), and routes MuJoCo warnings to lcHwSim.
// The handlers are process-wide (libmujoco holds one pointer); a handler someone else installed
// first is left in place.
#include <stdexcept>

namespace lab::hw {

class MujocoError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void installMujocoErrorHandlers();

}  // namespace lab::hw
