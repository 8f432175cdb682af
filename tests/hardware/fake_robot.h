#pragma once
// A scriptable in-memory IRobot for host tests: counts every call, and can be told to throw,
// fail or produce malformed observations.
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "api/robot_interface.h"

namespace lab::hw::test {

struct FakeRobotScript {
  bool throwOnConfigure = false;
  bool throwOnWrite = false;
  bool fatalOnActivate = false;
  bool retryRead = false;
  bool nanState = false;
  bool infState = false;
  bool wrongImageSize = false;  // reports 32x32 while the spec says imageSize
  bool shortStateVector = false;
  bool wrongSpecSize = false;  // observationSpec ignores RobotConfig::imageSize
  bool noCamera = false;       // a state-only robot: 0x0 spec and empty images
  bool noState = false;        // no state vector (with noCamera: observes nothing)
  int sleepInWriteUs = 0;
};

class FakeRobot : public IRobot {
 public:
  FakeRobotScript script;
  // Call counters (the host must not reach the plugin for refused calls).
  int configures = 0, activates = 0, deactivates = 0, cleanups = 0, errors = 0, resets = 0,
      reads = 0, writes = 0, estops = 0;
  std::vector<float> lastWrite;
  std::vector<float> applied{0.0f, 0.0f};
  int imageSize = 64;
  std::string id = "fake";

  RobotInfo info() const override {
    RobotInfo i;
    i.id = id;
    i.name = "Fake robot";
    i.description = "test double";
    i.version = "0.0.1";
    i.hasSuccessDetector = true;
    i.hasFailureDetector = true;
    i.hasScriptedExpert = true;
    i.simulated = true;  // in memory: nothing moves between writes
    return i;
  }
  ActionSpec actionSpec() const override {
    ActionSpec s;
    s.dims = {{"vx", "m/s", -0.5, 0.5}, {"omega", "rad/s", -1.0, 1.0}};
    return s;
  }
  ObservationSpec observationSpec() const override {
    ObservationSpec s;
    s.imageWidth = s.imageHeight = script.wrongSpecSize ? imageSize / 2 : imageSize;
    if (script.noCamera) s.imageWidth = s.imageHeight = 0;
    if (!script.noState) s.stateNames = {"x", "y", "theta"};
    return s;
  }
  Result onConfigure(const RobotConfig& config, std::string& error) override {
    ++configures;
    if (script.throwOnConfigure) throw std::runtime_error("serial port /dev/ttyFAKE is gone");
    if (config.imageSize < 8) {
      error = "image too small";
      return Result::Fatal;
    }
    imageSize = config.imageSize;
    return Result::Ok;
  }
  Result onActivate(std::string& error) override {
    ++activates;
    if (script.fatalOnActivate) {
      error = "motor driver reports overcurrent";
      return Result::Fatal;
    }
    return Result::Ok;
  }
  Result onDeactivate(std::string&) override {
    ++deactivates;
    return Result::Ok;
  }
  Result onCleanup(std::string&) override {
    ++cleanups;
    return Result::Ok;
  }
  void onError() noexcept override {
    ++errors;
    applied = {0.0f, 0.0f};
  }
  Result reset(std::uint64_t, std::string&) override {
    ++resets;
    return Result::Ok;
  }
  Result read(Observation& out, std::string& error) override {
    ++reads;
    if (script.retryRead) {
      error = "frame late";
      return Result::Retry;
    }
    const int side = script.wrongImageSize ? 32 : script.noCamera ? 0 : imageSize;
    out.imageWidth = out.imageHeight = side;
    out.image.assign(static_cast<std::size_t>(side * side), static_cast<std::uint8_t>(reads % 256));
    out.state = {0.1f, 0.2f, 0.3f};
    if (script.nanState) out.state[1] = std::numeric_limits<float>::quiet_NaN();
    if (script.infState) out.state[2] = std::numeric_limits<float>::infinity();
    if (script.shortStateVector) out.state.pop_back();
    return Result::Ok;
  }
  Result write(const std::vector<float>& action, std::string&) override {
    ++writes;
    if (script.throwOnWrite) throw std::runtime_error("CAN bus timeout on joint 3");
    if (script.sleepInWriteUs > 0) {
      const auto until =
          std::chrono::steady_clock::now() + std::chrono::microseconds(script.sleepInWriteUs);
      while (std::chrono::steady_clock::now() < until) {
      }
    }
    lastWrite = action;
    applied = action;
    return Result::Ok;
  }
  void emergencyStop() noexcept override {
    ++estops;
    applied = {0.0f, 0.0f};
  }
  std::vector<float> appliedCommand() const override { return applied; }
  bool detectSuccess() const override { return writes >= 3; }
  bool detectFailure() const override { return writes >= 2; }  // with success at 3: both fire
  bool scriptedAction(std::vector<float>& action) const override {
    action = {2.0f, -0.25f};  // out of range on purpose: the host clamps
    return true;
  }
};

}  // namespace lab::hw::test
