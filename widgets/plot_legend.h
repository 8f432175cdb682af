#pragma once
// The window's plots keep their legend in a row of its own between the title and the axes,
// laid out left to right, so it never covers a curve (inside the axes it hid the curves' first
// points, which is where a run's story starts). Call once, after the title row (row 0) exists.
class QCustomPlot;
class QFont;

namespace lab::ui {

void placeLegendUnderTitle(QCustomPlot* plot, const QFont& font);

}  // namespace lab::ui
