#include "chaos/chaos_robot.h"

#include <QJsonObject>
#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>
#include <thread>

namespace lab::hw {

namespace {
std::string firstWord(const std::string& path) {
  std::ifstream in(path);
  std::string word;
  in >> word;
  return word;
}
}  // namespace

RobotInfo ChaosRobot::info() const {
  RobotInfo i;
  i.id = "chaos";
  i.name = "Chaos (fault injection, tests only)";
  i.description = "A point robot that misbehaves on command, for the fault tests.";
  i.version = "1.0.0";
  i.controlRateHz = m_rate;
  i.maxEpisodeSteps = m_maxSteps;
  i.hasSuccessDetector = true;
  i.hasScriptedExpert = true;
  i.simulated = true;  // nothing moves between writes
  return i;
}

ActionSpec ChaosRobot::actionSpec() const {
  ActionSpec s;
  s.dims = {{"vx", "m/s", -0.2, 0.2}, {"vy", "m/s", -0.2, 0.2}};
  return s;
}

ObservationSpec ChaosRobot::observationSpec() const {
  ObservationSpec s;
  s.imageWidth = s.imageHeight = m_imageSize;
  s.stateNames = {"x", "y", "gx", "gy"};
  return s;
}

Result ChaosRobot::onConfigure(const RobotConfig& config, std::string& error) {
  const QJsonObject& s = config.settings;
  m_rate = s.value("rate_hz").toDouble(100.0);
  m_maxSteps = s.value("max_steps").toInt(25);
  m_fault = s.value("fault").toString("none").toStdString();
  m_faultCall = s.value("fault_call").toString("write").toStdString();
  m_faultAfterWrites = s.value("fault_after_writes").toInt(0);
  m_controlFile = s.value("control_file").toString().toStdString();
  m_traceFile = s.value("trace_file").toString().toStdString();
  m_imageSize = config.imageSize;
  if (m_rate <= 0 || m_maxSteps <= 0) {
    error = "rate_hz and max_steps must be positive";
    return Result::Fatal;
  }
  misbehaveIn("configure");
  return Result::Ok;
}

Result ChaosRobot::onActivate(std::string&) { return Result::Ok; }
Result ChaosRobot::onDeactivate(std::string&) { return Result::Ok; }
Result ChaosRobot::onCleanup(std::string&) { return Result::Ok; }
void ChaosRobot::onError() noexcept { m_applied = {0.f, 0.f}; }

std::string ChaosRobot::activeFault() const {
  if (!m_controlFile.empty()) {
    const std::string word = firstWord(m_controlFile);
    if (!word.empty()) return word;
  }
  return m_writes >= m_faultAfterWrites ? m_fault : "none";
}

void ChaosRobot::misbehaveIn(const std::string& call) {
  if (call != m_faultCall) return;
  const std::string fault = activeFault();
  if (fault == "crash") {
    trace("crash");
    std::abort();
  }
  if (fault != "hang") return;
  trace("hang");
  // No timeout of its own: only the control file ends it (a hung driver does not either).
  while (m_controlFile.empty() || firstWord(m_controlFile) == "hang") {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  trace("unhang");
}

void ChaosRobot::trace(const std::string& line) const {
  if (m_traceFile.empty()) return;
  std::ofstream out(m_traceFile, std::ios::app);
  out << line << '\n';
}

Result ChaosRobot::reset(std::uint64_t seed, std::string&) {
  misbehaveIn("reset");
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<float> u(-0.5f, 0.5f);
  m_x = u(rng);
  m_y = u(rng);
  m_gx = u(rng);
  m_gy = u(rng);
  trace("reset");
  return Result::Ok;
}

Result ChaosRobot::read(Observation& out, std::string& error) {
  misbehaveIn("read");
  const std::string fault = activeFault();
  if (fault == "retry") {
    trace("read fault");
    error = "chaos: no observation (Retry forever)";
    return Result::Retry;
  }
  out.imageWidth = out.imageHeight = m_imageSize;
  out.image.assign(static_cast<std::size_t>(m_imageSize) * m_imageSize, 0);
  auto px = [&](float v) {
    return std::clamp(static_cast<int>((v + 1.f) * 0.5f * m_imageSize), 0, m_imageSize - 1);
  };
  out.image[static_cast<std::size_t>(px(m_y)) * m_imageSize + px(m_x)] = 255;
  out.image[static_cast<std::size_t>(px(m_gy)) * m_imageSize + px(m_gx)] = 128;
  out.state = {m_x, m_y, m_gx, m_gy};
  if (fault == "wrong_shape") {
    out.image.pop_back();
    out.state.pop_back();
  } else if (fault == "nan") {
    out.state[0] = std::numeric_limits<float>::quiet_NaN();
  } else if (fault == "huge") {
    std::fill(out.state.begin(), out.state.end(), FLT_MAX);
  }
  const bool bad = fault == "wrong_shape" || fault == "nan";
  trace(bad ? "read fault" : "read ok");
  return Result::Ok;
}

Result ChaosRobot::write(const std::vector<float>& a, std::string& error) {
  misbehaveIn("write");
  if (activeFault() == "write_retry") {
    trace("write fault");
    error = "chaos: command not taken (Retry forever)";
    return Result::Retry;
  }
  if (a.size() != 2) {
    error = "expected 2 values";
    return Result::Retry;
  }
  ++m_writes;
  m_applied = a;
  std::ostringstream line;
  line << "write " << a[0] << ' ' << a[1];
  trace(line.str());
  m_x = std::clamp(m_x + 0.1f * a[0], -1.f, 1.f);
  m_y = std::clamp(m_y + 0.1f * a[1], -1.f, 1.f);
  return Result::Ok;
}

void ChaosRobot::emergencyStop() noexcept {
  m_applied = {0.f, 0.f};
  try {
    trace("estop");
  } catch (...) {
  }
}

bool ChaosRobot::detectSuccess() const { return std::hypot(m_x - m_gx, m_y - m_gy) < 0.12f; }

bool ChaosRobot::scriptedAction(std::vector<float>& a) const {
  const float dx = m_gx - m_x, dy = m_gy - m_y, n = std::hypot(dx, dy);
  const float s = n > 0.1f ? 1.0f / n : 10.f;
  a = {std::clamp(dx * s, -1.f, 1.f), std::clamp(dy * s, -1.f, 1.f)};
  return true;
}

}  // namespace lab::hw
