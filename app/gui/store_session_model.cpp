#include "store_session_model.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

#include "controller_types.h"
#include "notice_error.h"
#include "operator_text.h"
#include "session_store.h"

namespace lab::ui {

namespace {
lab::SessionStore::Options readOnly() {
  lab::SessionStore::Options o;
  o.mode = lab::SessionStore::Mode::ReadOnly;
  o.quickCheck = false;  // the browser must open fast; the writer checked the file on open
  return o;
}
}  // namespace

std::unique_ptr<StoreSessionModel> StoreSessionModel::open(const QString& folder, Relabel relabel,
                                                           QString& error) {
  try {
    auto store = lab::SessionStore::open(folder, readOnly());
    const auto& m = store->meta();
    const QString created =
        m.createdMs > 0 ? QDateTime::fromMSecsSinceEpoch(m.createdMs).toString("yyyy-MM-dd hh:mm")
                        : QString();
    const QString title =
        QStringLiteral("%1 (%2), %3")
            .arg(m.robotName.isEmpty() ? m.robotId : m.robotName, m.robotId, created);
    return std::unique_ptr<StoreSessionModel>(
        new StoreSessionModel(folder, title, std::move(relabel)));
  } catch (const std::exception& e) {
    error = OperatorText::notice(lab::exceptionNotice(e));
    return nullptr;
  }
}

namespace {
// Evaluation episode i starts from seed kEvalSeedBase + i (EpisodeTerms), so the seed tells
// where each evaluation begins.
int evalIndexOf(const lab::EpisodeRow& e) {
  if (e.kind != QLatin1String("eval") || e.seed < lab::kEvalSeedBase) return -1;
  const std::uint64_t i = e.seed - lab::kEvalSeedBase;
  return i < 1000000 ? static_cast<int>(i) : -1;
}

QVector<SessionEpisode> episodesOf(const lab::SessionStore& store) {
  QVector<SessionEpisode> out;
  for (const auto& e : store.episodes()) {
    out.push_back({e.id, e.kind, e.label, e.labelledBy, e.steps, e.interventionSteps, e.startedMs,
                   evalIndexOf(e)});
  }
  return out;
}

// At most maxRows rows evenly spread over the table, the first and the last (where the run
// stands now) among them.
std::vector<lab::UpdateMetrics> thinnedMetrics(const lab::MetricsTable& table, int maxRows) {
  std::vector<lab::UpdateMetrics> out;
  const auto n = static_cast<int64_t>(table.rows.size());
  const int64_t keep = std::min<int64_t>(n, std::max(2, maxRows));
  for (int64_t k = 0; k < keep; ++k) {
    const int64_t i = keep == 1 ? 0 : (k * (n - 1) + (keep - 1) / 2) / (keep - 1);
    out.push_back(lab::UpdateMetrics::fromColumns(table.names, table.rows[i]));
  }
  return out;
}
}  // namespace

QVector<SessionEpisode> StoreSessionModel::episodes(QString& error) {
  try {
    return episodesOf(*lab::SessionStore::open(m_folder, readOnly()));
  } catch (const std::exception& e) {
    error = OperatorText::notice(lab::exceptionNotice(e));
  }
  return {};
}

SessionHistory StoreSessionModel::history(int maxMetricRows, QString& error) {
  SessionHistory out;
  try {
    auto store = lab::SessionStore::open(m_folder, readOnly());
    out.episodes = episodesOf(*store);
    out.metrics = thinnedMetrics(store->metricsSpread(maxMetricRows), maxMetricRows);
  } catch (const std::exception& e) {
    error = OperatorText::notice(lab::exceptionNotice(e));
  }
  return out;
}

QVector<SessionFrame> StoreSessionModel::frames(qint64 episodeId, QString& error) {
  QVector<SessionFrame> out;
  try {
    auto store = lab::SessionStore::open(m_folder, readOnly());
    const int side = store->meta().imageSize;
    int step = 0;
    for (const auto& s : store->transitions(episodeId)) {
      SessionFrame f;
      const auto& img = s.transition.obs.image;
      if (side > 0 && static_cast<int>(img.size()) == side * side) {
        f.image =
            QByteArray(reinterpret_cast<const char*>(img.data()), static_cast<int>(img.size()));
        f.width = f.height = side;
      }
      f.step = step++;
      f.q = s.values.q;
      f.hSig = s.values.hSig;
      f.gate = s.values.gate;
      f.intervention = s.intervention;
      out.push_back(std::move(f));
    }
    if (side <= 0 && !out.isEmpty()) {
      error = QCoreApplication::translate(
          "StoreSessionModel", "This session stores no camera images (state observations only)");
    }
  } catch (const std::exception& e) {
    error = OperatorText::notice(lab::exceptionNotice(e));
  }
  return out;
}

bool StoreSessionModel::relabel(qint64 episodeId, const QString& label, QString& error) {
  if (label != QLatin1String("success") && label != QLatin1String("failure")) {
    error = QCoreApplication::translate("StoreSessionModel",
                                        "Unknown label '%1': use success or failure")
                .arg(label);
    return false;
  }
  if (m_relabel && m_relabel(episodeId, label, error)) return true;
  if (!error.isEmpty()) return false;
  try {
    auto store = lab::SessionStore::open(m_folder);
    lab::LabelChange c;
    c.episodeId = episodeId;
    c.label = label;
    c.labelledBy = QStringLiteral("relabel");
    c.lastReward = label == QLatin1String("success") ? 1.0f : 0.0f;
    c.lastTerminal = label == QLatin1String("success");
    store->relabelEpisode(c);
    return true;
  } catch (const std::exception& e) {
    error = OperatorText::notice(lab::exceptionNotice(e));
    return false;
  }
}

}  // namespace lab::ui
