#pragma once
// The robot as the robot loop drives it: loads the plugin by id through the host's plugin
// loader, walks it to Active through the host's RobotHandle (which owns the lifecycle state
// machine, times calls, validates data and catches plugin exceptions), and turns each call into
// ok / retry / fatal plus one message. Every call comes from the robot thread.
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

#include "api/robot_interface.h"

namespace lab {

class RobotPort {
 public:
  enum class Io { Ok, Retry, Fatal };

  // A robot linked into the executable (tests, the CLI), offered to every later open() next to
  // Qt static plugins and the plugin folder. Any thread; register before connecting.
  static void registerFactory(const QString& id, const QString& name,
                              std::shared_ptr<hw::IRobotFactory> factory);

  RobotPort();
  ~RobotPort();  // deactivates and cleans up if still open

  // Finds `robotId` (static factories first, then plugins in `pluginDir`), configures and
  // activates it. False with `error` set (naming the robot and the step) on failure.
  bool open(const QString& robotId, const QString& pluginDir, const hw::RobotConfig& config,
            QString& error);
  void close();
  bool isOpen() const;

  hw::RobotInfo info() const;
  hw::ActionSpec actionSpec() const;
  hw::ObservationSpec observationSpec() const;

  Io reset(std::uint64_t seed, QString& error);
  Io read(hw::Observation& out, QString& error);
  Io write(const std::vector<float>& action, QString& error);
  // Zero command now; latches: writes and resets are refused until acknowledged.
  void emergencyStop() noexcept;
  bool acknowledgeEmergencyStop(QString& error);
  bool detectSuccess() const;
  bool detectFailure() const;
  bool scriptedAction(std::vector<float>& action) const;
  std::vector<float> appliedCommand() const;
  // A frame from between two ticks for the live view (image and raw only); false if none.
  bool interimFrame(hw::Observation& out);

 private:
  class Impl;
  std::unique_ptr<Impl> d;
};

}  // namespace lab
