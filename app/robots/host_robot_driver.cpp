#include "host_robot_driver.h"

namespace lab {

namespace {
RobotCall toCall(hw::HandleResult r) {
  RobotCall::Status s = RobotCall::Status::Fatal;
  switch (r.status) {
    case hw::HandleStatus::Ok:
      s = RobotCall::Status::Ok;
      break;
    case hw::HandleStatus::Retry:
      s = RobotCall::Status::Retry;
      break;
    case hw::HandleStatus::Refused:
      s = RobotCall::Status::Refused;
      break;
    case hw::HandleStatus::Invalid:
      s = RobotCall::Status::Invalid;
      break;
    case hw::HandleStatus::Fatal:
      s = RobotCall::Status::Fatal;
      break;
  }
  return RobotCall::make(s, std::move(r.error), std::move(r.reason));
}
}  // namespace

HostRobotDriver::HostRobotDriver(std::unique_ptr<hw::PluginLoader> loader,
                                 std::unique_ptr<hw::RobotHandle> handle, Configured configured)
    : m_loader(std::move(loader)),
      m_handle(std::move(handle)),
      m_configured(std::move(configured)) {}

HostRobotDriver::~HostRobotDriver() { m_handle.reset(); }

RobotCall HostRobotDriver::configure(const hw::RobotConfig& config) {
  RobotCall r = toCall(m_handle->configure(config));
  // The handle read the info and actions again after onConfigure: these are the robot's own.
  if (r.ok() && m_configured) m_configured(m_handle->info(), m_handle->actionSpec());
  return r;
}
RobotCall HostRobotDriver::activate() { return toCall(m_handle->activate()); }
RobotCall HostRobotDriver::shutdown() { return toCall(m_handle->shutdown()); }
RobotCall HostRobotDriver::reset(std::uint64_t seed) { return toCall(m_handle->reset(seed)); }
RobotCall HostRobotDriver::read(hw::Observation& out) { return toCall(m_handle->read(out)); }
RobotCall HostRobotDriver::write(const std::vector<float>& action) {
  return toCall(m_handle->write(action));
}
RobotCall HostRobotDriver::appliedCommand(std::vector<float>& out) {
  return toCall(m_handle->appliedCommand(out));
}
RobotCall HostRobotDriver::detectSuccess(bool& success) {
  return toCall(m_handle->detectSuccess(success));
}
RobotCall HostRobotDriver::detectFailure(bool& failed) {
  return toCall(m_handle->detectFailure(failed));
}
RobotCall HostRobotDriver::scriptedAction(std::vector<float>& out) {
  return toCall(m_handle->scriptedAction(out));
}
RobotCall HostRobotDriver::interimFrame(hw::Observation& out) {
  return toCall(m_handle->interimFrame(out));
}
RobotCall HostRobotDriver::acknowledgeEmergencyStop() {
  return toCall(m_handle->acknowledgeEmergencyStop());
}

}  // namespace lab
