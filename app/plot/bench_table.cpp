#include "bench_table.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTextStream>
#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace lab::plot {

namespace {

// One CSV line, with the quoting Python's csv module writes ("a,b", "say ""x""").
QStringList splitCsv(const QString& line) {
  QStringList fields;
  QString field;
  bool quoted = false;
  for (int i = 0; i < line.size(); ++i) {
    const QChar c = line[i];
    if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
      field += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (c == ',' && !quoted) {
      fields << field;
      field.clear();
    } else {
      field += c;
    }
  }
  fields << field;
  return fields;
}

std::vector<double> numbers(const QString& text) {
  std::vector<double> out;
  for (const QString& t : text.split(' ', Qt::SkipEmptyParts)) out.push_back(t.toDouble());
  return out;
}

// "bc_lambda=2" -> "bc_lambda", "a=1+b=2" -> "a+b", "before-encoder-fix" stays.
QString sweepOf(const QString& variant) {
  QStringList keys;
  for (const QString& part : variant.split('+', Qt::SkipEmptyParts))
    keys << part.section('=', 0, 0);
  return keys.join('+');
}

QString keyOf(const QString& method, const QString& variant) { return method + '\n' + variant; }

// The variant a run of `variant` is charted beside: for a variant of several keys, the first
// with one key left out that has rows (`present`, keyOf() pairs); otherwise none ("").
QString referenceOf(const QString& method, const QString& variant, const QSet<QString>& present) {
  const QStringList parts = variant.split('+', Qt::SkipEmptyParts);
  for (int i = 0; parts.size() > 1 && i < parts.size(); ++i) {
    QStringList base = parts;
    base.removeAt(i);
    const QString joined = base.join('+');
    if (present.contains(keyOf(method, joined))) return joined;
  }
  return QString();
}

double quantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  const double at = q * double(v.size() - 1);
  const auto lo = static_cast<std::size_t>(std::floor(at));
  const auto hi = std::min(v.size() - 1, lo + 1);
  return v[lo] + (at - double(lo)) * (v[hi] - v[lo]);
}

}  // namespace

BenchTable::BenchTable(const QString& csvPath) {
  QFile file(csvPath);
  if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
    throw std::runtime_error(("cannot read " + csvPath).toStdString());
  }
  QTextStream in(&file);
  const QStringList header = splitCsv(in.readLine());
  QHash<QString, int> col;
  for (int i = 0; i < header.size(); ++i) col[header[i]] = i;
  for (const char* need :
       {"method", "robot", "eval_every", "eval_episodes", "successes_per_evaluation"}) {
    if (!col.contains(need)) {
      throw std::runtime_error(QString("%1: no column '%2' (is it bench/learning.py's CSV?)")
                                   .arg(csvPath, need)
                                   .toStdString());
    }
  }
  struct Raw {
    QStringList f;
    QString at(const QHash<QString, int>& col, const char* name) const {
      return col.contains(name) ? f.value(col[name]) : QString();
    }
  };
  std::vector<Raw> rows;
  QHash<QString, QSet<QString>> settingsOf;  // by robot: its (observation, start spread) pairs
  for (int n = 2; !in.atEnd(); ++n) {
    const QString line = in.readLine();
    if (line.trimmed().isEmpty()) continue;
    Raw r{splitCsv(line)};
    if (r.f.size() != header.size()) {
      throw std::runtime_error(QString("%1 line %2: %3 fields, the header has %4")
                                   .arg(csvPath)
                                   .arg(n)
                                   .arg(r.f.size())
                                   .arg(header.size())
                                   .toStdString());
    }
    settingsOf[r.at(col, "robot")] << r.at(col, "observation") + '\n' + r.at(col, "start_spread");
    rows.push_back(r);
  }
  for (const Raw& r : rows) {
    const QString robot = r.at(col, "robot");
    const QString obs = r.at(col, "observation"), spread = r.at(col, "start_spread");
    // One chart per setting: curves of other observations or spreads are not comparable step
    // for step. The headline's setting (images, full spread), or a robot's only one, keeps the
    // plain name.
    QString chart = robot, title = robot;
    if (!obs.isEmpty()) title += ", " + obs + ", start spread " + spread;
    const bool plain = settingsOf[robot].size() == 1 || (obs == "image" && spread == "1");
    if (!plain) chart += "-" + obs + "-spread" + spread;
    m_titles[chart] = title;
    QString group = r.at(col, "method");
    if (!r.at(col, "variant").isEmpty()) group += " " + r.at(col, "variant");
    Run run;
    run.method = r.at(col, "method");
    run.variant = r.at(col, "variant");
    run.sweep = sweepOf(run.variant);
    run.group = group;
    run.evalEvery = std::max(1, r.at(col, "eval_every").toInt());
    const double episodes = std::max(1, r.at(col, "eval_episodes").toInt());
    for (double s : numbers(r.at(col, "successes_per_evaluation")))
      run.rates.push_back(s / episodes);
    run.steps = numbers(r.at(col, "env_steps_per_evaluation"));
    if (run.steps.size() != run.rates.size()) {  // rows from before the column: nominal steps
      run.steps.clear();
      for (std::size_t i = 0; i < run.rates.size(); ++i) {
        run.steps.push_back(double(i + 1) * run.evalEvery);
      }
    }
    if (!run.rates.empty()) m_runs[chart].push_back(run);
  }
  // A variant is a sweep when its reference (the method without it, or without one of its keys)
  // has rows in the same chart.
  for (auto& runs : m_runs) {
    QSet<QString> present;
    for (const Run& r : runs) present << keyOf(r.method, r.variant);
    for (Run& r : runs) {
      if (r.sweep.isEmpty()) continue;
      r.reference = referenceOf(r.method, r.variant, present);
      r.swept = present.contains(keyOf(r.method, r.reference));
    }
  }
}

