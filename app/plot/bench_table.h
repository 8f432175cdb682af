#pragma once
// The learning benchmark's CSV (bench/results/learning.csv, written by bench/learning.py) as
// success-rate curves: one curve per method and variant, the median across seeds and its min-max
// band. Charts are per robot and setting (observation and start spread): "ball-to-goal" for the
// headline's images at full spread (or a robot's only setting), "ball-to-goal-state-spread0.5"
// for another. A chart's curves are split again so that each stays readable: one of the
// methods, and one per swept key (a `--set` of the runner) beside its reference (see curves()).
#include <QMap>
#include <QString>
#include <QStringList>
#include <vector>

namespace lab::plot {

// One curve: at each grid step (a multiple of the runs' eval_every) the median, min and max
// success rate over the seeds that have an evaluation there.
struct Curve {
  QString label;  // e.g. "sigent (3 seeds)"
  std::vector<double> steps, median, min, max;
};

class BenchTable {
 public:
  // Reads the CSV; throws std::runtime_error naming the file and what is wrong.
  explicit BenchTable(const QString& csvPath);

  // The charts' names, e.g. {"ball-to-goal", "ball-to-goal-state-spread0.5", "point-reach"}.
  QStringList charts() const;
  // "ball-to-goal, state, start spread 0.5".
  QString title(const QString& chart) const;
  // The keys swept in a chart, e.g. {"bc_lambda", "demo_drop"}: the variants' keys ("a=1+b=2"
  // is the sweep "a+b", a variant with no '=' its own) of the variants whose reference (below)
  // has rows there. A variant without such rows is not a sweep: it stays in the methods chart.
  QStringList sweeps(const QString& chart) const;
  // The curves of one chart: with no sweep, the methods chart; with one of sweeps(), that
  // sweep's curves beside their references: the same method without a variant, or, for a
  // variant of several keys, the same method's variant without one of them where that has rows
  // ("demo_drop=0.5+utd=2" beside "utd=2", so a setting is seen against its own base). A run
  // that stopped solved (its last evaluation all successes) counts as solved at the grid steps
  // after it, up to the longest run of its curve; a run that stopped unsolved has no value after
  // its last evaluation.
  std::vector<Curve> curves(const QString& chart, const QString& sweep = QString()) const;

 private:
  struct Run {
    QString method, variant, sweep;  // sweep: the variant's keys, empty for no variant
    QString reference;   // the variant this run is charted beside ("" the method without one)
    bool swept = false;  // a variant whose reference has rows here
    QString group;
    int evalEvery = 0;
    std::vector<double> steps, rates;
  };
  QMap<QString, std::vector<Run>> m_runs;  // by chart
  QMap<QString, QString> m_titles;         // by chart
};

}  // namespace lab::plot
