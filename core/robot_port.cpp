#include "robot_port.h"

#include <QDir>
#include <map>
#include <mutex>

#include "host/plugin_loader.h"
#include "host/robot_handle.h"

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
}  // namespace

void RobotPort::registerFactory(const QString& id, const QString& name,
                                std::shared_ptr<hw::IRobotFactory> factory) {
  hw::RobotPluginInfo meta;
  meta.id = id;
  meta.name = name;
  std::lock_guard<std::mutex> lock(g_mutex);
  registry()[id] = Registered{meta, std::move(factory)};
}

class RobotPort::Impl {
 public:
  // The loader must outlive the handle it created (it keeps the plugin library loaded).
  std::unique_ptr<hw::PluginLoader> loader;
  std::unique_ptr<hw::RobotHandle> handle;
};

RobotPort::RobotPort() : d(std::make_unique<Impl>()) {}
RobotPort::~RobotPort() { close(); }

bool RobotPort::open(const QString& robotId, const QString& pluginDir,
                     const hw::RobotConfig& config, QString& error) {
  close();
  d->loader = std::make_unique<hw::PluginLoader>();
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    for (const auto& [id, r] : registry()) d->loader->registerFactory(r.meta, r.factory);
  }
  d->loader->registerStaticPlugins();
  if (!d->loader->contains(robotId)) {
    d->loader->scan(pluginDir.isEmpty() ? hw::PluginLoader::defaultPluginDir() : pluginDir);
  }
  auto created = d->loader->create(robotId);
  if (!created) {
    error = QString::fromStdString(created.error());
    for (const auto& s : d->loader->skipped()) {
      if (s.message.contains(robotId)) error += "; " + s.message;
    }
    close();
    return false;
  }
  d->handle = created.take();
  auto step = [&](const char* what, const hw::HandleResult& r) {
    if (r.ok()) return true;
    error = QString("robot '%1': %2 failed: %3")
                .arg(robotId, what, QString::fromStdString(r.error));
    return false;
  };
  if (!step("configure", d->handle->configure(config)) ||
      !step("activate", d->handle->activate())) {
    close();
    return false;
  }
  return true;
}

void RobotPort::close() {
  if (d->handle) {
    (void)d->handle->shutdown();
    d->handle.reset();
  }
  d->loader.reset();
}

bool RobotPort::isOpen() const { return d->handle != nullptr; }
hw::RobotInfo RobotPort::info() const { return d->handle->info(); }
hw::ActionSpec RobotPort::actionSpec() const { return d->handle->actionSpec(); }
hw::ObservationSpec RobotPort::observationSpec() const { return d->handle->observationSpec(); }

RobotPort::Io RobotPort::reset(std::uint64_t seed, QString& error) {
  const auto r = d->handle->reset(seed);
  error = QString::fromStdString(r.error);
  return toIo(r);
}
RobotPort::Io RobotPort::read(hw::Observation& out, QString& error) {
  const auto r = d->handle->read(out);
  error = QString::fromStdString(r.error);
  return toIo(r);
}
RobotPort::Io RobotPort::write(const std::vector<float>& action, QString& error) {
  const auto r = d->handle->write(action);
  error = QString::fromStdString(r.error);
  return toIo(r);
}
void RobotPort::emergencyStop() noexcept {
  if (d->handle) d->handle->emergencyStop();
}
bool RobotPort::acknowledgeEmergencyStop(QString& error) {
  const auto r = d->handle->acknowledgeEmergencyStop();
  error = QString::fromStdString(r.error);
  return r.ok();
}
bool RobotPort::detectSuccess() const {
  bool success = false;
  return d->handle->detectSuccess(success).ok() && success;
}
bool RobotPort::detectFailure() const {
  bool failed = false;
  return d->handle->detectFailure(failed).ok() && failed;
}
bool RobotPort::scriptedAction(std::vector<float>& a) const {
  return d->handle->scriptedAction(a).ok();
}
bool RobotPort::interimFrame(hw::Observation& out) { return d->handle->interimFrame(out).ok(); }
std::vector<float> RobotPort::appliedCommand() const {
  std::vector<float> out;
  (void)d->handle->appliedCommand(out);
  return out;
}

}  // namespace lab
