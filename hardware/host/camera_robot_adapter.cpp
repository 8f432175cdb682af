#include "host/camera_robot_adapter.h"

#include <cstring>

namespace lab::hw {

CameraRobotAdapter::CameraRobotAdapter(std::unique_ptr<IRobot> inner, CameraSettings camera)
    : m_inner(std::move(inner)), m_settings(std::move(camera)) {}

CameraRobotAdapter::~CameraRobotAdapter() = default;

RobotInfo CameraRobotAdapter::info() const {
  RobotInfo i = m_inner->info();
  i.name += " + camera '" + m_settings.source + "'";
  // The inner robot's detector judges its own (simulated) world, not what the camera sees.
  // A camera runs in real time whatever it watches, so the pair cannot be paced in lockstep.
  i.simulated = false;
  return i;
}

ObservationSpec CameraRobotAdapter::observationSpec() const {
  ObservationSpec s = m_inner->observationSpec();
  s.imageWidth = m_imageSize;
  s.imageHeight = m_imageSize;
  s.hasRawImage = true;
  return s;
}

Result CameraRobotAdapter::onConfigure(const RobotConfig& config, std::string& error) {
  const Result r = m_inner->onConfigure(config, error);
  if (r != Result::Ok) return r;
  m_imageSize = config.imageSize;
  CameraSettings s = m_settings;
  s.outputWidth = s.outputHeight = m_imageSize;
  m_camera = std::make_unique<VideoCameraSource>(s);
  m_camera->start();  // opens on its own thread; onActivate waits for the first frame
  return Result::Ok;
}

Result CameraRobotAdapter::onActivate(std::string& error) {
  if (!m_camera) {
    error = "camera not started (onConfigure did not run)";
    return Result::Fatal;
  }
  m_camera->waitForFrame(0, m_settings.frameTimeoutMs);
  if (m_camera->frameCount() == 0) {
    const CameraStatus s = m_camera->status();
    if (s == CameraStatus::Opening || s == CameraStatus::Streaming) {
      error = "camera '" + m_settings.source + "' has not delivered a frame yet";
      return Result::Retry;
    }
    error = m_camera->errorString();
    return Result::Fatal;
  }
  return m_inner->onActivate(error);
}

Result CameraRobotAdapter::onCleanup(std::string& error) {
  const Result r = m_inner->onCleanup(error);
  if (m_camera) m_camera->stop();
  return r;
}

void CameraRobotAdapter::onError() noexcept {
  m_inner->onError();
  try {
    if (m_camera) m_camera->stop();
  } catch (...) {  // onError must not throw; the worker is already told to stop
  }
}

Result CameraRobotAdapter::read(Observation& out, std::string& error) {
  const Result r = m_inner->read(out, error);
  if (r != Result::Ok) return r;
  if (!m_camera) {
    error = "camera not started";
    return Result::Fatal;
  }
  const CameraStatus s = m_camera->status();
  if (s == CameraStatus::Failed || s == CameraStatus::EndOfStream || s == CameraStatus::Stopped) {
    error = m_camera->errorString();
    if (error.empty()) error = "camera '" + m_settings.source + "' is " + toString(s);
    return Result::Fatal;
  }
  CameraFrame f;
  if (!m_camera->latestFrame(f)) {
    error = "camera '" + m_settings.source + "' has not delivered a frame yet";
    return Result::Retry;
  }
  copyFrame(f, out);
  return Result::Ok;
}

bool CameraRobotAdapter::interimFrame(Observation& out) {
  CameraFrame f;
  if (!m_camera || !m_camera->latestFrame(f) || f.index <= m_lastIndex) return false;
  copyFrame(f, out);
  return true;
}

void CameraRobotAdapter::copyFrame(const CameraFrame& f, Observation& out) {
  // Published frames are continuous CV_8UC1 (fresh cv::resize / cvtColor outputs).
  out.imageWidth = f.image.cols;
  out.imageHeight = f.image.rows;
  out.image.assign(f.image.datastart, f.image.dataend);
  out.rawWidth = f.raw.cols;
  out.rawHeight = f.raw.rows;
  out.rawImage.assign(f.raw.datastart, f.raw.dataend);
  m_lastIndex = f.index;
}

}  // namespace lab::hw
