#pragma once
// The learning benchmark's CSV (bench/results/learning.csv, written by bench/learning.py) as
// success-rate curves: per robot, one curve per method (and variant, observation or start
// spread where a robot's rows differ in those), the median across seeds and its min-max band.
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

  QStringList robots() const;
  // The curves of one robot. A run that stopped solved (its last evaluation all successes)
  // counts as solved at the grid steps after it, up to the longest run of its curve; a run that
  // stopped unsolved has no value after its last evaluation.
  std::vector<Curve> curves(const QString& robot) const;

 private:
  struct Run {
    QString group;
    int evalEvery = 0;
    std::vector<double> steps, rates;
  };
  QMap<QString, std::vector<Run>> m_runs;  // by robot
};

}  // namespace lab::plot
