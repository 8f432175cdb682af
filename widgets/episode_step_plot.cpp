#include "episode_step_plot.h"

#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include "qcustomplot_include.h"

#include "operator_text.h"
#include "plot_empty_text.h"
#include "plot_legend.h"

namespace lab::ui {

namespace {
enum Graph { kQ = 0, kHSig = 1, kGate = 2, kIntervention = 3 };
}

EpisodeStepPlot::EpisodeStepPlot(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(m_plot);
  setMinimumSize(240, 140);

  m_plot->plotLayout()->insertRow(0);
  m_plot->plotLayout()->addElement(0, 0,
                                   new QCPTextElement(m_plot, tr("This episode, step by step"),
                                                      QFont(font().family(), 9, QFont::Bold)));
  m_plot->setPlottingHint(QCP::phFastPolylines, true);
  m_plot->yAxis2->setVisible(true);
  m_plot->yAxis2->setRange(-0.05, 1.15);
  m_plot->xAxis->setLabel(tr("Step"));
  m_plot->yAxis->setLabel(tr("Q"));
  m_plot->yAxis2->setLabel(tr("H_sig, gate"));
  QFont small = font();
  small.setPointSize(7);
  for (QCPAxis* a : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) a->setTickLabelFont(small);

  auto add = [&](const QString& name, const QColor& c, QCPAxis* axis) {
    QCPGraph* g = m_plot->addGraph(m_plot->xAxis, axis);
    g->setName(name);
    g->setPen(QPen(c, 1.0));  // wider antialiased lines are far dearer (see PlotPanel)
    return g;
  };
  add(tr("Q"), QColor(31, 119, 180), m_plot->yAxis);
  add(tr("H_sig"), QColor(44, 160, 44), m_plot->yAxis2);
  QCPGraph* gate = add(tr("Gate"), QColor(214, 39, 40), m_plot->yAxis2);
  gate->setLineStyle(QCPGraph::lsStepLeft);
  QCPGraph* iv = add(tr("Intervention"), QColor(255, 127, 14), m_plot->yAxis2);
  iv->setLineStyle(QCPGraph::lsNone);
  iv->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 5));

  placeLegendUnderTitle(m_plot, small);

  m_cursor = new QCPItemStraightLine(m_plot);
  m_cursor->setPen(QPen(QColor(60, 60, 60), 1, Qt::DashLine));
  m_cursor->point1->setCoords(0, 0);
  m_cursor->point2->setCoords(0, 1);
  m_cursor->setVisible(false);
  m_emptyText = addEmptyText(m_plot, tr("No episode yet"));

  m_gate = new RedrawGate(this, kReplotIntervalMs, [this] { redraw(); });
}

bool EpisodeStepPlot::emptyTextShown() const { return m_emptyText->visible(); }

int EpisodeStepPlot::pointCount() const { return m_plot->graph(kQ)->dataCount(); }
int EpisodeStepPlot::interventionCount() const { return m_plot->graph(kIntervention)->dataCount(); }

double EpisodeStepPlot::valueAt(int step, int series) const {
  if (series < 0 || series > kGate) return std::numeric_limits<double>::quiet_NaN();
  auto data = m_plot->graph(series)->data();
  auto it = data->findBegin(step, false);
  if (it == data->constEnd() || it->key != step) return std::numeric_limits<double>::quiet_NaN();
  return it->value;
}

void EpisodeStepPlot::startEpisode(qint64 episode) {
  clearEpisode();
  m_episode = episode;
}

void EpisodeStepPlot::clearEpisode() {
  for (int i = 0; i < m_plot->graphCount(); ++i) m_plot->graph(i)->data()->clear();
  // Label markers are items; the cursor and the empty text are the ones that survive it.
  for (int i = m_plot->itemCount() - 1; i >= 0; --i) {
    if (m_plot->item(i) != m_cursor && m_plot->item(i) != m_emptyText) m_plot->removeItem(i);
  }
  m_episode = -1;
  m_cursorStep = -1;
  m_lastStep = -1;
  m_labelMarkers = 0;
  m_qLo = m_qHi = 0;
  m_hSigMax = 1.0;
  m_cursor->setVisible(false);
  schedule();
}

void EpisodeStepPlot::addStepPoint(const lab::StepPoint& p) {
  // Episode ids grow; the learner's values may trail the camera, so a late point of an older
  // episode is dropped rather than wiping the current one.
  if (p.episode < m_episode) return;
  if (p.episode != m_episode) startEpisode(p.episode);
  m_plot->graph(kQ)->addData(p.step, p.q);
  m_plot->graph(kHSig)->addData(p.step, p.hSig);
  m_plot->graph(kGate)->addData(p.step, p.gate);
  if (p.intervention) m_plot->graph(kIntervention)->addData(p.step, 1.02);
  const bool first = pointCount() == 1;
  m_qLo = first ? p.q : std::min(m_qLo, p.q);
  m_qHi = first ? p.q : std::max(m_qHi, p.q);
  m_hSigMax = std::max(m_hSigMax, p.hSig);
  m_lastStep = std::max(m_lastStep, p.step);
  schedule();
}

void EpisodeStepPlot::setCursor(qint64 episode, int step) {
  if (episode < 0 || episode < m_episode) return;  // no episode (idle frames) or a stale one
  // A discarded recording gives its id to the next one, which starts again from step 0: the
  // camera never moves back within one take, so a step behind the cursor is a new take.
  if (episode != m_episode || step < m_cursorStep) startEpisode(episode);
  m_cursorStep = step;
  m_cursor->point1->setCoords(step, 0);
  m_cursor->point2->setCoords(step, 1);
  m_cursor->setVisible(true);
  m_lastStep = std::max(m_lastStep, step);
  schedule();
}

void EpisodeStepPlot::addLabelMarker(const QString& label) {
  const int step = std::max(0, m_lastStep);
  const QColor color = label == QLatin1String("success")   ? QColor(44, 160, 44)
                       : label == QLatin1String("failure") ? QColor(214, 39, 40)
                                                           : QColor(120, 120, 120);
  auto* line = new QCPItemStraightLine(m_plot);
  line->setPen(QPen(color, 2));
  line->point1->setCoords(step, 0);
  line->point2->setCoords(step, 1);
  auto* text = new QCPItemText(m_plot);
  text->setText(OperatorText::label(label));
  text->setColor(color);
  text->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
  text->position->setAxes(m_plot->xAxis, m_plot->yAxis2);
  text->position->setCoords(step, 1.12);
  ++m_labelMarkers;
  schedule();
}

void EpisodeStepPlot::schedule() { m_gate->request(); }

void EpisodeStepPlot::flush() { m_gate->flushNow(); }

void EpisodeStepPlot::redraw() {
  if (m_qHi - m_qLo < 1e-9)
    m_plot->yAxis->setRange(m_qLo - 0.5, m_qHi + 0.5);
  else
    m_plot->yAxis->setRange(m_qLo, m_qHi);
  m_plot->xAxis->setRange(0, std::max(10, m_lastStep + 1));
  // Gate is 0/1; H_sig is bounded by d * h_max, which exceeds 1 for several action dims.
  m_plot->yAxis2->setRange(-0.05, m_hSigMax * 1.15);
  m_emptyText->setVisible(m_episode < 0);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

}  // namespace lab::ui
