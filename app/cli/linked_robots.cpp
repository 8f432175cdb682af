#include "linked_robots.h"

#include "sim/sim_robots.h"
#include "toy/point_reach_factory.h"

namespace lab::cli {

void forEachLinkedRobot(const AddRobot& add) {
  for (const auto& id : hw::simRobotIds()) {
    auto factory = std::make_shared<hw::SimRobotFactory>(id);
    add(QString::fromStdString(id), QString::fromStdString(factory->info().name), factory);
  }
  auto pointReach = std::make_shared<hw::PointReachFactory>();
  add("point-reach", QString::fromStdString(pointReach->info().name), pointReach);
}

std::shared_ptr<HostRobotSource> linkedRobotSource() {
  auto source = std::make_shared<HostRobotSource>();
  forEachLinkedRobot([&source](const QString& id, const QString& name,
                               std::shared_ptr<hw::IRobotFactory> factory) {
    source->add(id, name, std::move(factory));
  });
  return source;
}

}  // namespace lab::cli
