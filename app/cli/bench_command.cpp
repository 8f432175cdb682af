#include "bench_command.h"

#include <torch/torch.h>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <chrono>
#include <cstdio>

#include <algorithm>
#include <random>
#include <thread>
#include <vector>

#include "allocator_tuning.h"
#include "arithmetic_floor.h"
#include "bridge_bench.h"
#include "memory_bench.h"
#include "option_parser.h"
#include "sigent_sac.h"
#include "update_profile.h"

namespace lab::cli {

namespace {

constexpr int kStateDim = 10, kActionDim = 3;
constexpr int kRepeats = 3;  // fresh learners per case

struct Case {
  const char* name;
  ObsMode obs;
  int batch;
  int hidden;
  int updates;
  int oodSamples;
  QString preset;  // SacConfig::applyPreset, before the shapes above
};

// Random data of the right shapes: timing does not depend on the values.
void fill(ReplayBuffer& buffer, const SacConfig& c, int n, std::mt19937& rng) {
  std::uniform_int_distribution<int> pixel(0, 255);
  std::uniform_real_distribution<float> u(-1, 1);
  for (int i = 0; i < n; ++i) {
    Transition t;
    if (c.obsMode != ObsMode::State) {
      t.obs.image.resize(c.imageSize * c.imageSize);
      t.next.image.resize(c.imageSize * c.imageSize);
      for (auto& p : t.obs.image) p = std::uint8_t(pixel(rng));
      for (auto& p : t.next.image) p = std::uint8_t(pixel(rng));
    }
    if (c.obsMode != ObsMode::Image) {
      for (int k = 0; k < kStateDim; ++k) t.obs.state.push_back(u(rng));
      for (int k = 0; k < kStateDim; ++k) t.next.state.push_back(u(rng));
    }
    for (int k = 0; k < kActionDim; ++k) t.action.push_back(u(rng));
    t.reward = i % 50 == 0 ? 1.0f : 0.0f;
    t.terminal = i % 50 == 0;
    buffer.add(t, i / 50);
  }
}

QString blasInUse() {
  const QString link = QFileInfo("/etc/alternatives/libblas.so.3-x86_64-linux-gnu").symLinkTarget();
  return link.isEmpty() ? "unknown" : link;
}

struct Timing {
  double median = -1, min = -1, max = -1;
  QString text() const {
    if (median < 0) return "-";
    return QString("%1 (%2-%3)").arg(median, 0, 'f', 1).arg(min, 0, 'f', 1).arg(max, 0, 'f', 1);
  }
};

Timing pythonMsPerUpdate(const Case& c, int updates, int threads, QString& note) {
  const QString script = QString(LAB_SOURCE_DIR) + "/app/cli/python/sac_update_bench.py";
  QProcess p;
  // The same allocator settings as the C++ learner (core/learning/allocator_tuning.h).
  QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
  env.insert("GLIBC_TUNABLES", QString::fromStdString(allocatorTunables()));
  p.setProcessEnvironment(env);
  p.start("/usr/bin/python3",
          {script, c.obs == ObsMode::State ? "state" : "image", QString::number(c.batch),
           QString::number(updates), QString::number(threads), QString::number(c.hidden),
           QString::number(c.oodSamples)});
  if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
    note = "python failed: " + QString::fromUtf8(p.readAllStandardError()).trimmed().left(200);
    return {};
  }
  const auto m = QRegularExpression("ms_per_update=([0-9.]+) min=([0-9.]+) max=([0-9.]+)")
                     .match(p.readAllStandardOutput());
  if (!m.hasMatch()) return {};
  return {m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble()};
}

// One fresh learner: warm-up (with num_threads 0 until the tuner's first two probes are done), then
// `updates` timed updates; ms per update. `profile` (optional) collects the phases.
double cppMsPerUpdate(const Case& c, int updates, int threads, int seed, double& params,
                      int& threadsUsed, UpdateProfile* profile = nullptr) {
  SacConfig cfg;
  cfg.applyPreset(c.preset);
  cfg.obsMode = c.obs;
  cfg.batchSize = c.batch;
  cfg.hiddenDim = c.hidden;
  cfg.oodPolicySamples = c.oodSamples;
  cfg.numThreads = threads;
  cfg.seed = seed;
  SigEntSac sac(cfg, c.obs == ObsMode::Image ? 0 : kStateDim, kActionDim);
  params = sac.networks().parameterCount() / 1e6;
  std::mt19937 rng(seed);
  const int side = c.obs == ObsMode::State ? 0 : cfg.imageSize;
  const int sd = c.obs == ObsMode::Image ? 0 : kStateDim;
  ReplayBuffer replay(4096, side, sd, kActionDim), expert(256, side, sd, kActionDim);
  fill(replay, cfg, 1024, rng);
  fill(expert, cfg, 40, rng);
  for (int i = 0; i < 5; ++i) sac.update(replay, expert);  // allocator and thread pool warm
  while (sac.threadTuner() && sac.threadTuner()->probes() < 2) sac.update(replay, expert);
  sac.setProfile(profile);
  const auto t0 = std::chrono::steady_clock::now();
  for (int i = 0; i < updates; ++i) sac.update(replay, expert);
  threadsUsed = sac.threads();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() /
         updates;
}

Timing timeCase(const Case& c, int n, int threads, double& params, int& used,
                UpdateProfile* profile) {
  std::vector<double> runs;
  for (int r = 0; r < kRepeats; ++r) {
    runs.push_back(cppMsPerUpdate(c, n, threads, r + 1, params, used, r == 0 ? profile : nullptr));
  }
  std::sort(runs.begin(), runs.end());
  return {runs[runs.size() / 2], runs.front(), runs.back()};
}

// `count` processes that keep a core busy each, as another program on the machine would.
class BusyLoad {
 public:
  explicit BusyLoad(int count) {
    for (int i = 0; i < count; ++i) {
      auto* p = new QProcess;
      p->start("/bin/sh", {"-c", "while :; do :; done"});
      p->waitForStarted();
      m_procs.push_back(p);
    }
  }
  ~BusyLoad() {
    for (auto* p : m_procs) {
      p->kill();
      p->waitForFinished();
      delete p;
    }
  }

