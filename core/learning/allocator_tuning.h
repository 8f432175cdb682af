#pragma once
// Keeps LibTorch's large, short-lived buffers in the malloc heap instead of fresh mmaps.
//
// Why: every update frees and re-allocates the same multi-megabyte activation and gradient
// buffers. Under glibc's defaults each one above the mmap threshold becomes a new mapping whose
// pages the kernel zeroes on first touch, and is unmapped again on free: the image update then
// spends most of its time in the kernel and is 4-5x slower (`./lab bench learner`, see
// docs/BENCHMARKS.md). Raising the mmap and trim thresholds lets freed buffers be reused.
// Cost: up to kTrimThreshold bytes of freed memory may stay with the process.
#include <cstddef>
#include <string>

namespace lab {

// glibc ignores mmap thresholds above 32 MiB on 64-bit (HEAP_MAX_SIZE / 2).
inline constexpr std::size_t kMmapThreshold = 32u << 20;   // 32 MiB
inline constexpr std::size_t kTrimThreshold = 512u << 20;  // 512 MiB

// Process-wide and idempotent; a no-op on C libraries other than glibc. Any thread.
void keepLargeAllocationsInHeap();

// The same settings as a GLIBC_TUNABLES value, for a child process (the Python benchmark).
std::string allocatorTunables();

}  // namespace lab
