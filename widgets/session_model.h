#pragma once
// What the session browser needs from a stored session, torch-free. The app implements it over
// core's SessionStore (app/gui/store_session_model.h); tests implement it in memory.
// Threads: the factory and every call run on QThreadPool threads (never the GUI thread), and
// two calls may overlap (a reload while frames load), so an implementation must not share a
// database connection between calls.
// Errors: return false / an empty list and set `error` in plain words.
#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <functional>
#include <memory>
#include <vector>

#include "update_metrics.h"

namespace lab::ui {

struct SessionEpisode {
  qint64 id = -1;
  QString kind;        // "demo", "train", "eval", ...
  QString label;       // "success", "failure", "timeout", ""
  QString labelledBy;  // "operator", "detector", "relabel", ...
  int steps = 0;
  int interventionSteps = 0;
  qint64 startedMs = 0;  // ms since epoch
  // An evaluation episode's place in its evaluation (0: it begins one), so two evaluations with
  // no training between them read as two; -1 where not known or not an evaluation episode.
  int evalIndex = -1;
};

struct SessionFrame {
  QByteArray image;  // grayscale, width*height bytes (the observation of this step)
  int width = 0, height = 0;
  int step = 0;
  double q = 0, hSig = 0, gate = 0;  // the learner's values stored with the step
  bool intervention = false;
};

// What the learning curves show of a stored session: its episodes and its learner metrics.
struct SessionHistory {
  QVector<SessionEpisode> episodes;         // oldest first
  std::vector<lab::UpdateMetrics> metrics;  // by step; thinned evenly to at most the asked rows
};

class SessionModel {
 public:
  virtual ~SessionModel() = default;
  virtual QString folder() const = 0;
  virtual QString title() const = 0;  // e.g. "push-cube, 2024-05-01 10:22"
  virtual QVector<SessionEpisode> episodes(QString& error) = 0;
  virtual QVector<SessionFrame> frames(qint64 episodeId, QString& error) = 0;
  // label: "success" or "failure". May complete later (the controller's writer): the browser
  // re-reads the episodes when reload() is called.
  virtual bool relabel(qint64 episodeId, const QString& label, QString& error) = 0;
  // The curves of the session so far; the last metrics row is always kept when thinning.
  virtual SessionHistory history(int maxMetricRows, QString& error) = 0;
};

// Opens the session in `folder`; null with `error` set when it cannot.
using SessionModelFactory =
    std::function<std::unique_ptr<SessionModel>(const QString& folder, QString& error)>;

}  // namespace lab::ui

Q_DECLARE_METATYPE(lab::ui::SessionHistory)
