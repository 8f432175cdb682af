#pragma once
// PlotPanel: one QCustomPlot with named line series fed point by point. Appending never
// replots: it marks the panel dirty and a ~40 ms single-shot timer redraws once with
// rpQueuedReplot, so a learner reporting hundreds of updates per second costs at most 25
// redraws per second. Each series keeps at most capacity() points (BoundedSeries thins the
// older ones), so memory stays bounded over a run of any length.
// Thread: GUI thread only; feed it from queued signals.
#include <QColor>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <vector>

#include "bounded_series.h"

class QCustomPlot;

namespace lab::ui {

class PlotPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kReplotIntervalMs = 40;
  static constexpr int kDefaultCapacity = 4000;

  explicit PlotPanel(const QString& title, QWidget* parent = nullptr);

  // Returns the series index. `name` is shown in the legend (translate it before passing).
  int addSeries(const QString& name, const QColor& color, bool secondaryAxis = false);
  int seriesCount() const { return static_cast<int>(m_series.size()); }
  int seriesIndex(const QString& name) const;  // -1 if unknown
  QString title() const { return m_title; }
  void setAxisLabels(const QString& x, const QString& y);

  void append(int series, double x, double y);  // non-finite y is skipped (NaN from a run)
  void clear();

  void setCapacity(int maxPointsPerSeries);
  int capacity() const { return m_capacity; }
  int pointCount(int series) const;         // points held now (<= capacity())
  qint64 appendedCount(int series) const;   // points ever appended
  int plottedCount(int series) const;       // points in the plot after the last redraw
  int replotCount() const { return m_replots; }
  bool replotPending() const { return m_timer.isActive(); }

  QCustomPlot* plot() const { return m_plot; }
  // A fixed range for the primary value axis (rates and fractions: 0..1).
  void setFixedValueRange(double lower, double upper);

 public Q_SLOTS:
  void flush();  // redraw now (the timer calls this)

 private:
  struct Series {
    BoundedSeries data;
    bool dirty = false;
  };
  void rescale();

  QString m_title;
  QCustomPlot* m_plot;
  QTimer m_timer;
  std::vector<Series> m_series;
  int m_capacity = kDefaultCapacity;
  int m_replots = 0;
  bool m_fixedRange = false;
  double m_fixedLower = 0, m_fixedUpper = 1;
};

}  // namespace lab::ui
