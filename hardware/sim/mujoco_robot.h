#pragma once
// MujocoRobot: the IRobot implementation shared by the four simulated tasks. It owns the MuJoCo
// model/data (compiled from the embedded MJCF), the headless camera, the control loop timing
// and the lifecycle; a task subclass adds the scene-specific parts through the protected hooks.
//
// Contract (see api/robot_interface.h):
//   onConfigure: validates RobotConfig (imageSize 8..1024, settings: see sim_settings.h),
//     compiles the model, opens the EGL camera and puts the robot at the start for
//     RobotConfig::seed, so read() works in Inactive. Fatal with a message on any failure
//     (e.g. "headless rendering unavailable: ...").
//   reset(seed): the same seed always gives the identical start (state and image).
//   write(action): action normalised to [-1, 1] (clamped), one value per ActionSpec dimension;
//     advances the physics by one control period (1 / controlRateHz) in several substeps of the
//     model timestep. A wrong size or a NaN/inf value is rejected (Retry, state unchanged).
//   read(): renders imageSize x imageSize grayscale from the task's camera plus the state vector;
//     with the camera_noise setting, the same seed and step give the same noisy frame.
//   emergencyStop(): zero set-points and zero actuated joint velocities at once; holds (the
//     simulation only advances in write()).
// Threads: one thread at a time (any thread; the GL context is released after every render).
#include <memory>
#include <string>
#include <vector>

#include "api/robot_interface.h"
#include "sim/camera_noise.h"
#include "sim/mjcf_loader.h"
#include "sim/sim_settings.h"

namespace lab::hw {

class MujocoCamera;
class SimRandom;

class MujocoRobot : public IRobot, public ILiveView {
 public:
  ~MujocoRobot() override;

  RobotInfo info() const override;
  ActionSpec actionSpec() const override { return m_task.actions; }
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
  std::vector<float> appliedCommand() const override;

  bool detectSuccess() const override;
  bool detectFailure() const override;
  bool scriptedAction(std::vector<float>& action) const override;
  // ILiveView: the pose half-way through the last write(), rendered on a separate mjData.
  bool interimFrame(Observation& out) override;
  void* queryExtension(const char* name) override { return offerExtension<ILiveView>(this, name); }

  // --- Not part of IRobot: for tests, benchmarks and the headless CLI. ---
  bool isConfigured() const { return m_data != nullptr; }
  int stepCount() const { return m_steps; }  // control steps since the last reset
  double controlPeriod() const { return 1.0 / m_task.info.controlRateHz; }  // s
  int substepsPerControl() const { return m_substeps; }
  const mjModel* model() const { return m_model.get(); }
  const mjData* data() const { return m_data.get(); }

  // What a task subclass hands the base.
  struct TaskSpec {
    RobotInfo info;      // hasSuccessDetector/hasScriptedExpert/simulated set by the base; a task
                         // with an isFailed() sets hasFailureDetector
    ActionSpec actions;  // symmetric ranges, so physical zero is normalised zero
    std::string modelFile;   // embedded MJCF name, "push_cube.xml"
    std::string cameraName;  // the MJCF camera the learner sees
    std::vector<std::string> stateNames;
  };

 protected:
  explicit MujocoRobot(TaskSpec task);

  // --- Hooks; called only while a model is loaded (m_model/m_data valid). ---
  // Look up body/joint/actuator ids. Throw std::runtime_error if the model lacks something.
  virtual void bindModel() = 0;
  // After mj_resetData: set the seeded start pose and reset the task's progress.
  virtual void randomiseStart(SimRandom& rng) = 0;
  // Before each physics substep: set the actuator set-points for `command` (physical units).
  virtual void applyCommand(const std::vector<double>& command) = 0;
  // After the substeps of one write(): update task progress (gates passed, ...).
  virtual void afterControlStep() {}
  // Emergency stop / deactivate: motion to zero now. Must not throw.
  virtual void stopMotion() noexcept = 0;
  virtual void fillState(std::vector<float>& state) const = 0;
  // The task's geometric success condition on the current state.
  virtual bool isSolved() const = 0;
  // True once the task can no longer be solved this episode (see IRobot::detectFailure).
  virtual bool isFailed() const { return false; }
  // The scripted expert's command (physical units) for the current state.
  virtual std::vector<double> expertCommand() const = 0;
  // What the actuators execute now (physical); differs from the last command for lagged robots.
  virtual std::vector<double> executingCommand() const { return m_command; }

  MjModelPtr m_model;
  MjDataPtr m_data;
  std::vector<double> m_command;  // physical, from the last write(); zero after a stop

 private:
  void release() noexcept;
  Result startEpisode(std::uint64_t seed, std::string& error);
  // Renders the learner's image (and the operator's view if configured) from `data`, with the
  // camera noise of this step; `view` keeps the in-between live frame's noise apart from read()'s.
  bool render(mjData* data, Observation& out, int view, std::string& error) const;
  void keepMidPose();
  std::vector<double> toPhysical(const std::vector<float>& normalised) const;

  TaskSpec m_task;
  SimSettings m_settings;
  int m_imageSize = 64;
  int m_substeps = 1;
  int m_steps = 0;
  std::uint64_t m_episodeSeed = 0;  // the last reset's, keys the camera noise
  CameraNoise m_noise;
  std::unique_ptr<MujocoCamera> m_camera;
  // The live view's in-between frame: the pose at the middle of the last control period,
  // kept as positions only and rendered on demand from its own mjData, so the physics state
  // (and with it every episode) is the same whether or not anyone looks.
  MjDataPtr m_viewData;
  std::vector<double> m_midQpos, m_midMocapPos, m_midMocapQuat;
  bool m_hasMid = false;
};

}  // namespace lab::hw
