#pragma once
// VideoCameraSource: an OpenCV VideoCapture (device index, device path, stream URL or video
// file) opened and read on its own std::thread, so neither opening (which may try several
// backends and take seconds) nor reading ever blocks the caller.
// Each frame is converted to grayscale (kept full size as `raw`) and resized to the output size
// with INTER_AREA (`image`). Consumers poll latestFrame() (GUI: from a 30-40 ms timer) or block
// in waitForFrame() (robot loop).
//
// End of stream / disconnect: a video file ending (without loop), maxConsecutiveFailures failed
// reads in a row, or no frame for frameTimeoutMs moves the source to EndOfStream/Failed with
// "camera 'X' stopped delivering frames after N frames (why)". The last frame stays readable.
//
// Threads: every public method is thread-safe; start()/stop()/destruction belong to the owner. Lifecycle: Idle --start--> Opening -->
// Streaming --> EndOfStream | Failed;  any --stop--> Stopped; start() again restarts.
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <opencv2/core/mat.hpp>
#include <string>
#include <thread>

#include "host/camera_settings.h"

namespace lab::hw {

namespace detail {
struct CameraShared;  // state co-owned by the source and its worker thread
}

enum class CameraStatus : std::uint8_t { Idle, Opening, Streaming, EndOfStream, Failed, Stopped };
const char* toString(CameraStatus status);

struct CameraFrame {
  std::uint64_t index = 0;       // 1-based count of frames delivered since start(); 0 = none
  std::int64_t timestampUs = 0;  // steady clock, microseconds since start()
  cv::Mat image;                 // CV_8UC1, outputHeight x outputWidth
  cv::Mat raw;                   // CV_8UC1, the source's full resolution
};

class VideoCameraSource {
 public:
  explicit VideoCameraSource(CameraSettings settings);
  ~VideoCameraSource();  // stop()
  VideoCameraSource(const VideoCameraSource&) = delete;
  VideoCameraSource& operator=(const VideoCameraSource&) = delete;

  const CameraSettings& settings() const { return m_settings; }

  // Returns at once; the worker thread opens the source. No-op while running.
  void start();
  // Asks the worker to finish and waits up to ~1 s. A worker stuck inside a driver call is
  // detached; it only touches state it co-owns, so this object may be destroyed safely.
  void stop();

  CameraStatus status() const;
  // Why the source is Failed / EndOfStream (empty otherwise).
  std::string errorString() const;
  // Backend, resolution and rate once opened, e.g. "FFMPEG 320x240 @ 30 fps".
  std::string description() const;

  // Copies the newest frame (shallow cv::Mat copies: the worker never writes into a published
  // frame). Returns false if no frame has arrived since start().
  bool latestFrame(CameraFrame& out) const;
  std::uint64_t frameCount() const;
  // Blocks until a frame with index > afterIndex exists (true), the stream ended/failed, or
  // timeoutMs passed (false).
  bool waitForFrame(std::uint64_t afterIndex, int timeoutMs) const;

 private:
  std::shared_ptr<detail::CameraShared> shared() const;

  // Replaced (atomically) on each start(), so a detached old worker never sees the new state.
  std::shared_ptr<detail::CameraShared> m_shared;
  CameraSettings m_settings;
  std::thread m_thread;
};

}  // namespace lab::hw
