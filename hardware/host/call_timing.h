#pragma once
// Per-call-kind duration statistics kept by RobotHandle. Durations are wall-clock microseconds
// measured around the plugin call only (calls refused by the host are not timed).
// Thread: owned by the RobotHandle's thread; copy the snapshot to show it elsewhere.
#include <array>
#include <cstdint>

namespace lab::hw {

enum class CallKind : std::uint8_t {
  Info,  // info()/actionSpec()/observationSpec() queries
  Configure,
  Activate,
  Deactivate,
  Cleanup,
  OnError,
  Reset,
  Read,
  Write,
  EmergencyStop,
  AppliedCommand,
  DetectSuccess,
  DetectFailure,
  ScriptedAction,
  InterimFrame,
  Count_
};
inline constexpr int kCallKindCount = static_cast<int>(CallKind::Count_);

const char* toString(CallKind kind);

struct CallTiming {
  std::uint64_t count = 0;
  double lastUs = 0.0;
  double meanUs = 0.0;
  double maxUs = 0.0;

  void add(double us);
};

class CallTimingTable {
 public:
  const CallTiming& operator[](CallKind k) const { return m_t[static_cast<int>(k)]; }
  void add(CallKind k, double us) { m_t[static_cast<int>(k)].add(us); }
  void clear() { m_t = {}; }

 private:
  std::array<CallTiming, kCallKindCount> m_t{};
};

}  // namespace lab::hw
