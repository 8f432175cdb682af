#pragma once
// ChaosRobot: a point on a plane driven toward a goal (state x, y, gx, gy and a camera image of
// the requested size, a success detector and a scripted expert), that misbehaves on command.
// For the fault tests only (hardware/chaos/CMakeLists.txt keeps it out of bin/plugins).
//
// Settings (RobotConfig::settings):
//   rate_hz (100), max_steps (25)       its control rate and time limit
//   fault: "none" | "retry"             read() returns Retry
//          "write_retry"                write() returns Retry (the command is not taken)
//          "wrong_shape"                read() returns an image one pixel short and 3 states
//          "nan"                        read() returns NaN in the state
//          "huge"                       read() returns FLT_MAX in the state (finite: it passes
//                                       the host's checks and reaches the learner)
//          "hang"                       `fault_call` blocks (see control_file)
//          "crash"                      `fault_call` aborts the process
//   fault_call: "write" (default) | "read" | "reset" | "configure"   for hang and crash
//   fault_after_writes: N (0)           the fault starts after N writes (mid-episode)
//   control_file: a path                when it exists, its first word replaces `fault`, read
//                                       again at every call: a test switches faults mid-run,
//                                       and a hang lasts while the file still says "hang"
//                                       (without a control file a hang never ends)
//   trace_file: a path                  one line per event, appended and flushed at once:
//                                       "write <a0> <a1>", "write fault", "estop", "read ok",
//                                       "read fault",
//                                       "hang", "unhang"; a test reads what reached the robot
#include <string>
#include <vector>

#include "api/robot_interface.h"

namespace lab::hw {

class ChaosRobot : public IRobot {
 public:
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
  std::vector<float> appliedCommand() const override { return m_applied; }
  bool detectSuccess() const override;
  bool scriptedAction(std::vector<float>& action) const override;

 private:
  std::string activeFault() const;  // the control file's word, or the setting; "none" before
                                    // fault_after_writes writes
  // Hangs or crashes if that is the fault for `call`.
  void misbehaveIn(const std::string& call);
  void trace(const std::string& line) const;

  double m_rate = 100;
  int m_maxSteps = 25, m_imageSize = 64;
  std::string m_fault = "none", m_faultCall = "write", m_controlFile, m_traceFile;
  int m_faultAfterWrites = 0, m_writes = 0;
  float m_x = 0, m_y = 0, m_gx = 0, m_gy = 0;
  std::vector<float> m_applied{0.f, 0.f};
};

}  // namespace lab::hw
