#include "remote/remote_robot.h"

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <QJsonValue>
#include <chrono>

#include "remote/bridge_codec.h"
#include "remote/remote_log.h"
#include "robot_bridge.grpc.pb.h"

namespace lab::hw {

namespace pb = bridge::pb;
using Ms = std::chrono::milliseconds;

namespace {

const char* const kKnownSettings[] = {"address",
                                      "token",
                                      "tls_root_cert",
                                      "tls_target_name",
                                      "call_timeout_ms",
                                      "connect_timeout_ms",
                                      "configure_timeout_ms",
                                      "robot_settings"};

RobotInfo ownInfo() {
  RobotInfo i;
  i.id = "remote-robot";
  i.name = "Remote robot (network bridge)";
  i.description =
      "A robot served over the network: sigent-lab serve-robot or a Python robot "
      "server on the robot's computer.";
  i.version = "1.0.0";
  return i;
}

ActionSpec placeholderSpec() {
  // Before a server is known: one dimension, so the host accepts the spec; onConfigure
  // replaces it with the served robot's.
  ActionSpec s;
  s.dims.push_back(ActionDim{"unknown", "", -1.0, 1.0});
  return s;
}

}  // namespace

class RemoteRobot::Impl {
 public:
  // Settings.
  std::string address, token;
  Ms callTimeout{2000}, connectTimeout{5000}, configureTimeout{30000};
  // Connection and session.
  std::shared_ptr<grpc::Channel> channel;
  std::unique_ptr<pb::RobotBridge::Stub> stub;
  std::uint64_t session = 0;
  std::uint64_t sequence = 0;
  bool estopSent = false;
  // What the server described.
  RobotInfo info = ownInfo();
  ActionSpec actions = placeholderSpec();
  ObservationSpec obsSpec;
  // The last reply's answers (see the header).
  Observation latest;
  bool latestFresh = false;
  bool success = false, failure = false;
  std::vector<float> applied;
  bool hasExpert = false;
  std::vector<float> expert;
  std::uint64_t obsSequence = 0;
  std::int64_t captureNs = 0;

  bool connected() const { return stub != nullptr; }

  void prepare(grpc::ClientContext& ctx, Ms timeout) const {
    ctx.set_deadline(std::chrono::system_clock::now() + timeout);
    ctx.AddMetadata(bridge::kTokenKey, token);
  }

  // A failed RPC in words the robot panel shows. Always Fatal: the connection (or the session)
  // is gone, so the episode cannot go on; Connect builds a new one.
  Result rpcFailed(const char* call, const grpc::Status& s, Ms timeout, std::string& error) const {
    const std::string where = "the robot server at " + address;
    switch (s.error_code()) {
      case grpc::StatusCode::UNAUTHENTICATED:
        error = "the robot server refused the token (" + where +
                "): check the token in the robot settings";
        break;
      case grpc::StatusCode::UNAVAILABLE:
        error = "lost the connection to " + where + " (" + s.error_message() +
                "); the episode was stopped: press Connect to connect again";
        break;
      case grpc::StatusCode::DEADLINE_EXCEEDED:
        error = where + " did not answer " + call + " within " + std::to_string(timeout.count()) +
                " ms; the episode was stopped: press Connect to connect again";
        break;
      case grpc::StatusCode::FAILED_PRECONDITION:
        error = where + " refused " + call + ": " + s.error_message() +
                "; press Connect to connect again";
        break;
      default:
        error = where + " failed " + call + ": " + s.error_message() + " (gRPC code " +
                std::to_string(static_cast<int>(s.error_code())) + ")";
        break;
    }
    return Result::Fatal;
  }

  // The served robot's own answer.
  static Result outcome(pb::Outcome o, const std::string& message, std::string& error) {
    switch (o) {
      case pb::OK:
        return Result::Ok;
      case pb::RETRY:
      case pb::REFUSED:
        error = "robot server: " + message;
        return Result::Retry;
      default:
        error = "robot server: " + message;
        return Result::Fatal;
    }
  }

