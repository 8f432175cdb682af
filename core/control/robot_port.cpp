#include "robot_port.h"

#include <QDir>
#include <atomic>
#include <map>
#include <mutex>
#include <tuple>

#include "host/plugin_loader.h"
#include "host/robot_handle.h"
#include "plugin_call_thread.h"

namespace lab {

namespace {
struct Registered {
  hw::RobotPluginInfo meta;
  std::shared_ptr<hw::IRobotFactory> factory;
};
std::mutex g_mutex;
std::map<QString, Registered>& registry() {
  static std::map<QString, Registered> r;
  return r;
}

RobotPort::Io toIo(const hw::HandleResult& r) {
  switch (r.status) {
    case hw::HandleStatus::Ok: return RobotPort::Io::Ok;
    case hw::HandleStatus::Fatal: return RobotPort::Io::Fatal;
    default: return RobotPort::Io::Retry;  // Retry, Refused (e-stop latched), Invalid data
  }
}

QString seconds(std::chrono::milliseconds d) { return QString::number(d.count() / 1000.0, 'g', 3); }
}  // namespace

void RobotPort::registerFactory(const QString& id, const QString& name,
                                std::shared_ptr<hw::IRobotFactory> factory) {
  hw::RobotPluginInfo meta;
  meta.id = id;
  meta.name = name;
  std::lock_guard<std::mutex> lock(g_mutex);
  registry()[id] = Registered{meta, std::move(factory)};
}

// What the plugin's thread works on. Shared with every task, so a task whose call hangs past
// close() still finds it; destroyed by whoever lets go last (the call thread, when a hung call
// returns). Members in this order: the handle goes before the loader that keeps its library.
struct RobotPort::Plugin {
  std::unique_ptr<hw::PluginLoader> loader;
  std::unique_ptr<hw::RobotHandle> handle;  // set on the call thread by open()
  std::mutex handleMutex;                   // the handle pointer, for emergencyStop()
  std::atomic<bool> estop{false};           // requested before the handle existed
};

RobotPort::RobotPort() : RobotPort(Deadlines{}) {}
RobotPort::RobotPort(Deadlines deadlines, WhileWaiting whileWaiting)
    : m_deadlines(deadlines), m_whileWaiting(std::move(whileWaiting)) {}
RobotPort::~RobotPort() { close(); }

hw::HandleResult RobotPort::run(const char* call,
                                std::function<hw::HandleResult(hw::RobotHandle&)> fn,
                                std::chrono::milliseconds deadline) {
  if (!faulted() && (!m_plugin || !m_calls)) {
    return hw::HandleResult::make(hw::HandleStatus::Refused, "the robot is not open");
  }
  if (faulted()) {
    return hw::HandleResult::make(hw::HandleStatus::Fatal, m_fault.english().toStdString());
  }
  // The result lives with the task: a call that hangs past this function writes into it, never
  // into the caller's stack.
  auto result = std::make_shared<hw::HandleResult>();
  auto outcome = m_calls->call(
      [p = m_plugin, result, fn = std::move(fn)] {
        if (!p->handle) {
          *result = hw::HandleResult::make(hw::HandleStatus::Refused, "the robot is not open");
          return;
        }
        *result = fn(*p->handle);
      },
      deadline, m_whileWaiting);
  if (outcome == PluginCallThread::Outcome::Done) return *result;
  fault(outcome == PluginCallThread::Outcome::GaveUp
            ? Notice(NoticeCode::PluginCallAbandoned, m_robotId, call)
            : Notice(NoticeCode::PluginCallOverrun, m_robotId, call, seconds(deadline)));
  return hw::HandleResult::make(hw::HandleStatus::Fatal, m_fault.english().toStdString());
}

Notice RobotPort::callError(const hw::HandleResult& r) const {
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
  std::map<QString, Registered> factories;
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    factories = registry();
  }
  auto info = std::make_shared<std::tuple<hw::RobotInfo, hw::ActionSpec, hw::ObservationSpec>>();
  auto message = std::make_shared<QString>();
  // Loading the library and constructing the robot run plugin code too: all on its thread.
  auto load = [p = m_plugin, factories, robotId, pluginDir, info, message] {
    p->loader = std::make_unique<hw::PluginLoader>();
    for (const auto& [id, r] : factories) p->loader->registerFactory(r.meta, r.factory);
    p->loader->registerStaticPlugins();
    if (!p->loader->contains(robotId)) {
      p->loader->scan(pluginDir.isEmpty() ? hw::PluginLoader::defaultPluginDir() : pluginDir);
    }
    auto created = p->loader->create(robotId);
    if (!created) {
      *message = QString::fromStdString(created.error());
      for (const auto& s : p->loader->skipped()) {
        if (s.message.contains(robotId)) *message += "; " + s.message;
      }
      return hw::HandleResult::make(hw::HandleStatus::Fatal, message->toStdString());
    }
    {
      std::lock_guard<std::mutex> lock(p->handleMutex);
      p->handle = created.take();
      if (p->estop) p->handle->requestEmergencyStop();
    }
    return hw::HandleResult::success();
  };
  auto step = [&](const char* what, const hw::HandleResult& r) {
    if (r.ok()) return true;
    error = faulted() ? m_fault
                      : Notice(NoticeCode::RobotCallFailed, robotId, what,
                               QString::fromStdString(r.error));
    return false;
  };
  auto result = std::make_shared<hw::HandleResult>();
  const auto outcome = m_calls->call([load, result] { *result = load(); }, m_deadlines.lifecycle,
                                     m_whileWaiting);
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
  if (!step("configure", run("configure", [config](hw::RobotHandle& h) {
                               return h.configure(config);
                             }, lifecycle)) ||
      !step("activate", run("activate", [](hw::RobotHandle& h) { return h.activate(); },
                            lifecycle))) {
    close();
    return false;
  }
  // The handle's cached copies, read on its thread once: later getters need no plugin call.
  run("info", [info](hw::RobotHandle& h) {
    *info = std::make_tuple(h.info(), h.actionSpec(), h.observationSpec());
    return hw::HandleResult::success();
  }, lifecycle);
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
    (void)run("shutdown", [](hw::RobotHandle& h) { return h.shutdown(); },
              m_deadlines.lifecycle);
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
  const auto r = run("reset", [seed](hw::RobotHandle& h) { return h.reset(seed); },
                     m_deadlines.call);
  error = callError(r);
  return toIo(r);
}

