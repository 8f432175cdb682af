#pragma once
// TrainingPlots: the learning curves of a run, one PlotPanel per group:
//   q        Q1, Q2 and target (per learner update)
//   entropy  H_sig and the raw entropy -log pi
//   gate     gate-open fraction of the expert batch
//   bc_ood   gated BC term and OOD (CQL) term
//   losses   critic, actor, alpha losses
//   alpha    entropy temperature
//   success  success rate over the last kSuccessWindow labelled episodes (training, evaluation)
//   length   steps per episode
//   updates  learner updates per second
// x is the learner update count for learner metrics and the episode number for episode ones.
// Thread: GUI thread; connect the controller's signals with queued connections.
#include <QMap>
#include <QString>
#include <QWidget>
#include <deque>

#include "controller_types.h"
#include "update_metrics.h"

namespace lab::ui {

class PlotPanel;

class TrainingPlots : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kSuccessWindow = 20;

  explicit TrainingPlots(QWidget* parent = nullptr);

  PlotPanel* panel(const QString& key) const;  // keys above; null if unknown
  QStringList panelKeys() const { return m_order; }
  int episodesSeen() const { return m_episodes; }

 public Q_SLOTS:
  void addMetrics(const lab::UpdateMetrics& m);
  void addEpisode(const lab::EpisodeSummary& episode);
  void addEvaluation(const lab::EvaluationResult& result);
  void clear();  // also done by addMetrics when the update count goes back (a new learner)

 private:
  PlotPanel* makePanel(const QString& key, const QString& title);

  QMap<QString, PlotPanel*> m_panels;
  QStringList m_order;
  std::deque<bool> m_recent;  // last labelled training episodes: success?
  int m_episodes = 0;
  qint64 m_lastStep = -1;
};

}  // namespace lab::ui
