#include "remote/served_robot.h"

#include <QString>
#include <random>

#include "remote/remote_log.h"

namespace lab::hw {

namespace pb = bridge::pb;

namespace {

std::int64_t nowNs() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

pb::Outcome toOutcome(const HandleResult& r) {
  switch (r.status) {
    case HandleStatus::Ok:
      return pb::OK;
    case HandleStatus::Retry:
    case HandleStatus::Invalid:
      return pb::RETRY;
    case HandleStatus::Refused:
      return pb::REFUSED;
    case HandleStatus::Fatal:
      return pb::FATAL;
  }
  return pb::FATAL;
}

// The why alone: the client's own handle names the call it made ("configure failed: why").
template <typename Reply>
grpc::Status answer(Reply& reply, const HandleResult& r) {
  reply.set_outcome(toOutcome(r));
  reply.set_error(r.reason);
  return grpc::Status::OK;
}

}  // namespace

ServedRobot::ServedRobot(std::unique_ptr<RobotHandle> robot, Options options)
    : m_robot(std::move(robot)),
      m_options(std::move(options)),
      m_guard(m_robot->actionSpec().size(), m_options.watchdog),
      // Session ids are not guessable from the previous one: an old client stays out.
      m_nextSession(std::random_device{}() | 1ULL) {}

ServedRobot::~ServedRobot() { close(); }

void ServedRobot::close() {
  if (m_robot && m_robot->state() != LifecycleState::Finalized) {
    if (m_robot->state() == LifecycleState::Active) m_robot->emergencyStop();
    (void)m_robot->shutdown();
  }
}

grpc::Status ServedRobot::checkSession(std::uint64_t session) const {
  if (m_session == 0) {
    return {grpc::StatusCode::FAILED_PRECONDITION, "the robot is not configured: Configure first"};
  }
  if (session != m_session) {
    return {grpc::StatusCode::FAILED_PRECONDITION,
            "another client took over the robot (this session ended)"};
  }
  return grpc::Status::OK;
}

void ServedRobot::takeDown() {
  if (m_robot->state() == LifecycleState::Active) {
    m_robot->emergencyStop();
    (void)m_robot->acknowledgeEmergencyStop();  // the guard keeps the real latch
    (void)m_robot->deactivate();
  }
  if (m_robot->state() == LifecycleState::Inactive) (void)m_robot->cleanup();
  if (m_robot->state() == LifecycleState::Error) (void)m_robot->recover();
}

grpc::Status ServedRobot::getInfo(pb::InfoReply& reply) {
  bridge::toProto(m_robot->info(), *reply.mutable_info());
  bridge::toProto(m_robot->actionSpec(), *reply.mutable_action_spec());
  return grpc::Status::OK;
}

grpc::Status ServedRobot::configure(const pb::ConfigureRequest& req, pb::ConfigureReply& reply) {
  QJsonObject settings = m_options.defaultSettings;
  QJsonObject fromClient;
  if (const std::string e = bridge::settingsFromProto(req.settings(), fromClient); !e.empty()) {
    return {grpc::StatusCode::INVALID_ARGUMENT, e};
  }
  for (auto it = fromClient.begin(); it != fromClient.end(); ++it) settings[it.key()] = it.value();
  if (req.image_size() < 1 || req.image_size() > bridge::kMaxImageSide) {
    return {grpc::StatusCode::INVALID_ARGUMENT,
            "image_size must be 1.." + std::to_string(bridge::kMaxImageSide)};
  }
  m_session = 0;  // the previous client's calls are refused from here on
  takeDown();
  if (m_robot->state() != LifecycleState::Unconfigured) {
    reply.set_outcome(pb::FATAL);
    reply.set_error("the robot cannot be configured again (state " +
                    std::string(toString(m_robot->state())) + "): " + m_robot->lastError() +
                    "; restart serve-robot");
    return grpc::Status::OK;
  }
  RobotConfig config;
  config.settings = settings;
  config.imageSize = req.image_size();
  config.seed = req.seed();
  const HandleResult r = m_robot->configure(config);
  if (!r.ok()) return answer(reply, r);
  m_session = m_nextSession++;
  m_observations = 0;
  m_guard.startSession(m_robot->actionSpec().size());
  // The handle's latch follows the guard's: a stop the previous client pressed is acknowledged
  // by this Configure, one pressed at the robot is not.
  if (!m_guard.emergencyStopped()) (void)m_robot->acknowledgeEmergencyStop();
  reply.set_outcome(pb::OK);
  reply.set_session(m_session);
  bridge::toProto(m_robot->info(), *reply.mutable_info());
  bridge::toProto(m_robot->actionSpec(), *reply.mutable_action_spec());
  bridge::toProto(m_robot->observationSpec(), *reply.mutable_observation_spec());
  reply.set_watchdog_ms(static_cast<std::uint32_t>(m_guard.watchdogTimeout().count()));
  qCInfo(lcHwRemote).noquote() << "session" << m_session << "configured"
                               << QString::fromStdString(m_robot->info().id);
  return grpc::Status::OK;
}

grpc::Status ServedRobot::activate(const pb::SessionRequest& req, pb::StatusReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  return answer(reply, m_robot->activate());
}

grpc::Status ServedRobot::deactivate(const pb::SessionRequest& req, pb::StatusReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  return answer(reply, m_robot->deactivate());
}

grpc::Status ServedRobot::cleanup(const pb::SessionRequest& req, pb::StatusReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  const HandleResult r = m_robot->cleanup();
  if (r.ok()) m_session = 0;
  return answer(reply, r);
}

void ServedRobot::fillReply(pb::StepReply& reply) {
  reply.set_emergency_stopped(m_guard.emergencyStopped());
  Observation obs;
  const HandleResult r = m_robot->read(obs);
  if (!r.ok()) {
    reply.set_outcome(toOutcome(r));
    reply.set_error(r.error);
    return;
  }
  auto* o = reply.mutable_observation();
  bridge::toProto(obs, *o);
  o->set_sequence(++m_observations);
  o->set_command_sequence(m_guard.lastSequence());
  o->set_capture_time_ns(nowNs());
  bool flag = false;
  reply.set_success(m_robot->detectSuccess(flag).ok() && flag);
  flag = false;
  reply.set_failure(m_robot->detectFailure(flag).ok() && flag);
  std::vector<float> values;
  if (m_robot->appliedCommand(values).ok()) {
    for (float v : values) reply.add_applied_command(v);
  }
  values.clear();
  if (m_robot->info().hasScriptedExpert && m_robot->scriptedAction(values).ok()) {
    reply.set_has_expert_action(true);
    for (float v : values) reply.add_expert_action(v);
  }
  reply.set_outcome(pb::OK);
}

grpc::Status ServedRobot::reset(const pb::ResetRequest& req, pb::StepReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  const HandleResult r = m_robot->reset(req.seed());
  if (!r.ok()) return answer(reply, r);
  fillReply(reply);
  return grpc::Status::OK;
}

grpc::Status ServedRobot::step(const pb::StepRequest& req, pb::StepReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  std::vector<float> command;
  if (const std::string e = bridge::commandFromProto(req.command(), command); !e.empty()) {
    return {grpc::StatusCode::INVALID_ARGUMENT, e};
  }
  std::string why;
  if (m_guard.admit(req.sequence(), command, Clock::now(), why) !=
      RobotSafetyGuard::Verdict::Apply) {
    reply.set_outcome(pb::REFUSED);
    reply.set_error(why);
    reply.set_emergency_stopped(m_guard.emergencyStopped());
    return grpc::Status::OK;
  }
  const HandleResult r = m_robot->write(command);
  if (!r.ok()) return answer(reply, r);
  fillReply(reply);
  return grpc::Status::OK;
}

grpc::Status ServedRobot::observe(const pb::SessionRequest& req, pb::StepReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  fillReply(reply);
  return grpc::Status::OK;
}

grpc::Status ServedRobot::emergencyStop(const pb::EmergencyStopRequest& req,
                                        pb::StatusReply& reply) {
  m_guard.emergencyStop(RobotSafetyGuard::StopSource::Client);
  m_robot->emergencyStop();
  qCWarning(lcHwRemote).noquote() << "emergency stop from the client:"
                                  << QString::fromStdString(req.reason().substr(0, 200));
  reply.set_outcome(pb::OK);
  return grpc::Status::OK;
}

grpc::Status ServedRobot::acknowledge(const pb::SessionRequest& req, pb::StatusReply& reply) {
  if (auto s = checkSession(req.session()); !s.ok()) return s;
  std::string why;
  if (!m_guard.acknowledge(RobotSafetyGuard::StopSource::Client, why)) {
    reply.set_outcome(pb::REFUSED);
    reply.set_error(why);
    return grpc::Status::OK;
  }
  return answer(reply, m_robot->acknowledgeEmergencyStop());
}

grpc::Status ServedRobot::heartbeat(const pb::SessionRequest& req, pb::HeartbeatReply& reply) {
  reply.set_server_time_ns(nowNs());
  reply.set_emergency_stopped(m_guard.emergencyStopped());
  reply.set_watchdog_trips(m_guard.watchdogTrips());
  reply.set_last_command_sequence(m_guard.lastSequence());
  reply.set_session_current(m_session != 0 && req.session() == m_session);
  return grpc::Status::OK;
}

void ServedRobot::holdStill() {
  if (m_robot->state() != LifecycleState::Active || m_robot->info().simulated) return;
  // The plugin's emergencyStop is "zero velocity now, hold until the next write"; the handle's
  // latch is released at once because the guard decides what the next command may do.
  m_robot->emergencyStop();
  (void)m_robot->acknowledgeEmergencyStop();
}

void ServedRobot::tick() {
  if (!m_guard.watchdogDue(Clock::now())) return;
  holdStill();
  qCInfo(lcHwRemote).noquote() << "watchdog: no command for" << m_guard.watchdogTimeout().count()
                               << "ms, zero velocity sent";
}

}  // namespace lab::hw
