#pragma once
// Immutable settings of a VideoCameraSource, given at construction.
#include <string>

namespace lab::hw {

struct CameraSettings {
  // What to open:
  //   "0", "1", ...          device index (V4L2 on Linux)
  //   "/dev/video0"          device path (V4L2)
  //   "rtsp://...", "http://..."  stream URL (FFmpeg/GStreamer)
  //   anything else          a video file path
  std::string source;
  int outputWidth = 64;    // the grayscale image the learner sees (resized with INTER_AREA)
  int outputHeight = 64;
  bool loop = false;       // video files: start again at the end instead of ending the stream
  // Video files: delivery rate in frames/s. 0 = the file's own rate (30 if unknown), < 0 = as
  // fast as decoding allows. Live sources deliver at their own pace and ignore this.
  double fileFps = 0.0;
  int maxConsecutiveFailures = 30;  // live sources: this many failed reads in a row = stopped
  int frameTimeoutMs = 3000;        // streaming and no new frame for this long = stopped
  int openTimeoutMs = 15000;        // still not open after this long = failed
};

}  // namespace lab::hw
