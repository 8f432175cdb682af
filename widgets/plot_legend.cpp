#include "plot_legend.h"

#include "qcustomplot_include.h"

namespace lab::ui {

void placeLegendUnderTitle(QCustomPlot* plot, const QFont& font) {
  QCPLegend* legend = plot->legend;
  legend->setVisible(true);
  legend->setFont(font);
  legend->setBrush(Qt::NoBrush);
  legend->setBorderPen(Qt::NoPen);
  legend->setIconSize(14, 8);
  legend->setColumnSpacing(6);
  legend->setMargins(QMargins(3, 0, 3, 0));
  legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
  // Out of the axes' inset layout, into a row of the plot's own layout.
  plot->axisRect()->insetLayout()->take(legend);
  QCPLayoutGrid* layout = plot->plotLayout();
  layout->insertRow(1);
  layout->addElement(1, 0, legend);
  // The row takes only the legend's height; the axes keep the rest.
  layout->setRowStretchFactor(1, 0.001);
  layout->setRowSpacing(0);
}

}  // namespace lab::ui
