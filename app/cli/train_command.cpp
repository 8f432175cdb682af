#include "train_command.h"

#include <QDir>
#include <QFile>
#include <QTextStream>
#include <cstdio>

#include "environment_factory.h"
#include "option_parser.h"
#include "run_folder.h"
#include "sync_trainer.h"

namespace lab::cli {

namespace {

// preset, then the config file, then each --set key=value (value parsed as JSON).
SacConfig buildConfig(const OptionParser& opts, ObsMode obs) {
  QJsonObject json;
  if (opts.has("config")) json = SacConfig::fromFile(opts.value("config")).toJson();
  if (opts.has("preset")) json.insert("preset", opts.value("preset"));
  json.insert("obs_mode", obs == ObsMode::State ? "state" : obs == ObsMode::Image ? "image" : "both");
  if (obs != ObsMode::State && !json.contains("batch_size")) json.insert("batch_size", 128);
  if (opts.has("seed")) json.insert("seed", double(opts.integer("seed", 1)));
  const QJsonObject sets = opts.keyValues("set");
  for (auto it = sets.begin(); it != sets.end(); ++it) json.insert(it.key(), it.value());
  if (opts.has("preset")) {
    // Explicit keys override the preset, but a preset named on the command line must win over
    // the switches written by toJson() of the config file.
    SacConfig preset;
    preset.applyPreset(opts.value("preset"));
    const auto p = preset.toJson();
    for (const char* k : {"entropy", "auto_alpha", "alpha_init", "target_entropy", "gate",
                          "bc_lambda", "ood_lambda", "expert_ratio", "demo_to_replay",
                          "critic_layer_norm"}) {
      bool explicitSet = false;
      for (const QString& kv : opts.all("set")) explicitSet |= kv.startsWith(QString(k) + "=");
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

}  // namespace

int runTrain(const QStringList& args) {
  OptionParser opts(args, {"robot", "obs", "preset", "config", "steps", "seed", "eval-every",
                           "eval-episodes", "demo-seed", "out", "set", "robot-set",
                           "stop-at"});
  const QString robot = opts.value("robot", "point-reach");
  const QJsonObject robotSettings = opts.keyValues("robot-set");
  const ObsMode obs = parseObs(opts.value("obs", robot == "point-reach" ? "state" : "image"));
  SacConfig config = buildConfig(opts, obs);
  const qint64 steps = opts.integer("steps", 10000);
  const qint64 evalEvery = opts.integer("eval-every", 1000);
  const int evalEpisodes = int(opts.integer("eval-episodes", 20));
  const bool stopAtSolved = opts.value("stop-at", "solved") == "solved";
  const QString out = opts.value("out", QString("runs/%1-seed%2").arg(robot).arg(config.seed));
  if (!QDir().mkpath(out)) {
    throw std::runtime_error(("cannot create output folder '" + out + "'").toStdString());
  }
  config.saveFile(out + "/config.json");
  saveRobotFile(out + "/robot.json", robot, robotSettings);

  auto env = makeEnvironment(robot, obs != ObsMode::State, config.seed, robotSettings);
  SyncTrainer trainer(config, *env);
  const int demoSteps = trainer.recordScriptedDemo(quint64(opts.integer("demo-seed", 42)));
  std::printf("%s: one scripted demonstration, %d steps; training %s for %lld steps\n",
              qPrintable(robot), demoSteps, qPrintable(config.preset), steps);

  QFile csv(out + "/progress.csv");
  if (!csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
    throw std::runtime_error(("cannot write " + csv.fileName()).toStdString());
  }
  QTextStream table(&csv);
  table << "env_step,success_rate,mean_steps,demo_steps,seconds,train_episodes,train_success_rate,"
        << UpdateMetrics::names().join(",") << "\n";
  const QJsonObject meta{{"robot", robot}, {"robot_settings", robotSettings}};
  trainer.train(steps, evalEvery, evalEpisodes, [&](const EvalReport& r) {
    table << r.envSteps << "," << double(r.successes) / r.episodes << "," << r.meanSteps << ","
          << demoSteps << "," << r.seconds << "," << r.trainEpisodes << ","
          << (r.trainEpisodes ? double(r.trainSuccesses) / r.trainEpisodes : 0.0);
    for (double v : r.last.values()) table << "," << v;
    table << "\n";
    table.flush();
    // A run stopped or killed half-way keeps its latest policy (written atomically).
    trainer.learner().save(out + "/latest.ckpt", meta);
    std::printf("step %7lld  success %2d/%d  steps %5.1f (demo %d)  train %d/%d  Q %7.3f  "
                "H_sig %.3f  gate %.2f  %.0f s\n",
                static_cast<long long>(r.envSteps), r.successes, r.episodes, r.meanSteps,
                demoSteps, r.trainSuccesses, r.trainEpisodes, r.last.qMin, r.last.hSig,
                r.last.gateOpen, r.seconds);
    std::fflush(stdout);
    return !(stopAtSolved && r.successes == r.episodes);
  });
  trainer.learner().save(out + "/final.ckpt", meta);
  QFile::remove(out + "/latest.ckpt");  // final.ckpt supersedes it
  std::printf("wrote %s/progress.csv, config.json, robot.json, final.ckpt\n", qPrintable(out));
  return 0;
}

}  // namespace lab::cli