QStringList BenchTable::charts() const { return m_runs.keys(); }

QString BenchTable::title(const QString& chart) const { return m_titles.value(chart, chart); }

QStringList BenchTable::sweeps(const QString& chart) const {
  QStringList out;
  for (const Run& r : m_runs.value(chart)) {
    if (r.swept && !out.contains(r.sweep)) out << r.sweep;
  }
  out.sort();
  return out;
}

std::vector<Curve> BenchTable::curves(const QString& chart, const QString& sweep) const {
  std::vector<Curve> out;
  const auto runs = m_runs.constFind(chart);
  if (runs == m_runs.constEnd()) return out;
  QSet<QString> references;
  for (const Run& r : *runs) {
    if (!sweep.isEmpty() && r.sweep == sweep && r.swept) references << keyOf(r.method, r.reference);
  }
  auto inChart = [&](const Run& r) {
    if (sweep.isEmpty()) return !r.swept;
    return (r.sweep == sweep && r.swept) || references.contains(keyOf(r.method, r.variant));
  };
  QMap<QString, std::vector<const Run*>> groups;
  for (const Run& r : *runs) {
    if (inChart(r)) groups[r.group].push_back(&r);
  }
  for (auto g = groups.begin(); g != groups.end(); ++g) {
    int grid = g->front()->evalEvery;
    for (const Run* r : *g) grid = std::min(grid, r->evalEvery);
    // Each evaluation falls a few steps after its grid point (the next episode boundary).
    auto slot = [grid](double step) { return int(std::lround(step / grid)); };
    int lastSlot = 0;
    for (const Run* r : *g) lastSlot = std::max(lastSlot, slot(r->steps.back()));
    std::vector<std::vector<double>> at(static_cast<std::size_t>(lastSlot) + 1);
    for (const Run* r : *g) {
      const int last = slot(r->steps.back());
      const bool endedSolved = r->rates.back() == 1.0;
      double value = -1;
      std::size_t e = 0;
      for (int s = 1; s <= lastSlot; ++s) {
        while (e < r->steps.size() && slot(r->steps[e]) <= s) value = r->rates[e++];
        if (value < 0 || (s > last && !endedSolved)) continue;
        at[static_cast<std::size_t>(s)].push_back(value);
      }
    }
    Curve c;
    c.label = QString("%1 (%2 seed%3)").arg(g.key()).arg(g->size()).arg(g->size() > 1 ? "s" : "");
    for (int s = 1; s <= lastSlot; ++s) {
      const auto& v = at[static_cast<std::size_t>(s)];
      if (v.empty()) continue;
      c.steps.push_back(double(s) * grid);
      c.median.push_back(quantile(v, 0.5));
      c.min.push_back(*std::min_element(v.begin(), v.end()));
      c.max.push_back(*std::max_element(v.begin(), v.end()));
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace lab::plot
