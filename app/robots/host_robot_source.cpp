#include "host_robot_source.h"

#include "host/plugin_loader.h"
#include "host_robot_driver.h"

namespace lab {

void HostRobotSource::add(const QString& id, const QString& name,
                          std::shared_ptr<hw::IRobotFactory> factory) {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_linked[id] = Linked{name, std::move(factory)};
}

void HostRobotSource::setConfiguredListener(ConfiguredListener listener) {
  std::lock_guard<std::mutex> lock(m_mutex);
  m_configured = std::move(listener);
}

std::unique_ptr<RobotDriver> HostRobotSource::create(const QString& robotId,
                                                     const QString& pluginDir, QString& error) {
  std::map<QString, Linked> linked;
  ConfiguredListener configured;
  {
    std::lock_guard<std::mutex> lock(m_mutex);
    linked = m_linked;
    configured = m_configured;
  }
  auto loader = std::make_unique<hw::PluginLoader>();
  for (const auto& [id, robot] : linked) {
    hw::RobotPluginInfo meta;
    meta.id = id;
    meta.name = robot.name;
    loader->registerFactory(meta, robot.factory);
  }
  loader->registerStaticPlugins();
  if (!loader->contains(robotId)) {
    loader->scan(pluginDir.isEmpty() ? hw::PluginLoader::defaultPluginDir() : pluginDir);
  }
  auto created = loader->create(robotId);
  if (!created) {
    error = QString::fromStdString(created.error());
    for (const auto& s : loader->skipped()) {
      if (s.message.contains(robotId)) error += "; " + s.message;
    }
    return nullptr;
  }
  auto handle = created.take();
  HostRobotDriver::Configured told;
  if (configured) {
    told = [configured, robotId](const hw::RobotInfo& info, const hw::ActionSpec& actions) {
      configured(robotId, info, actions);
    };
  }
  return std::make_unique<HostRobotDriver>(std::move(loader), std::move(handle), told);
}

}  // namespace lab
