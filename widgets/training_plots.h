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
// x is the learner update count for learner metrics and the episode number for episode ones
// (each panel's x-axis label says which); a panel nothing has fed yet says so in its middle.
// A stored session's curves (showHistory) come first and the live points continue them: while
// the history loads (holdLive), live points wait in order, so the curves never interleave.
// Thread: GUI thread; connect the controller's signals with queued connections.
#include <QMap>
#include <QString>
#include <QWidget>
#include <deque>
#include <variant>
#include <vector>

#include "controller_types.h"
#include "session_model.h"
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
  bool holdingLive() const { return m_holding; }
  int heldCount() const { return static_cast<int>(m_held.size()); }

  // Live points wait from now until showHistory() or releaseLive(); past kMaxHeld of them they
  // are drawn without the history (a history that never came must not swallow a run).
  static constexpr int kMaxHeld = 20000;
  void holdLive();
  // Clears the curves and draws `history` (episodes in order, an evaluation after each run of
  // evaluation episodes, metrics), then any held live points.
  void showHistory(const lab::ui::SessionHistory& history);
  void releaseLive();  // the history will not come: draw the held points

 public Q_SLOTS:
  void addMetrics(const lab::UpdateMetrics& m);
  void addEpisode(const lab::EpisodeSummary& episode);
  void addEvaluation(const lab::EvaluationResult& result);
  // Everything, held points too. A learner whose update count goes back (resumed from an
  // earlier checkpoint, or a new one) only drops the learner curves from its count on.
  void clear();

 private:
  using Live = std::variant<lab::UpdateMetrics, lab::EpisodeSummary, lab::EvaluationResult>;
  PlotPanel* makePanel(const QString& key, const QString& title);
  bool held(const Live& item);  // true when kept for later
  void draw(const Live& item);
  void drawMetrics(const lab::UpdateMetrics& m);
  void drawEpisode(const lab::EpisodeSummary& e);
  void drawEvaluation(const lab::EvaluationResult& r);
  void drawHeld();

  QMap<QString, PlotPanel*> m_panels;
  QStringList m_order;
  std::deque<bool> m_recent;  // last labelled training episodes: success?
  int m_episodes = 0;
  qint64 m_lastStep = -1;
  bool m_holding = false;
  std::vector<Live> m_held;
};

}  // namespace lab::ui