RobotPort::Io RobotPort::read(hw::Observation& out, Notice& error) {
  auto obs = std::make_shared<hw::Observation>();
  const auto r = run("read", [obs](hw::RobotHandle& h) { return h.read(*obs); },
                     m_deadlines.call);
  error = callError(r);
  if (r.ok()) out = std::move(*obs);
  return toIo(r);
}

RobotPort::Io RobotPort::write(const std::vector<float>& action, Notice& error) {
  const auto r = run("write", [action](hw::RobotHandle& h) { return h.write(action); },
                     m_deadlines.call);
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
  const auto r = run("acknowledgeEmergencyStop", [p = m_plugin](hw::RobotHandle& h) {
    auto result = h.acknowledgeEmergencyStop();
    if (result.ok()) p->estop = false;
    return result;
  }, m_deadlines.call);
  error = callError(r);
  return r.ok();
}

bool RobotPort::detectSuccess() {
  auto success = std::make_shared<bool>(false);
  const auto r = run("detectSuccess",
                     [success](hw::RobotHandle& h) { return h.detectSuccess(*success); },
                     m_deadlines.call);
  return r.ok() && *success;
}

bool RobotPort::detectFailure() {
  auto failed = std::make_shared<bool>(false);
  const auto r = run("detectFailure",
                     [failed](hw::RobotHandle& h) { return h.detectFailure(*failed); },
                     m_deadlines.call);
  return r.ok() && *failed;
}

bool RobotPort::scriptedAction(std::vector<float>& a) {
  auto action = std::make_shared<std::vector<float>>();
  const auto r = run("scriptedAction",
                     [action](hw::RobotHandle& h) { return h.scriptedAction(*action); },
                     m_deadlines.call);
  if (r.ok()) a = std::move(*action);
  return r.ok();
}

bool RobotPort::interimFrame(hw::Observation& out) {
  auto obs = std::make_shared<hw::Observation>();
  const auto r = run("interimFrame", [obs](hw::RobotHandle& h) { return h.interimFrame(*obs); },
                     m_deadlines.call);
  if (r.ok()) out = std::move(*obs);
  return r.ok();
}

std::vector<float> RobotPort::appliedCommand() {
  auto out = std::make_shared<std::vector<float>>();
  (void)run("appliedCommand", [out](hw::RobotHandle& h) { return h.appliedCommand(*out); },
            m_deadlines.call);
  return *out;
}

}  // namespace lab
