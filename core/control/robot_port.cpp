#include "robot_port.h"

#include <atomic>
#include <mutex>
#include <tuple>

#include "plugin_call_thread.h"

namespace lab {

namespace {
RobotPort::Io toIo(const RobotCall& r) {
  switch (r.status) {
    case RobotCall::Status::Ok:
      return RobotPort::Io::Ok;
    case RobotCall::Status::Fatal:
      return RobotPort::Io::Fatal;
    default:
      return RobotPort::Io::Retry;  // Retry, Refused (e-stop latched), Invalid data
  }
}

QString seconds(std::chrono::milliseconds d) { return QString::number(d.count() / 1000.0, 'g', 3); }
}  // namespace

// What the plugin's thread works on. Shared with every task, so a task whose call hangs past
// close() still finds it; destroyed by whoever lets go last (the call thread, when a hung call
// returns). The driver keeps whatever it needs alive (for a plugin, its library).
struct RobotPort::Plugin {
  std::unique_ptr<RobotDriver> handle;  // set on the call thread by open()
  std::mutex handleMutex;               // the handle pointer, for emergencyStop()
  std::atomic<bool> estop{false};       // requested before the handle existed
};

RobotPort::RobotPort(std::shared_ptr<RobotSource> source)
    : RobotPort(std::move(source), Deadlines{}) {}
RobotPort::RobotPort(std::shared_ptr<RobotSource> source, Deadlines deadlines,
                     WhileWaiting whileWaiting)
    : m_source(std::move(source)),
      m_deadlines(deadlines),
      m_whileWaiting(std::move(whileWaiting)) {}
RobotPort::~RobotPort() { close(); }

RobotCall RobotPort::run(const char* call, std::function<RobotCall(RobotDriver&)> fn,
                         std::chrono::milliseconds deadline) {
  if (!faulted() && (!m_plugin || !m_calls)) {
    return RobotCall::make(RobotCall::Status::Refused, "the robot is not open");
  }
  if (faulted()) return RobotCall::make(RobotCall::Status::Fatal, m_fault.english().toStdString());
  // The result lives with the task: a call that hangs past this function writes into it, never
  // into the caller's stack.
  auto result = std::make_shared<RobotCall>();
  auto outcome = m_calls->call(
      [p = m_plugin, result, fn = std::move(fn)] {
        if (!p->handle) {
          *result = RobotCall::make(RobotCall::Status::Refused, "the robot is not open");
          return;
        }
        *result = fn(*p->handle);
      },
      deadline, m_whileWaiting);
  if (outcome == PluginCallThread::Outcome::Done) return *result;
  fault(outcome == PluginCallThread::Outcome::GaveUp
            ? Notice(NoticeCode::PluginCallAbandoned, m_robotId, call)
            : Notice(NoticeCode::PluginCallOverrun, m_robotId, call, seconds(deadline)));
  return RobotCall::make(RobotCall::Status::Fatal, m_fault.english().toStdString());
}

Notice RobotPort::callError(const RobotCall& r) const {
  if (r.ok()) return {};
  return faulted() ? m_fault : Notice::detail(QString::fromStdString(r.error));
}

void RobotPort::fault(const Notice& message) {
  if (faulted()) return;
  m_fault = message;
  // Reaches the plugin only if the hung call ever returns; the latch refuses writes until then.
  emergencyStop();
}

bool RobotPort::open(const QString& robotId, const QString& pluginDir,
                     const hw::RobotConfig& config, Notice& error) {
  close();
  m_robotId = robotId;
  m_plugin = std::make_shared<Plugin>();
  m_calls = std::make_unique<PluginCallThread>();
  auto info = std::make_shared<std::tuple<hw::RobotInfo, hw::ActionSpec, hw::ObservationSpec>>();
  auto message = std::make_shared<QString>();
  // Loading the library and constructing the robot run plugin code too: all on its thread.
  auto load = [p = m_plugin, source = m_source, robotId, pluginDir, message] {
    auto created = source ? source->create(robotId, pluginDir, *message) : nullptr;
    if (!created) {
      if (!source) *message = QString("robot '%1': no robot source was given").arg(robotId);
      return RobotCall::make(RobotCall::Status::Fatal, message->toStdString());
    }
    {
      std::lock_guard<std::mutex> lock(p->handleMutex);
      p->handle = std::move(created);
      if (p->estop) p->handle->requestEmergencyStop();
    }
    return RobotCall::success();
  };
  auto step = [&](const char* what, const RobotCall& r) {
    if (r.ok()) return true;
    // The notice names the robot and the call: the why alone goes in.
    error = faulted() ? m_fault
                      : Notice(NoticeCode::RobotCallFailed, robotId, what,
                               QString::fromStdString(r.reason));
    return false;
  };
  auto result = std::make_shared<RobotCall>();
  const auto outcome =
      m_calls->call([load, result] { *result = load(); }, m_deadlines.lifecycle, m_whileWaiting);
  if (outcome != PluginCallThread::Outcome::Done) {
    fault(Notice(NoticeCode::PluginLoadTimeout, robotId, seconds(m_deadlines.lifecycle)));
    error = m_fault;
    close();
    return false;
  }
  if (!result->ok()) {
    error = Notice::detail(*message);  // the plugin loader's own words
    close();
    return false;
  }
  const auto lifecycle = m_deadlines.lifecycle;
  if (!step("configure", run(
                             "configure", [config](RobotDriver& h) { return h.configure(config); },
                             lifecycle)) ||
      !step("activate", run(
                            "activate", [](RobotDriver& h) { return h.activate(); }, lifecycle))) {
    close();
    return false;
  }
  // The handle's cached copies, read on its thread once: later getters need no plugin call.
  run(
      "info",
      [info](RobotDriver& h) {
        *info = std::make_tuple(h.info(), h.actionSpec(), h.observationSpec());
        return RobotCall::success();
      },
      lifecycle);
  if (faulted()) {
    error = m_fault;
    close();
    return false;
  }
  std::tie(m_info, m_actionSpec, m_observationSpec) = *info;
  return true;
}

void RobotPort::close() {
  if (m_plugin && m_calls && !faulted()) {
    (void)run(
        "shutdown", [](RobotDriver& h) { return h.shutdown(); }, m_deadlines.lifecycle);
  }
  if (m_plugin && m_calls && !faulted()) {
    // The robot's own destructor is plugin code too: it runs on the plugin's thread.
    m_calls->post([p = m_plugin] {
      std::lock_guard<std::mutex> lock(p->handleMutex);
      p->handle.reset();
    });
  }
  m_plugin.reset();
  m_calls.reset();  // joins, or leaves a hung thread behind
  m_fault = Notice();
}

bool RobotPort::isOpen() const { return m_plugin != nullptr && !faulted(); }

RobotPort::Io RobotPort::reset(std::uint64_t seed, Notice& error) {
  const auto r = run(
      "reset", [seed](RobotDriver& h) { return h.reset(seed); }, m_deadlines.call);
  error = callError(r);
  return toIo(r);
}

RobotPort::Io RobotPort::read(hw::Observation& out, Notice& error) {
  auto obs = std::make_shared<hw::Observation>();
  const auto r = run(
      "read", [obs](RobotDriver& h) { return h.read(*obs); }, m_deadlines.call);
  error = callError(r);
  if (r.ok()) out = std::move(*obs);
  return toIo(r);
}

RobotPort::Io RobotPort::write(const std::vector<float>& action, Notice& error) {
  const auto r = run(
      "write", [action](RobotDriver& h) { return h.write(action); }, m_deadlines.call);
  error = callError(r);
  return toIo(r);
}

void RobotPort::emergencyStop() noexcept {
  if (!m_plugin) return;
  try {
    m_plugin->estop = true;
    {
      // Latched at once (an atomic in the handle), so a write already queued is refused.
      std::lock_guard<std::mutex> lock(m_plugin->handleMutex);
      if (m_plugin->handle) m_plugin->handle->requestEmergencyStop();
    }
    if (m_calls) {
      m_calls->post([p = m_plugin] {
        if (p->handle) p->handle->emergencyStop();
      });
    }
  } catch (...) {
    // Allocation failure: the latch above is already set.
  }
}

bool RobotPort::acknowledgeEmergencyStop(Notice& error) {
  const auto r = run(
      "acknowledgeEmergencyStop",
      [p = m_plugin](RobotDriver& h) {
        auto result = h.acknowledgeEmergencyStop();
        if (result.ok()) p->estop = false;
        return result;
      },
      m_deadlines.call);
  error = callError(r);
  return r.ok();
}

bool RobotPort::detectSuccess() {
  auto success = std::make_shared<bool>(false);
  const auto r = run(
      "detectSuccess", [success](RobotDriver& h) { return h.detectSuccess(*success); },
      m_deadlines.call);
  return r.ok() && *success;
}

bool RobotPort::detectFailure() {
  auto failed = std::make_shared<bool>(false);
  const auto r = run(
      "detectFailure", [failed](RobotDriver& h) { return h.detectFailure(*failed); },
      m_deadlines.call);
  return r.ok() && *failed;
}

bool RobotPort::scriptedAction(std::vector<float>& a) {
  auto action = std::make_shared<std::vector<float>>();
  const auto r = run(
      "scriptedAction", [action](RobotDriver& h) { return h.scriptedAction(*action); },
      m_deadlines.call);
  if (r.ok()) a = std::move(*action);
  return r.ok();
}

bool RobotPort::interimFrame(hw::Observation& out) {
  auto obs = std::make_shared<hw::Observation>();
  const auto r = run(
      "interimFrame", [obs](RobotDriver& h) { return h.interimFrame(*obs); }, m_deadlines.call);
  if (r.ok()) out = std::move(*obs);
  return r.ok();
}

std::vector<float> RobotPort::appliedCommand() {
  auto out = std::make_shared<std::vector<float>>();
  (void)run(
      "appliedCommand", [out](RobotDriver& h) { return h.appliedCommand(*out); }, m_deadlines.call);
  return *out;
}

}  // namespace lab
