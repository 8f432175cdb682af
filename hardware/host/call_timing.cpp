#include "host/call_timing.h"

#include <algorithm>

namespace lab::hw {

const char* toString(CallKind kind) {
  switch (kind) {
    case CallKind::Info:
      return "info";
    case CallKind::Configure:
      return "configure";
    case CallKind::Activate:
      return "activate";
    case CallKind::Deactivate:
      return "deactivate";
    case CallKind::Cleanup:
      return "cleanup";
    case CallKind::OnError:
      return "onError";
    case CallKind::Reset:
      return "reset";
    case CallKind::Read:
      return "read";
    case CallKind::Write:
      return "write";
    case CallKind::EmergencyStop:
      return "emergencyStop";
    case CallKind::AppliedCommand:
      return "appliedCommand";
    case CallKind::DetectSuccess:
      return "detectSuccess";
    case CallKind::DetectFailure:
      return "detectFailure";
    case CallKind::ScriptedAction:
      return "scriptedAction";
    case CallKind::InterimFrame:
      return "interimFrame";
    case CallKind::Count_:
      break;
  }
  return "?";
}

void CallTiming::add(double us) {
  ++count;
  lastUs = us;
  // Running mean: no unbounded sum, exact enough for monitoring.
  meanUs += (us - meanUs) / static_cast<double>(count);
  maxUs = std::max(maxUs, us);
}

}  // namespace lab::hw
