#pragma once
// EpisodeStepPlot: the current episode's per-step values from the learner (min Q, H_sig, gate)
// drawn against the step index, with markers for intervention steps and for the episode's
// label, and a vertical cursor at the step the camera view shows. A StepPoint of a new episode
// clears the plot. Redraws go through a RedrawGate: at most one per kReplotIntervalMs (10 per
// second, the camera's cursor moves once per control step, up to 100 per second in lockstep),
// none while hidden. Axis ranges come from extremes kept as points arrive, not from a walk over
// the episode at every redraw. Before the first episode (and after clearEpisode) it says so.
// Thread: GUI thread only.
#include <QString>
#include <QWidget>

#include "controller_types.h"
#include "redraw_gate.h"

class QCustomPlot;
class QCPItemStraightLine;
class QCPItemText;

namespace lab::ui {

class EpisodeStepPlot : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kReplotIntervalMs = 100;
  explicit EpisodeStepPlot(QWidget* parent = nullptr);

  qint64 episode() const { return m_episode; }
  int pointCount() const;         // steps with values in the current episode
  int interventionCount() const;  // intervention markers
  int labelMarkerCount() const { return m_labelMarkers; }
  int cursorStep() const { return m_cursorStep; }
  bool emptyTextShown() const;                 // "No episode yet", as of the last redraw
  double valueAt(int step, int series) const;  // series 0 = Q, 1 = H_sig, 2 = gate; NaN if none
  QCustomPlot* plot() const { return m_plot; }
  int replotCount() const { return m_gate->redraws(); }
  bool replotPending() const { return m_gate->pending(); }

 public Q_SLOTS:
  void addStepPoint(const lab::StepPoint& point);
  // The camera shows `step` of `episode`: move the cursor. A new episode clears the plot, and so
  // does a step behind the cursor in the same one (a discarded recording's id is used again).
  void setCursor(qint64 episode, int step);
  // The episode got its label (success / failure / timeout): a marker at its last step.
  void addLabelMarker(const QString& label);
  void clearEpisode();
  void flush();  // redraw now if there is something new and the plot is shown

 private:
  void startEpisode(qint64 episode);
  void schedule();
  void redraw();

  QCustomPlot* m_plot;
  QCPItemStraightLine* m_cursor;
  QCPItemText* m_emptyText;
  RedrawGate* m_gate;
  double m_qLo = 0, m_qHi = 0, m_hSigMax = 1.0;  // over the episode's points
  qint64 m_episode = -1;
  int m_cursorStep = -1;
  int m_lastStep = -1;
  int m_labelMarkers = 0;
};

}  // namespace lab::ui