 private:
  std::vector<QProcess*> m_procs;
};

void printBreakdown(const char* name, const UpdateProfile& profile) {
  double total = 0;
  for (int p = 0; p < UpdateProfile::kPhases; ++p) {
    total += profile.msPerUpdate(UpdateProfile::Phase(p));
  }
  std::printf("  %s, where an update's %.1f ms go:", name, total);
  for (int p = 0; p < UpdateProfile::kPhases; ++p) {
    const double ms = profile.msPerUpdate(UpdateProfile::Phase(p));
    if (ms >= 0.05)
      std::printf(" %s %.1f (%.0f%%),", UpdateProfile::name(UpdateProfile::Phase(p)), ms,
                  100 * ms / total);
  }
  std::printf("\n");
}

// What the update's heavy operators alone cost, against the update and against the goal (a
// third of Python's state update, half of its image update).
void printFloors(const Case (&cases)[3], const std::vector<std::pair<double, double>>& measured) {
  std::printf(
      "Floor: one update's heavy operators alone (the MLPs' matrix products and the conv "
      "encoder's convolutions, forward and backward, the update's shapes, no autograd), ms at 1 "
      "and 2 threads:\n");
  const SacConfig defaults;
  for (std::size_t i = 0; i < measured.size(); ++i) {
    const Case& c = cases[i];
    const bool image = c.obs == ObsMode::Image;
    UpdateShape shape;
    shape.batch = c.batch;
    shape.oodSamples = c.oodSamples;
    shape.features = image ? defaults.featureDim : kStateDim;
    shape.actions = kActionDim;
    shape.hidden = c.hidden;
    shape.hiddenLayers = defaults.hiddenLayers;
    if (image) {
      shape.imageSide = defaults.imageSize;
      shape.frameStack = defaults.frameStack;
      shape.encoderChannels = defaults.encoderChannels;
      shape.encoderLayers = defaults.encoderLayers;
    }
    const ArithmeticFloor floor(shape);
    const double one = floor.msPerUpdate(1), two = floor.msPerUpdate(2);
    std::printf(
        "  %s: %.0fM multiply-adds (%.0fM in convolutions); alone %.1f ms (1 thread), "
        "%.1f ms (2)",
        c.name, floor.multiplyAdds() / 1e6, floor.convMultiplyAdds() / 1e6, one, two);
    std::printf("; the update %.1f ms", measured[i].first);
    if (measured[i].second > 0) {
      const double goal = measured[i].second / (image ? 2 : 3);
      std::printf("; the goal (Python/%d) %.1f ms", image ? 2 : 3, goal);
    }
    std::printf("\n");
  }
}

}  // namespace

