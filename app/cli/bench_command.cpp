#include "bench_command.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <chrono>
#include <cstdio>
#include <torch/torch.h>

#include <random>

#include "option_parser.h"
#include "sigent_sac.h"

namespace lab::cli {

namespace {

constexpr int kStateDim = 10, kActionDim = 3;

struct Case {
  const char* name;
  ObsMode obs;
  int batch;
  int hidden;
  int updates;
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

double pythonMsPerUpdate(const Case& c, int threads, QString& note) {
  const QString script = QString(LAB_SOURCE_DIR) + "/app/cli/python/sac_update_bench.py";
  QProcess p;
  p.start("/usr/bin/python3", {script, c.obs == ObsMode::State ? "state" : "image",
                               QString::number(c.batch), QString::number(c.updates),
                               QString::number(threads), QString::number(c.hidden)});
  if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
    note = "python failed: " + QString::fromUtf8(p.readAllStandardError()).trimmed().left(200);
    return -1;
  }
  const auto m = QRegularExpression("ms_per_update=([0-9.]+)").match(p.readAllStandardOutput());
  return m.hasMatch() ? m.captured(1).toDouble() : -1;
}

}  // namespace

int runBench(const QStringList& args) {
  const QString what = args.value(0, "learner");
  if (what != "learner") {
    throw std::runtime_error(("unknown benchmark '" + what + "'; available: learner").toStdString());
  }
  OptionParser opts(args.mid(1), {"threads", "python", "updates-scale"});
  const int threads = int(opts.integer("threads", 0));
  const bool withPython = opts.value("python", "yes") != "no";
  const double scale = opts.value("updates-scale", "1").toDouble();
  // 160 hidden units make the state networks 0.09M parameters, the size the paper reports.
  const Case cases[] = {{"state  b256", ObsMode::State, 256, 160, 200},
                        {"image  b128", ObsMode::Image, 128, 256, 20},
                        {"image  b256", ObsMode::Image, 256, 256, 10}};
  std::printf("SigEnt-SAC learner benchmark: one update = critic + actor step, OOD term with 10 "
              "policy samples, gated BC, target update\n");
  std::printf("BLAS: %s\n", qPrintable(blasInUse()));
  std::printf("%-12s %9s %8s %12s %12s %12s %9s\n", "networks", "params", "threads",
              "C++ ms/upd", "C++ upd/s", "Python ms", "C++/Py");
  for (const Case& c : cases) {
    SacConfig cfg;
    cfg.obsMode = c.obs;
    cfg.batchSize = c.batch;
    cfg.hiddenDim = c.hidden;
    cfg.numThreads = threads;
    SigEntSac sac(cfg, c.obs == ObsMode::Image ? 0 : kStateDim, kActionDim);
    std::mt19937 rng(1);
    const int side = c.obs == ObsMode::State ? 0 : cfg.imageSize;
    const int sd = c.obs == ObsMode::Image ? 0 : kStateDim;
    ReplayBuffer replay(4096, side, sd, kActionDim), expert(256, side, sd, kActionDim);
    fill(replay, cfg, 1024, rng);
    fill(expert, cfg, 40, rng);
    for (int i = 0; i < 3; ++i) sac.update(replay, expert);
    const int n = std::max(3, int(c.updates * scale));
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < n; ++i) sac.update(replay, expert);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / n;
    QString note;
    const double py = withPython ? pythonMsPerUpdate({c.name, c.obs, c.batch, c.hidden, n},
                                                     torch::get_num_threads(), note)
                                 : -1;
    std::printf("%-12s %8.3fM %8d %12.2f %12.1f %12s %9s %s\n", c.name,
                sac.networks().parameterCount() / 1e6, torch::get_num_threads(), ms, 1000.0 / ms,
                py > 0 ? qPrintable(QString::number(py, 'f', 2)) : "-",
                py > 0 ? qPrintable(QString::number(py / ms, 'f', 2) + "x") : "-",
                qPrintable(note));
    std::fflush(stdout);
  }
  return 0;
}

}  // namespace lab::cli
