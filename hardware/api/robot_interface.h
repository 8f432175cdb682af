#pragma once
// The robot plugin contract. A robot plugin (simulated or real) implements IRobot and exports
// an IRobotFactory through Qt's plugin system. Plugins see only this header: never the learner,
// never widgets. The host side (RobotHandle) owns the lifecycle state machine, gates each call
// by state, times it and catches every exception, so a plugin may throw on failure.
//
// Lifecycle (after ros2_control):
//   Unconfigured --configure--> Inactive --activate--> Active --deactivate--> Inactive
//   Inactive --cleanup--> Unconfigured;   any --(Fatal result or exception)--> Error --onError-->
//   Unconfigured.
// Threads: IRobot calls are made from ONE thread at a time (the host's call thread for this
// plugin, see core/control/robot_port.h); the plugin needs no locks. The host waits for each call
// only until a deadline: a call that does not return in time gets the robot faulted and abandoned,
// and emergencyStop() then reaches the plugin only if that call ever returns. A robot that must
// stop even when its driver hangs belongs out of process (the robot bridge) or needs a
// watchdog of its own on the hardware side.
// Units: actions cross this interface NORMALISED to [-1, 1] per dimension; ActionSpec says how
// each maps to physical units.
//
// Versions and the binary boundary: see plugin_version.h. In short, C++ and Qt types cross this
// boundary (std::string, std::vector, std::unique_ptr, QJsonObject, exceptions), so a plugin is
// built with the same compiler family and libstdc++ ABI as the app and against the same Qt
// major.minor; the loader checks the ABI, API and Qt versions the plugin's metadata records.
// Evolution: this header's virtual functions and structs never change within an ABI version.
// A new optional call is an extension interface that a plugin offers through queryExtension()
// (see below); plugins built before it keep loading and working.
#include <QJsonObject>
#include <QtPlugin>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "api/plugin_version.h"

namespace lab::hw {

enum class Result : std::uint8_t {
  Ok,
  Retry,  // transient failure: the call may be repeated (lost packet, camera frame late)
  Fatal,  // the robot is unusable: the host moves to the Error state
};

struct ActionDim {
  std::string name;   // "vx", "omega", ...
  std::string unit;   // "m/s", "rad/s", ...
  double min = -1.0;  // physical value at normalised -1
  double max = 1.0;   // physical value at normalised +1
  double toPhysical(double normalised) const {
    return min + (normalised + 1.0) * 0.5 * (max - min);
  }
  double toNormalised(double physical) const { return 2.0 * (physical - min) / (max - min) - 1.0; }
};

// The operator drives dims 0, 1, 2 with Up/Down, Left/Right, Q/E (and the sticks likewise,
// hardware/teleop), ROS REP-103 style: dim 0 forward (+ = Up), dim 1 to the left (+ = Left),
// dim 2 counter-clockwise. A mobile base commands these in its body frame. A robot commanded in
// a world frame (an arm's planar x, y) must show its view with +x up and +y to the left, or the
// keys move it rotated from what the operator sees (hardware/sim/push_cube.xml does).
struct ActionSpec {
  std::vector<ActionDim> dims;
  int size() const { return static_cast<int>(dims.size()); }
  // The command that holds the robot still, normalised (physical zero of each dimension).
  std::vector<float> zeroCommand() const {
    std::vector<float> z;
    for (const auto& d : dims) z.push_back(static_cast<float>(d.toNormalised(0.0)));
    return z;
  }
};

struct ObservationSpec {
  // The grayscale image the network sees. 0 x 0 for a robot without a camera: it then has a
  // state vector (learned from in state mode) and leaves Observation::image empty.
  int imageWidth = 64;
  int imageHeight = 64;
  std::vector<std::string> stateNames;  // low-dimensional robot state, may be empty
  bool hasRawImage = false;             // a larger view for the operator (not for learning)
  int stateDim() const { return static_cast<int>(stateNames.size()); }
  bool hasImage() const { return imageWidth > 0 && imageHeight > 0; }
};

enum class ResetMode : std::uint8_t {
  Automatic,  // reset() puts the robot at a new start by itself (simulation, fixtures)
  Operator,   // the operator must set the scene up; the host asks and waits for "Ready"
};

struct RobotInfo {
  std::string id;           // short, stable: "push-cube"
  std::string name;         // human readable: "Push-Cube (simulated arm)"
  std::string description;  // one or two sentences for the plugin picker
  std::string version;      // plugin version, stored with each session
  double controlRateHz = 10.0;
  int maxEpisodeSteps = 100;  // per-task time limit
  ResetMode resetMode = ResetMode::Automatic;
  bool hasSuccessDetector = false;
  bool hasFailureDetector = false;
  bool hasScriptedExpert = false;
  // A simulation: nothing moves between write() calls, so the host may pace it in lockstep
  // with the learner (faster or slower than real time). Never true for a physical robot.
  bool simulated = false;
};

struct RobotConfig {
  QJsonObject settings;  // plugin specific; unknown keys are warned about, not ignored silently
  int imageSize = 64;    // square grayscale image side requested by the learner (a robot
                         // without a camera ignores it)
  std::uint64_t seed = 0;
};

struct Observation {
  std::vector<std::uint8_t> image;  // row-major grayscale, imageHeight x imageWidth
  int imageWidth = 0;
  int imageHeight = 0;
  std::vector<float> state;            // stateDim values
  std::vector<std::uint8_t> rawImage;  // optional operator view, grayscale
  int rawWidth = 0;
  int rawHeight = 0;
};

class IRobot {
 public:
  virtual ~IRobot() = default;

  virtual RobotInfo info() const = 0;
  virtual ActionSpec actionSpec() const = 0;
  virtual ObservationSpec observationSpec() const = 0;  // valid after onConfigure

