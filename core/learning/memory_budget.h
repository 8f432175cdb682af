#pragma once
// Whether the replay and expert buffers, once full, fit in the memory the machine has free:
// a capacity that does not fit would not fail at once (the buffers grow as they fill) but get
// the program killed hours into a session. Checked before the learner allocates anything.
#include <QString>
#include <cstdint>

#include "notice.h"
#include "sac_config.h"

namespace lab {

class MemoryBudget {
 public:
  // Bytes the two buffers of `config` hold when full (ReplayBuffer::bytesPerTransition).
  static int64_t buffersBytes(const SacConfig& config, int stateDim, int actionDim);
  // MemAvailable of /proc/meminfo in bytes; -1 when it cannot be read (then nothing is checked).
  static int64_t availableBytes();
  // Empty when `needed` fits in `available` (or available is unknown); otherwise a notice that
  // names the capacity, the bytes it needs and what is available.
  static Notice check(const SacConfig& config, int stateDim, int actionDim, int64_t available);
  static QString humanBytes(int64_t bytes);  // "4.1 GB"
};

}  // namespace lab
