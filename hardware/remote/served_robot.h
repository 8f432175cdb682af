#pragma once
// ServedRobot: the robot side of the bridge. It drives one robot plugin (through its
// RobotHandle: lifecycle, validation, timing) for the client of the current session and
// answers each RPC of robot_bridge.proto, with the RobotSafetyGuard in front of every command:
// newest command only, clamped, a watchdog that zeroes the robot after a silence, and an
// emergency stop that latches until acknowledged.
//
// The watchdog's zero: a physical robot gets its plugin's emergencyStop() (zero velocity now,
// held until the next write), which the handle's latch does not keep (the guard holds the
// latch); a simulation does not move between steps, so it is left as it is (its emergencyStop
// would stop its physics and change the next step) and only the trip is counted.
//
// Threads: every method runs on the server's robot thread (RobotExecutor), one at a time.
#include <grpcpp/support/status.h>

#include <QJsonObject>
#include <chrono>
#include <cstdint>
#include <memory>

#include "host/robot_handle.h"
#include "remote/bridge_codec.h"
#include "remote/robot_safety_guard.h"

namespace lab::hw {

class ServedRobot {
 public:
  using Clock = std::chrono::steady_clock;
  struct Options {
    QJsonObject defaultSettings;  // the robot's settings unless the client sets them
    std::chrono::milliseconds watchdog = RobotSafetyGuard::kDefaultWatchdog;
  };

  ServedRobot(std::unique_ptr<RobotHandle> robot, Options options);
  ~ServedRobot();  // close()
  // Shuts the robot down (deactivate, cleanup). Call on the robot thread before destruction.
  void close();

  grpc::Status getInfo(bridge::pb::InfoReply& reply);
  grpc::Status configure(const bridge::pb::ConfigureRequest& req,
                         bridge::pb::ConfigureReply& reply);
  grpc::Status activate(const bridge::pb::SessionRequest& req, bridge::pb::StatusReply& reply);
  grpc::Status deactivate(const bridge::pb::SessionRequest& req, bridge::pb::StatusReply& reply);
  grpc::Status cleanup(const bridge::pb::SessionRequest& req, bridge::pb::StatusReply& reply);
  grpc::Status reset(const bridge::pb::ResetRequest& req, bridge::pb::StepReply& reply);
  grpc::Status step(const bridge::pb::StepRequest& req, bridge::pb::StepReply& reply);
  grpc::Status observe(const bridge::pb::SessionRequest& req, bridge::pb::StepReply& reply);
  // Honoured whatever the session: anyone holding the token may stop the robot.
  grpc::Status emergencyStop(const bridge::pb::EmergencyStopRequest& req,
                             bridge::pb::StatusReply& reply);
  grpc::Status acknowledge(const bridge::pb::SessionRequest& req, bridge::pb::StatusReply& reply);
  grpc::Status heartbeat(const bridge::pb::SessionRequest& req, bridge::pb::HeartbeatReply& reply);

  // --- the robot thread's own calls ---
  Clock::time_point nextDeadline() const { return m_guard.nextDeadline(); }
  // Sends the watchdog's zero when it is due.
  void tick();
  std::uint64_t watchdogTrips() const { return m_guard.watchdogTrips(); }

 private:
  grpc::Status checkSession(std::uint64_t session) const;
  // Brings the robot back to Unconfigured from wherever it is.
  void takeDown();
  // The observation, detectors, applied command and expert action after a reset or a step.
  void fillReply(bridge::pb::StepReply& reply);
  void holdStill();

  std::unique_ptr<RobotHandle> m_robot;
  Options m_options;
  RobotSafetyGuard m_guard;
  std::uint64_t m_session = 0;
  std::uint64_t m_nextSession;
  std::uint64_t m_observations = 0;
};

}  // namespace lab::hw
