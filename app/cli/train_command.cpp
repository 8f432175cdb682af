#include "train_command.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

#include "headless_run.h"
#include "learner_link_options.h"
#include "option_parser.h"
#include "run_folder.h"
#include "shutdown_signals.h"

namespace lab::cli {

namespace {

// preset, then the config file, then each --set key=value (value parsed as JSON).
SacConfig buildConfig(const OptionParser& opts, ObsMode obs) {
  QJsonObject json;
  if (opts.has("config")) json = SacConfig::fromFile(opts.value("config")).toJson();
  if (opts.has("preset")) json.insert("preset", opts.value("preset"));
  json.insert("obs_mode", obs == ObsMode::State   ? "state"
                          : obs == ObsMode::Image ? "image"
                                                  : "both");
  if (opts.has("seed")) json.insert("seed", double(opts.integer("seed", 1)));
  const QJsonObject sets = opts.keyValues("set");
  for (auto it = sets.begin(); it != sets.end(); ++it) json.insert(it.key(), it.value());
  if (opts.has("preset")) {
    // Explicit keys override the preset, but a preset named on the command line must win over
    // the switches written by toJson() of the config file.
    SacConfig preset;
    preset.applyPreset(opts.value("preset"));
    const auto p = preset.toJson();
    for (const QString& k : SacConfig::presetKeys()) {
      bool explicitSet = false;
      for (const QString& kv : opts.all("set")) explicitSet |= kv.startsWith(k + "=");
      if (!explicitSet) json.insert(k, p.value(k));
    }
  }
  return SacConfig::fromJson(json);
}

ObsMode parseObs(const QString& s) {
  if (s == "state") return ObsMode::State;
  if (s == "image") return ObsMode::Image;
  if (s == "both") return ObsMode::Both;
  throw std::runtime_error(("--obs must be state, image or both, got '" + s + "'").toStdString());
}

// The progress table: one row per evaluation. A folder that already holds a session is resumed
// by the controller, and its table goes on where it stopped.
class ProgressTable {
 public:
  explicit ProgressTable(const QString& path) : m_file(path) {
    const bool fresh = !m_file.exists() || m_file.size() == 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
      throw std::runtime_error(("cannot write " + path).toStdString());
    }
    m_out.setDevice(&m_file);
    if (fresh) {
      m_out << "env_step,success_rate,mean_steps,demo_steps,seconds,train_episodes,"
               "train_success_rate,"
            << UpdateMetrics::names().join(",") << ",updates\n";
    }
  }
  void add(const EvaluationResult& r, const UpdateMetrics& last) {
    m_out << r.envSteps << "," << double(r.successes) / std::max(1, r.episodes) << ","
          << r.meanSteps << "," << r.demoSteps << "," << r.trainSeconds << "," << r.trainEpisodes
          << "," << (r.trainEpisodes ? double(r.trainSuccesses) / r.trainEpisodes : 0.0);
    for (double v : last.values()) m_out << "," << v;
    m_out << "," << r.updates << "\n";
    m_out.flush();
  }

 private:
  QFile m_file;
  QTextStream m_out;
};

// The newest checkpoint the session wrote (file names carry the zero-padded update step).
QString newestCheckpoint(const QString& sessionDir) {
  const QDir dir(sessionDir + "/checkpoints");
  const QStringList files = dir.entryList({"learner_*.ckpt"}, QDir::Files, QDir::Name);
  return files.isEmpty() ? QString() : dir.filePath(files.last());
}

// --learner and its companions, as the window takes them (learner_link_options.h).
QList<Option> linkOptions() {
  QList<Option> out;
  for (const auto& o : link::linkOptionHelp()) out.push_back({o.name, o.valueName, o.help});
  return out;
}

Pacing parsePacing(const QString& s) {
  if (s == "lockstep") return Pacing::Lockstep;
  if (s == "realtime" || s == "real-time") return Pacing::RealTime;
  throw std::runtime_error(
      ("--pacing must be lockstep or realtime, got '" + s + "'").toStdString());
}

}  // namespace

