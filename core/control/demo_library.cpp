#include "demo_library.h"

#include <algorithm>

namespace lab {

void DemoLibrary::clear() {
  m_newest = Demo{};
  m_teaching.clear();
}

namespace {
bool recorded(const EpisodeRow& e) { return e.kind == "demo" && e.steps > 0; }
}  // namespace

void DemoLibrary::restore(const std::vector<EpisodeRow>& episodes, int kept) {
  clear();
  for (const auto& e : episodes) {
    if (recorded(e)) m_teaching.push_back(e.id);
  }
  const std::size_t keep = static_cast<std::size_t>(std::max(1, kept));
  if (m_teaching.size() > keep) m_teaching.erase(m_teaching.begin(), m_teaching.end() - keep);
}

const EpisodeRow* DemoLibrary::newestRecorded(const std::vector<EpisodeRow>& episodes) {
  for (auto it = episodes.rbegin(); it != episodes.rend(); ++it) {
    if (recorded(*it)) return &*it;
  }
  return nullptr;
}

std::vector<int64_t> DemoLibrary::add(Demo demo, int kept) {
  m_teaching.push_back(demo.id);
  std::vector<int64_t> dropped;
  while (static_cast<int>(m_teaching.size()) > std::max(1, kept)) {
    dropped.push_back(m_teaching.front());
    m_teaching.pop_front();
  }
  m_newest = std::move(demo);
  return dropped;
}

}  // namespace lab
