#include "camera_feed.h"

namespace lab {

namespace {
QByteArray bytes(const std::vector<std::uint8_t>& v) {
  return QByteArray(reinterpret_cast<const char*>(v.data()), static_cast<int>(v.size()));
}
}  // namespace

std::optional<CameraFrame> CameraFeed::frame(const hw::Observation& o, int64_t episode, int step,
                                             Clock::time_point now) {
  if (m_lockstep && now - m_lastFrameAt < kLockstepInterval) return std::nullopt;
  m_lastFrameAt = now;
  CameraFrame f;
  f.image = bytes(o.image);
  f.width = o.imageWidth;
  f.height = o.imageHeight;
  if (!o.rawImage.empty()) {
    f.raw = bytes(o.rawImage);
    f.rawWidth = o.rawWidth;
    f.rawHeight = o.rawHeight;
  }
  f.episode = episode;
  f.step = step;
  return f;
}

}  // namespace lab
