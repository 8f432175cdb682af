#pragma once
// Rebuilds the learner's buffers from a reopened session in bounded memory. The buffers are
// rings: of everything stored they keep the newest replay_capacity (expert_capacity)
// transitions, so only the episodes that still reach into those are read, oldest first, one
// episode at a time, and the reader waits for the learner whenever `maxBytesInFlight` of steps
// are read and not yet in a buffer. A session of a million image transitions reopens in the
// memory its capacity needs, not in what the database holds.
#include <QString>
#include <cstdint>
#include <functional>
#include <vector>

#include "episode_record.h"
#include "store_types.h"

namespace lab {

class LearnerPort;
struct SacConfig;

class SessionRestore {
 public:
  struct Item {
    int64_t id = -1;
    bool toReplay = false, toExpert = false;
  };
  struct Counts {
    int64_t episodesRead = 0;
    int64_t stepsRead = 0;
    int64_t stepsStored = 0;        // training and demo steps in the database
    int64_t peakStepsInFlight = 0;  // read and not yet known to be in a buffer, at most
    int64_t peakBytesInFlight = 0;
  };

  // Which episodes to read, oldest first, and which buffer each may reach: training episodes
  // feed the replay buffer (their intervention steps the expert buffer), the teaching demos
  // the expert buffer (and replay with demo_to_replay); walking back from the newest, an
  // episode is read while a buffer it feeds is not yet full of newer data. Rows as
  // SessionRecorder::load gives them.
  static std::vector<Item> plan(const std::vector<EpisodeRow>& episodes,
                                const std::vector<int64_t>& teachingDemos, const SacConfig& config);

  using ReadSteps = std::function<std::vector<StepRecord>(int64_t episodeId)>;
  // Reads each planned episode through `read` and posts it to `learner`
  // (postRestoredEpisode), waiting for the learner to take what was posted whenever
  // `maxBytesInFlight` is reached (and at the end). The learner must be running. Throws
  // std::runtime_error when the learner does not take them within `timeoutMs` per wait.
  static Counts run(const std::vector<EpisodeRow>& episodes, const std::vector<Item>& plan,
                    const ReadSteps& read, LearnerPort& learner,
                    int64_t maxBytesInFlight = int64_t(64) << 20, int timeoutMs = 600000);
};

}  // namespace lab
