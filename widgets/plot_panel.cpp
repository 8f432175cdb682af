#include "plot_panel.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include "qcustomplot_include.h"

namespace lab::ui {

PlotPanel::PlotPanel(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(title), m_plot(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  setMinimumSize(180, 120);

  m_plot->plotLayout()->insertRow(0);
  auto* titleElement = new QCPTextElement(m_plot, title, QFont(font().family(), 9, QFont::Bold));
  m_plot->plotLayout()->addElement(0, 0, titleElement);
  m_plot->legend->setVisible(true);
  QFont legendFont = font();
  legendFont.setPointSize(7);
  m_plot->legend->setFont(legendFont);
  m_plot->legend->setBrush(QColor(255, 255, 255, 170));
  m_plot->legend->setIconSize(14, 8);
  m_plot->legend->setRowSpacing(-2);
  m_plot->legend->setMargins(QMargins(3, 1, 3, 1));
  m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
  QFont tickFont = font();
  tickFont.setPointSize(7);
  m_plot->xAxis->setTickLabelFont(tickFont);
  m_plot->yAxis->setTickLabelFont(tickFont);
  m_plot->yAxis2->setTickLabelFont(tickFont);
  // Plots are watched, not explored: no interactions that would fight the auto-ranging.
  m_plot->setNoAntialiasingOnDrag(true);

  m_timer.setSingleShot(true);
  m_timer.setInterval(kReplotIntervalMs);
  connect(&m_timer, &QTimer::timeout, this, &PlotPanel::flush);
}

int PlotPanel::addSeries(const QString& name, const QColor& color, bool secondaryAxis) {
  QCPAxis* valueAxis = secondaryAxis ? m_plot->yAxis2 : m_plot->yAxis;
  if (secondaryAxis) m_plot->yAxis2->setVisible(true);
  QCPGraph* g = m_plot->addGraph(m_plot->xAxis, valueAxis);
  g->setName(name);
  g->setPen(QPen(color, 1.5));
  Series s;
  s.data.setCapacity(m_capacity);
  m_series.push_back(std::move(s));
  return seriesCount() - 1;
}

int PlotPanel::seriesIndex(const QString& name) const {
  for (int i = 0; i < m_plot->graphCount(); ++i) {
    if (m_plot->graph(i)->name() == name) return i;
  }
  return -1;
}

void PlotPanel::setAxisLabels(const QString& x, const QString& y) {
  m_plot->xAxis->setLabel(x);
  m_plot->yAxis->setLabel(y);
}

void PlotPanel::append(int series, double x, double y) {
  if (series < 0 || series >= seriesCount() || !std::isfinite(x) || !std::isfinite(y)) return;
  m_series[series].data.append(x, y);
  m_series[series].dirty = true;
  if (!m_timer.isActive()) m_timer.start();
}

void PlotPanel::clear() {
  for (auto& s : m_series) {
    s.data.clear();
    s.dirty = true;
  }
  if (!m_timer.isActive()) m_timer.start();
}

void PlotPanel::setCapacity(int maxPointsPerSeries) {
  m_capacity = std::max(16, maxPointsPerSeries);
  for (auto& s : m_series) {
    s.data.setCapacity(m_capacity);
    s.dirty = true;
  }
}

int PlotPanel::pointCount(int series) const {
  return series >= 0 && series < seriesCount() ? m_series[series].data.size() : 0;
}

qint64 PlotPanel::appendedCount(int series) const {
  return series >= 0 && series < seriesCount() ? m_series[series].data.appendedTotal() : 0;
}

int PlotPanel::plottedCount(int series) const {
  return series >= 0 && series < m_plot->graphCount() ? m_plot->graph(series)->dataCount() : 0;
}

void PlotPanel::flush() {
  m_timer.stop();
  bool any = false;
  for (int i = 0; i < seriesCount(); ++i) {
    auto& s = m_series[i];
    if (!s.dirty) continue;
    // The series is small (bounded) and sorted: hand QCustomPlot a fresh copy, already sorted.
    m_plot->graph(i)->setData(s.data.xs(), s.data.ys(), true);
    s.dirty = false;
    any = true;
  }
  if (!any) return;
  rescale();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
  ++m_replots;
}

void PlotPanel::setFixedValueRange(double lower, double upper) {
  m_fixedRange = true;
  m_fixedLower = lower;
  m_fixedUpper = upper;
}

void PlotPanel::rescale() {
  // Ranges from the (bounded) data itself: QCustomPlot's rescale gives a degenerate axis for a
  // constant series (alpha is constant without auto-tuning).
  double xLo = 0, xHi = 0;
  bool haveX = false;
  for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
    double lo = 0, hi = 0;
    bool have = false;
    for (int i = 0; i < seriesCount(); ++i) {
      if (m_plot->graph(i)->valueAxis() != axis) continue;
      const auto& xs = m_series[i].data.xs();
      const auto& ys = m_series[i].data.ys();
      for (int k = 0; k < ys.size(); ++k) {
        lo = have ? std::min(lo, ys[k]) : ys[k];
        hi = have ? std::max(hi, ys[k]) : ys[k];
        have = true;
        xLo = haveX ? std::min(xLo, xs[k]) : xs[k];
        xHi = haveX ? std::max(xHi, xs[k]) : xs[k];
        haveX = true;
      }
    }
    if (!have) continue;
    if (m_fixedRange && axis == m_plot->yAxis) {
      axis->setRange(m_fixedLower, m_fixedUpper);
      continue;
    }
    const double span = hi - lo;
    const double pad = span > 1e-12 ? span * 0.08 : std::max(0.5 * std::abs(hi), 0.05);
    axis->setRange(lo - pad, hi + pad);
  }
  if (haveX) {
    if (xHi - xLo < 1e-12) m_plot->xAxis->setRange(xLo - 0.5, xHi + 0.5);
    else m_plot->xAxis->setRange(xLo, xHi);
  }
}

}  // namespace lab::ui
