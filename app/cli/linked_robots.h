#pragma once
// The robots linked into sigent-lab (the simulations and point-reach), so it runs them without
// the plugin folder: registered with the training engine (main) and with the robot server
// (serve-robot) alike.
#include <QString>
#include <functional>
#include <memory>

#include "api/robot_interface.h"

namespace lab::cli {

using AddRobot = std::function<void(const QString& id, const QString& name,
                                    std::shared_ptr<hw::IRobotFactory> factory)>;
void forEachLinkedRobot(const AddRobot& add);

}  // namespace lab::cli
