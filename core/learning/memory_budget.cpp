#include "memory_budget.h"

#include <QFile>
#include <QRegularExpression>
#include <algorithm>

#include "replay_buffer.h"

namespace lab {

int64_t MemoryBudget::buffersBytes(const SacConfig& c, int stateDim, int actionDim) {
  const int image = c.obsMode == ObsMode::State ? 0 : c.imageSize;
  const int state = c.obsMode == ObsMode::Image ? 0 : stateDim;
  const auto per =
      static_cast<int64_t>(ReplayBuffer::bytesPerTransition(image, state, actionDim, c.frameStack));
  return per * (int64_t(c.replayCapacity) + c.expertCapacity);
}

int64_t MemoryBudget::availableBytes() {
  QFile f(QStringLiteral("/proc/meminfo"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const auto m = QRegularExpression(QStringLiteral("MemAvailable:\\s+(\\d+) kB"))
                     .match(QString::fromLatin1(f.readAll()));
  return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : -1;
}

QString MemoryBudget::humanBytes(int64_t bytes) {
  if (bytes >= (int64_t(1) << 30))
    return QString("%1 GiB").arg(double(bytes) / (1 << 30), 0, 'f', 1);
  return QString("%1 MiB").arg(double(bytes) / (1 << 20), 0, 'f', 1);
}

Notice MemoryBudget::check(const SacConfig& c, int stateDim, int actionDim, int64_t available) {
  const int64_t needed = buffersBytes(c, stateDim, actionDim);
  if (available < 0 || needed <= available) return {};
  const int64_t fits = std::max<int64_t>(
      0, int64_t(double(c.replayCapacity) * double(available) / double(needed) * 0.8));
  return Notice(NoticeCode::MemoryTooSmall, c.replayCapacity, c.expertCapacity,
                c.obsMode == ObsMode::State ? "state" : "image", humanBytes(needed),
                humanBytes(available), fits);
}

}  // namespace lab
