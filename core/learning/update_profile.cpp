#include "update_profile.h"

namespace lab {

const char* UpdateProfile::name(Phase p) {
  switch (p) {
    case Sampling:
      return "sampling";
    case Augmentation:
      return "augmentation";
    case Encoder:
      return "encoder";
    case Target:
      return "target Q";
    case CriticForward:
      return "critic+OOD fwd";
    case CriticBackward:
      return "critic bwd";
    case CriticOptimiser:
      return "critic Adam";
    case Actor:
      return "actor+BC";
    case ActorOptimiser:
      return "actor Adam";
    case TargetUpdate:
      return "target update";
    case Metrics:
      return "metrics";
    case kPhases:
      break;
  }
  return "?";
}

}  // namespace lab
