#include "plot_empty_text.h"

#include "qcustomplot_include.h"

namespace lab::ui {

QCPItemText* addEmptyText(QCustomPlot* plot, const QString& text) {
  auto* item = new QCPItemText(plot);
  item->position->setType(QCPItemPosition::ptAxisRectRatio);
  item->position->setCoords(0.5, 0.5);
  item->setPositionAlignment(Qt::AlignCenter);
  item->setColor(QColor(110, 110, 110));
  QFont font = plot->font();
  font.setPointSize(8);
  item->setFont(font);
  item->setBrush(QBrush(Qt::white));  // over a zero line or grid, still readable
  item->setPadding(QMargins(4, 1, 4, 1));
  item->setText(text);
  return item;
}

}  // namespace lab::ui
