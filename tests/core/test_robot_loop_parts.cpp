// The robot loop's pieces that hold no robot, learner or store: each tested alone, with time
// passed in (tests/core/test_training_controller.cpp runs them together through the loop).
#include <QtTest>

#include <thread>

#include "loop_rate_meter.h"
#include "metrics_batcher.h"

using namespace lab;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

class TestRobotLoopParts : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void rateMeter_reportsOncePerSecond_withRateAndJitter();
  void rateMeter_reportNow_keepsWindow_restartForgetsIt();
  void metricsBatcher_keepsOrderAcrossThreads_takeEmpties();
};

namespace {
Clock::time_point at(int ms) { return Clock::time_point(milliseconds(1000000 + ms)); }
}  // namespace

void TestRobotLoopParts::rateMeter_reportsOncePerSecond_withRateAndJitter() {
  LoopRateMeter meter;
  // Ticks alternating 8 and 12 ms apart: 100 Hz on average, 2 ms of jitter.
  int t = 0, reports = 0;
  std::optional<LoopRateMeter::Reading> last;
  for (int i = 0; i < 250; ++i) {
    if (auto r = meter.tick(at(t))) {
      ++reports;
      last = r;
    }
    t += i % 2 == 0 ? 8 : 12;
  }
  QCOMPARE(reports, 2);  // at 1 s and 2 s of a 2.5 s run
  QVERIFY(last->periodic);
  QVERIFY(std::abs(last->rateHz - 100.0) < 0.5);
  QVERIFY(std::abs(last->jitterMs - 2.0) < 0.05);
}

void TestRobotLoopParts::rateMeter_reportNow_keepsWindow_restartForgetsIt() {
  LoopRateMeter meter;
  QVERIFY(!meter.tick(at(0)));
  QVERIFY(!meter.tick(at(20)));
  meter.reportNow();
  auto r = meter.tick(at(40));  // reported at once, not periodic: the window goes on
  QVERIFY(r && !r->periodic);
  QVERIFY(std::abs(r->rateHz - 50.0) < 1e-6);
  QVERIFY(!meter.tick(at(60)));  // reportNow is once
  int t = 60;
  while (!(r = meter.tick(at(t += 20)))) {
  }
  QCOMPARE(t, 1000);  // the window that started at 0 closed at 1 s, the report did not reset it
  QVERIFY(r->periodic);
  meter.restart();
  r = std::nullopt;
  meter.reportNow();
  r = meter.tick(at(5000));  // the first tick after a restart has no period yet
  QVERIFY(r && r->rateHz == 0 && !r->periodic);
  QVERIFY(!meter.tick(at(5500)));
  r = meter.tick(at(6000));
  QVERIFY(r && r->periodic && std::abs(r->rateHz - 2.0) < 1e-6);
}

void TestRobotLoopParts::metricsBatcher_keepsOrderAcrossThreads_takeEmpties() {
  MetricsBatcher batcher;
  constexpr int kCount = 5000;
  std::thread learner([&] {
    for (int i = 1; i <= kCount; ++i) {
      UpdateMetrics m;
      m.step = i;
      batcher.add(m);
    }
  });
  std::vector<UpdateMetrics> all;
  while (static_cast<int>(all.size()) < kCount) {
    auto b = batcher.take();
    all.insert(all.end(), b.begin(), b.end());
    std::this_thread::yield();
  }
  learner.join();
  for (int i = 0; i < kCount; ++i) QCOMPARE(all[i].step, int64_t(i + 1));
  QVERIFY(batcher.take().empty());
}

QTEST_GUILESS_MAIN(TestRobotLoopParts)
#include "test_robot_loop_parts.moc"
