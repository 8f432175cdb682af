#pragma once
// The robot as the robot loop drives it: creates the robot by id through the RobotSource the
// application injected (robot_source.h; the app's source loads plugins through the host's
// plugin loader and RobotHandle), walks it to Active, and turns each call into ok / retry /
// fatal plus one message.
//
// Deadlines: every plugin call (loading and creating the robot included) runs on the port's own
// PluginCallThread, and the caller waits for it at most the call's deadline (Deadlines). While
// it waits, the port calls the owner's WhileWaiting hook every few milliseconds, so the robot
// loop keeps servicing the e-stop (emergencyStop() below never waits for a plugin call). A call
// that overruns faults the port for good: it and every later call return Fatal with one plain
// message (faultMessage()), the plugin's thread is abandoned (never joined, so the loop and the
// process exit do not wait for it), and an e-stop is queued that reaches the plugin only if the
// hung call ever returns.
//
// What this cannot do: stop the hardware while the plugin itself hangs. An in-process plugin
// shares the process with the host, and no thread can be stopped from outside in C++; its
// motors keep executing the last command unless the robot's own watchdog stops them. A plugin
// run OUT OF PROCESS (through the network robot bridge) is the only way to also stop the
// hardware in that case: the bridge process can be killed, or its side can time out and stop
// the robot, independently of the hung call. Real robots should be driven that way, with a
// hardware watchdog on the robot's side.
//
// Threads: every method from ONE thread (the robot loop), except that the WhileWaiting hook
// may call emergencyStop() while another call waits.
#include <QJsonObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <vector>

#include "api/robot_interface.h"
#include "notice.h"
#include "robot_source.h"

namespace lab {

class PluginCallThread;

class RobotPort {
 public:
  enum class Io { Ok, Retry, Fatal };

  struct Deadlines {
    // reset, read, write, detectors, scripted expert, interim frames, acknowledging the e-stop.
    std::chrono::milliseconds call{2000};
    // Loading, creating, configuring, activating; deactivating and cleaning up on close().
    std::chrono::milliseconds lifecycle{120000};
  };
  // Called on the waiting thread while a plugin call runs (see PluginCallThread): service the
  // e-stop; return true to abandon the call at once (shutdown).
  using WhileWaiting = std::function<bool(std::chrono::milliseconds elapsed)>;

  // `source` creates the robot at open(); the default Deadlines, no hook.
  explicit RobotPort(std::shared_ptr<RobotSource> source);
  RobotPort(std::shared_ptr<RobotSource> source, Deadlines deadlines,
            WhileWaiting whileWaiting = {});
  ~RobotPort();  // close()

  // Creates `robotId` through the source (`pluginDir`: where it looks for plugins), configures
  // and activates it. False with `error` set (naming the robot and the step) on failure.
  bool open(const QString& robotId, const QString& pluginDir, const hw::RobotConfig& config,
            Notice& error);
  // Deactivates and cleans up (lifecycle deadline); a faulted port only lets go of the plugin.
  void close();
  bool isOpen() const;
  void setCallDeadline(std::chrono::milliseconds d) { m_deadlines.call = d; }
  std::chrono::milliseconds callDeadline() const { return m_deadlines.call; }

  // A call overran its deadline: the plugin is lost (see above). Sticky until close().
  bool faulted() const { return !m_fault.isEmpty(); }
  Notice faultMessage() const { return m_fault; }

  // Cached at open(): no plugin call.
  hw::RobotInfo info() const { return m_info; }
  hw::ActionSpec actionSpec() const { return m_actionSpec; }
  hw::ObservationSpec observationSpec() const { return m_observationSpec; }

  Io reset(std::uint64_t seed, Notice& error);
  Io read(hw::Observation& out, Notice& error);
  Io write(const std::vector<float>& action, Notice& error);
  // Zero command as soon as the plugin can take it; latches: writes and resets are refused
  // until acknowledged. Never waits: the latch is set here, the plugin's emergencyStop() runs
  // on its thread next (after the call in progress, if one is running).
  void emergencyStop() noexcept;
  bool acknowledgeEmergencyStop(Notice& error);
  bool detectSuccess();
  bool detectFailure();
  bool scriptedAction(std::vector<float>& action);
  std::vector<float> appliedCommand();
  // A frame from between two ticks for the live view (image and raw only); false if none.
  bool interimFrame(hw::Observation& out);

 private:
  struct Plugin;
  // Runs `fn` on the plugin's thread within `deadline`; on overrun faults the port, sets
  // `error` and returns a Fatal result.
  RobotCall run(const char* call, std::function<RobotCall(RobotDriver&)> fn,
                std::chrono::milliseconds deadline);
  void fault(const Notice& message);
  // A call's error: the fault once the port is faulted, else the handle's own words.
  Notice callError(const RobotCall& r) const;

  std::shared_ptr<RobotSource> m_source;
  Deadlines m_deadlines;
  WhileWaiting m_whileWaiting;
  std::shared_ptr<Plugin> m_plugin;  // shared with the tasks on the call thread
  std::unique_ptr<PluginCallThread> m_calls;
  QString m_robotId;
  Notice m_fault;
  hw::RobotInfo m_info;
  hw::ActionSpec m_actionSpec;
  hw::ObservationSpec m_observationSpec;
};

}  // namespace lab
