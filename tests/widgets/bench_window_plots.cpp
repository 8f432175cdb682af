// bench_window_plots [PREFILL] [SECONDS]: the window's live views under the load of training,
// without a learner: TrainingPlots pre-filled with PREFILL learner updates (3600: ten minutes
// at 6 updates/s), then fed exactly 100 updates per wall second (the learner's peak rate) with
// a camera frame and a step point at 10 Hz, for SECONDS. Prints the GUI thread's CPU share
// (getrusage RUSAGE_THREAD). Run it under xvfb-run (docs/BENCHMARKS.md, "Window").
#include <sys/resource.h>
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cmath>
#include <cstdio>

#include "camera_view.h"
#include "episode_step_plot.h"
#include "training_plots.h"

namespace {
double threadCpuSeconds() {
  rusage u;
  getrusage(RUSAGE_THREAD, &u);
  return u.ru_utime.tv_sec + u.ru_stime.tv_sec + 1e-6 * (u.ru_utime.tv_usec + u.ru_stime.tv_usec);
}
}  // namespace

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  const int prefill = argc > 1 ? std::atoi(argv[1]) : 3600;
  const int seconds = argc > 2 ? std::atoi(argv[2]) : 20;
  QWidget w;  // the window's proportions: camera and step plot over the curves
  w.resize(1400, 900);
  auto* plots = new lab::ui::TrainingPlots(&w);
  plots->setGeometry(0, 300, 1000, 360);
  auto* step = new lab::ui::EpisodeStepPlot(&w);
  step->setGeometry(420, 0, 580, 250);
  auto* camera = new lab::ui::CameraView(&w);
  camera->setGeometry(0, 0, 420, 250);
  w.show();

  qint64 n = 0;
  auto metric = [&] {
    lab::UpdateMetrics m;
    m.step = ++n;
    m.q1Mean = std::sin(n * 0.01);
    m.q2Mean = m.q1Mean + 0.01;
    m.targetMean = m.q1Mean;
    m.hSig = 1 + 0.1 * std::cos(n * 0.1);
    m.rawEntropy = -2;
    m.gateOpen = (n % 7) / 7.0;
    m.bcLoss = 0.3;
    m.oodTerm = 1.8;
    m.criticLoss = 0.01;
    m.actorLoss = 0.4;
    m.alpha = 0.01;
    m.updatesPerSecond = 6 + (n % 5);
    plots->addMetrics(m);
  };
  for (int i = 0; i < prefill; ++i) metric();

  lab::CameraFrame f;
  f.width = f.height = 64;
  f.image = QByteArray(64 * 64, char(90));
  f.rawWidth = f.rawHeight = 256;
  f.raw = QByteArray(256 * 256, char(120));
  int steps = 0;
  QElapsedTimer feedClock;
  qint64 fedBase = 0;
  // Catch up to exactly 100 updates per wall second whatever the timer manages (busy machine).
  QTimer learner;
  learner.setInterval(10);
  QObject::connect(&learner, &QTimer::timeout, [&] {
    while (n - fedBase < feedClock.elapsed() / 10) metric();
  });
  QTimer robot;  // 10 Hz control: a frame and a step point
  robot.setInterval(100);
  QObject::connect(&robot, &QTimer::timeout, [&] {
    f.step = steps % 80;
    f.episode = 1 + steps / 80;
    camera->setFrame(f);
    lab::StepPoint point;  // no action or robot state: the plot draws Q, H_sig and gate
    point.episode = f.episode;
    point.step = f.step;
    point.q = -0.4;
    point.hSig = 1.2;
    point.gate = 1.0;
    step->addStepPoint(point);
    ++steps;
  });
  QTimer::singleShot(500, [&] {  // after the first layout and paint
    const double cpu0 = threadCpuSeconds();
    auto* wall = new QElapsedTimer;
    wall->start();
    fedBase = n;
    feedClock.start();
    learner.start();
    robot.start();
    QTimer::singleShot(seconds * 1000, [&, cpu0, wall] {
      std::printf("prefill %d, %d s: GUI thread %.1f%% of a core (%lld updates fed)\n", prefill,
                  seconds, 100.0 * (threadCpuSeconds() - cpu0) / (wall->elapsed() / 1000.0),
                  static_cast<long long>(n - prefill));
      delete wall;
      app.quit();
    });
  });
  return app.exec();
}
