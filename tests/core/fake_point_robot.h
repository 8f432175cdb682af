#pragma once
// A fast fake robot for the controller tests: a point on a plane driven by a normalised 2-D
// velocity toward a goal. Ticks at `rate_hz` (default 100), episodes of `max_steps` (default
// 25), optional operator reset (`operator_reset`), taken from FakeProbe::config when the robot
// is created. Has a success detector (distance < 0.12), a scripted expert and, with
// `fail_at_edge`, a failure detector (the point reached the edge of the plane, |x| or |y| = 1).
// `no_camera` / `no_state`: a robot with only its state vector / only its camera image.
// Everything the test wants to check about what reached the "actuators" is recorded in the
// global FakeProbe (thread-safe).
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <mutex>
#include <random>
#include <vector>

#include "api/robot_interface.h"

namespace labtest {

struct FakeProbe {
  std::mutex mutex;
  std::vector<std::vector<float>> writes;  // every write() in order
  std::vector<int> estopAtWrite;           // writes.size() at each emergencyStop()
  std::chrono::steady_clock::time_point lastEstop{};
  std::atomic<int> resets{0};
  std::atomic<int> instances{0};
  // Read by the robot's constructor from the probe the test filled (Harness does it from the
  // robot settings), so a test that builds the robot itself sets its rate/limit/reset mode the
  // same way as one that connects it.
  struct Config {
    double rateHz = 100;
    int maxSteps = 25;
    bool operatorReset = false;
    bool failAtEdge = false;
    bool realRobot = false;  // not a simulation (RobotInfo::simulated false)
    // `goal_corner`: the goal at (-0.9, -0.9) in every episode instead of a random one, out of
    // reach of a few random steps from any start, so a test driving rightwards never meets it.
    bool goalCorner = false;
    bool noCamera = false;  // `no_camera`: a 0x0 image, the state only
    bool noState = false;   // `no_state`: no state vector, the image only
  };
  Config config;
  void configureFrom(const QJsonObject& s) {
    config.rateHz = s.value("rate_hz").toDouble(100.0);
    config.maxSteps = s.value("max_steps").toInt(25);
    config.operatorReset = s.value("operator_reset").toBool(false);
    config.failAtEdge = s.value("fail_at_edge").toBool(false);
    config.realRobot = s.value("real_robot").toBool(false);
    config.goalCorner = s.value("goal_corner").toBool(false);
    config.noCamera = s.value("no_camera").toBool(false);
    config.noState = s.value("no_state").toBool(false);
  }

  void clear() {
    std::lock_guard<std::mutex> l(mutex);
    writes.clear();
    estopAtWrite.clear();
    lastEstop = {};
    resets = 0;
  }
  int writeCount() {
    std::lock_guard<std::mutex> l(mutex);
    return static_cast<int>(writes.size());
  }
  std::vector<std::vector<float>> writesFrom(int index) {
    std::lock_guard<std::mutex> l(mutex);
    if (index >= static_cast<int>(writes.size())) return {};
    return {writes.begin() + index, writes.end()};
  }
  static FakeProbe& get() {
    static FakeProbe p;
    return p;
  }
};

class FakePointRobot : public lab::hw::IRobot {
 public:
  FakePointRobot() {
    const auto c = FakeProbe::get().config;
    m_rate = c.rateHz;
    m_maxSteps = c.maxSteps;
    m_operatorReset = c.operatorReset;
    m_failAtEdge = c.failAtEdge;
    m_realRobot = c.realRobot;
    m_goalCorner = c.goalCorner;
    m_noCamera = c.noCamera;
    m_noState = c.noState;
  }
  lab::hw::RobotInfo info() const override {
    lab::hw::RobotInfo i;
    i.id = "fake-point";
    i.name = "Fake point (test)";
    i.version = "0.0.1";
    i.controlRateHz = m_rate;
    i.maxEpisodeSteps = m_maxSteps;
    i.resetMode = m_operatorReset ? lab::hw::ResetMode::Operator : lab::hw::ResetMode::Automatic;
    i.hasSuccessDetector = true;
    i.hasFailureDetector = m_failAtEdge;
    i.hasScriptedExpert = true;
    i.simulated = !m_realRobot;  // moves only in write(), so lockstep pacing applies
    return i;
  }
  lab::hw::ActionSpec actionSpec() const override {
    lab::hw::ActionSpec s;
    s.dims = {{"vx", "m/s", -0.2, 0.2}, {"vy", "m/s", -0.2, 0.2}};
    return s;
  }
  lab::hw::ObservationSpec observationSpec() const override {
    lab::hw::ObservationSpec s;
    s.imageWidth = s.imageHeight = m_imageSize;
    if (!m_noState) s.stateNames = {"x", "y", "gx", "gy"};
    return s;
  }
  lab::hw::Result onConfigure(const lab::hw::RobotConfig& c, std::string& error) override {
    m_imageSize = m_noCamera ? 0 : c.imageSize;
    if (m_rate <= 0) {
      error = "rate_hz must be positive";
      return lab::hw::Result::Fatal;
    }
    FakeProbe::get().instances++;
    return lab::hw::Result::Ok;
  }
  lab::hw::Result onActivate(std::string&) override { return lab::hw::Result::Ok; }
  lab::hw::Result onDeactivate(std::string&) override { return lab::hw::Result::Ok; }
  lab::hw::Result onCleanup(std::string&) override { return lab::hw::Result::Ok; }
  void onError() noexcept override {}

