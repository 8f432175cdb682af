#include "robot_catalog.h"

#include <QCoreApplication>
#include <vector>

#include "host/plugin_loader.h"
#include "host_robot_source.h"
#include "toy/point_reach_factory.h"
#ifdef LAB_HAVE_SIMS
#include "sim/sim_robots.h"
#endif

namespace lab::ui {

namespace {
struct BuiltIn {
  lab::hw::RobotInfo info;
  std::shared_ptr<lab::hw::IRobotFactory> factory;
};

// The robots linked into the window, in the order the robot list shows them: the simulated
// robots, then the point-reach toy task.
std::vector<BuiltIn> builtInRobots() {
  std::vector<BuiltIn> robots;
#ifdef LAB_HAVE_SIMS
  for (const std::string& id : lab::hw::simRobotIds()) {
    auto factory = std::make_shared<lab::hw::SimRobotFactory>(id);
    robots.push_back({factory->info(), factory});
  }
#endif
  auto pointReach = std::make_shared<lab::hw::PointReachFactory>();
  robots.push_back({pointReach->info(), pointReach});
  return robots;
}
}  // namespace

QStringList RobotCatalog::registerBuiltInRobots(lab::HostRobotSource& source) {
  QStringList ids;
  for (const BuiltIn& b : builtInRobots()) {
    const QString id = QString::fromStdString(b.info.id);
    source.add(id, QString::fromStdString(b.info.name), b.factory);
    ids << id;
  }
  return ids;
}

RobotCatalog::RobotCatalog(const QString& pluginDir)
    : m_loader(std::make_unique<lab::hw::PluginLoader>()) {
  for (const BuiltIn& b : builtInRobots()) {
    lab::hw::RobotPluginInfo meta;
    meta.id = QString::fromStdString(b.info.id);
    meta.name = QString::fromStdString(b.info.name);
    meta.description = QString::fromStdString(b.info.description);
    meta.version = QString::fromStdString(b.info.version);
    m_loader->registerFactory(meta, b.factory);
  }
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
      c.scriptedExpert = info.hasScriptedExpert;
      c.details =
          QCoreApplication::translate("RobotCatalog", "%1 Hz, %2 steps per episode, actions: %3")
              .arg(info.controlRateHz)
              .arg(info.maxEpisodeSteps)
              .arg(dims.join(QStringLiteral(", ")));
    }
    m_robots.push_back(c);
  }
}

RobotCatalog::~RobotCatalog() = default;

bool RobotCatalog::contains(const QString& id) const { return m_loader->contains(id); }

}  // namespace lab::ui
