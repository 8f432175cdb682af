#include "plot_panel.h"

#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include "qcustomplot_include.h"

#include "plot_empty_text.h"
#include "plot_legend.h"

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
  QFont tickFont = font();
  tickFont.setPointSize(7);
  placeLegendUnderTitle(m_plot, tickFont);
  m_plot->xAxis->setTickLabelFont(tickFont);
  m_plot->yAxis->setTickLabelFont(tickFont);
  m_plot->yAxis2->setTickLabelFont(tickFont);
  // Plots are watched, not explored: no interactions that would fight the auto-ranging.
  m_plot->setNoAntialiasingOnDrag(true);
  // Polylines in one call instead of segment by segment (joins slightly rougher, far cheaper).
  m_plot->setPlottingHint(QCP::phFastPolylines, true);

  m_gate = new RedrawGate(this, kReplotIntervalMs, [this] { redraw(); });
}

int PlotPanel::addSeries(const QString& name, const QColor& color, bool secondaryAxis) {
  QCPAxis* valueAxis = secondaryAxis ? m_plot->yAxis2 : m_plot->yAxis;
  if (secondaryAxis) m_plot->yAxis2->setVisible(true);
  QCPGraph* g = m_plot->addGraph(m_plot->xAxis, valueAxis);
  g->setName(name);
  // Width 1, not 1.5: an antialiased line wider than one pixel goes through QPainter's stroker,
  // which made a replot of 4000 points about ten times dearer (measured: GUI thread 43% of a
  // core against 4% with width 1 at 5 replots/s, docs/BENCHMARKS.md "Window").
  g->setPen(QPen(color, 1.0));
  // QCustomPlot keeps its data container; redraws only add the new points to it.
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
  QFont labelFont = font();
  labelFont.setPointSize(7);
  m_plot->xAxis->setLabelFont(labelFont);
  m_plot->yAxis->setLabelFont(labelFont);
  m_plot->xAxis->setLabel(x);
  m_plot->yAxis->setLabel(y);
  // A label row makes the axes' minimum taller; in a short panel the layout then squeezed the
  // legend row and cut its letters off at the bottom ("H_sig" read "H sig"). The axes give way.
  for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) axis->setLabelPadding(1);
  m_plot->axisRect()->setMinimumSize(50, 30);
}

void PlotPanel::setEmptyText(const QString& text) {
  if (!m_emptyText) m_emptyText = addEmptyText(m_plot, text);
  m_emptyText->setText(text);
  showEmptyText();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

bool PlotPanel::emptyTextShown() const {
  return m_emptyText && m_emptyText->visible() && !m_emptyText->text().isEmpty();
}

void PlotPanel::showEmptyText() {
  if (!m_emptyText) return;
  const bool empty = std::all_of(m_series.begin(), m_series.end(),
                                 [](const Series& s) { return s.data.size() == 0; });
  m_emptyText->setVisible(empty);
}

void PlotPanel::setSeriesDots(int series) {
  if (series < 0 || series >= seriesCount()) return;
  m_series[series].dots = true;
  m_plot->graph(series)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 5));
}

bool PlotPanel::seriesShowsDots(int series) const {
  return series >= 0 && series < seriesCount() &&
         m_plot->graph(series)->scatterStyle().shape() != QCPScatterStyle::ssNone;
}

void PlotPanel::showLonePoints() {
  for (int i = 0; i < seriesCount(); ++i) {
    Series& s = m_series[i];
    const bool lone = !s.dots && s.data.size() == 1;
    if (lone == s.loneDot) continue;
    s.loneDot = lone;
    m_plot->graph(i)->setScatterStyle(lone ? QCPScatterStyle(QCPScatterStyle::ssDisc, 5)
                                           : QCPScatterStyle());
  }
}

void PlotPanel::append(int series, double x, double y) {
  if (series < 0 || series >= seriesCount() || !std::isfinite(x) || !std::isfinite(y)) return;
  m_series[series].data.append(x, y);
  m_gate->request();
}

