#pragma once
// RobotBridgeServer: serves one robot plugin over gRPC (robot_bridge.proto). It checks the
// shared token on every call (constant-time; a wrong one is refused with UNAUTHENTICATED and
// "the robot server refused the token"), uses TLS when certificate files are given, bounds
// message sizes, and runs every robot call on one robot thread (RobotExecutor) where the
// ServedRobot and its safety guard live.
// Threads: start()/shutdown() from the owner's thread; gRPC answers on its own pool.
#include <QJsonObject>
#include <chrono>
#include <memory>
#include <string>

#include "host/robot_handle.h"

namespace lab::hw {

class RobotBridgeServer {
 public:
  struct Options {
    std::string listen = "127.0.0.1:50051";  // host:port; port 0 picks a free one
    std::string token;                       // required, sent by clients on every call
    std::string tlsCertFile, tlsKeyFile;     // PEM; both or neither
    std::chrono::milliseconds watchdog{300};
    QJsonObject defaultSettings;  // the robot's settings unless the client sets them
  };

  RobotBridgeServer(std::unique_ptr<RobotHandle> robot, Options options);
  ~RobotBridgeServer();  // shutdown()
  RobotBridgeServer(const RobotBridgeServer&) = delete;
  RobotBridgeServer& operator=(const RobotBridgeServer&) = delete;

  // Binds and starts answering. False with `error` (a sentence) if it cannot.
  bool start(std::string& error);
  // The port bound (after start()).
  int port() const;
  // Stops answering, stops the robot (zero, deactivate, clean up). Idempotent.
  void shutdown();
  // Blocks until shutdown() (from another thread or a signal handler's event).
  void wait();

 private:
  class Service;
  struct State;
  std::unique_ptr<State> d;
};

}  // namespace lab::hw
