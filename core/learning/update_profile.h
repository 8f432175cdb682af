#pragma once
// Where a learner update's wall time goes, phase by phase (`sigent-lab bench learner` prints
// it). SigEntSac marks the end of each phase when a profile is attached; without one the marks
// cost a branch.
#include <array>
#include <chrono>

namespace lab {

class UpdateProfile {
 public:
  enum Phase {
    Sampling,       // replay and expert batches
    Augmentation,   // random shifts of the images
    Encoder,        // conv encoder forward passes (critic step)
    Target,         // next action and target Q, no gradient
    CriticForward,  // Q at the data action and the OOD samples, the losses
    CriticBackward,
    CriticOptimiser,  // gradient norm and Adam step
    Actor,            // actor and BC forward and backward (expert frames encoded here)
    ActorOptimiser,   // gradient norm, Adam step, temperature
    TargetUpdate,     // Polyak averaging of the target networks
    Metrics,          // the numbers the window plots
    kPhases
  };
  static const char* name(Phase p);

  // Starts the clock of an update; each mark() charges the time since the last mark to `p`.
  void begin() { m_last = Clock::now(); }
  void mark(Phase p) {
    const auto now = Clock::now();
    m_ms[p] += std::chrono::duration<double, std::milli>(now - m_last).count();
    m_last = now;
  }
  void endUpdate() { ++m_updates; }
  // Mean ms per update spent in `p`.
  double msPerUpdate(Phase p) const { return m_updates ? m_ms[p] / m_updates : 0.0; }
  int updates() const { return m_updates; }

 private:
  using Clock = std::chrono::steady_clock;
  std::array<double, kPhases> m_ms{};
  Clock::time_point m_last;
  int m_updates = 0;
};

}  // namespace lab
