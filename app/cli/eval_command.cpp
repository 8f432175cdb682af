#include "eval_command.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>

#include "environment_factory.h"
#include "option_parser.h"
#include "run_folder.h"
#include "sync_trainer.h"

namespace lab::cli {

namespace {

// Writes the CSV header and returns the observer that appends one row per evaluation step.
SyncTrainer::StepObserver traceTo(QTextStream& out, const Environment& env) {
  out << "episode,step,success,failure,timeout";
  for (int i = 0; i < env.actionDim(); ++i) out << ",action_" << i;
  for (int i = 0; i < env.stateDim(); ++i) out << ",state_" << i;
  out << "\n";
  return [&out](int episode, int step, const std::vector<float>& action, const EnvStep& s) {
    out << episode << "," << step << "," << int(s.success) << "," << int(s.failure) << ","
        << int(s.timeout);
    for (float a : action) out << "," << a;
    for (float v : s.obs.state) out << "," << v;
    out << "\n";
  };
}

}  // namespace

int runEval(const QStringList& args) {
  OptionParser opts(args, {"robot", "checkpoint", "episodes", "config", "robot-set", "trace"});
  const QString ckpt = opts.value("checkpoint");
  if (ckpt.isEmpty()) throw std::runtime_error("eval needs --checkpoint FILE");
  const QString dir = QFileInfo(ckpt).absolutePath();
  const SacConfig config = SacConfig::fromFile(opts.value("config", dir + "/config.json"));
  // The run's robot and settings by default (its settings only for that robot); the command
  // line overrides them.
  const QJsonObject run = loadRobotFile(dir + "/robot.json");
  const QString robot = opts.value("robot", run.value("robot").toString("point-reach"));
  QJsonObject robotSettings =
      run.value("robot").toString() == robot ? run.value("settings").toObject() : QJsonObject{};
  const QJsonObject overrides = opts.keyValues("robot-set");
  for (auto it = overrides.begin(); it != overrides.end(); ++it) {
    robotSettings.insert(it.key(), it.value());
  }
  auto env = makeEnvironment(robot, config.obsMode != ObsMode::State, config.seed, robotSettings);
  SyncTrainer trainer(config, *env);
  trainer.learner().load(ckpt);
  // --trace FILE: every step's action and state vector, to see where a policy goes wrong.
  QFile traceFile(opts.value("trace"));
  QTextStream trace(&traceFile);
  SyncTrainer::StepObserver observer;
  if (opts.has("trace")) {
    if (!traceFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
      throw std::runtime_error(("cannot write " + traceFile.fileName()).toStdString());
    }
    observer = traceTo(trace, *env);
  }
  const auto r =
      trainer.evaluate(int(opts.integer("episodes", 20)), SyncTrainer::kEvalSeedBase, observer);
  std::printf("%s: %d/%d successes, mean %.1f steps (checkpoint step %lld)\n", qPrintable(robot),
              r.successes, r.episodes, r.meanSteps,
              static_cast<long long>(trainer.learner().updateCount()));
  return 0;
}

}  // namespace lab::cli
