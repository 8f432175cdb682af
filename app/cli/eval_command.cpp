#include "eval_command.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

#include "headless_run.h"
#include "option_parser.h"
#include "run_folder.h"
#include "shutdown_signals.h"

namespace lab::cli {

namespace {

// `--trace FILE`: one row per evaluation step with its action and the robot's state vector,
// the episode's ending on its last row. Steps (from the learner thread) and the episode's end
// (from the robot thread) arrive separately; an episode is written once both are complete.
class EvalTrace {
 public:
  explicit EvalTrace(const QString& path) : m_file(path) {
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
      throw std::runtime_error(("cannot write " + path).toStdString());
    }
    m_out.setDevice(&m_file);
  }
  void step(const StepPoint& p) {
    m_steps[p.episode].push_back(p);
    flush(p.episode);
  }
  void episode(const EpisodeSummary& e) {
    if (e.kind != "eval") return;
    m_ends[e.id] = e;
    flush(e.id);
  }

 private:
  void flush(int64_t id) {
    auto end = m_ends.find(id);
    if (end == m_ends.end() || m_steps[id].size() < std::size_t(end->second.steps)) return;
    const auto& steps = m_steps[id];
    if (!m_headerWritten) {
      m_out << "episode,step,success,failure,timeout";
      for (int i = 0; i < steps.front().action.size(); ++i) m_out << ",action_" << i;
      for (int i = 0; i < steps.front().robotState.size(); ++i) m_out << ",state_" << i;
      m_out << "\n";
      m_headerWritten = true;
    }
    for (std::size_t k = 0; k < steps.size(); ++k) {
      const bool last = k + 1 == steps.size();
      m_out << m_written << "," << k << "," << int(last && end->second.label == "success") << ","
            << int(last && end->second.label == "failure") << ","
            << int(last && end->second.label == "timeout");
      for (float a : steps[k].action) m_out << "," << a;
      for (float v : steps[k].robotState) m_out << "," << v;
      m_out << "\n";
    }
    m_out.flush();
    ++m_written;
    m_steps.erase(id);
    m_ends.erase(end);
  }

  QFile m_file;
  QTextStream m_out;
  std::map<int64_t, std::vector<StepPoint>> m_steps;
  std::map<int64_t, EpisodeSummary> m_ends;
  bool m_headerWritten = false;
  int m_written = 0;
};

}  // namespace

int runEval(const QStringList& args) {
  const OptionParser opts(
      "eval",
      "Runs deterministic episodes of a checkpoint's policy on its robot and prints the success "
      "rate.",
      args,
      {{"checkpoint", "FILE", "The checkpoint, e.g. runs/pc/final.ckpt (required)."},
       {"robot", "ID", "The robot (default the run's, from robot.json beside the checkpoint)."},
       {"episodes", "N", "Episodes to run (default 20)."},
       {"config", "FILE", "The learner config (default config.json beside the checkpoint)."},
       {"robot-set", "NAME=VALUE", "A robot setting overriding the run's (repeatable)."},
       {"start-seed", "S",
        "Episode i starts from seed S + i (default: the starts every evaluation uses). The "
        "run's --demo-seed (42 unless given) is the demo's own start: the policy's length "
        "there compares with the demo's."},
       {"trace", "FILE", "Writes a CSV of every step's action and state."}});
  const QString ckpt = opts.value("checkpoint");
  if (ckpt.isEmpty()) throw std::runtime_error("eval needs --checkpoint FILE");
  if (!QFileInfo::exists(ckpt)) {
    throw std::runtime_error(("no checkpoint file '" + ckpt + "'").toStdString());
  }
  const QString dir = QFileInfo(ckpt).absolutePath();
  ControllerSettings s;
  s.sac = SacConfig::fromFile(opts.value("config", dir + "/config.json"));
  // The run's robot and settings by default (its settings only for that robot); the command
  // line overrides them.
  const QJsonObject run = loadRobotFile(dir + "/robot.json");
  s.robotId = opts.value("robot", run.value("robot").toString("point-reach"));
  if (run.value("robot").toString() == s.robotId) {
    s.robotSettings = run.value("settings").toObject();
  }
  const QJsonObject overrides = opts.keyValues("robot-set");
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    s.robotSettings.insert(it.key(), it.value());
  }
  s.initialCheckpoint = ckpt;
  s.pacing = Pacing::Lockstep;
  s.useSuccessDetector = true;
  s.checkpointEverySteps = 0;
  const int episodes = int(opts.integer("episodes", 20));
  s.evalSeed = opts.integer("start-seed", -1);
  if (opts.has("start-seed") && s.evalSeed < 0) {
    throw std::runtime_error("--start-seed takes a seed of 0 or more");
  }

  HeadlessRun evaluation(s, HeadlessRun::Goal::Evaluate, episodes);
  std::unique_ptr<EvalTrace> trace;
  if (opts.has("trace")) {
    trace = std::make_unique<EvalTrace>(opts.value("trace"));
    evaluation.onStep = [&](const StepPoint& p) { trace->step(p); };
    evaluation.onEpisode = [&](const EpisodeSummary& e) { trace->episode(e); };
  }
  evaluation.onEvaluation = [&](const EvaluationResult& r, const UpdateMetrics&) {
    std::printf("%s: %d/%d successes, mean %.1f steps (checkpoint step %lld)\n",
                qPrintable(s.robotId), r.successes, r.episodes, r.meanSteps,
                static_cast<long long>(r.updates));
  };
  lab::app::ShutdownSignals signals(
      [&](int sig) { evaluation.stop(QString("stopped by signal %1").arg(sig)); });
  return evaluation.exec();
}

}  // namespace lab::cli