  // Unconfigured -> Inactive: open comms, validate settings. Put a reason in `error` on failure.
  [[nodiscard]] virtual Result onConfigure(const RobotConfig& config, std::string& error) = 0;
  // Inactive -> Active: motors enabled, commands are obeyed.
  [[nodiscard]] virtual Result onActivate(std::string& error) = 0;
  // Active -> Inactive: stop motion, hold.
  [[nodiscard]] virtual Result onDeactivate(std::string& error) = 0;
  // Inactive -> Unconfigured: release resources.
  [[nodiscard]] virtual Result onCleanup(std::string& error) = 0;
  // Error -> Unconfigured: make safe after a Fatal result or an exception.
  virtual void onError() noexcept = 0;

  // Active only. Start a new episode. Automatic mode: move to a start drawn from `seed`.
  // Operator mode: called after the operator confirmed the scene is ready.
  [[nodiscard]] virtual Result reset(std::uint64_t seed, std::string& error) = 0;
  // Inactive or Active. The latest observation.
  [[nodiscard]] virtual Result read(Observation& out, std::string& error) = 0;
  // Active only. Apply a normalised command for one control period. A simulation advances its
  // physics by one control period here.
  [[nodiscard]] virtual Result write(const std::vector<float>& action, std::string& error) = 0;
  // Any state, must not throw: command zero velocity NOW and hold until the next write().
  virtual void emergencyStop() noexcept = 0;
  // The command the actuators are executing (normalised), for monitoring and tests.
  virtual std::vector<float> appliedCommand() const = 0;

  // Optional capabilities (see RobotInfo). A success detector stands in for the operator's
  // button in unattended runs; a scripted expert produces a demonstration without a person.
  virtual bool detectSuccess() const { return false; }
  // True once this episode can no longer succeed (a slalom gate passed on the wrong side): the
  // host ends the episode there as a terminal failure instead of running out the time limit,
  // so the learner never sees states whose hopelessness the camera cannot show. Fire only on
  // certain failure, never on "unlikely to succeed".
  virtual bool detectFailure() const { return false; }
  virtual bool scriptedAction(std::vector<float>& /*action*/) const { return false; }

  // Extensions (ILiveView below is one): optional calls that are not virtual functions of
  // IRobot, so adding one never changes this class. The host asks by name; the plugin returns
  // its implementation of that interface, or nullptr (the default) when it has none, e.g.
  // because it was built before the extension existed. Must not throw; may be called in any
  // state. Implement it with offerExtension() below:
  //   class MyRobot : public IRobot, public ISomeExtension { ...
  //     void* queryExtension(const char* name) override {
  //       return offerExtension<ISomeExtension>(this, name);
  //     }
  //   };
  virtual void* queryExtension(const char* /*name*/) { return nullptr; }
};

// An extension interface is an abstract class with a unique, versioned name and no data:
//   class ISomeExtension {
//    public:
//     static constexpr const char* kExtensionName = "org.sigentlab.hw.ISomeExtension/1";
//     virtual bool someCall(...) = 0;
//    protected:
//     ~ISomeExtension() = default;   // never deleted through this interface
//   };
// Adding one raises LAB_ROBOT_API_VERSION_MINOR (plugin_version.h); the host's RobotHandle gets
// a wrapper that asks queryExtension<ISomeExtension>() and falls back when it is nullptr.
// Changing a published extension is not allowed: add "/2" as a new one instead.

// Extension ILiveView, for the operator's live view only (never learned from): a camera frame
// from between two control ticks, so the view runs faster than the control rate. A simulation
// renders the middle of the period its last write() stepped; a real camera gives its newest
// frame. Without it the view shows the frames read() returns. (Added to IRobot itself as
// interimFrame() in ABI 2, it broke every plugin; as an extension it would not have.)
class ILiveView {
 public:
  static constexpr const char* kExtensionName = "org.sigentlab.hw.ILiveView/1";
  // Fill `out.image` (and `out.rawImage` if the robot has one; `out.state` is ignored) and
  // return true, or false when there is no new frame. Active only; must be quick.
  virtual bool interimFrame(Observation& out) = 0;

 protected:
  ~ILiveView() = default;
};

// The host's side: `robot`'s implementation of Extension, or nullptr.
template <class Extension>
Extension* queryExtension(IRobot& robot) {
  return static_cast<Extension*>(robot.queryExtension(Extension::kExtensionName));
}

// The plugin's side: `self` as an Extension if `name` is that extension's, else nullptr.
// Chain several with `if (void* p = offerExtension<A>(this, name)) return p;`.
template <class Extension, class Robot>
void* offerExtension(Robot* self, const char* name) {
  if (name == nullptr || std::strcmp(name, Extension::kExtensionName) != 0) return nullptr;
  return static_cast<Extension*>(self);
}

// What a plugin library exports: one IRobotFactory QObject with
//   Q_PLUGIN_METADATA(IID LAB_ROBOT_IID FILE "robot_plugin.json")
// The metadata is read before the library runs any code. The SDK's CMake helper
// sigentlab_add_robot_plugin() writes robot_plugin.json from the plugin's own JSON
// ({ "id": "push-cube", "name": "...", "description": "...", "version": "1.0.0" }) plus the
// versions the loader checks: "abi_version", "api_version" ("major.minor"), "qt_version"
// ("major.minor" of the Qt the plugin was built with) and "compiler" (for messages only).
class IRobotFactory {
 public:
  virtual ~IRobotFactory() = default;
  virtual std::unique_ptr<IRobot> create() = 0;
};

}  // namespace lab::hw

Q_DECLARE_INTERFACE(lab::hw::IRobotFactory, LAB_ROBOT_IID)
