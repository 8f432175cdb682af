#include "sim/mujoco_errors.h"

#include <mujoco/mujoco.h>

#include <mutex>
#include <string>

#include "sim/sim_log.h"

namespace lab::hw {

namespace {
void throwMujocoError(const char* message) {
  throw MujocoError(std::string("MuJoCo error: ") + message);
}
void logMujocoWarning(const char* message) { qCWarning(lcHwSim) << "MuJoCo warning:" << message; }
}  // namespace

void installMujocoErrorHandlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (!mju_user_error) mju_user_error = &throwMujocoError;
    if (!mju_user_warning) mju_user_warning = &logMujocoWarning;
  });
}

}  // namespace lab::hw
