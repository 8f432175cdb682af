#include "host/observation_validator.h"

#include <cmath>

namespace lab::hw {

namespace {
std::string dims(int w, int h) { return std::to_string(w) + "x" + std::to_string(h); }
}  // namespace

std::string validateObservation(const Observation& obs, const ObservationSpec& spec) {
  if (obs.imageWidth != spec.imageWidth || obs.imageHeight != spec.imageHeight) {
    return "image is " + dims(obs.imageWidth, obs.imageHeight) + ", the observation spec says " +
           dims(spec.imageWidth, spec.imageHeight);
  }
  const std::size_t expectedPixels =
      static_cast<std::size_t>(spec.imageWidth) * static_cast<std::size_t>(spec.imageHeight);
  if (obs.image.size() != expectedPixels) {
    return "image buffer has " + std::to_string(obs.image.size()) + " bytes, expected " +
           std::to_string(expectedPixels) + " (" + dims(spec.imageWidth, spec.imageHeight) +
           " grayscale)";
  }
  if (static_cast<int>(obs.state.size()) != spec.stateDim()) {
    return "state has " + std::to_string(obs.state.size()) + " values, the observation spec has " +
           std::to_string(spec.stateDim());
  }
  for (std::size_t i = 0; i < obs.state.size(); ++i) {
    if (!std::isfinite(obs.state[i])) {
      const std::string name = i < spec.stateNames.size() ? spec.stateNames[i] : "?";
      return "state[" + std::to_string(i) + "] ('" + name + "') is " +
             (std::isnan(obs.state[i]) ? "NaN" : "infinite");
    }
  }
  if (!obs.rawImage.empty()) {
    if (obs.rawWidth <= 0 || obs.rawHeight <= 0 ||
        obs.rawImage.size() !=
            static_cast<std::size_t>(obs.rawWidth) * static_cast<std::size_t>(obs.rawHeight)) {
      return "raw image buffer has " + std::to_string(obs.rawImage.size()) + " bytes for " +
             dims(obs.rawWidth, obs.rawHeight);
    }
  }
  return {};
}

std::string validateObservationSpec(const ObservationSpec& spec) {
  // 0x0 is a robot without a camera; it must then observe something else.
  if (spec.imageWidth == 0 && spec.imageHeight == 0) {
    if (spec.stateDim() == 0) return "observation spec has neither an image nor a state vector";
    return {};
  }
  if (spec.imageWidth <= 0 || spec.imageHeight <= 0) {
    return "observation spec has a non-positive image size " +
           dims(spec.imageWidth, spec.imageHeight);
  }
  return {};
}

std::string validateActionSpec(const ActionSpec& spec) {
  if (spec.size() == 0) return "action spec has no dimensions";
  for (const auto& d : spec.dims) {
    if (!(d.max != d.min) || !std::isfinite(d.min) || !std::isfinite(d.max)) {
      return "action dimension '" + d.name + "' has an empty or invalid range [" +
             std::to_string(d.min) + ", " + std::to_string(d.max) + "]";
    }
  }
  return {};
}

}  // namespace lab::hw
