#pragma once
// CameraRobotAdapter: an IRobot that wraps any other IRobot and replaces the image in its
// observations with frames from a VideoCameraSource, so a real camera can be paired with any
// robot plugin (e.g. a USB webcam watching a robot whose plugin has no camera). Put it inside a
// RobotHandle like any robot:
//   RobotHandle h(std::make_unique<CameraRobotAdapter>(std::move(robot), cameraSettings));
//
// Lifecycle: onConfigure configures the inner robot, then starts the camera (non-blocking) with
// output size = RobotConfig::imageSize. onActivate waits up to frameTimeoutMs for a first frame:
// Fatal if the camera failed, Retry if it is still opening. onCleanup/onError stop the camera.
// read(): the inner robot's state + the camera's newest frame (image: imageSize^2 grayscale,
// raw: the camera's full-size grayscale). A failed camera makes read() Fatal; a camera that
// has not delivered yet makes it Retry. interimFrame(): the camera's newer frames between
// ticks, so the live view runs at the camera's rate. Everything else is forwarded unchanged.
// Threads: as IRobot (one thread); camera() may be polled from any thread.
#include <memory>

#include "api/robot_interface.h"
#include "host/camera_settings.h"
#include "host/video_camera_source.h"

namespace lab::hw {

class CameraRobotAdapter : public IRobot {
 public:
  CameraRobotAdapter(std::unique_ptr<IRobot> inner, CameraSettings camera);
  ~CameraRobotAdapter() override;

  // The camera; null before the first onConfigure.
  const VideoCameraSource* camera() const { return m_camera.get(); }

  RobotInfo info() const override;
  ActionSpec actionSpec() const override { return m_inner->actionSpec(); }
  ObservationSpec observationSpec() const override;
  Result onConfigure(const RobotConfig& config, std::string& error) override;
  Result onActivate(std::string& error) override;
  Result onDeactivate(std::string& error) override { return m_inner->onDeactivate(error); }
  Result onCleanup(std::string& error) override;
  void onError() noexcept override;
  Result reset(std::uint64_t seed, std::string& error) override {
    return m_inner->reset(seed, error);
  }
  Result read(Observation& out, std::string& error) override;
  Result write(const std::vector<float>& action, std::string& error) override {
    return m_inner->write(action, error);
  }
  void emergencyStop() noexcept override { m_inner->emergencyStop(); }
  std::vector<float> appliedCommand() const override { return m_inner->appliedCommand(); }
  bool detectSuccess() const override { return m_inner->detectSuccess(); }
  bool detectFailure() const override { return m_inner->detectFailure(); }
  bool scriptedAction(std::vector<float>& action) const override {
    return m_inner->scriptedAction(action);
  }
  // The camera's newest frame, if it is newer than the last one handed out.
  bool interimFrame(Observation& out) override;

 private:
  void copyFrame(const CameraFrame& f, Observation& out);

  std::unique_ptr<IRobot> m_inner;
  CameraSettings m_settings;
  std::unique_ptr<VideoCameraSource> m_camera;
  int m_imageSize = 64;
  std::uint64_t m_lastIndex = 0;  // of the last frame read() or interimFrame() handed out
};

}  // namespace lab::hw