int runBench(const QStringList& args) {
  // Each of these benchmarks parses its own options.
  if (args.value(0) == "memory") return runMemoryBench(args.mid(1));
  if (args.value(0) == "bridge") return runBridgeBench(args.mid(1));
  const OptionParser opts(
      "bench",
      "Prints benchmark figures. learner: one SigEnt-SAC update in C++ against the same update "
      "in Python (Debian's python3-torch), with a per-phase breakdown. memory: replay memory "
      "and reopening (sigent-lab bench memory --help). bridge: the robot bridge's "
      "command-to-observation round trip on loopback (sigent-lab bench bridge --help).",
      args,
      {{"threads", "N", "Learner threads (default 0: the thread tuner picks)."},
       {"python", "yes|no", "Also time the Python update (default yes)."},
       {"updates-scale", "F", "Scales the number of timed updates (default 1)."},
       {"load", "N", "Busy processes started beside the bench (default 0)."},
       {"ood", "K", "OOD policy samples per state (default the config's)."},
       {"preset", "NAME",
        "The method whose update is timed (default sigent; others without Python or floor)."}},
      {"BENCHMARK"});
  const QString what = opts.positional(0, "learner");
  if (what == "learning") {
    throw std::runtime_error(
        "the learning benchmark is bench/learning.py (./lab bench learning --help): it runs "
        "`sigent-lab train` once per method, robot and seed");
  }
  if (what != "learner") {
    throw std::runtime_error(
        ("unknown benchmark '" + what + "'; available: learner, memory, bridge").toStdString());
  }
  const int threads = int(opts.integer("threads", 0));
  const bool withPython = opts.value("python", "yes") != "no";
  const double scale = opts.number("updates-scale", 1);
  const int load = int(opts.integer("load", 0));
  const int ood = int(opts.integer("ood", SacConfig{}.oodPolicySamples));
  const QString preset = opts.value("preset", "sigent");
  SacConfig method;
  method.applyPreset(preset);  // ConfigError names the presets
  // The Python update and the floor are SigEnt-SAC's shapes only.
  const bool sigent = preset == "sigent";
  // 160 hidden units make the state networks 0.09M parameters, the size the paper reports.
  const Case cases[] = {{"state  b256", ObsMode::State, 256, 160, 200, ood, preset},
                        {"image  b128", ObsMode::Image, 128, 256, 40, ood, preset},
                        {"image  b256", ObsMode::Image, 256, 256, 20, ood, preset}};
  if (sigent) {
    std::printf(
        "SigEnt-SAC learner benchmark (project defaults): one update = critic + actor "
        "step, OOD term with %d policy samples, gated BC (training the image encoder), "
        "target update\n",
        ood);
  } else {
    std::printf(
        "Learner benchmark, preset %s: one update = critic (%d critics) + actor step, target "
        "update; the preset runs %d update(s) per env step (utd)\n",
        qPrintable(preset), method.critics, method.utd);
  }
  std::printf("BLAS: %s\n", qPrintable(blasInUse()));
  std::printf("Each figure: median (min-max) ms per update over %d fresh sets of networks.\n",
              kRepeats);
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::printf("Threads: %s; %d busy process(es) started beside it (--load).\n",
              threads > 0 ? qPrintable(QString("%1 (--threads)").arg(threads))
                          : "the default (num_threads 0: the learner's thread tuner picks)",
              load);
  BusyLoad busy(load);
  std::printf("%-12s %8s %8s %22s %10s %20s %22s %8s\n", "networks", "params", "threads",
              "C++ ms/update", "C++ upd/s", "C++ 1 thread", "Python ms/update", "Py/C++");
  std::vector<std::pair<const char*, UpdateProfile>> profiles;
  std::vector<std::pair<double, double>> measured;  // C++ and Python medians per case
  for (const Case& c : cases) {
    const int n = std::max(3, int(c.updates * scale));
    double params = 0;
    int used = threads;
    UpdateProfile profile;
    const Timing cpp = timeCase(c, n, threads, params, used, &profile);
    profiles.emplace_back(c.name, profile);
    int one = 1;
    const Timing single = threads == 1 ? cpp : timeCase(c, n, 1, params, one, nullptr);
    QString note;
    // Python at torch's own default, all cores, unless a count was given.
    const Timing py = withPython && sigent
                          ? pythonMsPerUpdate(c, n, threads > 0 ? threads : cores, note)
                          : Timing{};
    std::printf(
        "%-12s %7.3fM %8d %22s %10.1f %20s %22s %8s %s\n", c.name, params, used,
        qPrintable(cpp.text()), 1000.0 / cpp.median, qPrintable(single.text()),
        qPrintable(py.text()),
        py.median > 0 ? qPrintable(QString::number(py.median / cpp.median, 'f', 2) + "x") : "-",
        qPrintable(note));
    measured.emplace_back(cpp.median, py.median);
    std::fflush(stdout);
  }
  if (sigent) printFloors(cases, measured);
  std::printf("Breakdown (the first set of networks of each case, at the threads above):\n");
  for (const auto& [name, profile] : profiles) printBreakdown(name, profile);
  return 0;
}

}  // namespace lab::cli
