#pragma once
// PlotPanel: one QCustomPlot with named line series fed point by point. Appending never
// replots: it marks the panel dirty and its RedrawGate redraws at most every
// kReplotIntervalMs (5 per second), and not at all while the panel is hidden (it catches up
// once when shown). A redraw hands QCustomPlot only the points appended since the last one;
// the whole series is handed over again only after BoundedSeries thinned it (about every
// capacity()/4 points). Axis ranges come from per-series minima and maxima kept up to date the
// same way. Each series keeps at most capacity() points, so memory stays bounded.
// Why: nine panels replotting 25 times a second with full copies took the GUI thread's core.
// Thread: GUI thread only; feed it from queued signals.
#include <QColor>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <vector>

#include "bounded_series.h"
#include "redraw_gate.h"

class QCustomPlot;
class QCPItemText;

namespace lab::ui {

class PlotPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kReplotIntervalMs = 200;
  static constexpr int kDefaultCapacity = 4000;

  explicit PlotPanel(const QString& title, QWidget* parent = nullptr);

  // Returns the series index. `name` is shown in the legend (translate it before passing).
  int addSeries(const QString& name, const QColor& color, bool secondaryAxis = false);
  int seriesCount() const { return static_cast<int>(m_series.size()); }
  int seriesIndex(const QString& name) const;  // -1 if unknown
  QString title() const { return m_title; }
  void setAxisLabels(const QString& x, const QString& y);
  // Shown in the middle of the plot while no series has a point, so that a panel nothing has
  // fed yet says why it is empty instead of showing an axis from 0 to 5 (translate it first).
  void setEmptyText(const QString& text);
  bool emptyTextShown() const;  // as of the last redraw
  // Draw the series' points as dots too: a sparse series (one evaluation now and then) shows
  // from its first point, which a line alone does not. Every other series is drawn as a dot
  // while it holds a single point (the first episode's length, the first update's loss).
  void setSeriesDots(int series);
  bool seriesShowsDots(int series) const;  // as of the last redraw

  void append(int series, double x, double y);  // non-finite y is skipped (NaN from a run)
  void clear();
  void dropFrom(double x);  // every series' points with x >= `x` (BoundedSeries::dropFrom)

  void setCapacity(int maxPointsPerSeries);
  int capacity() const { return m_capacity; }
  int pointCount(int series) const;        // points held now (<= capacity())
  qint64 appendedCount(int series) const;  // points ever appended
  int plottedCount(int series) const;      // points in the plot after the last redraw
  int replotCount() const { return m_replots; }
  bool replotPending() const;     // a redraw is scheduled (only while shown)
  bool hasUnplottedData() const;  // appended points not drawn yet (e.g. while hidden)
  int fullResets() const { return m_fullResets; }  // series handed over whole (after thinning)

  QCustomPlot* plot() const { return m_plot; }
  // A fixed range for the primary value axis (rates and fractions: 0..1).
  void setFixedValueRange(double lower, double upper);

 public Q_SLOTS:
  void flush();  // redraw now if there is something new and the panel is shown

 private:
  struct Series {
    BoundedSeries data;
    int plotted = 0;          // leading points of `data` already in the graph
    int decimationsSeen = 0;  // data.decimations() at the last hand-over
    bool reset = true;        // hand the whole series over at the next redraw
    double lo = 0, hi = 0;    // y range of the points handed over
    bool dots = false;        // setSeriesDots: always
    bool loneDot = false;     // drawn as a dot now because it holds one point
  };
  void redraw();
  void sync(int index);  // hand series `index`'s new points to its graph
  void rescale();
  void showEmptyText();   // the empty text's visibility follows the held points
  void showLonePoints();  // a line needs two points: a series' only point is drawn as a dot

  QString m_title;
  QCustomPlot* m_plot;
  RedrawGate* m_gate;
  QCPItemText* m_emptyText = nullptr;
  std::vector<Series> m_series;
  int m_capacity = kDefaultCapacity;
  int m_replots = 0;
  int m_fullResets = 0;
  bool m_fixedRange = false;
  double m_fixedLower = 0, m_fixedUpper = 1;
};

}  // namespace lab::ui
