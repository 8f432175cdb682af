#include "host/video_camera_source.h"

#include <QFileInfo>
#include <QString>
#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <opencv2/imgproc.hpp>
#include <opencv2/videoio.hpp>

#include "host/host_log.h"

namespace lab::hw {

using Clock = std::chrono::steady_clock;

const char* toString(CameraStatus status) {
  switch (status) {
    case CameraStatus::Idle: return "Idle";
    case CameraStatus::Opening: return "Opening";
    case CameraStatus::Streaming: return "Streaming";
    case CameraStatus::EndOfStream: return "EndOfStream";
    case CameraStatus::Failed: return "Failed";
    case CameraStatus::Stopped: return "Stopped";
  }
  return "?";
}

// Everything the worker touches. Co-owned by the worker, so a detached worker stays valid.
namespace detail {
struct CameraShared {
  mutable std::mutex mutex;
  mutable std::condition_variable changed;
  std::atomic<bool> stopRequested{false};
  bool workerDone = true;
  CameraStatus status = CameraStatus::Idle;
  std::string error;
  std::string description;
  CameraFrame latest;
  Clock::time_point startTime;
  Clock::time_point lastFrameTime;

  void finish(CameraStatus s, std::string why) {
    {
      std::lock_guard lock(mutex);
      // A stop() request wins over what the worker ran into while being stopped.
      if (status != CameraStatus::Stopped) {
        status = s;
        error = std::move(why);
      }
    }
    changed.notify_all();
  }
};
}  // namespace detail

using Shared = detail::CameraShared;

namespace {

enum class SourceKind { Index, Device, Url, File };

SourceKind classify(const std::string& src) {
  if (!src.empty() && std::all_of(src.begin(), src.end(), [](unsigned char c) {
        return std::isdigit(c);
      })) {
    return SourceKind::Index;
  }
  if (src.find("://") != std::string::npos) return SourceKind::Url;
  if (src.rfind("/dev/", 0) == 0) return SourceKind::Device;
  return SourceKind::File;
}

std::string stoppedMessage(const std::string& src, std::uint64_t n, const std::string& why) {
  return "camera '" + src + "' stopped delivering frames after " + std::to_string(n) +
         " frames (" + why + ")";
}

// Runs on the worker thread. Only `sh` and copies are touched.
void runWorker(const std::shared_ptr<Shared>& shPtr, CameraSettings cfg) {
  auto& sh = *shPtr;
  const SourceKind kind = classify(cfg.source);
  const std::string& src = cfg.source;

  if ((kind == SourceKind::File || kind == SourceKind::Device) &&
      !QFileInfo::exists(QString::fromStdString(src))) {
    sh.finish(CameraStatus::Failed,
              "camera '" + src + "' could not be opened: no such " +
                  (kind == SourceKind::Device ? "device" : "file"));
    return;
  }
  cv::VideoCapture cap;
  bool opened = false;
  try {  // some backends throw cv::Exception on malformed input
    if (kind == SourceKind::Index) {
      opened = cap.open(std::stoi(src), cv::CAP_ANY);
    } else if (kind == SourceKind::Device) {
      opened = cap.open(src, cv::CAP_V4L2);
    } else {
      opened = cap.open(src, cv::CAP_ANY);
    }
  } catch (const std::exception& e) {
    sh.finish(CameraStatus::Failed, "camera '" + src + "' could not be opened: " + e.what());
    return;
  }
  if (!opened || !cap.isOpened()) {
    sh.finish(CameraStatus::Failed,
              "camera '" + src + "' could not be opened (no backend accepted it; check the "
              "device index/path, URL or file format)");
    return;
  }
  double fps = cap.get(cv::CAP_PROP_FPS);
  if (!(fps > 0.0 && fps < 1000.0)) fps = 30.0;
  const bool isFile = kind == SourceKind::File;
  const double pace = isFile ? (cfg.fileFps == 0.0 ? fps : cfg.fileFps) : -1.0;
  {
    std::lock_guard lock(sh.mutex);
    if (sh.status == CameraStatus::Stopped) return;
    sh.status = CameraStatus::Streaming;
    sh.lastFrameTime = Clock::now();  // the frame timeout counts from "opened"
    sh.description = cap.getBackendName() + " " +
                     std::to_string(static_cast<int>(cap.get(cv::CAP_PROP_FRAME_WIDTH))) + "x" +
                     std::to_string(static_cast<int>(cap.get(cv::CAP_PROP_FRAME_HEIGHT))) +
                     " @ " + std::to_string(static_cast<int>(fps + 0.5)) + " fps";
  }
  sh.changed.notify_all();
  qCInfo(lcHwHost).noquote() << "camera" << QString::fromStdString(src) << "opened:"
                             << QString::fromStdString(sh.description);

  std::uint64_t count = 0;
  int failures = 0;
  bool justRewound = false;
  Clock::time_point nextDue = Clock::now();
  cv::Mat bgr;
  while (!sh.stopRequested) {
    if (!cap.read(bgr) || bgr.empty()) {
      if (isFile) {
        if (cfg.loop && !justRewound && count > 0) {
          // Rewind; if the backend cannot seek, reopen the file.
          if (!cap.set(cv::CAP_PROP_POS_FRAMES, 0)) {
            cap.release();
            cap.open(src, cv::CAP_ANY);
          }
          justRewound = true;
          continue;
        }
        sh.finish(CameraStatus::EndOfStream,
                  stoppedMessage(src, count, count == 0 ? "the video file has no readable frames"
                                                        : "end of the video file"));
        return;
      }
      if (++failures >= cfg.maxConsecutiveFailures) {
        sh.finish(CameraStatus::Failed,
                  stoppedMessage(src, count, std::to_string(failures) + " consecutive failed reads"));
        return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    failures = 0;
    justRewound = false;
    CameraFrame f;  // fresh buffers every frame: readers may still hold the previous ones
    if (bgr.channels() == 3) {
      cv::cvtColor(bgr, f.raw, cv::COLOR_BGR2GRAY);
    } else if (bgr.channels() == 4) {
      cv::cvtColor(bgr, f.raw, cv::COLOR_BGRA2GRAY);
    } else {
      f.raw = bgr.clone();
    }
    if (f.raw.depth() != CV_8U) f.raw.convertTo(f.raw, CV_8U);
    cv::resize(f.raw, f.image, cv::Size(cfg.outputWidth, cfg.outputHeight), 0, 0, cv::INTER_AREA);
    if (pace > 0.0) {  // deliver a file like a camera would, not as fast as it decodes
      // Interruptible wait: stop() must not have to outwait a slow frame rate.
      std::unique_lock lock(sh.mutex);
      if (sh.changed.wait_until(lock, nextDue, [&] { return sh.stopRequested.load(); })) break;
      nextDue = std::max(nextDue + std::chrono::microseconds(static_cast<long>(1e6 / pace)),
                         Clock::now() - std::chrono::milliseconds(100));
    }
    const auto now = Clock::now();
    f.index = ++count;
    f.timestampUs = std::chrono::duration_cast<std::chrono::microseconds>(now - sh.startTime).count();
    {
      std::lock_guard lock(sh.mutex);
      sh.latest = std::move(f);
      sh.lastFrameTime = now;
    }
    sh.changed.notify_all();
  }
}

}  // namespace

VideoCameraSource::VideoCameraSource(CameraSettings settings)
    : m_shared(std::make_shared<Shared>()), m_settings(std::move(settings)) {
  m_settings.outputWidth = std::max(1, m_settings.outputWidth);
  m_settings.outputHeight = std::max(1, m_settings.outputHeight);
  m_settings.maxConsecutiveFailures = std::max(1, m_settings.maxConsecutiveFailures);
}

VideoCameraSource::~VideoCameraSource() { stop(); }

void VideoCameraSource::start() {
  {
    auto old = shared();
    std::lock_guard lock(old->mutex);
    if (!old->workerDone) return;
  }
  if (m_thread.joinable()) m_thread.join();  // finished on its own: joining is instant
  // A previous worker may still be detached and running: give the new one fresh state.
  auto fresh = std::make_shared<Shared>();
  fresh->workerDone = false;
  fresh->status = CameraStatus::Opening;
  fresh->startTime = Clock::now();
  std::atomic_store(&m_shared, fresh);
  m_thread = std::thread([sh = fresh, cfg = m_settings] {
    runWorker(sh, cfg);
    {
      std::lock_guard lock(sh->mutex);
      sh->workerDone = true;
    }
    sh->changed.notify_all();
  });
}

void VideoCameraSource::stop() {
  if (!m_thread.joinable()) return;
  auto sh = shared();
  {
    std::lock_guard lock(sh->mutex);  // under the lock: the worker may be about to wait
    sh->stopRequested = true;
  }
  sh->changed.notify_all();
  std::unique_lock lock(sh->mutex);
  if (sh->status == CameraStatus::Opening || sh->status == CameraStatus::Streaming) {
    sh->status = CameraStatus::Stopped;
  }
  const bool done =
      sh->changed.wait_for(lock, std::chrono::seconds(1), [&] { return sh->workerDone; });
  lock.unlock();
  sh->changed.notify_all();
  if (done) {
    m_thread.join();
  } else {
    qCWarning(lcHwHost).noquote() << "camera" << QString::fromStdString(m_settings.source)
                                  << "worker blocked in the driver; detaching it";
    m_thread.detach();
  }
}

std::shared_ptr<Shared> VideoCameraSource::shared() const { return std::atomic_load(&m_shared); }

// Stall detection happens on the reader's side: the worker may be stuck inside read().
CameraStatus VideoCameraSource::status() const {
  auto sh = shared();
  std::lock_guard lock(sh->mutex);
  CameraStatus s = sh->status;
  const auto now = Clock::now();
  if (s == CameraStatus::Opening &&
      now - sh->startTime > std::chrono::milliseconds(m_settings.openTimeoutMs)) {
    return CameraStatus::Failed;
  }
  if (s == CameraStatus::Streaming &&
      now - sh->lastFrameTime > std::chrono::milliseconds(m_settings.frameTimeoutMs)) {
    return CameraStatus::Failed;
  }
  return s;
}

std::string VideoCameraSource::errorString() const {
  auto sh = shared();
  std::lock_guard lock(sh->mutex);
  const auto now = Clock::now();
  const CameraStatus s = sh->status;
  if (s == CameraStatus::Opening &&
      now - sh->startTime > std::chrono::milliseconds(m_settings.openTimeoutMs)) {
    return "camera '" + m_settings.source + "' did not open within " +
           std::to_string(m_settings.openTimeoutMs) + " ms";
  }
  if (s == CameraStatus::Streaming) {
    const auto since = std::chrono::duration_cast<std::chrono::milliseconds>(
        now - sh->lastFrameTime);
    if (since.count() > m_settings.frameTimeoutMs) {
      return stoppedMessage(m_settings.source, sh->latest.index,
                            "no frame for " + std::to_string(since.count()) + " ms");
    }
  }
  return sh->error;
}

std::string VideoCameraSource::description() const {
  auto sh = shared();
  std::lock_guard lock(sh->mutex);
  return sh->description;
}

bool VideoCameraSource::latestFrame(CameraFrame& out) const {
  auto sh = shared();
  std::lock_guard lock(sh->mutex);
  if (sh->latest.index == 0) return false;
  out = sh->latest;
  return true;
}

std::uint64_t VideoCameraSource::frameCount() const {
  auto sh = shared();
  std::lock_guard lock(sh->mutex);
  return sh->latest.index;
}

bool VideoCameraSource::waitForFrame(std::uint64_t afterIndex, int timeoutMs) const {
  auto sh = shared();
  std::unique_lock lock(sh->mutex);
  sh->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] {
    const CameraStatus s = sh->status;
    return sh->latest.index > afterIndex ||
           (s != CameraStatus::Opening && s != CameraStatus::Streaming);
  });
  return sh->latest.index > afterIndex;
}

}  // namespace lab::hw
