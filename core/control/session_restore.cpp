#include "session_restore.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

#include "learner_worker.h"
#include "sac_config.h"

namespace lab {

std::vector<SessionRestore::Item> SessionRestore::plan(const std::vector<EpisodeRow>& episodes,
                                                       const std::vector<int64_t>& teachingDemos,
                                                       const SacConfig& config) {
  int64_t replayLeft = config.replayCapacity, expertLeft = config.expertCapacity;
  std::vector<Item> items;
  for (auto e = episodes.rbegin(); e != episodes.rend(); ++e) {
    const bool demo = e->kind == "demo" && std::find(teachingDemos.begin(), teachingDemos.end(),
                                                     e->id) != teachingDemos.end();
    const bool train = e->kind == "train";
    if ((!demo && !train) || e->steps <= 0) continue;
    const int replaySteps = train || config.demoToReplay ? e->steps : 0;
    const int expertSteps = demo ? e->steps : e->interventionSteps;
    Item item{e->id, replayLeft > 0 && replaySteps > 0, expertLeft > 0 && expertSteps > 0};
    if (item.toReplay) replayLeft -= replaySteps;
    if (item.toExpert) expertLeft -= expertSteps;
    if (item.toReplay || item.toExpert) items.push_back(item);
    if (replayLeft <= 0 && expertLeft <= 0) break;
  }
  std::reverse(items.begin(), items.end());
  return items;
}

namespace {
int64_t stepBytes(const StepRecord& s) {
  const Transition& t = s.transition;
  return int64_t(sizeof(StepRecord)) + int64_t(t.obs.image.size() + t.next.image.size()) +
         int64_t(sizeof(float)) * int64_t(t.obs.state.size() + t.next.state.size() +
                                          t.action.size() + s.robotState.size());
}
}  // namespace

SessionRestore::Counts SessionRestore::run(const std::vector<EpisodeRow>& episodes,
                                           const std::vector<Item>& plan, const ReadSteps& read,
                                           LearnerPort& learner, int64_t maxBytesInFlight,
                                           int timeoutMs) {
  std::unordered_map<int64_t, const EpisodeRow*> rows;
  Counts counts;
  for (const auto& e : episodes) {
    rows[e.id] = &e;
    if (e.kind == "train" || e.kind == "demo") counts.stepsStored += e.steps;
  }
  int64_t steps = 0, bytes = 0;
  auto drain = [&] {
    if (!learner.waitIdle(timeoutMs)) {
      throw NoticeError(Notice(NoticeCode::RestoreTimeout, timeoutMs / 1000));
    }
    steps = bytes = 0;
  };
  for (const auto& item : plan) {
    const auto it = rows.find(item.id);
    if (it == rows.end()) continue;
    const EpisodeRow& row = *it->second;
    EpisodeRecord rec;
    rec.id = row.id;
    rec.kind = row.kind;
    rec.label = row.label;
    rec.labelledBy = row.labelledBy;
    rec.seed = row.seed;
    rec.startedMs = row.startedMs;
    rec.endedMs = row.endedMs;
    rec.steps = read(row.id);
    ++counts.episodesRead;
    counts.stepsRead += static_cast<int64_t>(rec.steps.size());
    steps += static_cast<int64_t>(rec.steps.size());
    for (const auto& s : rec.steps) bytes += stepBytes(s);
    counts.peakStepsInFlight = std::max(counts.peakStepsInFlight, steps);
    counts.peakBytesInFlight = std::max(counts.peakBytesInFlight, bytes);
    learner.postRestoredEpisode(std::move(rec), item.toReplay, item.toExpert);
    if (bytes >= maxBytesInFlight) drain();
  }
  drain();
  return counts;
}

}  // namespace lab