void PlotPanel::clear() {
  for (auto& s : m_series) {
    s.data.clear();
    s.reset = true;
  }
  m_gate->request();
}

void PlotPanel::dropFrom(double x) {
  for (auto& s : m_series) {
    s.data.dropFrom(x);
    s.reset = true;
  }
  m_gate->request();
}

void PlotPanel::setCapacity(int maxPointsPerSeries) {
  m_capacity = std::max(16, maxPointsPerSeries);
  for (auto& s : m_series) s.data.setCapacity(m_capacity);  // thinning is seen by sync()
  m_gate->request();
}

bool PlotPanel::replotPending() const { return m_gate->pending(); }
bool PlotPanel::hasUnplottedData() const { return m_gate->dirty(); }

int PlotPanel::pointCount(int series) const {
  return series >= 0 && series < seriesCount() ? m_series[series].data.size() : 0;
}

qint64 PlotPanel::appendedCount(int series) const {
  return series >= 0 && series < seriesCount() ? m_series[series].data.appendedTotal() : 0;
}

int PlotPanel::plottedCount(int series) const {
  return series >= 0 && series < m_plot->graphCount() ? m_plot->graph(series)->dataCount() : 0;
}

void PlotPanel::flush() { m_gate->flushNow(); }

void PlotPanel::redraw() {
  for (int i = 0; i < seriesCount(); ++i) sync(i);
  rescale();
  showEmptyText();
  showLonePoints();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
  ++m_replots;
}

void PlotPanel::sync(int index) {
  Series& s = m_series[index];
  QCPGraph* g = m_plot->graph(index);
  const auto& xs = s.data.xs();
  const auto& ys = s.data.ys();
  const int n = s.data.size();
  int from = s.plotted;
  if (s.reset || s.decimationsSeen != s.data.decimations() || from > n) {
    // Thinned or cleared: the held points changed, hand them all over (sorted already).
    g->setData(xs, ys, true);
    s.decimationsSeen = s.data.decimations();
    s.reset = false;
    ++m_fullResets;
    from = 0;
  } else if (from < n) {
    g->addData(xs.mid(from), ys.mid(from), true);
  }
  for (int k = from; k < n; ++k) {
    const bool first = k == 0;
    s.lo = first ? ys[k] : std::min(s.lo, ys[k]);
    s.hi = first ? ys[k] : std::max(s.hi, ys[k]);
  }
  s.plotted = n;
}

void PlotPanel::setFixedValueRange(double lower, double upper) {
  m_fixedRange = true;
  m_fixedLower = lower;
  m_fixedUpper = upper;
}

void PlotPanel::rescale() {
  // Ranges from the series' own extremes: QCustomPlot's rescale gives a degenerate axis for a
  // constant series (alpha is constant without auto-tuning), and it walks every point.
  double xLo = 0, xHi = 0;
  bool haveX = false;
  for (QCPAxis* axis : {m_plot->yAxis, m_plot->yAxis2}) {
    double lo = 0, hi = 0;
    bool have = false;
    for (int i = 0; i < seriesCount(); ++i) {
      const Series& s = m_series[i];
      if (m_plot->graph(i)->valueAxis() != axis || s.data.size() == 0) continue;
      lo = have ? std::min(lo, s.lo) : s.lo;
      hi = have ? std::max(hi, s.hi) : s.hi;
      have = true;
      xLo = haveX ? std::min(xLo, s.data.xs().first()) : s.data.xs().first();
      xHi = haveX ? std::max(xHi, s.data.xs().last()) : s.data.xs().last();
      haveX = true;
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
    if (xHi - xLo < 1e-12)
      m_plot->xAxis->setRange(xLo - 0.5, xHi + 0.5);
    else
      m_plot->xAxis->setRange(xLo, xHi);
  }
}

}  // namespace lab::ui
