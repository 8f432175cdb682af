#include "episode_returns.h"

namespace lab {

void fillReturns(std::vector<Transition>& episode, double gamma) {
  double g = 0.0;
  for (auto it = episode.rbegin(); it != episode.rend(); ++it) {
    g = it->reward + (it->terminal ? 0.0 : gamma * g);
    it->mcReturn = static_cast<float>(g);
  }
}

}  // namespace lab
