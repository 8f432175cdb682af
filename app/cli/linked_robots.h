#pragma once
// The robots linked into sigent-lab (the simulations and point-reach), so it runs them without
// the plugin folder: registered with the training engine (main) and with the robot server
// (serve-robot) alike.
#include <QString>
#include <functional>
#include <memory>

#include "api/robot_interface.h"
#include "host_robot_source.h"

namespace lab::cli {

using AddRobot = std::function<void(const QString& id, const QString& name,
                                    std::shared_ptr<hw::IRobotFactory> factory)>;
void forEachLinkedRobot(const AddRobot& add);
// The engine's robot source: the linked robots, then static plugins and the plugin folder.
std::shared_ptr<HostRobotSource> linkedRobotSource();

}  // namespace lab::cli
