#include "memory_bench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <stdexcept>

#include "frame_stack.h"
#include "learner_worker.h"
#include "memory_budget.h"
#include "option_parser.h"
#include "replay_buffer.h"
#include "session_recorder.h"
#include "session_restore.h"
#include "session_store.h"

namespace lab::cli {

namespace {

constexpr int kSide = 64, kStateDim = 10, kActionDim = 3, kEpisodeSteps = 100;

int64_t procStatusBytes(const char* key) {
  QFile f(QStringLiteral("/proc/self/status"));
  if (!f.open(QIODevice::ReadOnly)) return -1;
  const auto m = QRegularExpression(QString("%1:\\s+(\\d+) kB").arg(key))
                     .match(QString::fromLatin1(f.readAll()));
  return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : -1;
}

double mib(int64_t bytes) { return double(bytes) / (1 << 20); }

// A camera frame that differs from every other one (as a real camera's do) without the cost
// of random numbers for gigabytes of pixels.
Observation frameOf(int64_t n, bool image, std::vector<std::uint8_t>& pattern) {
  Observation o;
  if (image) {
    o.image = pattern;
    for (int k = 0; k < 8; ++k) o.image[std::size_t(k) * 509] = std::uint8_t(n >> (8 * k));
  } else {
    for (int k = 0; k < kStateDim; ++k) o.state.push_back(float(n % 1000) / 1000 + k);
  }
  return o;
}

// Adds `n` transitions in episodes of kEpisodeSteps, stacked as the learner stacks them.
void fillEpisodes(ReplayBuffer& b, int64_t n, bool image, int frames) {
  std::vector<std::uint8_t> pattern(std::size_t(kSide) * kSide);
  for (std::size_t i = 0; i < pattern.size(); ++i) pattern[i] = std::uint8_t(i * 7919 % 251);
  FrameStack stack(frames, image ? pattern.size() : 0);
  int64_t frame = 0;
  Observation obs;
  for (int64_t i = 0; i < n; ++i) {
    const int step = int(i % kEpisodeSteps);
    if (step == 0) obs = stack.start(frameOf(frame++, image, pattern));
    Transition t{obs, std::vector<float>(kActionDim, 0.1f), 0.0f, step == kEpisodeSteps - 1,
                 stack.next(frameOf(frame++, image, pattern))};
    b.add(t, i / kEpisodeSteps, kEpisodeSteps - 1 - step);
    obs = t.next;
  }
}

// The layout before frames were kept once: obs and next each held the whole stack.
std::size_t stackedLayoutBytes(bool image, int frames) {
  const std::size_t pixels = image ? std::size_t(kSide) * kSide * frames : 0;
  const int state = image ? 0 : kStateDim;
  return 2 * pixels + sizeof(float) * (2 * state + kActionDim + 2) + 1 + sizeof(int64_t) +
         sizeof(int);
}

int childFill(int64_t n, int frames) {
  const int64_t before = procStatusBytes("VmRSS");
  ReplayBuffer b(int(n), kSide, 0, kActionDim, frames);
  fillEpisodes(b, n, true, frames);
  const int64_t after = procStatusBytes("VmRSS");
  std::printf("rss_delta=%lld hwm=%lld stored=%lld\n", (long long)(after - before),
              (long long)procStatusBytes("VmHWM"), (long long)b.memoryBytes());
  return 0;
}

SacConfig reopenConfig(int capacity, int frames) {
  SacConfig c;
  c.obsMode = ObsMode::Image;
  c.imageSize = kSide;
  c.frameStack = frames;
  c.replayCapacity = capacity;
  c.expertCapacity = std::min(c.expertCapacity, capacity);
  c.numThreads = 1;
  return c;
}

SessionInfo sessionInfo() {
  SessionInfo si;
  si.robotId = "bench";
  si.actionDim = kActionDim;
  si.imageSize = kSide;
  return si;
}

// The connect path's reopen without a robot: load the rows, start the learner, stream.
int childReopen(const QString& dir, int capacity, int frames) {
  const int64_t before = procStatusBytes("VmRSS");
  const auto t0 = std::chrono::steady_clock::now();
  SessionRecorder recorder(dir, sessionInfo());
  const StoredSession stored = recorder.load();
  std::vector<int64_t> demos;
  for (const auto& e : stored.episodes) {
    if (e.kind == "demo") demos = {e.id};
  }
  LearnerSettings ls;
  ls.sac = reopenConfig(capacity, frames);
  ls.actionDim = kActionDim;
  PolicyMailbox mailbox;
  LearnerWorker learner(ls, {}, mailbox);
  learner.start();
  if (!learner.waitReady(180000)) throw std::runtime_error("learner did not start");
  const auto counts = SessionRestore::run(
      stored.episodes, SessionRestore::plan(stored.episodes, demos, ls.sac),
      [&](int64_t id) { return recorder.steps(id); }, learner);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::printf("seconds=%.2f rss_before=%lld hwm=%lld read=%lld replay=%d\n", seconds,
              (long long)before, (long long)procStatusBytes("VmHWM"), (long long)counts.stepsRead,
              learner.replaySize());
  learner.stop();
  return 0;
}

QString childRun(const QStringList& args) {
  QProcess p;
  p.start(QCoreApplication::applicationFilePath(), QStringList{"bench", "memory"} + args);
  if (!p.waitForFinished(60 * 60 * 1000) || p.exitCode() != 0) {
    throw std::runtime_error("bench child failed: " +
                             QString::fromUtf8(p.readAllStandardError()).trimmed().toStdString());
  }
  return QString::fromUtf8(p.readAllStandardOutput());
}

int64_t field(const QString& out, const QString& key) {
  const auto m = QRegularExpression(key + "=([0-9.]+)").match(out);
  return m.hasMatch() ? int64_t(m.captured(1).toDouble()) : -1;
}

void bytesPerTransition() {
  std::printf(
      "\nBytes per transition (2000 transitions in 100-step episodes, "
      "ReplayBuffer::memoryBytes):\n");
  std::printf("%-26s %14s %26s\n", "observation", "frames kept once", "obs+next stacked (before)");
  const struct {
    const char* name;
    bool image;
    int frames;
  } rows[] = {{"state (10 values)", false, 1},
              {"image 64x64, frame_stack 1", true, 1},
              {"image 64x64, frame_stack 2", true, 2},
              {"image 64x64, frame_stack 3", true, 3}};
  for (const auto& r : rows) {
    const int n = 2000;
    ReplayBuffer b(n, r.image ? kSide : 0, r.image ? 0 : kStateDim, kActionDim, r.frames);
    fillEpisodes(b, n, r.image, r.frames);
    std::printf("%-26s %14zu %26zu\n", r.name, b.memoryBytes() / n,
                stackedLayoutBytes(r.image, r.frames));
  }
}

void residentFill(const std::vector<int64_t>& sizes, int frames) {
  std::printf(
      "\nResident memory of filling a replay buffer with N image transitions "
      "(64x64, frame_stack %d, 100-step episodes; VmRSS after - before, a fresh "
      "process each):\n",
      frames);
  std::printf("%10s %14s %16s %22s\n", "N", "resident", "bytes/transition", "stacked (computed)");
  for (const int64_t n : sizes) {
    const int64_t need =
        int64_t(ReplayBuffer::bytesPerTransition(kSide, 0, kActionDim, frames)) * n * 11 / 10 +
        (int64_t(256) << 20);
    const int64_t avail = MemoryBudget::availableBytes();
    if (avail >= 0 && need > avail) {
      std::printf("%10lld skipped: needs about %s, %s available (MemAvailable)\n", (long long)n,
                  qPrintable(MemoryBudget::humanBytes(need)),
                  qPrintable(MemoryBudget::humanBytes(avail)));
      continue;
    }
    const QString out = childRun({"--child", "fill", "--transitions", QString::number(n),
                                  "--frames", QString::number(frames)});
    const int64_t rss = field(out, "rss_delta");
    std::printf("%10lld %11.0f MiB %16.0f %18.0f MiB\n", (long long)n, mib(rss),
                double(rss) / double(n), mib(int64_t(stackedLayoutBytes(true, frames)) * n));
    std::fflush(stdout);
  }
}

void writeSession(const QString& dir, int64_t transitions) {
  SessionMeta meta;
  meta.robotId = "bench";
  meta.actionDim = kActionDim;
  meta.imageSize = kSide;
  auto store = SessionStore::openOrCreate(dir, meta);
  std::vector<std::uint8_t> pattern(std::size_t(kSide) * kSide);
  for (std::size_t i = 0; i < pattern.size(); ++i) pattern[i] = std::uint8_t(i * 7919 % 251);
  int64_t frame = 0;
  for (int64_t id = 1; (id - 1) * kEpisodeSteps < transitions; ++id) {
    EpisodeRecord e;
    e.id = id;
    e.kind = id == 1 ? "demo" : "train";
    e.label = "success";
    Observation obs = frameOf(frame++, true, pattern);
    for (int i = 0; i < kEpisodeSteps; ++i) {
      StepRecord s;
      s.transition.obs = obs;
      s.transition.next = frameOf(frame++, true, pattern);
      s.transition.action.assign(kActionDim, 0.1f);
      s.transition.reward = i == kEpisodeSteps - 1 ? 1.0f : 0.0f;
      s.transition.terminal = i == kEpisodeSteps - 1;
      obs = s.transition.next;
      e.steps.push_back(std::move(s));
    }
    store->writeEpisode(e);
  }
}

void reopen(int64_t transitions, const std::vector<int>& capacities, int frames) {
  QTemporaryDir dir;
  if (!dir.isValid()) throw std::runtime_error("no temporary folder for the session");
  std::printf(
      "\nReopening a session of %lld image transitions (64x64, 100-step episodes, "
      "frame_stack %d): rows, learner start, the buffers rebuilt (SessionRestore, the "
      "connect path without a robot), in a fresh process:\n",
      (long long)transitions, frames);
  std::fflush(stdout);
  const auto t0 = std::chrono::steady_clock::now();
  writeSession(dir.path(), transitions);
  std::printf("(session written in %.0f s, database %.0f MiB)\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
              mib(QFileInfo(QDir(dir.path()).filePath("session.sqlite")).size()));
  std::printf("%16s %10s %12s %12s %20s %10s %14s\n", "replay_capacity", "seconds", "steps read",
              "replay size", "peak resident (HWM)", "at start", "peak - start");
  for (const int cap : capacities) {
    const QString out = childRun({"--child", "reopen", "--session", dir.path(), "--capacity",
                                  QString::number(cap), "--frames", QString::number(frames)});
    const auto seconds = QRegularExpression("seconds=([0-9.]+)").match(out).captured(1);
    const int64_t hwm = field(out, "hwm"), start = field(out, "rss_before");
    std::printf("%16d %10s %12lld %12lld %16.0f MiB %6.0f MiB %10.0f MiB\n", cap,
                qPrintable(seconds), (long long)field(out, "read"), (long long)field(out, "replay"),
                mib(hwm), mib(start), mib(hwm - start));
    std::fflush(stdout);
  }
}

std::vector<int64_t> parseSizes(const QString& text) {
  std::vector<int64_t> out;
  for (const QString& s : text.split(',', Qt::SkipEmptyParts)) out.push_back(s.toLongLong());
  return out;
}

}  // namespace

int runMemoryBench(const QStringList& args) {
  const OptionParser opts(
      "bench memory",
      "Prints the replay buffer's bytes per transition (state, image at frame_stack 1-3), the "
      "resident memory of filling it with N image transitions and the time and peak memory of "
      "reopening a session of image transitions, each resident figure from a fresh process.",
      args,
      {{"frames", "F", "frame_stack of the resident and reopen figures (default 2)."},
       {"sizes", "N,N", "Transitions to fill, one process each (default 100000,1000000)."},
       {"reopen", "N", "Transitions of the reopened session (default 100000; 0 skips it)."},
       {"child", "fill|reopen", "Internal: one measurement in this process."},
       {"transitions", "N", "Internal: transitions to fill (--child fill)."},
       {"session", "DIR", "Internal: the session to reopen (--child reopen)."},
       {"capacity", "N", "Internal: replay_capacity of the reopen (--child reopen)."}});
  const int frames = int(opts.integer("frames", 2));
  const QString child = opts.value("child");
  if (child == "fill") return childFill(opts.integer("transitions", 100000), frames);
  if (child == "reopen") {
    return childReopen(opts.value("session"), int(opts.integer("capacity", 200000)), frames);
  }
  if (!child.isEmpty()) throw std::runtime_error("unknown --child " + child.toStdString());
  std::printf("Replay memory benchmark: a stored episode keeps each camera frame once.\n");
  bytesPerTransition();
  residentFill(parseSizes(opts.value("sizes", "100000,1000000")), frames);
  const int64_t reopenN = opts.integer("reopen", 100000);
  if (reopenN > 0) reopen(reopenN, {200000, 10000}, frames);
  return 0;
}

}  // namespace lab::cli
