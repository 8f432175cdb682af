#include "learning_curve_plot.h"

#include "qcustomplot_include.h"

#include <stdexcept>

namespace lab::plot {

void LearningCurvePlot::save(const QString& title, const std::vector<Curve>& curves,
                             const QString& png) {
  QCustomPlot plot;
  plot.resize(1000, 600);
  plot.plotLayout()->insertRow(0);
  // The chart's name only: the axes say what is drawn, and a robot, its setting and a swept key
  // already fill the 1000 pixels.
  plot.plotLayout()->addElement(0, 0,
                                new QCPTextElement(&plot, title, QFont("sans", 12, QFont::Bold)));
  plot.xAxis->setLabel("env steps");
  plot.yAxis->setLabel("success rate (median over seeds, min-max shaded)");
  plot.yAxis->setRange(-0.02, 1.02);
  plot.legend->setVisible(true);
  plot.axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignLeft | Qt::AlignTop);
  // The tab10 palette (matplotlib's default): ten colours that stay apart on screen and in print.
  const QColor palette[] = {QColor(31, 119, 180),  QColor(255, 127, 14),  QColor(44, 160, 44),
                            QColor(214, 39, 40),   QColor(148, 103, 189), QColor(140, 86, 75),
                            QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34),
                            QColor(23, 190, 207)};
  double maxStep = 0;
  int n = 0;
  for (const Curve& c : curves) {
    if (c.steps.empty()) continue;
    const QColor color = palette[n++ % 10];
    const QVector<double> x(c.steps.begin(), c.steps.end());
    QCPGraph* low = plot.addGraph();
    low->setData(x, QVector<double>(c.min.begin(), c.min.end()), true);
    low->setPen(Qt::NoPen);
    low->removeFromLegend();
    QCPGraph* high = plot.addGraph();
    high->setData(x, QVector<double>(c.max.begin(), c.max.end()), true);
    high->setPen(Qt::NoPen);
    QColor band = color;
    band.setAlpha(50);
    high->setBrush(band);
    high->setChannelFillGraph(low);
    high->removeFromLegend();
    QCPGraph* median = plot.addGraph();
    median->setData(x, QVector<double>(c.median.begin(), c.median.end()), true);
    median->setPen(QPen(color, 2));
    median->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    median->setName(c.label);
    maxStep = std::max(maxStep, c.steps.back());
  }
  plot.xAxis->setRange(0, maxStep > 0 ? maxStep * 1.02 : 1);
  if (!plot.savePng(png, 1000, 600)) {
    throw std::runtime_error(("cannot write " + png).toStdString());
  }
}

}  // namespace lab::plot
