#pragma once
// A simulated robot wrapped so the window test can see every command the robot loop sends:
// each write()'s action, when emergencyStop() came, and whether anything moved after it.
// The inner robot is the real MuJoCo push-cube; the spy only records and forwards.
#include <QElapsedTimer>
#include <cmath>
#include <memory>
#include <mutex>
#include <vector>

#include "api/robot_interface.h"
#include "sim/mujoco_robot.h"
#include "sim/sim_robots.h"

namespace labtest {

struct SpyLog {
  static SpyLog& get() {
    static SpyLog log;
    return log;
  }
  std::mutex mutex;
  QElapsedTimer clock;
  int writes = 0;
  int movingWrites = 0;  // writes with any non-zero action
  int estops = 0;
  qint64 lastEstopMs = -1;
  int writesAtLastEstop = 0;
  int movingWritesAfterEstop = 0;  // since the last estop (reset by the test)
  std::vector<float> lastAction;

  int writesNow() {
    std::lock_guard<std::mutex> l(mutex);
    return writes;
  }
  int movingNow() {
    std::lock_guard<std::mutex> l(mutex);
    return movingWrites;
  }
};

class SpyRobot : public lab::hw::IRobot {
 public:
  SpyRobot() : m_inner(lab::hw::createSimRobot("push-cube")) {}
  lab::hw::RobotInfo info() const override {
    auto i = m_inner->info();
    i.id = "spy-cube";
    return i;
  }
  lab::hw::ActionSpec actionSpec() const override { return m_inner->actionSpec(); }
  lab::hw::ObservationSpec observationSpec() const override { return m_inner->observationSpec(); }
  lab::hw::Result onConfigure(const lab::hw::RobotConfig& c, std::string& e) override {
    return m_inner->onConfigure(c, e);
  }
  lab::hw::Result onActivate(std::string& e) override { return m_inner->onActivate(e); }
  lab::hw::Result onDeactivate(std::string& e) override { return m_inner->onDeactivate(e); }
  lab::hw::Result onCleanup(std::string& e) override { return m_inner->onCleanup(e); }
  void onError() noexcept override { m_inner->onError(); }
  lab::hw::Result reset(std::uint64_t seed, std::string& e) override {
    return m_inner->reset(seed, e);
  }
  lab::hw::Result read(lab::hw::Observation& o, std::string& e) override {
    return m_inner->read(o, e);
  }
  lab::hw::Result write(const std::vector<float>& a, std::string& e) override {
    const auto zero = m_inner->actionSpec().zeroCommand();
    bool moving = false;
    for (std::size_t i = 0; i < a.size() && i < zero.size(); ++i) {
      moving = moving || std::abs(a[i] - zero[i]) > 1e-6f;
    }
    {
      auto& log = SpyLog::get();
      std::lock_guard<std::mutex> l(log.mutex);
      ++log.writes;
      if (moving) {
        ++log.movingWrites;
        if (log.estops > 0) ++log.movingWritesAfterEstop;
      }
      log.lastAction = a;
    }
    return m_inner->write(a, e);
  }
  void emergencyStop() noexcept override {
    m_inner->emergencyStop();
    auto& log = SpyLog::get();
    std::lock_guard<std::mutex> l(log.mutex);
    ++log.estops;
    log.lastEstopMs = log.clock.elapsed();
    log.writesAtLastEstop = log.writes;
  }
  std::vector<float> appliedCommand() const override { return m_inner->appliedCommand(); }
  bool detectSuccess() const override { return m_inner->detectSuccess(); }
  bool detectFailure() const override { return m_inner->detectFailure(); }
  bool scriptedAction(std::vector<float>& a) const override { return m_inner->scriptedAction(a); }

 private:
  std::unique_ptr<lab::hw::MujocoRobot> m_inner;
};

class SpyFactory : public lab::hw::IRobotFactory {
 public:
  std::unique_ptr<lab::hw::IRobot> create() override { return std::make_unique<SpyRobot>(); }
};

}  // namespace labtest
