#include "robot_catalog.h"

#include <QCoreApplication>
#include <mutex>

#include "host/plugin_loader.h"
#include "robot_port.h"
#ifdef LAB_HAVE_SIMS
#include "sim/sim_robots.h"
#endif

namespace lab::ui {

QStringList RobotCatalog::registerBuiltInRobots() {
  static QStringList ids;
  static std::once_flag once;
  std::call_once(once, [] {
#ifdef LAB_HAVE_SIMS
    for (const std::string& id : lab::hw::simRobotIds()) {
      auto factory = std::make_shared<lab::hw::SimRobotFactory>(id);
      lab::RobotPort::registerFactory(QString::fromStdString(id),
                                      QString::fromStdString(factory->info().name), factory);
      ids << QString::fromStdString(id);
    }
#endif
  });
  return ids;
}

RobotCatalog::RobotCatalog(const QString& pluginDir)
    : m_loader(std::make_unique<lab::hw::PluginLoader>()) {
#ifdef LAB_HAVE_SIMS
  for (const std::string& id : lab::hw::simRobotIds()) {
    auto factory = std::make_shared<lab::hw::SimRobotFactory>(id);
    const lab::hw::RobotInfo info = factory->info();
    lab::hw::RobotPluginInfo meta;
    meta.id = QString::fromStdString(info.id.empty() ? id : info.id);
    meta.name = QString::fromStdString(info.name);
    meta.description = QString::fromStdString(info.description);
    meta.version = QString::fromStdString(info.version);
    m_loader->registerFactory(meta, factory);
  }
#endif
  m_loader->registerStaticPlugins();
  m_loader->scan(pluginDir);
  for (const auto& s : m_loader->skipped()) {
    // A plugin file of a robot that is also built in is expected, not news for the operator.
    if (s.reason != lab::hw::SkipReason::DuplicateId) m_skipped << s.message;
  }
  for (const auto& p : m_loader->available()) {
    RobotChoice c{p.id, p.name, p.description, p.version, {}};
    auto handle = m_loader->create(p.id);
    if (handle) {
      const lab::hw::RobotInfo info = handle.value()->info();
      const lab::hw::ActionSpec spec = handle.value()->actionSpec();
      QStringList dims;
      for (const auto& d : spec.dims) dims << QString::fromStdString(d.name);
      c.details = QCoreApplication::translate("RobotCatalog", "%1 Hz, %2 steps per episode, actions: %3")
                      .arg(info.controlRateHz)
                      .arg(info.maxEpisodeSteps)
                      .arg(dims.join(QStringLiteral(", ")));
    }
    m_robots.push_back(c);
  }
}

RobotCatalog::~RobotCatalog() = default;

bool RobotCatalog::contains(const QString& id) const { return m_loader->contains(id); }

std::optional<lab::hw::ActionSpec> RobotCatalog::actionSpec(const QString& id,
                                                            QString& error) const {
  auto handle = m_loader->create(id);
  if (!handle) {
    error = QString::fromStdString(handle.error());
    return std::nullopt;
  }
  return handle.value()->actionSpec();
}

}  // namespace lab::ui
