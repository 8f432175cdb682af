// SessionStore writes: each call is one transaction (BEGIN IMMEDIATE ... COMMIT) that ends
// before the call returns, so the robot loop's writer never holds the lock across calls.
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <cmath>

#include "session_store.h"
#include "store_statement.h"

namespace lab {

using K = StoreError::Kind;

namespace {

int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

void checkSize(std::size_t have, int want, int64_t episode, int step, const char* field,
               const char* dimName) {
  if (have == static_cast<std::size_t>(want)) return;
  throw StoreError(K::BadInput, QString("episode %1 step %2: %3 has %4 values, but the "
                                        "session's %5 is %6")
                                    .arg(episode)
                                    .arg(step)
                                    .arg(field)
                                    .arg(have)
                                    .arg(dimName)
                                    .arg(want));
}

}  // namespace

int64_t SessionStore::writeEpisode(const EpisodeRecord& ep) {
  requireWritable("store an episode");
  const int64_t shownId = ep.id;
  if (!knownKinds().contains(ep.kind)) {
    throw StoreError(K::BadInput, QString("episode %1: unknown kind '%2' (known: %3)")
                                      .arg(shownId)
                                      .arg(ep.kind, knownKinds().join(", ")));
  }
  if (!knownLabels().contains(ep.label)) {
    throw StoreError(K::BadInput, QString("episode %1: unknown label '%2' (known: success, "
                                          "failure, timeout or empty)")
                                      .arg(shownId)
                                      .arg(ep.label));
  }
  // Validate everything before touching the file: a bad episode leaves no trace.
  const int pixels = m_meta.imageSize * m_meta.imageSize;
  for (int i = 0; i < static_cast<int>(ep.steps.size()); ++i) {
    const Transition& t = ep.steps[i].transition;
    checkSize(t.obs.image.size(), pixels, shownId, i, "image", "image_size^2");
    checkSize(t.obs.state.size(), m_meta.stateDim, shownId, i, "state", "state_dim");
    checkSize(t.action.size(), m_meta.actionDim, shownId, i, "action", "action_dim");
    checkSize(t.next.image.size(), pixels, shownId, i, "next image", "image_size^2");
    checkSize(t.next.state.size(), m_meta.stateDim, shownId, i, "next state", "state_dim");
    if (!std::isfinite(t.reward)) {
      throw StoreError(
          K::BadInput,
          QString("episode %1 step %2: reward is not a finite number").arg(shownId).arg(i));
    }
  }

  const QString ctx = QString("storing episode %1 in %2").arg(shownId).arg(databasePath());
  store::Transaction tx(m_db, ctx);
  if (ep.id >= 0) {
    store::Statement taken(m_db, "SELECT 1 FROM episodes WHERE id = ?");
    taken.bind(1, ep.id);
    if (taken.step()) {
      throw StoreError(
          K::BadInput,
          QString("episode %1 is already stored in %2").arg(ep.id).arg(databasePath()));
    }
  }
  store::Statement e(m_db,
                     "INSERT INTO episodes(id, kind, label, labelled_by, labelled_at_ms, seed, "
                     "started_ms, ended_ms, steps, intervention_steps) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (ep.id >= 0) {
    e.bind(1, ep.id);
  } else {
    e.bindNull(1);
  }
  e.bind(2, ep.kind).bind(3, ep.label).bind(4, ep.labelledBy);
  e.bind(5, ep.label.isEmpty() ? int64_t(0) : (ep.endedMs > 0 ? ep.endedMs : nowMs()));
  e.bind(6, static_cast<int64_t>(ep.seed)).bind(7, ep.startedMs).bind(8, ep.endedMs);
  e.bind(9, static_cast<int>(ep.steps.size())).bind(10, ep.interventionSteps());
  e.run();
  const int64_t id = sqlite3_last_insert_rowid(m_db);

  store::Statement t(m_db,
                     "INSERT INTO transitions(episode_id, step, image, state, action, reward, "
                     "terminal, intervention, expert, q, h_sig, gate, next_image, next_state) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  const bool demo = ep.kind == "demo";
  const int n = static_cast<int>(ep.steps.size());
  for (int i = 0; i < n; ++i) {
    const StepRecord& s = ep.steps[i];
    const Transition& tr = s.transition;
    // next_* is NULL when it equals the following step's observation (the usual case): half
    // the image bytes. The last step always keeps its own next observation.
    const Observation* following = i + 1 < n ? &ep.steps[i + 1].transition.obs : nullptr;
    const bool nextImageShared = following && following->image == tr.next.image;
    const bool nextStateShared = following && following->state == tr.next.state;
    t.bind(1, id).bind(2, i);
    t.bindBlob(3, tr.obs.image.data(), tr.obs.image.size());
    t.bindBlob(4, tr.obs.state.data(), tr.obs.state.size() * sizeof(float));
    t.bindBlob(5, tr.action.data(), tr.action.size() * sizeof(float));
    t.bind(6, static_cast<double>(tr.reward)).bind(7, tr.terminal ? 1 : 0);
    t.bind(8, s.intervention ? 1 : 0).bind(9, (demo || s.intervention) ? 1 : 0);
    t.bind(10, s.values.q).bind(11, s.values.hSig).bind(12, s.values.gate);
    if (nextImageShared) {
      t.bindNull(13);
    } else {
      t.bindBlob(13, tr.next.image.data(), tr.next.image.size());
    }
    if (nextStateShared) {
      t.bindNull(14);
    } else {
      t.bindBlob(14, tr.next.state.data(), tr.next.state.size() * sizeof(float));
    }
    t.run();
  }
  tx.commit();
  return id;
}

void SessionStore::setLabel(const LabelChange& c) {
  requireWritable("change a label");
  if (!knownLabels().contains(c.label)) {
    throw StoreError(K::BadInput, QString("episode %1: unknown label '%2' (known: success, "
                                          "failure, timeout or empty)")
                                      .arg(c.episodeId)
                                      .arg(c.label));
  }
  if (!std::isfinite(c.lastReward)) {
    throw StoreError(K::BadInput,
                     QString("episode %1: the new reward is not a finite number").arg(c.episodeId));
  }
  const QString ctx = QString("labelling episode %1 in %2").arg(c.episodeId).arg(databasePath());
  store::Transaction tx(m_db, ctx);
  store::Statement e(m_db,
                     "UPDATE episodes SET label = ?, labelled_by = ?, labelled_at_ms = ? "
                     "WHERE id = ?");
  e.bind(1, c.label).bind(2, c.labelledBy).bind(3, nowMs()).bind(4, c.episodeId).run();
  if (sqlite3_changes(m_db) == 0) {
    throw StoreError(K::NotFound, QString("cannot label episode %1: the session %2 has no such "
                                          "episode")
                                      .arg(c.episodeId)
                                      .arg(m_folder));
  }
  store::Statement t(m_db,
                     "UPDATE transitions SET reward = ?, terminal = ? WHERE episode_id = ? "
                     "AND step = (SELECT MAX(step) FROM transitions WHERE episode_id = ?)");
  t.bind(1, static_cast<double>(c.lastReward)).bind(2, c.lastTerminal ? 1 : 0);
  t.bind(3, c.episodeId).bind(4, c.episodeId).run();
  tx.commit();
}

void SessionStore::appendMetrics(const std::vector<UpdateMetrics>& batch) {
  requireWritable("store training metrics");
  if (batch.empty()) return;
  const QStringList names = UpdateMetrics::names();
  QStringList marks;
  for (int i = 0; i < names.size(); ++i) marks << "?";
  store::Transaction tx(m_db, "storing training metrics in " + databasePath());
  store::Statement q(m_db, QString("INSERT OR REPLACE INTO metrics(%1) VALUES (%2)")
                               .arg(names.join(", "), marks.join(", ")));
  for (const UpdateMetrics& m : batch) {
    const std::vector<double> v = m.values();
    q.bind(1, m.step);  // step is the key: bind it as an integer, not a double
    for (int i = 1; i < static_cast<int>(v.size()); ++i) {
      // SQLite stores NaN as NULL; metrics() reads NULL back as NaN.
      if (std::isnan(v[i])) {
        q.bindNull(i + 1);
      } else {
        q.bind(i + 1, v[i]);
      }
    }
    q.run();
  }
  tx.commit();
}

int64_t SessionStore::addCheckpoint(const CheckpointRow& c) {
  requireWritable("record a checkpoint");
  if (c.file.isEmpty() || c.checksum.isEmpty()) {
    throw StoreError(K::BadInput, "a checkpoint needs a file and a checksum");
  }
  // Stored relative to the session folder, so a moved folder still works; a file outside it is
  // refused here as it would be when read back (checkpointPathProblem).
  const QString abs = QFileInfo(c.file).isAbsolute() ? c.file : QDir(m_folder).filePath(c.file);
  const QString file = QDir(m_folder).relativeFilePath(abs);
  const QString problem = checkpointPathProblem(m_folder, file);
  if (!problem.isEmpty()) throw StoreError(K::BadInput, problem);
  store::Transaction tx(m_db, "recording a checkpoint in " + databasePath());
  store::Statement q(m_db,
                     "INSERT INTO checkpoints(file, step, checksum, reason, created_ms) "
                     "VALUES (?, ?, ?, ?, ?)");
  q.bind(1, file).bind(2, c.step).bind(3, QString::fromLatin1(c.checksum)).bind(4, c.reason);
  q.bind(5, c.createdMs > 0 ? c.createdMs : nowMs()).run();
  const int64_t id = sqlite3_last_insert_rowid(m_db);
  tx.commit();
  return id;
}

int64_t SessionStore::logEvent(const QString& level, const QString& source,
                               const QString& message) {
  requireWritable("log an event");
  static const QStringList kLevels = {"debug", "info", "warning", "error"};
  if (!kLevels.contains(level)) {
    throw StoreError(
        K::BadInput,
        QString("unknown event level '%1' (known: %2)").arg(level, kLevels.join(", ")));
  }
  store::Transaction tx(m_db, "logging an event in " + databasePath());
  store::Statement q(m_db,
                     "INSERT INTO events(time_ms, level, source, message) "
                     "VALUES (?, ?, ?, ?)");
  q.bind(1, nowMs()).bind(2, level).bind(3, source).bind(4, message).run();
  const int64_t id = sqlite3_last_insert_rowid(m_db);
  tx.commit();
  return id;
}

void SessionStore::updateConfig(const QJsonObject& config) {
  requireWritable("change the configuration");
  store::Transaction tx(m_db, "storing the configuration in " + databasePath());
  store::Statement q(m_db, "UPDATE session SET config_json = ? WHERE id = 1");
  q.bind(1, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))).run();
  tx.commit();
  m_meta.config = config;
}

}  // namespace lab
