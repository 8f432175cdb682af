#pragma once
// Draws one chart of success-rate curves (BenchTable::curves) as a PNG with QCustomPlot: the
// median per curve as a line, the seeds' min-max as a shaded band. Needs a QApplication (any
// platform, offscreen included).
#include <QString>
#include <vector>

#include "bench_table.h"

namespace lab::plot {

class LearningCurvePlot {
 public:
  // Throws std::runtime_error if the PNG cannot be written.
  static void save(const QString& title, const std::vector<Curve>& curves, const QString& png);
};

}  // namespace lab::plot
