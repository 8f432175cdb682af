#include "allocator_tuning.h"

#include <mutex>

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

const char* allocatorTunables() {
  return "glibc.malloc.mmap_threshold=33554432:glibc.malloc.trim_threshold=536870912";
}

}  // namespace lab
