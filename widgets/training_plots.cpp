#include "training_plots.h"

#include <QGridLayout>
#include <algorithm>

#include "plot_panel.h"

namespace lab::ui {

namespace {
const QColor kBlue(31, 119, 180), kOrange(255, 127, 14), kGreen(44, 160, 44), kRed(214, 39, 40),
    kPurple(148, 103, 189), kGrey(90, 90, 90);
}

TrainingPlots::TrainingPlots(QWidget* parent) : QWidget(parent) {
  auto* grid = new QGridLayout(this);
  grid->setContentsMargins(2, 2, 2, 2);
  grid->setSpacing(2);

  auto* q = makePanel("q", tr("Q-values"));
  q->addSeries(tr("Q1"), kBlue);
  q->addSeries(tr("Q2"), kOrange);
  q->addSeries(tr("Target"), kGrey);
  auto* h = makePanel("entropy", tr("Entropy"));
  h->addSeries(tr("H_sig"), kGreen);
  h->addSeries(tr("Raw entropy"), kPurple, true);
  auto* gate = makePanel("gate", tr("Gate open"));
  gate->addSeries(tr("Gate-open fraction"), kRed);
  gate->setFixedValueRange(-0.05, 1.05);
  auto* bc = makePanel("bc_ood", tr("BC and OOD"));
  bc->addSeries(tr("BC term"), kBlue);
  bc->addSeries(tr("OOD term"), kOrange);
  auto* losses = makePanel("losses", tr("Losses"));
  losses->addSeries(tr("Critic"), kBlue);
  losses->addSeries(tr("Actor"), kOrange);
  losses->addSeries(tr("Alpha"), kGreen);
  makePanel("alpha", tr("Alpha"))->addSeries(tr("Alpha"), kPurple);
  auto* success = makePanel("success", tr("Success rate"));
  success->addSeries(tr("Training"), kGreen);
  // Evaluations are sparse (every few thousand steps): dots, so the first one shows at once.
  success->setSeriesDots(success->addSeries(tr("Evaluation"), kRed));
  success->setFixedValueRange(-0.05, 1.05);
  makePanel("length", tr("Episode length"))->addSeries(tr("Steps"), kBlue);
  makePanel("updates", tr("Updates per second"))->addSeries(tr("Updates/s"), kGrey);

  // x is the learner's update count or the episode count: say which, and why a panel is empty.
  for (const QString& key : m_order) {
    const bool episodic = key == QLatin1String("success") || key == QLatin1String("length");
    m_panels[key]->setAxisLabels(episodic ? tr("Episodes") : tr("Learner updates"), QString());
    m_panels[key]->setEmptyText(episodic ? tr("No training or evaluation episode yet")
                                         : tr("No learner update yet"));
  }

  const int columns = 3;
  for (int i = 0; i < m_order.size(); ++i) {
    grid->addWidget(m_panels[m_order[i]], i / columns, i % columns);
  }
}

PlotPanel* TrainingPlots::makePanel(const QString& key, const QString& title) {
  auto* p = new PlotPanel(title, this);
  p->setObjectName(QStringLiteral("plot_") + key);
  m_panels.insert(key, p);
  m_order.append(key);
  return p;
}

PlotPanel* TrainingPlots::panel(const QString& key) const { return m_panels.value(key, nullptr); }

void TrainingPlots::addMetrics(const lab::UpdateMetrics& m) {
  if (!held(m)) drawMetrics(m);
}

void TrainingPlots::addEpisode(const lab::EpisodeSummary& e) {
  if (!held(e)) drawEpisode(e);
}

void TrainingPlots::addEvaluation(const lab::EvaluationResult& r) {
  if (!held(r)) drawEvaluation(r);
}

bool TrainingPlots::held(const Live& item) {
  if (!m_holding) return false;
  m_held.push_back(item);
  if (static_cast<int>(m_held.size()) > kMaxHeld) releaseLive();
  return true;
}

void TrainingPlots::draw(const Live& item) {
  if (const auto* m = std::get_if<lab::UpdateMetrics>(&item)) drawMetrics(*m);
  if (const auto* e = std::get_if<lab::EpisodeSummary>(&item)) drawEpisode(*e);
  if (const auto* r = std::get_if<lab::EvaluationResult>(&item)) drawEvaluation(*r);
}

void TrainingPlots::drawMetrics(const lab::UpdateMetrics& m) {
  // A step counter that went back means a learner resumed from an earlier checkpoint (or a new
  // one): it redoes the updates from its count on, so those points go (the series are kept
  // sorted by x); the episode curves stay.
  if (m.step < m_lastStep) {
    for (const char* key : {"q", "entropy", "gate", "bc_ood", "losses", "alpha", "updates"}) {
      m_panels[key]->dropFrom(static_cast<double>(m.step));
    }
  }
  m_lastStep = m.step;
  const double x = static_cast<double>(m.step);
  auto* q = m_panels["q"];
  q->append(0, x, m.q1Mean);
  q->append(1, x, m.q2Mean);
  q->append(2, x, m.targetMean);
  m_panels["entropy"]->append(0, x, m.hSig);
  m_panels["entropy"]->append(1, x, m.rawEntropy);
  m_panels["gate"]->append(0, x, m.gateOpen);
  m_panels["bc_ood"]->append(0, x, m.bcLoss);
  m_panels["bc_ood"]->append(1, x, m.oodTerm);
  m_panels["losses"]->append(0, x, m.criticLoss);
  m_panels["losses"]->append(1, x, m.actorLoss);
  m_panels["losses"]->append(2, x, m.alphaLoss);
  m_panels["alpha"]->append(0, x, m.alpha);
  if (m.updatesPerSecond > 0) m_panels["updates"]->append(0, x, m.updatesPerSecond);
}

void TrainingPlots::drawEpisode(const lab::EpisodeSummary& e) {
  if (e.kind == QLatin1String("demo")) return;
  ++m_episodes;
  const double x = m_episodes;
  m_panels["length"]->append(0, x, e.steps);
  if (e.kind == QLatin1String("train") && !e.label.isEmpty()) {
    m_recent.push_back(e.label == QLatin1String("success"));
    while (static_cast<int>(m_recent.size()) > kSuccessWindow) m_recent.pop_front();
    int ok = 0;
    for (bool b : m_recent) ok += b ? 1 : 0;
    m_panels["success"]->append(0, x, double(ok) / double(m_recent.size()));
  }
}

void TrainingPlots::drawEvaluation(const lab::EvaluationResult& r) {
  if (r.episodes <= 0) return;
  m_panels["success"]->append(1, m_episodes, double(r.successes) / double(r.episodes));
}

void TrainingPlots::holdLive() { m_holding = true; }

void TrainingPlots::releaseLive() {
  m_holding = false;
  drawHeld();
}

void TrainingPlots::drawHeld() {
  std::vector<Live> items;
  items.swap(m_held);
  for (const Live& item : items) draw(item);
}

void TrainingPlots::showHistory(const lab::ui::SessionHistory& history) {
  std::vector<Live> live;
  live.swap(m_held);
  clear();
  m_held.swap(live);
  m_holding = false;
  // The store keeps episodes, not evaluations: an evaluation is a run of evaluation episodes,
  // and a new one begins at an episode that is the first of its evaluation (two evaluations
  // asked for back to back). A last run shorter than the one before it was cut off (the
  // session stopped mid-way).
  int runLength = 0, runSuccesses = 0, lastFullRun = 0;
  const auto& eps = history.episodes;
  for (int i = 0; i < eps.size(); ++i) {
    const auto& e = eps[i];
    drawEpisode({e.id, e.kind, e.label, e.steps, e.interventionSteps});
    if (e.kind != QLatin1String("eval")) continue;
    ++runLength;
    runSuccesses += e.label == QLatin1String("success") ? 1 : 0;
    const bool runEnds = i + 1 == eps.size() || eps[i + 1].kind != QLatin1String("eval") ||
                         eps[i + 1].evalIndex == 0;
    if (!runEnds) continue;
    if (i + 1 < eps.size() || runLength >= lastFullRun) {
      lab::EvaluationResult r;
      r.episodes = runLength;
      r.successes = runSuccesses;
      drawEvaluation(r);
      lastFullRun = runLength;
    }
    runLength = runSuccesses = 0;
  }
  for (const auto& m : history.metrics) drawMetrics(m);
  // An episode stored after the load began is in the history already; a held learner point
  // behind the stored ones drops them (drawMetrics), so neither is drawn twice.
  const qint64 storedUpTo = eps.isEmpty() ? -1 : eps.back().id;
  m_held.erase(std::remove_if(m_held.begin(), m_held.end(),
                              [storedUpTo](const Live& item) {
                                const auto* e = std::get_if<lab::EpisodeSummary>(&item);
                                return e && e->id >= 0 && e->id <= storedUpTo;
                              }),
               m_held.end());
  drawHeld();
}

void TrainingPlots::clear() {
  for (auto* p : m_panels) p->clear();
  m_recent.clear();
  m_held.clear();
  m_episodes = 0;
  m_lastStep = -1;
}

}  // namespace lab::ui
