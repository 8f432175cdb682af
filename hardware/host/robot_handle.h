#pragma once
// RobotHandle: the host's side of one robot plugin instance. It owns the IRobot, runs the
// lifecycle state machine, lets each call through only in the states the contract allows,
// times every plugin call, turns every exception and Fatal result into the Error state (after
// calling the plugin's onError()), and validates data in both directions:
//   observations: image size vs ObservationSpec, state size, NaN/inf  -> Invalid, never passed on
//   actions:      size vs ActionSpec, NaN/inf -> Refused; values outside [-1, 1] are clamped.
//
// States (LifecycleState):
//   Unconfigured --configure--> Inactive --activate--> Active --deactivate--> Inactive
//   Inactive --cleanup--> Unconfigured
//   any --(Fatal result / exception / invalid spec)--> Error   (plugin's onError() already called)
//   Error --recover--> Unconfigured          any --shutdown--> Finalized (terminal)
// Allowed calls:  configure: Unconfigured | activate: Inactive | deactivate: Active |
//   cleanup: Inactive | recover: Error | reset, write: Active and not e-stopped |
//   read, appliedCommand, detectSuccess, detectFailure, scriptedAction: Inactive, Active |
//   interimFrame: Active | emergencyStop, acknowledgeEmergencyStop, shutdown: any.
// A call in the wrong state returns Refused with "<call> refused in state <State> (allowed in:
// ...)" and does not reach the plugin.
//
// E-stop: emergencyStop() calls the plugin's emergencyStop() in any state and latches; while
// latched, write() and reset() are refused until acknowledgeEmergencyStop(). The latch survives
// state changes (deactivate/activate do not clear it).
//
// Threads: NOT thread-safe. One thread at a time (normally the robot loop thread) makes all
// calls, as IRobot requires. Exceptions: isEmergencyStopped() and requestEmergencyStop() may be
// called from any thread; the request latches at once and the plugin's emergencyStop() runs on
// the owning thread at the start of its next call (so within one control tick).
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "api/robot_interface.h"
#include "host/call_timing.h"
#include "host/handle_result.h"

namespace lab::hw {

enum class LifecycleState : std::uint8_t { Unconfigured, Inactive, Active, Error, Finalized };
const char* toString(LifecycleState state);

class RobotHandle {
 public:
  using StateListener =
      std::function<void(LifecycleState from, LifecycleState to, const std::string& reason)>;

  // Takes ownership. `origin` (e.g. the plugin file path) only appears in log lines. If the
  // plugin's info()/actionSpec() throw or the action spec is unusable, the handle starts in
  // Error with lastError() saying why.
  explicit RobotHandle(std::unique_ptr<IRobot> robot, std::string origin = {});
  // Brings the robot down safely (shutdown()) if that has not happened yet.
  ~RobotHandle();
  RobotHandle(const RobotHandle&) = delete;
  RobotHandle& operator=(const RobotHandle&) = delete;

  // Cached copies: info/actionSpec at construction, observationSpec at configure (default-
  // constructed before that).
  const RobotInfo& info() const { return m_info; }
  const ActionSpec& actionSpec() const { return m_actionSpec; }
  const ObservationSpec& observationSpec() const { return m_observationSpec; }
  LifecycleState state() const { return m_state; }
  // The last error of any call (also refused ones); empty if none yet.
  const std::string& lastError() const { return m_lastError; }
  const std::string& origin() const { return m_origin; }

  // --- lifecycle ---
  HandleResult configure(const RobotConfig& config);
  HandleResult activate();
  HandleResult deactivate();
  HandleResult cleanup();
  HandleResult recover();
  // Active: deactivate + cleanup; Inactive: cleanup; then Finalized. Always ends in Finalized;
  // returns the first failure on the way, if any.
  HandleResult shutdown();

  // --- control loop ---
  HandleResult reset(std::uint64_t seed);
  // On Ok, `out` holds a validated observation; otherwise `out` is left unchanged.
  HandleResult read(Observation& out);
  // `action` is normalised; its size must equal actionSpec().size(); values are clamped to
  // [-1, 1] before the plugin sees them.
  HandleResult write(const std::vector<float>& action);
  HandleResult appliedCommand(std::vector<float>& out);
  // success=false (and Ok) if the robot has no success detector.
  HandleResult detectSuccess(bool& success);
  // failed=false (and Ok) if the robot has no failure detector.
  HandleResult detectFailure(bool& failed);
  // Ok with `out` filled (validated, clamped) if the expert produced an action; Retry if it had
  // none this step (task done); Refused if the robot has no scripted expert.
  HandleResult scriptedAction(std::vector<float>& out);
  // Ok with `out` holding a validated image (state left empty) if the plugin had a frame from
  // between two ticks; Retry if it had none (or does not offer the ILiveView extension).
  HandleResult interimFrame(Observation& out);

  // --- safety ---
  void emergencyStop();
  void requestEmergencyStop();                                   // any thread
  bool isEmergencyStopped() const { return m_estopped.load(); }  // any thread
  HandleResult acknowledgeEmergencyStop();

  // --- monitoring ---
  const CallTiming& timing(CallKind kind) const { return m_timings[kind]; }
  const CallTimingTable& timings() const { return m_timings; }
  std::uint64_t clampedActionCount() const { return m_clampedActions; }
  // Called on the owning thread after every state change, including the final shutdown() run
  // by the destructor: whatever it captures must outlive the handle.
  void setStateListener(StateListener listener) { m_listener = std::move(listener); }

 private:
  using PluginCall = std::function<Result(std::string& error)>;

  bool allowed(std::initializer_list<LifecycleState> states) const;
  HandleResult refuse(const char* call, std::initializer_list<LifecycleState> states);
  HandleResult refuseWith(std::string message);
  // Times `fn`, catches exceptions, maps Result to HandleResult; Fatal/exception -> Error.
  HandleResult invoke(CallKind kind, const PluginCall& fn);
  // -> Error, calls onError. `reason` is message without the call's name (HandleResult).
  HandleResult fail(CallKind kind, std::string message, std::string reason = {});
  HandleResult checkAction(const char* call, const std::vector<float>& in,
                           std::vector<float>& clamped);
  // detectSuccess/detectFailure: asks `detector` only if the robot declares it (`capable`).
  HandleResult askDetector(const char* call, CallKind kind, bool capable,
                           bool (IRobot::*detector)() const, bool& detected);
  void setState(LifecycleState next, const std::string& reason);
  void servicePendingEstop();
  void callPluginEstop();

  std::unique_ptr<IRobot> m_robot;
  std::string m_origin;
  RobotInfo m_info;
  ActionSpec m_actionSpec;
  ObservationSpec m_observationSpec;
  LifecycleState m_state = LifecycleState::Unconfigured;
  std::string m_lastError;
  std::atomic<bool> m_estopped{false};
  std::atomic<bool> m_estopPending{false};
  CallTimingTable m_timings;
  std::uint64_t m_clampedActions = 0;
  StateListener m_listener;
};

}  // namespace lab::hw
