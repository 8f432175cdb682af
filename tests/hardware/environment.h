#pragma once
// A synchronous task, as the removed synchronous trainer drove it; kept for PointReachTask, the
// reference model test_sim_robots checks the point-reach robot plugin against. Not thread-safe.
#include <cstdint>
#include <string>
#include <vector>

#include "transition.h"

namespace lab {

struct EnvStep {
  Observation obs;
  bool success = false;  // the success detector (or operator) says the task is done
  bool failure = false;  // the failure detector says success is no longer possible: terminal
  bool timeout = false;  // the per-task step limit was reached without success
};

class Environment {
 public:
  virtual ~Environment() = default;
  virtual std::string name() const = 0;
  virtual int stateDim() const = 0;   // 0 when the task has no state vector
  virtual int imageSize() const = 0;  // 0 when the task has no camera
  virtual int actionDim() const = 0;
  virtual int maxEpisodeSteps() const = 0;
  // Start an episode from a start drawn from `seed` (same seed, same start).
  virtual Observation reset(std::uint64_t seed) = 0;
  // Apply a normalised action for one control period.
  virtual EnvStep step(const std::vector<float>& action) = 0;
  // The scripted expert's action in the current state; false when there is none.
  virtual bool expertAction(std::vector<float>& action) = 0;
};

}  // namespace lab
