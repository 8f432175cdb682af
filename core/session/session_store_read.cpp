// SessionStore reads. A step's next observation is rebuilt from the following step when its
// next_* columns are NULL (see writeEpisode), with a self-join on (episode_id, step + 1).
#include <QDir>
#include <algorithm>
#include <limits>

#include "session_store.h"
#include "store_schema.h"
#include "store_statement.h"

namespace lab {

using K = StoreError::Kind;

namespace {

const char* kEpisodeColumns =
    "id, kind, label, labelled_by, labelled_at_ms, seed, started_ms, ended_ms, steps, "
    "intervention_steps";

EpisodeRow episodeFrom(const store::Statement& q) {
  EpisodeRow r;
  r.id = q.int64(0);
  r.kind = q.text(1);
  r.label = q.text(2);
  r.labelledBy = q.text(3);
  r.labelledAtMs = q.int64(4);
  r.seed = static_cast<std::uint64_t>(q.int64(5));
  r.startedMs = q.int64(6);
  r.endedMs = q.int64(7);
  const int64_t steps = q.int64(8);  // out of int's range: -1, refused by the readers
  r.steps = steps < 0 || steps > std::numeric_limits<int>::max() ? -1 : static_cast<int>(steps);
  r.interventionSteps = static_cast<int>(q.int64(9));
  return r;
}

// The byte length each blob column of the step query must have, from the session's shapes.
struct StepShape {
  std::size_t image = 0, state = 0, action = 0;
};

// Columns 0..12 of the step query below. Every blob's length is checked against the session's
// shapes BEFORE it is copied: a damaged or crafted file must give a clear error, never a
// vector of the wrong size that a buffer or the exporter then reads past.
StepRecord stepFrom(const store::Statement& q, const StepShape& shape, const QString& path) {
  const auto check = [&](int col, const char* column, std::size_t want, const char* dims) {
    const std::size_t have = q.bytes(col);
    if (have == want) return;
    throw StoreError(K::Damaged, QString("%1 is damaged: episode %2 step %3: column '%4' holds "
                                         "%5 bytes, the session's %6 needs %7")
                                     .arg(path)
                                     .arg(q.int64(0))
                                     .arg(q.int64(1))
                                     .arg(column)
                                     .arg(have)
                                     .arg(dims)
                                     .arg(want));
  };
  check(2, "image", shape.image, "image_size");
  check(3, "state", shape.state, "state_dim");
  check(4, "action", shape.action, "action_dim");
  check(11, "next_image", shape.image, "image_size");
  check(12, "next_state", shape.state, "state_dim");
  StepRecord s;
  Transition& t = s.transition;
  t.obs.image = q.blobAs<std::uint8_t>(2);
  t.obs.state = q.blobAs<float>(3);
  t.action = q.blobAs<float>(4);
  t.reward = static_cast<float>(q.real(5));
  t.terminal = q.int64(6) != 0;
  s.intervention = q.int64(7) != 0;
  s.values.q = q.real(8);
  s.values.hSig = q.real(9);
  s.values.gate = q.real(10);
  t.next.image = q.blobAs<std::uint8_t>(11);
  t.next.state = q.blobAs<float>(12);
  return s;
}

QString inList(int n) {
  QStringList marks;
  for (int i = 0; i < n; ++i) marks << "?";
  return "(" + marks.join(", ") + ")";
}

}  // namespace

std::vector<EpisodeRow> SessionStore::episodes() const {
  store::Statement q(m_db, QString("SELECT %1 FROM episodes ORDER BY id").arg(kEpisodeColumns));
  std::vector<EpisodeRow> out;
  while (q.step()) out.push_back(episodeFrom(q));
  return out;
}

EpisodeRow SessionStore::episode(int64_t id) const {
  store::Statement q(m_db, QString("SELECT %1 FROM episodes WHERE id = ?").arg(kEpisodeColumns));
  q.bind(1, id);
  if (!q.step()) {
    throw StoreError(K::NotFound,
                     QString("the session %1 has no episode %2").arg(m_folder).arg(id));
  }
  return episodeFrom(q);
}

int64_t SessionStore::maxEpisodeId() const {
  store::Statement q(m_db, "SELECT COALESCE(MAX(id), 0) FROM episodes");
  return q.step() ? q.int64(0) : 0;
}

void SessionStore::visit(const QString& where, const std::function<void(store::Statement&)>& bind,
                         const StepVisitor& fn) const {
  store::Statement q(
      m_db,
      "SELECT t.episode_id, t.step, t.image, t.state, t.action, t.reward, t.terminal, "
      "t.intervention, t.q, t.h_sig, t.gate, "
      "COALESCE(t.next_image, n.image), COALESCE(t.next_state, n.state) "
      "FROM transitions t JOIN episodes e ON e.id = t.episode_id "
      "LEFT JOIN transitions n ON n.episode_id = t.episode_id AND n.step = t.step + 1 "
      "WHERE " +
          where + " ORDER BY t.episode_id, t.step");
  if (bind) bind(q);
  const std::size_t side = static_cast<std::size_t>(m_meta.imageSize);
  const StepShape shape{side * side, sizeof(float) * static_cast<std::size_t>(m_meta.stateDim),
                        sizeof(float) * static_cast<std::size_t>(m_meta.actionDim)};
  const QString path = databasePath();
  while (q.step()) {
    if (!fn(q.int64(0), static_cast<int>(q.int64(1)), stepFrom(q, shape, path))) break;
  }
}

std::vector<StepRecord> SessionStore::transitions(int64_t episodeId) const {
  std::vector<StepRecord> out;
  visit(
      "t.episode_id = ?", [&](store::Statement& q) { q.bind(1, episodeId); },
      [&](int64_t, int, const StepRecord& s) {
        out.push_back(s);
        return true;
      });
  return out;
}

void SessionStore::forEachExpertTransition(const StepVisitor& fn) const {
  visit("t.expert = 1", {}, fn);
}

void SessionStore::forEachOnlineTransition(const StepVisitor& fn,
                                           const QStringList& onlineKinds) const {
  if (onlineKinds.isEmpty()) return;
  visit(
      "e.kind IN " + inList(onlineKinds.size()),
      [&](store::Statement& q) {
        for (int i = 0; i < onlineKinds.size(); ++i) q.bind(i + 1, onlineKinds[i]);
      },
      fn);
}

int64_t SessionStore::transitionCount(const QStringList& kinds) const {
  QString sql = "SELECT COUNT(*) FROM transitions t JOIN episodes e ON e.id = t.episode_id";
  if (!kinds.isEmpty()) sql += " WHERE e.kind IN " + inList(kinds.size());
  store::Statement q(m_db, sql);
  for (int i = 0; i < kinds.size(); ++i) q.bind(i + 1, kinds[i]);
  return q.step() ? q.int64(0) : 0;
}

std::vector<CheckpointRow> SessionStore::latestCheckpoints(int limit) const {
  store::Statement q(m_db,
                     "SELECT id, file, step, checksum, reason, created_ms FROM checkpoints "
                     "ORDER BY step DESC, id DESC LIMIT ?");
  q.bind(1, limit);
  std::vector<CheckpointRow> out;
  while (q.step()) {
    CheckpointRow c;
    c.id = q.int64(0);
    const QString stored = q.text(1);
    c.refused = checkpointPathProblem(m_folder, stored);
    // Relative rows resolve to the folder; a refused one keeps its text for the message.
    c.file = c.refused.isEmpty() ? QDir(m_folder).absoluteFilePath(stored) : stored;
    c.step = q.int64(2);
    c.checksum = q.text(3).toLatin1();
    c.reason = q.text(4);
    c.createdMs = q.int64(5);
    out.push_back(c);
  }
  return out;
}

MetricsTable SessionStore::metrics(int64_t fromStep) const {
  return readMetrics("step >= ?1", {fromStep});
}

MetricsTable SessionStore::metricsSpread(int maxRows) const {
  store::Statement range(m_db, "SELECT MIN(step), MAX(step) FROM metrics");
  if (!range.step() || range.isNull(0)) return {};
  const int64_t first = range.int64(0), last = range.int64(1);
  const int64_t every = std::max<int64_t>(1, (last - first + maxRows) / std::max(1, maxRows));
  // Whole multiples of `every` thin in SQLite, so a long run's table is never held whole.
  return readMetrics("step % ?1 = 0 OR step = ?2 OR step = ?3", {every, first, last});
}

MetricsTable SessionStore::readMetrics(const QString& where,
                                       const std::vector<int64_t>& binds) const {
  MetricsTable t;
  const QStringList have = StoreSchema::columns(m_db, "metrics");
  for (const QString& n : UpdateMetrics::names()) {
    if (have.contains(n)) t.names << n;
  }
  store::Statement q(
      m_db,
      QString("SELECT %1 FROM metrics WHERE %2 ORDER BY step").arg(t.names.join(", "), where));
  for (std::size_t i = 0; i < binds.size(); ++i) q.bind(static_cast<int>(i) + 1, binds[i]);
  while (q.step()) {
    std::vector<double> row(t.names.size());
    for (int i = 0; i < t.names.size(); ++i) {
      row[i] = q.isNull(i) ? std::numeric_limits<double>::quiet_NaN() : q.real(i);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

std::vector<EventRow> SessionStore::events(int limit) const {
  store::Statement q(m_db,
                     "SELECT id, time_ms, level, source, message FROM (SELECT * FROM events "
                     "ORDER BY id DESC LIMIT ?) ORDER BY id");
  q.bind(1, limit);
  std::vector<EventRow> out;
  while (q.step()) {
    EventRow e;
    e.id = q.int64(0);
    e.timeMs = q.int64(1);
    e.level = q.text(2);
    e.source = q.text(3);
    e.message = q.text(4);
    out.push_back(e);
  }
  return out;
}

}  // namespace lab
