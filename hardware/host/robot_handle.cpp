#include "host/robot_handle.h"

#include <QString>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>

#include "host/host_log.h"
#include "host/observation_validator.h"

namespace lab::hw {

using S = LifecycleState;

const char* toString(LifecycleState state) {
  switch (state) {
    case S::Unconfigured:
      return "Unconfigured";
    case S::Inactive:
      return "Inactive";
    case S::Active:
      return "Active";
    case S::Error:
      return "Error";
    case S::Finalized:
      return "Finalized";
  }
  return "?";
}

RobotHandle::RobotHandle(std::unique_ptr<IRobot> robot, std::string origin)
    : m_robot(std::move(robot)), m_origin(std::move(origin)) {
  if (!m_robot) {
    m_state = S::Finalized;
    m_lastError = "no robot instance (the factory returned null)";
    return;
  }
  const HandleResult r = invoke(CallKind::Info, [this](std::string& error) {
    m_info = m_robot->info();
    m_actionSpec = m_robot->actionSpec();
    error = validateActionSpec(m_actionSpec);
    return error.empty() ? Result::Ok : Result::Fatal;
  });
  if (!r.ok()) {
    qCWarning(lcHwHost).noquote() << "robot from" << m_origin.c_str()
                                  << "unusable:" << r.error.c_str();
  }
}

RobotHandle::~RobotHandle() {
  if (m_state != S::Finalized) (void)shutdown();
}

bool RobotHandle::allowed(std::initializer_list<LifecycleState> states) const {
  return std::find(states.begin(), states.end(), m_state) != states.end();
}

HandleResult RobotHandle::refuse(const char* call, std::initializer_list<LifecycleState> states) {
  std::string list;
  for (S s : states) list += (list.empty() ? "" : ", ") + std::string(toString(s));
  return refuseWith(std::string(call) + " refused in state " + toString(m_state) +
                    " (allowed in: " + list + ")");
}

HandleResult RobotHandle::refuseWith(std::string message) {
  m_lastError = message;
  qCDebug(lcHwHost).noquote() << QString::fromStdString(m_info.id) << message.c_str();
  return HandleResult::make(HandleStatus::Refused, std::move(message));
}

void RobotHandle::setState(LifecycleState next, const std::string& reason) {
  if (next == m_state) return;
  const S prev = m_state;
  m_state = next;
  qCInfo(lcHwHost).noquote() << QString::fromStdString(m_info.id) << toString(prev) << "->"
                             << toString(next) << reason.c_str();
  if (m_listener) m_listener(prev, next, reason);
}

HandleResult RobotHandle::invoke(CallKind kind, const PluginCall& fn) {
  const char* call = toString(kind);
  std::string error;
  Result result = Result::Fatal;
  std::string thrown;
  const auto t0 = std::chrono::steady_clock::now();
  // Exceptions never cross into the host: a plugin may throw anything.
  try {
    result = fn(error);
  } catch (const std::exception& e) {
    thrown = e.what();
    if (thrown.empty()) thrown = "std::exception without message";
  } catch (...) {
    thrown = "unknown exception (not derived from std::exception)";
  }
  const auto t1 = std::chrono::steady_clock::now();
  m_timings.add(kind, std::chrono::duration<double, std::micro>(t1 - t0).count());

  if (!thrown.empty()) {
    const std::string why = "threw an exception: " + thrown;
    return fail(kind, std::string(call) + " " + why, why);
  }
  switch (result) {
    case Result::Ok:
      return HandleResult::success();
    case Result::Retry: {
      const std::string why = error.empty() ? "no reason given" : error;
      std::string msg = std::string(call) + " reported a transient failure: " + why;
      m_lastError = msg;
      return HandleResult::make(HandleStatus::Retry, std::move(msg), why);
    }
    case Result::Fatal:
      break;
  }
  const std::string why = error.empty() ? "no reason given" : error;
  return fail(kind, std::string(call) + " failed: " + why, why);
}

HandleResult RobotHandle::fail(CallKind kind, std::string message, std::string reason) {
  (void)kind;
  m_lastError = message;
  qCWarning(lcHwHost).noquote() << QString::fromStdString(m_info.id) << "from" << m_origin.c_str()
                                << "->" << message.c_str();
  // onError is noexcept by contract; it makes the robot safe (motors off, comms closed).
  const auto t0 = std::chrono::steady_clock::now();
  if (m_robot) m_robot->onError();
  m_timings.add(
      CallKind::OnError,
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  setState(S::Error, message);
  return HandleResult::make(HandleStatus::Fatal, std::move(message), std::move(reason));
}

void RobotHandle::callPluginEstop() {
  if (!m_robot) return;
  const auto t0 = std::chrono::steady_clock::now();
  m_robot->emergencyStop();  // noexcept by contract
  m_timings.add(
      CallKind::EmergencyStop,
      std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
}

void RobotHandle::servicePendingEstop() {
  if (m_estopPending.exchange(false)) callPluginEstop();
}

// --- lifecycle -------------------------------------------------------------------------------

HandleResult RobotHandle::configure(const RobotConfig& config) {
  servicePendingEstop();
  if (!allowed({S::Unconfigured})) return refuse("configure", {S::Unconfigured});
  if (config.imageSize <= 0) {
    return refuseWith("configure refused: imageSize must be positive, got " +
                      std::to_string(config.imageSize));
  }
  HandleResult r =
      invoke(CallKind::Configure, [&](std::string& e) { return m_robot->onConfigure(config, e); });
  if (!r.ok()) return r;
  // The spec is only valid after onConfigure; check it once here so read() can trust it. The
  // settings may also change the info (a time limit) and the actions: read them again.
  ObservationSpec spec;
  RobotInfo info;
  ActionSpec actions;
  r = invoke(CallKind::Info, [&](std::string& e) {
    info = m_robot->info();
    actions = m_robot->actionSpec();
    e = validateActionSpec(actions);
    if (!e.empty()) return Result::Fatal;
    spec = m_robot->observationSpec();
    e = validateObservationSpec(spec);
    // A robot without a camera has no image size to match.
    if (e.empty() && spec.hasImage() &&
        (spec.imageWidth != config.imageSize || spec.imageHeight != config.imageSize)) {
      e = "the plugin's observation image is " + std::to_string(spec.imageWidth) + "x" +
          std::to_string(spec.imageHeight) + " but " + std::to_string(config.imageSize) + "x" +
          std::to_string(config.imageSize) + " was requested";
    }
    return e.empty() ? Result::Ok : Result::Fatal;
  });
  if (!r.ok()) return r;
  m_info = info;
  m_actionSpec = actions;
  m_observationSpec = spec;
  setState(S::Inactive, "configured");
  return r;
}

HandleResult RobotHandle::activate() {
  servicePendingEstop();
  if (!allowed({S::Inactive})) return refuse("activate", {S::Inactive});
  HandleResult r =
      invoke(CallKind::Activate, [&](std::string& e) { return m_robot->onActivate(e); });
  if (r.ok()) setState(S::Active, "activated");
  return r;
}

HandleResult RobotHandle::deactivate() {
  servicePendingEstop();
  if (!allowed({S::Active})) return refuse("deactivate", {S::Active});
  HandleResult r =
      invoke(CallKind::Deactivate, [&](std::string& e) { return m_robot->onDeactivate(e); });
  if (r.ok()) setState(S::Inactive, "deactivated");
  return r;
}

HandleResult RobotHandle::cleanup() {
  servicePendingEstop();
  if (!allowed({S::Inactive})) return refuse("cleanup", {S::Inactive});
  HandleResult r = invoke(CallKind::Cleanup, [&](std::string& e) { return m_robot->onCleanup(e); });
  if (r.ok()) {
    m_observationSpec = {};
    setState(S::Unconfigured, "cleaned up");
  }
  return r;
}

HandleResult RobotHandle::recover() {
  servicePendingEstop();
  if (!allowed({S::Error})) return refuse("recover", {S::Error});
  // onError() already ran when the error happened; the plugin is Unconfigured by contract.
  m_observationSpec = {};
  setState(S::Unconfigured, "recovered from error");
  return HandleResult::success();
}

HandleResult RobotHandle::shutdown() {
  servicePendingEstop();
  HandleResult first;
  auto keep = [&first](const HandleResult& r) {
    if (first.ok() && !r.ok()) first = r;
  };
  if (m_state == S::Active) keep(deactivate());
  if (m_state == S::Inactive) keep(cleanup());
  if (m_state != S::Finalized) setState(S::Finalized, "shut down");
  return first;
}

// --- control loop ----------------------------------------------------------------------------

HandleResult RobotHandle::checkAction(const char* call, const std::vector<float>& in,
                                      std::vector<float>& clamped) {
  if (static_cast<int>(in.size()) != m_actionSpec.size()) {
    std::string names;
    for (const auto& d : m_actionSpec.dims) names += (names.empty() ? "" : ", ") + d.name;
    return refuseWith(std::string(call) + " refused: action has " + std::to_string(in.size()) +
                      " values, the action spec has " + std::to_string(m_actionSpec.size()) + " (" +
                      names + ")");
  }
  clamped.resize(in.size());
  bool anyClamped = false;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (!std::isfinite(in[i])) {
      return refuseWith(std::string(call) + " refused: action[" + std::to_string(i) + "] ('" +
                        m_actionSpec.dims[i].name + "') is " +
                        (std::isnan(in[i]) ? "NaN" : "infinite"));
    }
    clamped[i] = std::clamp(in[i], -1.0f, 1.0f);
    anyClamped = anyClamped || clamped[i] != in[i];
  }
  if (anyClamped) ++m_clampedActions;
  return HandleResult::success();
}

HandleResult RobotHandle::reset(std::uint64_t seed) {
  servicePendingEstop();
  if (!allowed({S::Active})) return refuse("reset", {S::Active});
  if (m_estopped) {
    return refuseWith(
        "reset refused: emergency stop is latched (acknowledgeEmergencyStop() first)");
  }
  return invoke(CallKind::Reset, [&](std::string& e) { return m_robot->reset(seed, e); });
}

HandleResult RobotHandle::read(Observation& out) {
  servicePendingEstop();
  if (!allowed({S::Inactive, S::Active})) return refuse("read", {S::Inactive, S::Active});
  Observation obs;
  HandleResult r = invoke(CallKind::Read, [&](std::string& e) { return m_robot->read(obs, e); });
  if (!r.ok()) return r;
  std::string problem = validateObservation(obs, m_observationSpec);
  if (!problem.empty()) {
    m_lastError = "read returned an invalid observation: " + problem;
    qCWarning(lcHwHost).noquote() << QString::fromStdString(m_info.id) << m_lastError.c_str();
    return HandleResult::make(HandleStatus::Invalid, m_lastError);
  }
  out = std::move(obs);
  return r;
}

HandleResult RobotHandle::write(const std::vector<float>& action) {
  servicePendingEstop();
  if (!allowed({S::Active})) return refuse("write", {S::Active});
  if (m_estopped) {
    return refuseWith(
        "write refused: emergency stop is latched (acknowledgeEmergencyStop() first)");
  }
  std::vector<float> clamped;
  HandleResult r = checkAction("write", action, clamped);
  if (!r.ok()) return r;
  return invoke(CallKind::Write, [&](std::string& e) { return m_robot->write(clamped, e); });
}

HandleResult RobotHandle::appliedCommand(std::vector<float>& out) {
  servicePendingEstop();
  if (!allowed({S::Inactive, S::Active})) return refuse("appliedCommand", {S::Inactive, S::Active});
  std::vector<float> cmd;
  HandleResult r = invoke(CallKind::AppliedCommand, [&](std::string&) {
    cmd = m_robot->appliedCommand();
    return Result::Ok;
  });
  if (r.ok()) out = std::move(cmd);
  return r;
}

HandleResult RobotHandle::detectSuccess(bool& success) {
  return askDetector("detectSuccess", CallKind::DetectSuccess, m_info.hasSuccessDetector,
                     &IRobot::detectSuccess, success);
}

HandleResult RobotHandle::detectFailure(bool& failed) {
  return askDetector("detectFailure", CallKind::DetectFailure, m_info.hasFailureDetector,
                     &IRobot::detectFailure, failed);
}

HandleResult RobotHandle::askDetector(const char* call, CallKind kind, bool capable,
                                      bool (IRobot::*detector)() const, bool& detected) {
  servicePendingEstop();
  if (!allowed({S::Inactive, S::Active})) return refuse(call, {S::Inactive, S::Active});
  detected = false;
  if (!capable) return HandleResult::success();
  bool fired = false;
  HandleResult r = invoke(kind, [&](std::string&) {
    fired = (m_robot.get()->*detector)();
    return Result::Ok;
  });
  detected = r.ok() && fired;
  return r;
}

HandleResult RobotHandle::scriptedAction(std::vector<float>& out) {
  servicePendingEstop();
  if (!allowed({S::Inactive, S::Active})) return refuse("scriptedAction", {S::Inactive, S::Active});
  if (!m_info.hasScriptedExpert) {
    return refuseWith("scriptedAction refused: robot '" + m_info.id + "' has no scripted expert");
  }
  std::vector<float> action;
  bool produced = false;
  HandleResult r = invoke(CallKind::ScriptedAction, [&](std::string&) {
    produced = m_robot->scriptedAction(action);
    return Result::Ok;
  });
  if (!r.ok()) return r;
  if (!produced) {
    return HandleResult::make(HandleStatus::Retry, "scriptedAction: the expert has no action now");
  }
  std::vector<float> clamped;
  r = checkAction("scriptedAction", action, clamped);
  if (!r.ok()) return HandleResult::make(HandleStatus::Invalid, r.error);  // the plugin's fault
  out = std::move(clamped);
  return r;
}

HandleResult RobotHandle::interimFrame(Observation& out) {
  servicePendingEstop();
  if (!allowed({S::Active})) return refuse("interimFrame", {S::Active});
  Observation obs;
  bool produced = false;
  HandleResult r = invoke(CallKind::InterimFrame, [&](std::string&) {
    ILiveView* view = queryExtension<ILiveView>(*m_robot);
    produced = view != nullptr && view->interimFrame(obs);
    return Result::Ok;
  });
  if (!r.ok()) return r;
  if (!produced) return HandleResult::make(HandleStatus::Retry, "interimFrame: no new frame");
  // The view shows images only: check them against the spec, whatever the state holds.
  obs.state.clear();
  ObservationSpec imageOnly = m_observationSpec;
  imageOnly.stateNames.clear();
  const std::string problem = validateObservation(obs, imageOnly);
  if (!problem.empty()) {
    m_lastError = "interimFrame returned an invalid image: " + problem;
    return HandleResult::make(HandleStatus::Invalid, m_lastError);
  }
  out = std::move(obs);
  return r;
}

// --- safety ----------------------------------------------------------------------------------

void RobotHandle::emergencyStop() {
  m_estopPending = false;
  m_estopped = true;
  callPluginEstop();
  qCWarning(lcHwHost).noquote() << QString::fromStdString(m_info.id) << "EMERGENCY STOP in state"
                                << toString(m_state);
}

void RobotHandle::requestEmergencyStop() {
  // Latch first so a write() racing with this request is already refused.
  m_estopped = true;
  m_estopPending = true;
}

HandleResult RobotHandle::acknowledgeEmergencyStop() {
  servicePendingEstop();
  if (!m_estopped) return HandleResult::success();
  m_estopped = false;
  qCInfo(lcHwHost).noquote() << QString::fromStdString(m_info.id) << "emergency stop acknowledged";
  return HandleResult::success();
}

}  // namespace lab::hw