  Result readSettings(const QJsonObject& s, QJsonObject& robotSettings, std::string& error);
  Result connect(const QJsonObject& settings, std::string& error);
  Result status(const char* call,
                grpc::Status (pb::RobotBridge::Stub::*rpc)(grpc::ClientContext*,
                                                           const pb::SessionRequest&,
                                                           pb::StatusReply*),
                std::string& error);
  Result take(const char* call, const grpc::Status& s, const pb::StepReply& reply,
              std::string& error);
  Result acknowledgeIfStopped(std::string& error);
  void stopQuietly() noexcept;
  void disconnect() noexcept {
    stub.reset();
    channel.reset();
    session = 0;
  }
};

Result RemoteRobot::Impl::readSettings(const QJsonObject& s, QJsonObject& robotSettings,
                                       std::string& error) {
  for (auto it = s.begin(); it != s.end(); ++it) {
    if (std::find(std::begin(kKnownSettings), std::end(kKnownSettings), it.key().toStdString()) ==
        std::end(kKnownSettings)) {
      std::string known;
      for (const char* k : kKnownSettings) known += (known.empty() ? "" : ", ") + std::string(k);
      error = "unknown setting '" + it.key().toStdString() + "' (known: " + known +
              "; the served robot's own settings go in robot_settings)";
      return Result::Fatal;
    }
  }
  address = s.value("address").toString().toStdString();
  token = s.value("token").toString().toStdString();
  if (address.empty()) {
    error =
        "remote-robot needs the robot server's address, e.g. {\"address\": "
        "\"192.168.1.20:50051\", \"token\": \"...\"}";
    return Result::Fatal;
  }
  if (token.empty()) {
    error = "remote-robot needs the robot server's token (serve-robot prints it when it starts)";
    return Result::Fatal;
  }
  const int call = s.value("call_timeout_ms").toInt(2000);
  const int conn = s.value("connect_timeout_ms").toInt(5000);
  const int conf = s.value("configure_timeout_ms").toInt(30000);
  if (call < 10 || conn < 10 || conf < 10) {
    error = "call_timeout_ms, connect_timeout_ms and configure_timeout_ms must be at least 10 ms";
    return Result::Fatal;
  }
  callTimeout = Ms(call);
  connectTimeout = Ms(conn);
  configureTimeout = Ms(conf);
  if (s.contains("robot_settings") && !s.value("robot_settings").isObject()) {
    error = "robot_settings must be an object of the served robot's settings";
    return Result::Fatal;
  }
  robotSettings = s.value("robot_settings").toObject();
  return Result::Ok;
}

Result RemoteRobot::Impl::connect(const QJsonObject& s, std::string& error) {
  grpc::ChannelArguments args;
  args.SetMaxReceiveMessageSize(bridge::kMaxMessageBytes);
  args.SetMaxSendMessageSize(bridge::kMaxMessageBytes);
  std::shared_ptr<grpc::ChannelCredentials> creds;
  const QString rootCert = s.value("tls_root_cert").toString();
  if (!rootCert.isEmpty()) {
    QFile f(rootCert);
    if (!f.open(QIODevice::ReadOnly)) {
      error = "cannot read the TLS certificate " + rootCert.toStdString() + ": " +
              f.errorString().toStdString();
      return Result::Fatal;
    }
    grpc::SslCredentialsOptions tls;
    tls.pem_root_certs = f.readAll().toStdString();
    creds = grpc::SslCredentials(tls);
    const QString target = s.value("tls_target_name").toString();
    if (!target.isEmpty()) args.SetSslTargetNameOverride(target.toStdString());
  } else {
    creds = grpc::InsecureChannelCredentials();
  }
  channel = grpc::CreateCustomChannel(address, creds, args);
  if (!channel->WaitForConnected(std::chrono::system_clock::now() + connectTimeout)) {
    error = "cannot reach the robot server at " + address + " within " +
            std::to_string(connectTimeout.count()) +
            " ms: is serve-robot running there, and the address right?";
    disconnect();
    return Result::Fatal;
  }
  stub = pb::RobotBridge::NewStub(channel);
  return Result::Ok;
}

Result RemoteRobot::Impl::status(
    const char* call,
    grpc::Status (pb::RobotBridge::Stub::*rpc)(grpc::ClientContext*, const pb::SessionRequest&,
                                               pb::StatusReply*),
    std::string& error) {
  if (!connected()) {
    error = std::string(call) + ": not connected to a robot server";
    return Result::Fatal;
  }
  grpc::ClientContext ctx;
  prepare(ctx, callTimeout);
  pb::SessionRequest req;
  req.set_session(session);
  pb::StatusReply reply;
  const grpc::Status s = (stub.get()->*rpc)(&ctx, req, &reply);
  if (!s.ok()) return rpcFailed(call, s, callTimeout, error);
  return outcome(reply.outcome(), reply.error(), error);
}

Result RemoteRobot::Impl::take(const char* call, const grpc::Status& s, const pb::StepReply& reply,
                               std::string& error) {
  if (!s.ok()) return rpcFailed(call, s, callTimeout, error);
  const Result r = outcome(reply.outcome(), reply.error(), error);
  if (r != Result::Ok) return r;
  Observation obs;
  if (const std::string e = bridge::fromProto(reply.observation(), obs); !e.empty()) {
    error = "the robot server sent an unusable observation: " + e;
    return Result::Retry;
  }
  if (reply.applied_command_size() > bridge::kMaxActionDims ||
      reply.expert_action_size() > bridge::kMaxActionDims) {
    error = "the robot server sent too many command values";
    return Result::Retry;
  }
  latest = std::move(obs);
  latestFresh = true;
  success = reply.success();
  failure = reply.failure();
  applied.assign(reply.applied_command().begin(), reply.applied_command().end());
  hasExpert = reply.has_expert_action();
  expert.assign(reply.expert_action().begin(), reply.expert_action().end());
  obsSequence = reply.observation().sequence();
  captureNs = reply.observation().capture_time_ns();
  return Result::Ok;
}

Result RemoteRobot::Impl::acknowledgeIfStopped(std::string& error) {
  // The host only lets write/reset through once its operator acknowledged the stop.
  if (!estopSent) return Result::Ok;
  const Result r =
      status("AcknowledgeEmergencyStop", &pb::RobotBridge::Stub::AcknowledgeEmergencyStop, error);
  if (r == Result::Ok) estopSent = false;
  return r;
}

void RemoteRobot::Impl::stopQuietly() noexcept {
  // Best effort and short: when this fails the server's watchdog stops the robot anyway.
  if (!connected()) return;
  try {
    grpc::ClientContext ctx;
    prepare(ctx, std::min(callTimeout, Ms(500)));
    pb::EmergencyStopRequest req;
    req.set_session(session);
    req.set_reason("emergency stop from the window");
    pb::StatusReply reply;
    if (stub->EmergencyStop(&ctx, req, &reply).ok()) estopSent = true;
  } catch (...) {
  }
}

RemoteRobot::RemoteRobot() : d(std::make_unique<Impl>()) {}
RemoteRobot::~RemoteRobot() = default;

RobotInfo RemoteRobot::info() const { return d->info; }
ActionSpec RemoteRobot::actionSpec() const { return d->actions; }
ObservationSpec RemoteRobot::observationSpec() const { return d->obsSpec; }

Result RemoteRobot::onConfigure(const RobotConfig& config, std::string& error) {
  d->disconnect();
  QJsonObject robotSettings;
  if (d->readSettings(config.settings, robotSettings, error) != Result::Ok) return Result::Fatal;
  if (d->connect(config.settings, error) != Result::Ok) return Result::Fatal;
  pb::ConfigureRequest req;
  if (const std::string e = bridge::settingsToProto(robotSettings, *req.mutable_settings());
      !e.empty()) {
    error = "robot_settings: " + e;
    return Result::Fatal;
  }
  req.set_image_size(config.imageSize);
  req.set_seed(config.seed);
  pb::ConfigureReply reply;
  grpc::ClientContext ctx;
  d->prepare(ctx, d->configureTimeout);
  const grpc::Status s = d->stub->Configure(&ctx, req, &reply);
  if (!s.ok()) {
    const Result r = d->rpcFailed("Configure", s, d->configureTimeout, error);
    d->disconnect();
    return r;
  }
  if (reply.outcome() != pb::OK) {
    error = "the robot server could not configure its robot: " + reply.error();
    d->disconnect();
    return Result::Fatal;
  }
  RobotInfo info;
  ActionSpec actions;
  ObservationSpec obsSpec;
  std::string e = bridge::fromProto(reply.info(), info);
  if (e.empty()) e = bridge::fromProto(reply.action_spec(), actions);
  if (e.empty()) e = bridge::fromProto(reply.observation_spec(), obsSpec);
  if (!e.empty()) {
    error = "the robot server described its robot wrongly: " + e;
    d->disconnect();
    return Result::Fatal;
  }
  info.name = info.name + " (remote, " + d->address + ")";
  info.description = "Served over the network by " + d->address + ". " + info.description;
  info.id = "remote-robot";
  d->info = info;
  d->actions = actions;
  d->obsSpec = obsSpec;
  d->session = reply.session();
  d->sequence = 0;
  d->estopSent = false;
  d->latestFresh = false;
  d->applied = actions.zeroCommand();
  qCInfo(lcHwRemote).noquote() << "connected to" << QString::fromStdString(d->address) << "session"
                               << d->session << "watchdog" << reply.watchdog_ms() << "ms";
  return Result::Ok;
}

Result RemoteRobot::onActivate(std::string& error) {
  return d->status("Activate", &pb::RobotBridge::Stub::Activate, error);
}

Result RemoteRobot::onDeactivate(std::string& error) {
  return d->status("Deactivate", &pb::RobotBridge::Stub::Deactivate, error);
}

Result RemoteRobot::onCleanup(std::string& error) {
  const Result r = d->status("Cleanup", &pb::RobotBridge::Stub::Cleanup, error);
  d->disconnect();
  d->info = ownInfo();
  d->actions = placeholderSpec();
  d->obsSpec = {};
  return r == Result::Ok ? Result::Ok : r;
}

void RemoteRobot::onError() noexcept {
  d->stopQuietly();
  d->disconnect();
}

Result RemoteRobot::reset(std::uint64_t seed, std::string& error) {
  if (d->acknowledgeIfStopped(error) != Result::Ok) return Result::Fatal;
  if (!d->connected()) {
    error = "reset: not connected to a robot server";
    return Result::Fatal;
  }
  grpc::ClientContext ctx;
  d->prepare(ctx, d->configureTimeout);  // an operator's robot may take a while to re-arm
  pb::ResetRequest req;
  req.set_session(d->session);
  req.set_seed(seed);
  pb::StepReply reply;
  return d->take("Reset", d->stub->Reset(&ctx, req, &reply), reply, error);
}

Result RemoteRobot::read(Observation& out, std::string& error) {
  if (!d->latestFresh) {
    if (!d->connected()) {
      error = "read: not connected to a robot server";
      return Result::Fatal;
    }
    grpc::ClientContext ctx;
    d->prepare(ctx, d->callTimeout);
    pb::SessionRequest req;
    req.set_session(d->session);
    pb::StepReply reply;
    const Result r = d->take("Observe", d->stub->Observe(&ctx, req, &reply), reply, error);
    if (r != Result::Ok) return r;
  }
  out = d->latest;
  d->latestFresh = false;  // the next read without a step asks the robot again
  return Result::Ok;
}

Result RemoteRobot::write(const std::vector<float>& action, std::string& error) {
  if (d->acknowledgeIfStopped(error) != Result::Ok) return Result::Fatal;
  if (!d->connected()) {
    error = "write: not connected to a robot server";
    return Result::Fatal;
  }
  grpc::ClientContext ctx;
  d->prepare(ctx, d->callTimeout);
  pb::StepRequest req;
  req.set_session(d->session);
  req.set_sequence(++d->sequence);
  for (float v : action) req.add_command(v);
  pb::StepReply reply;
  return d->take("Step", d->stub->Step(&ctx, req, &reply), reply, error);
}

void RemoteRobot::emergencyStop() noexcept {
  d->applied = d->actions.zeroCommand();
  d->latestFresh = false;
  d->stopQuietly();
}

std::vector<float> RemoteRobot::appliedCommand() const { return d->applied; }
bool RemoteRobot::detectSuccess() const { return d->success; }
bool RemoteRobot::detectFailure() const { return d->failure; }

bool RemoteRobot::scriptedAction(std::vector<float>& action) const {
  if (!d->hasExpert) return false;
  action = d->expert;
  return true;
}

std::uint64_t RemoteRobot::lastObservationSequence() const { return d->obsSequence; }
std::int64_t RemoteRobot::lastCaptureTimeNs() const { return d->captureNs; }

}  // namespace lab::hw
