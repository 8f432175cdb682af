#pragma once
// Checks an Observation from a plugin against its ObservationSpec before anything downstream
// sees it: image size, state size, finite state values, raw image consistency.
// Pure function, any thread.
#include <string>

#include "api/robot_interface.h"

namespace lab::hw {

// Returns an empty string if `obs` is valid, otherwise a sentence naming the first problem.
std::string validateObservation(const Observation& obs, const ObservationSpec& spec);

// Returns an empty string if the spec itself is usable: a positive image size, or 0x0 (no
// camera) with a state vector.
std::string validateObservationSpec(const ObservationSpec& spec);
std::string validateActionSpec(const ActionSpec& spec);

}  // namespace lab::hw
