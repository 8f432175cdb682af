#include "remote/robot_bridge_server.h"

#include <grpcpp/grpcpp.h>

#include <QString>
#include <mutex>

#include "remote/bridge_codec.h"
#include "remote/grpc_endpoint.h"
#include "remote/remote_log.h"
#include "remote/robot_executor.h"
#include "remote/served_robot.h"
#include "robot_bridge.grpc.pb.h"

namespace lab::hw {

namespace pb = bridge::pb;

struct RobotBridgeServer::State {
  Options options;
  std::unique_ptr<ServedRobot> robot;
  std::unique_ptr<RobotExecutor> executor;
  std::unique_ptr<Service> service;
  std::unique_ptr<grpc::Server> server;
  int port = 0;
  std::once_flag down;
};

// Each RPC: the token first, then the robot's work on the robot thread.
class RobotBridgeServer::Service final : public pb::RobotBridge::Service {
 public:
  explicit Service(State& s) : m(s) {}

  grpc::Status GetInfo(grpc::ServerContext* c, const pb::InfoRequest*, pb::InfoReply* r) override {
    return call(c, [&] { return m.robot->getInfo(*r); });
  }
  grpc::Status Configure(grpc::ServerContext* c, const pb::ConfigureRequest* q,
                         pb::ConfigureReply* r) override {
    return call(c, [&] { return m.robot->configure(*q, *r); });
  }
  grpc::Status Activate(grpc::ServerContext* c, const pb::SessionRequest* q,
                        pb::StatusReply* r) override {
    return call(c, [&] { return m.robot->activate(*q, *r); });
  }
  grpc::Status Deactivate(grpc::ServerContext* c, const pb::SessionRequest* q,
                          pb::StatusReply* r) override {
    return call(c, [&] { return m.robot->deactivate(*q, *r); });
  }
  grpc::Status Cleanup(grpc::ServerContext* c, const pb::SessionRequest* q,
                       pb::StatusReply* r) override {
    return call(c, [&] { return m.robot->cleanup(*q, *r); });
  }
  grpc::Status Reset(grpc::ServerContext* c, const pb::ResetRequest* q, pb::StepReply* r) override {
    return call(c, [&] { return m.robot->reset(*q, *r); });
  }
  grpc::Status Step(grpc::ServerContext* c, const pb::StepRequest* q, pb::StepReply* r) override {
    return call(c, [&] { return m.robot->step(*q, *r); });
  }
  grpc::Status Observe(grpc::ServerContext* c, const pb::SessionRequest* q,
                       pb::StepReply* r) override {
    return call(c, [&] { return m.robot->observe(*q, *r); });
  }
  grpc::Status EmergencyStop(grpc::ServerContext* c, const pb::EmergencyStopRequest* q,
                             pb::StatusReply* r) override {
    return call(c, [&] { return m.robot->emergencyStop(*q, *r); });
  }
  grpc::Status AcknowledgeEmergencyStop(grpc::ServerContext* c, const pb::SessionRequest* q,
                                        pb::StatusReply* r) override {
    return call(c, [&] { return m.robot->acknowledge(*q, *r); });
  }
  grpc::Status Heartbeat(grpc::ServerContext* c, const pb::SessionRequest* q,
                         pb::HeartbeatReply* r) override {
    return call(c, [&] { return m.robot->heartbeat(*q, *r); });
  }

 private:
  bool authorised(const grpc::ServerContext* c) const {
    return bridge::callHasToken(*c, bridge::kTokenKey, m.options.token);
  }

  template <typename Fn>
  grpc::Status call(grpc::ServerContext* c, Fn&& work) {
    if (!authorised(c)) {
      return {grpc::StatusCode::UNAUTHENTICATED, "the robot server refused the token"};
    }
    grpc::Status status;
    try {
      if (!m.executor->run([&] { status = work(); })) {
        return {grpc::StatusCode::UNAVAILABLE, "the robot server is shutting down"};
      }
    } catch (const std::exception& e) {
      return {grpc::StatusCode::INTERNAL, std::string("robot server error: ") + e.what()};
    }
    return status;
  }

  State& m;
};

RobotBridgeServer::RobotBridgeServer(std::unique_ptr<RobotHandle> robot, Options options)
    : d(std::make_unique<State>()) {
  d->options = std::move(options);
  ServedRobot::Options so;
  so.defaultSettings = d->options.defaultSettings;
  so.watchdog = d->options.watchdog;
  d->robot = std::make_unique<ServedRobot>(std::move(robot), so);
  ServedRobot* served = d->robot.get();
  d->executor = std::make_unique<RobotExecutor>([served] { return served->nextDeadline(); },
                                                [served] { served->tick(); });
  d->service = std::make_unique<Service>(*d);
  d->executor->start();
}

RobotBridgeServer::~RobotBridgeServer() { shutdown(); }

bool RobotBridgeServer::start(std::string& error) {
  const bridge::Endpoint e{d->options.listen, d->options.token, d->options.tlsCertFile,
                           d->options.tlsKeyFile};
  d->server = bridge::startServer(e, "the robot server", d->service.get(), bridge::kMaxMessageBytes,
                                  d->port, error);
  if (!d->server) return false;
  qCInfo(lcHwRemote).noquote() << "robot bridge listening on"
                               << QString::fromStdString(d->options.listen) << "port" << d->port;
  return true;
}

int RobotBridgeServer::port() const { return d->port; }

void RobotBridgeServer::shutdown() {
  std::call_once(d->down, [this] {
    // Calls in flight get a short grace, then are cancelled; the robot is stopped last, on its
    // own thread.
    if (d->server) d->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
    ServedRobot* served = d->robot.get();
    d->executor->run([served] { served->close(); });
    d->executor->stop();
  });
}

void RobotBridgeServer::wait() {
  if (d->server) d->server->Wait();
}

}  // namespace lab::hw
