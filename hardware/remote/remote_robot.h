#pragma once
// RemoteRobot: the plugin "remote-robot", a robot served over the network by the robot bridge
// (robot_bridge.proto): `sigent-lab serve-robot` on the robot PC, or a lab's own Python server
// built on hardware/remote/python. Every IRobot call maps onto one RPC:
//   onConfigure -> Configure (connects first)   onActivate/onDeactivate/onCleanup -> same names
//   reset -> Reset   write -> Step   read -> the observation the last Reset/Step brought back,
//   else Observe   emergencyStop -> EmergencyStop (the next write/reset acknowledges it: the
//   host lets them through only once its operator acknowledged)
// detectSuccess/detectFailure/appliedCommand/scriptedAction answer from the last reply: the
// server puts them there after each step, so a tick costs one round trip.
//
// Settings (RobotConfig::settings):
//   address          "host:port" of the robot server (required)
//   token            the server's shared token (required; sent on every call)
//   tls_root_cert    PEM file of the server's certificate (or its CA): use TLS (optional)
//   tls_target_name  the name the certificate is for, when it differs from the host (optional)
//   call_timeout_ms  deadline of each call while running (default 2000)
//   connect_timeout_ms    how long to try reaching the server (default 5000)
//   configure_timeout_ms  deadline of Configure and Reset (default 30000: a sim loads, an
//                         operator's robot re-arms)
//   robot_settings   the served robot's own settings, a flat object (default {})
// Before onConfigure it describes itself (no server known yet); afterwards info(), actionSpec()
// and observationSpec() are the served robot's, the id staying "remote-robot" and the name
// saying where it runs.
//
// Errors: a lost connection or a call past its deadline is Fatal with a sentence the robot
// panel shows ("lost the connection to the robot server at ...; press Connect to connect
// again"): the host stops the episode and the next Connect builds a new connection. A refused
// token is Fatal ("the robot server refused the token"). What the served robot itself answers
// keeps its meaning (Retry stays Retry). No interim frames: the live view updates per step.
#include <memory>
#include <string>
#include <vector>

#include "api/robot_interface.h"

namespace lab::hw {

class RemoteRobot : public IRobot {
 public:
  RemoteRobot();
  ~RemoteRobot() override;

  RobotInfo info() const override;
  ActionSpec actionSpec() const override;
  ObservationSpec observationSpec() const override;

  Result onConfigure(const RobotConfig& config, std::string& error) override;
  Result onActivate(std::string& error) override;
  Result onDeactivate(std::string& error) override;
  Result onCleanup(std::string& error) override;
  void onError() noexcept override;

  Result reset(std::uint64_t seed, std::string& error) override;
  Result read(Observation& out, std::string& error) override;
  Result write(const std::vector<float>& action, std::string& error) override;
  void emergencyStop() noexcept override;
  std::vector<float> appliedCommand() const override;

  bool detectSuccess() const override;
  bool detectFailure() const override;
  bool scriptedAction(std::vector<float>& action) const override;

  // --- Not part of IRobot: for tests and the bench. ---
  // The server's sequence number and capture time (ns, server clock) of the last observation.
  std::uint64_t lastObservationSequence() const;
  std::int64_t lastCaptureTimeNs() const;

 private:
  class Impl;
  std::unique_ptr<Impl> d;
};

}  // namespace lab::hw
