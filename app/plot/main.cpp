// sigent-lab-plot: the learning benchmark's PNGs, one per robot, from its CSV, headless.
//   sigent-lab-plot --csv bench/results/learning.csv --out bench/results/plots
// writes plots/learning-CHART.png, the methods, and plots/learning-CHART-SWEEP.png for each key
// swept there; a chart is a robot at one setting: "push-cube" (images, full spread, or the
// robot's only setting) or "push-cube-state-spread0.5" (bench/learning.py runs it after the
// grid).
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <cstdio>
#include <stdexcept>

#include "bench_table.h"
#include "learning_curve_plot.h"

int main(int argc, char** argv) {
  // Draws into an image only: no display needed.
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  QApplication::setApplicationName("sigent-lab-plot");
  QCommandLineParser p;
  p.setApplicationDescription(
      "Draws success rate against env steps from the learning benchmark's CSV, one chart per "
      "robot and setting (observation, start spread): one curve per method, the median over "
      "seeds, the min-max across seeds shaded; one more chart per swept key (--set of the "
      "runner) beside the method without it.");
  p.addHelpOption();
  p.addOption({"csv", "The CSV (default bench/results/learning.csv).", "FILE",
               "bench/results/learning.csv"});
  p.addOption(
      {"out", "Where the PNGs go (default bench/results/plots).", "DIR", "bench/results/plots"});
  p.process(app);
  try {
    const lab::plot::BenchTable table(p.value("csv"));
    const QString dir = p.value("out");
    if (!QDir().mkpath(dir)) throw std::runtime_error(("cannot create " + dir).toStdString());
    for (const QString& chart : table.charts()) {
      QStringList sweeps{QString()};
      sweeps << table.sweeps(chart);
      for (const QString& sweep : sweeps) {
        const QString name = sweep.isEmpty() ? chart : chart + "-" + sweep;
        const QString png = QDir(dir).filePath("learning-" + name + ".png");
        const QString title =
            sweep.isEmpty() ? table.title(chart) : table.title(chart) + ", " + sweep + " swept";
        const auto curves = table.curves(chart, sweep);
        lab::plot::LearningCurvePlot::save(title, curves, png);
        QStringList labels;
        for (const auto& c : curves) labels << c.label;
        std::printf("wrote %s: %s\n", qPrintable(png), qPrintable(labels.join("; ")));
      }
    }
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sigent-lab-plot: %s\n", e.what());
    return 1;
  }
  return 0;
}
