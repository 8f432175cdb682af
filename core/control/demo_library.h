#pragma once
// The session's demos as the robot loop sees them: the newest, which Replay plays from its
// start seed with its actions, and the ids of those that teach (in the expert buffer): the
// newest demosKept, oldest first. Recording again beyond demosKept replaces the oldest.
// Robot thread only.
#include <cstdint>
#include <deque>
#include <vector>

#include "store_types.h"

namespace lab {

class DemoLibrary {
 public:
  struct Demo {
    int64_t id = -1;  // -1: none recorded
    std::uint64_t seed = 0;
    std::vector<std::vector<float>> actions;
  };

  void clear();
  // A reopened session: of its demos with steps, the newest `kept` (at least 1) teach. The
  // newest demo's actions are the caller's to read (newestRecorded) and set (setNewest).
  void restore(const std::vector<EpisodeRow>& episodes, int kept);
  void setNewest(Demo demo) { m_newest = std::move(demo); }
  // The newest demo with steps among `episodes` (oldest first), or null.
  static const EpisodeRow* newestRecorded(const std::vector<EpisodeRow>& episodes);

  // A recorded demo: the newest now, and teaching. Returns the ids it replaces (beyond `kept`,
  // at least 1), oldest first: they leave the expert buffer.
  std::vector<int64_t> add(Demo demo, int kept);

  bool has() const { return m_newest.id >= 0; }
  const Demo& newest() const { return m_newest; }
  const std::deque<int64_t>& teaching() const { return m_teaching; }

 private:
  Demo m_newest;
  std::deque<int64_t> m_teaching;  // oldest first
};

}  // namespace lab