  lab::hw::Result reset(std::uint64_t seed, std::string&) override {
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<float> u(-0.5f, 0.5f);
    m_x = u(rng);
    m_y = u(rng);
    m_gx = u(rng);
    m_gy = u(rng);
    if (m_goalCorner) m_gx = m_gy = -0.9f;
    FakeProbe::get().resets++;
    return lab::hw::Result::Ok;
  }
  lab::hw::Result read(lab::hw::Observation& out, std::string&) override {
    out.imageWidth = out.imageHeight = m_imageSize;
    out.image.assign(static_cast<std::size_t>(m_imageSize) * m_imageSize, 0);
    if (!m_noState) out.state = {m_x, m_y, m_gx, m_gy};
    if (m_imageSize == 0) return lab::hw::Result::Ok;
    auto px = [&](float v) {
      return std::clamp(static_cast<int>((v + 1.f) * 0.5f * m_imageSize), 0, m_imageSize - 1);
    };
    out.image[static_cast<std::size_t>(px(m_y)) * m_imageSize + px(m_x)] = 255;
    out.image[static_cast<std::size_t>(px(m_gy)) * m_imageSize + px(m_gx)] = 128;
    return lab::hw::Result::Ok;
  }
  lab::hw::Result write(const std::vector<float>& a, std::string& error) override {
    if (a.size() != 2) {
      error = "expected 2 values";
      return lab::hw::Result::Retry;
    }
    {
      auto& p = FakeProbe::get();
      std::lock_guard<std::mutex> l(p.mutex);
      p.writes.push_back(a);
    }
    m_applied = a;
    m_x = std::clamp(m_x + 0.1f * a[0], -1.f, 1.f);
    m_y = std::clamp(m_y + 0.1f * a[1], -1.f, 1.f);
    return lab::hw::Result::Ok;
  }
  void emergencyStop() noexcept override {
    m_applied = {0.f, 0.f};
    auto& p = FakeProbe::get();
    std::lock_guard<std::mutex> l(p.mutex);
    p.estopAtWrite.push_back(static_cast<int>(p.writes.size()));
    p.lastEstop = std::chrono::steady_clock::now();
  }
  std::vector<float> appliedCommand() const override { return m_applied; }
  bool detectSuccess() const override { return std::hypot(m_x - m_gx, m_y - m_gy) < 0.12f; }
  bool detectFailure() const override { return std::max(std::abs(m_x), std::abs(m_y)) >= 1.f; }
  bool scriptedAction(std::vector<float>& a) const override {
    const float dx = m_gx - m_x, dy = m_gy - m_y, n = std::hypot(dx, dy);
    const float s = n > 0.1f ? 1.0f / n : 10.f;  // full speed, slowing down near the goal
    a = {std::clamp(dx * s, -1.f, 1.f), std::clamp(dy * s, -1.f, 1.f)};
    return true;
  }

 private:
  double m_rate = 100;
  int m_maxSteps = 25, m_imageSize = 64;
  bool m_noCamera = false, m_noState = false;
  bool m_operatorReset = false, m_failAtEdge = false, m_realRobot = false, m_goalCorner = false;
  float m_x = 0, m_y = 0, m_gx = 0, m_gy = 0;
  std::vector<float> m_applied{0.f, 0.f};
};

}  // namespace labtest
