#include "remote/robot_bridge_server.h"

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <QString>
#include <mutex>

#include "remote/bridge_codec.h"
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
    const auto& md = c->client_metadata();
    const auto it = md.find(bridge::kTokenKey);
    if (it == md.end()) return false;
    return bridge::tokensEqual(std::string(it->second.data(), it->second.size()), m.options.token);
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

namespace {
bool readFile(const std::string& path, std::string& out, std::string& error) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) {
    error = "cannot read " + path + ": " + f.errorString().toStdString();
    return false;
  }
  out = f.readAll().toStdString();
  return true;
}
}  // namespace

bool RobotBridgeServer::start(std::string& error) {
  if (d->options.token.empty()) {
    error = "the robot server needs a token (--token)";
    return false;
  }
  std::shared_ptr<grpc::ServerCredentials> creds;
  if (d->options.tlsCertFile.empty() != d->options.tlsKeyFile.empty()) {
    error = "TLS needs both a certificate and its key file";
    return false;
  }
  if (!d->options.tlsCertFile.empty()) {
    grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
    if (!readFile(d->options.tlsKeyFile, pair.private_key, error) ||
        !readFile(d->options.tlsCertFile, pair.cert_chain, error)) {
      return false;
    }
    grpc::SslServerCredentialsOptions tls;
    tls.pem_key_cert_pairs.push_back(pair);
    creds = grpc::SslServerCredentials(tls);
  } else {
    creds = grpc::InsecureServerCredentials();
  }
  grpc::ServerBuilder builder;
  builder.AddListeningPort(d->options.listen, creds, &d->port);
  builder.RegisterService(d->service.get());
  builder.SetMaxReceiveMessageSize(bridge::kMaxMessageBytes);
  builder.SetMaxSendMessageSize(bridge::kMaxMessageBytes);
  d->server = builder.BuildAndStart();
  if (!d->server || d->port == 0) {
    error = "cannot listen on " + d->options.listen +
            " (address in use, or not an address "
            "of this machine?)";
    d->server.reset();
    return false;
  }
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