ControllerSettings trainSettings(const QStringList& args, QString& outDir,
                                 link::LinkOptions* learner) {
  const OptionParser opts(
      "train",
      "Trains a robot from one scripted demonstration through the window's engine, unattended: "
      "the robot's success detector labels episodes, an evaluation runs every --eval-every "
      "steps. Running it again on the same --out folder resumes the run.",
      args,
      QList<Option>{
          {"robot", "ID",
           "The robot: point-reach, push-cube, ball-to-goal, slalom-quadruped or "
           "slalom-humanoid (default point-reach)."},
          {"obs", "MODE",
           "What the networks see: state, image or both (default image; state "
           "for point-reach)."},
          {"preset", "NAME",
           "One of " + lab::SacConfig::presetNames().join(", ") +
               " (docs/SIGENT_SAC.md, \"Presets: what each changes\")."},
          {"config", "FILE", "A learner config (JSON), applied before --preset and --set."},
          {"steps", "N", "Environment steps of training (default 10000)."},
          {"seed", "S", "The learner's seed (default the config's)."},
          {"eval-every", "K", "Steps between evaluations (default 1000)."},
          {"eval-episodes", "N", "Episodes of each evaluation (default 20)."},
          {"demo-seed", "S", "The start the demonstration is recorded from (default 42)."},
          {"out", "DIR", "The run folder (default runs/ROBOT-seedS)."},
          {"set", "KEY=VALUE", "Any learner config key, e.g. --set batch_size=128 (repeatable)."},
          {"robot-set", "NAME=VALUE",
           "A robot setting, e.g. --robot-set start_spread=0.5 (repeatable)."},
          {"stop-at", "WHEN", "solved (default: stop at the first 20/20) or steps (run them all)."},
          {"pacing", "MODE", "lockstep (default: the sim waits for the learner) or realtime."}} +
          linkOptions());
  const QString robot = opts.value("robot", "point-reach");
  const ObsMode obs = parseObs(opts.value("obs", robot == "point-reach" ? "state" : "image"));
  ControllerSettings s;
  s.robotId = robot;
  s.robotSettings = opts.keyValues("robot-set");
  s.sac = buildConfig(opts, obs);
  s.pacing = parsePacing(opts.value("pacing", "lockstep"));
  // Unattended: the robot's scripted expert records the demo, its detectors label episodes.
  s.scriptedDemo = true;
  s.useSuccessDetector = true;
  s.autoTrain = true;
  s.demoSeed = opts.integer("demo-seed", 42);
  s.evalEverySteps = int(opts.integer("eval-every", 1000));
  s.evalEpisodes = int(opts.integer("eval-episodes", 20));
  s.trainStepBudget = opts.integer("steps", 10000);
  s.stopWhenSolved = opts.value("stop-at", "solved") == "solved";
  outDir = opts.value("out", QString("runs/%1-seed%2").arg(robot).arg(s.sac.seed));
  s.sessionDir = outDir;
  link::LinkOptions chosen;
  QString error;
  if (!link::readLinkOptions([&](const QString& name) { return opts.value(name); }, chosen,
                             error)) {
    throw std::runtime_error(error.toStdString());
  }
  if (chosen.remote()) {
    if (!learner) throw std::runtime_error("--learner is not available here");
    *learner = chosen;
    s.sessionDir.clear();  // the session store is on the learner machine
  }
  return s;
}

int runTrain(const QStringList& args) {
  QString out;
  link::LinkOptions link;
  const ControllerSettings settings = trainSettings(args, out, &link);
  if (!QDir().mkpath(out)) {
    throw std::runtime_error(("cannot create output folder '" + out + "'").toStdString());
  }
  settings.sac.saveFile(out + "/config.json");
  saveRobotFile(out + "/robot.json", settings.robotId, settings.robotSettings);
  ProgressTable table(out + "/progress.csv");

  const std::shared_ptr<LearnerSource> learners = link.source();
  HeadlessRun run(settings, HeadlessRun::Goal::Train, 0, learners);
  std::printf("%s: training %s from one scripted demonstration for %lld steps (%s)\n",
              qPrintable(settings.robotId), qPrintable(settings.sac.preset),
              static_cast<long long>(settings.trainStepBudget),
              qPrintable(toString(settings.pacing)));
  run.onEvaluation = [&](const EvaluationResult& r, const UpdateMetrics& last) {
    table.add(r, last);
    std::printf(
        "step %7lld  success %2d/%d  steps %5.1f (demo %.0f)  train %d/%d  Q %7.3f  "
        "H_sig %.3f  gate %.2f  %.0f s\n",
        static_cast<long long>(r.envSteps), r.successes, r.episodes, r.meanSteps, r.demoSteps,
        r.trainSuccesses, r.trainEpisodes, last.qMin, last.hSig, last.gateOpen, r.trainSeconds);
    std::fflush(stdout);
  };
  lab::app::ShutdownSignals signals([&](int sig) {
    run.stop(QString("stopped by signal %1: the episode and a checkpoint are saved; the same "
                     "command resumes the run")
                 .arg(sig));
  });
  if (run.exec() != 0) return 1;
  if (learners) {
    std::printf(
        "wrote %s: progress.csv, config.json, robot.json; the session and its "
        "checkpoints are on the learner at %s\n",
        qPrintable(out), qPrintable(link.address));
    return 0;
  }
  // The shutdown checkpoint is the trained policy; final.ckpt is what `eval` takes.
  const QString newest = newestCheckpoint(out);
  QFile::remove(out + "/final.ckpt");
  if (newest.isEmpty() || !QFile::copy(newest, out + "/final.ckpt")) {
    throw std::runtime_error(("no checkpoint to copy to " + out + "/final.ckpt").toStdString());
  }
  std::printf("wrote %s: session.sqlite, progress.csv, config.json, robot.json, final.ckpt\n",
              qPrintable(out));
  return 0;
}

}  // namespace lab::cli
