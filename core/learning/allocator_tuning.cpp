#include "allocator_tuning.h"

#include <mutex>
#include <string>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace lab {

void keepLargeAllocationsInHeap() {
  static std::once_flag once;
  std::call_once(once, [] {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapThreshold));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(kTrimThreshold));
#endif
  });
}

std::string allocatorTunables() {
  return "glibc.malloc.mmap_threshold=" + std::to_string(kMmapThreshold) +
         ":glibc.malloc.trim_threshold=" + std::to_string(kTrimThreshold);
}

}  // namespace lab
