// The robot loop's pieces that hold no robot, learner or store: each tested alone, with time
// passed in (tests/core/test_training_controller.cpp runs them together through the loop).
#include <QtTest>

#include <thread>

#include "camera_feed.h"
#include "command_refusal.h"
#include "demo_library.h"
#include "episode_terms.h"
#include "evaluation_schedule.h"
#include "label_book.h"
#include "loop_rate_meter.h"
#include "metrics_batcher.h"
#include "observation_freshness.h"
#include "robot_loop.h"
#include "store_durability.h"
#include "utd_meter.h"

using namespace lab;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

class TestRobotLoopParts : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void rateMeter_reportsOncePerSecond_withRateAndJitter();
  void rateMeter_reportNow_keepsWindow_restartForgetsIt();
  void utdMeter_realTimePauseIsDash_lockstepWaitKeepsTheSpan();
  void metricsBatcher_keepsOrderAcrossThreads_takeEmpties();
  void freshness_failedReadsBound_thenStaleBound_notInLockstep();
  void evaluationSchedule_everyNSteps_finalAtBudget_thenDone();
  void evaluationSchedule_tallies_trainingTimeExcludesEvaluating();
  void storeDurability_firstFailureReportedOnce_pendingTakenBackOnce();
  void storeDurability_committedLabelsInOrder_retryEveryTwoSeconds();
  void labelBook_undoRestoresPreviousLabels_timerAndDemoNotUndone();
  void labelBook_terminalFor_failureOnlyWhenConfiguredOrDetected();
  void demoLibrary_newestKeptTeach_restoreKeepsNewest();
  void commandRefusal_stateTableFirst_thenTheLoopsData();
  void cameraFeed_framesTheObservation_atMost25PerSecondInLockstep();
  void episodeTerms_seedsByKind_demoLimitFromStepsSecondsOrEpisode();
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

void TestRobotLoopParts::utdMeter_realTimePauseIsDash_lockstepWaitKeepsTheSpan() {
  UtdMeter m;
  // The first reading takes the baseline: a resumed learner's 5000 updates are not this span's.
  QCOMPARE(m.read(100, 5000, false), -1.0);
  QCOMPARE(m.read(110, 5020, false), 2.0);
  // Real time: no step is a pause; the updates made in it do not count toward the next span.
  QCOMPARE(m.read(110, 5030, false), -1.0);
  QCOMPARE(m.read(120, 5040, false), 1.0);

  // Lockstep: no step means the learner is still at work; the last reading stands and the span
  // grows, so the next one is exact (10 updates for 5 steps), not 0 updates for 5 steps.
  UtdMeter l;
  l.read(0, 0, true);
  QCOMPARE(l.read(5, 5, true), 1.0);
  QCOMPARE(l.read(5, 8, true), 1.0);
  QCOMPARE(l.read(5, 10, true), 1.0);
  QCOMPARE(l.read(10, 15, true), 2.0);

  // A learner counting from 0 again (a reconnect), or fewer steps (a session reopened): rebased.
  QCOMPARE(l.read(12, 3, true), -1.0);
  QCOMPARE(l.read(15, 6, true), 1.0);
  QCOMPARE(l.read(4, 9, true), -1.0);
  l.restart();
  QCOMPARE(l.read(20, 40, true), -1.0);
  QCOMPARE(l.read(22, 44, true), 2.0);
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

namespace {
// What the loop would tell the window, recorded (only what the pieces report).
class RecordingEvents : public LoopEvents {
 public:
  void stateChanged(ControllerState) override {}
  void commandRefused(ControllerCommand, const Notice&) override {}
  void emergencyStopChanged(bool) override {}
  void frameReady(const CameraFrame&) override {}
  void stepPoint(const StepPoint&) override {}
  void metricsReady(const UpdateMetrics&) override {}
  void episodeFinished(const EpisodeSummary&) override {}
  void loopStats(const LoopStats&) override {}
  void evaluationFinished(const EvaluationResult&) override {}
  void operatorResetRequested(const Notice&) override {}
  void episodeStored(int64_t, const QString&) override {}
  void labelStored(int64_t, const QString&) override {}
  void errorOccurred(const QString& source, const Notice& message) override {
    std::lock_guard<std::mutex> lock(mutex);
    errorSources << source;
    errors.push_back(message);
  }
  void logMessage(const Notice& message) override {
    std::lock_guard<std::mutex> lock(mutex);
    logs.push_back(message);
  }
  std::mutex mutex;
  QStringList errorSources;
  std::vector<Notice> errors, logs;
};
}  // namespace

void TestRobotLoopParts::freshness_failedReadsBound_thenStaleBound_notInLockstep() {
  // 10 Hz and no configured bound: ten periods, one second.
  const auto l = ObservationFreshness::limits(3, 0, milliseconds(100), false);
  QCOMPARE(l.maxFailedReads, 3);
  QVERIFY(std::abs(l.maxStaleSeconds - 1.0) < 1e-9);
  QCOMPARE(ObservationFreshness::limits(0, 2.5, milliseconds(100), false).maxFailedReads, 1);
  QCOMPARE(ObservationFreshness::limits(0, 2.5, milliseconds(100), false).maxStaleSeconds, 2.5);

  ObservationFreshness f;
  f.restart(at(0));
  Notice why;
  QVERIFY(!f.exhausted(at(5000), l, why));  // nothing failed: an old good read is no fault
  QVERIFY(why.isEmpty());
  f.readFailed(Notice::detail("timeout"));
  f.readFailed(Notice::detail("timeout"));
  QVERIFY(!f.exhausted(at(500), l, why));
  f.readFailed(Notice(NoticeCode::NonFiniteState));
  QVERIFY(f.exhausted(at(500), l, why));
  // The loop's code and arguments, the last error nested: the words are notice_text's.
  QVERIFY(why == Notice(NoticeCode::ReadsFailed, 3, 3, Notice(NoticeCode::NonFiniteState)));
  QCOMPARE(why.english(),
           Notice(NoticeCode::ReadsFailed, 3, 3, Notice(NoticeCode::NonFiniteState)).english());
  f.readOk(at(600));
  QVERIFY(!f.exhausted(at(600), l, why));
  f.readFailed(Notice::detail("timeout"));
  QVERIFY(!f.exhausted(at(1500), l, why));
  QVERIFY(f.exhausted(at(1600), l, why));  // one failure, but a second without a good read
  QVERIFY(why.code == NoticeCode::NoValidObservationFor);
  QCOMPARE(why.args.size(), 3);
  QCOMPARE(why.args[0].toString(), QString("1.00"));  // seconds since the good read at 600 ms
  QCOMPARE(why.args[1].toString(), QString("1"));
  QCOMPARE(why.args[2].value<Notice>().english(), QString("timeout"));
  auto lockstep = l;
  lockstep.lockstep = true;
  QVERIFY(!f.exhausted(at(60000), lockstep, why));  // the sim waits: time means nothing
}

void TestRobotLoopParts::evaluationSchedule_everyNSteps_finalAtBudget_thenDone() {
  using Due = EvaluationSchedule::Due;
  EvaluationSchedule s;
  s.restart(250, 100);  // a reopened session at 250 steps: the next evaluation at 300
  QCOMPARE(s.due(299, 100, 5, 0), Due::Nothing);
  QCOMPARE(s.due(300, 100, 5, 0), Due::Evaluation);
  QCOMPARE(s.due(300, 100, 5, 0), Due::Nothing);     // taken: the next at 400
  QCOMPARE(s.due(530, 100, 5, 0), Due::Evaluation);  // skipped ones are not made up
  QCOMPARE(s.due(599, 100, 5, 0), Due::Nothing);
  QCOMPARE(s.due(600, 100, 5, 0), Due::Evaluation);

  EvaluationSchedule b;
  b.restart(0, 0);
  QCOMPARE(b.due(999, 0, 5, 1000), Due::Nothing);
  QCOMPARE(b.due(1000, 0, 5, 1000), Due::FinalEvaluation);
  b.begin(5, ControllerState::BetweenEpisodes, 1000, 0, at(0));
  QCOMPARE(b.due(1000, 0, 5, 1000), Due::BudgetDone);  // evaluated at 1000 already
  QCOMPARE(b.due(1000, 0, 0, 1000), Due::BudgetDone);
  EvaluationSchedule none;
  none.restart(0, 0);
  QCOMPARE(none.due(5000, 0, 0, 1000), Due::BudgetDone);  // no evaluation episodes: just stop
  QCOMPARE(none.due(5000, 0, 5, 0), Due::Nothing);        // no budget
}

void TestRobotLoopParts::evaluationSchedule_tallies_trainingTimeExcludesEvaluating() {
  EvaluationSchedule s;
  s.restart(0, 0);
  QCOMPARE(s.trainingSeconds(at(5000)), 0.0);  // not started
  s.startTraining(at(1000));
  s.startTraining(at(4000));  // a second StartTraining does not restart the clock
  s.trainingEpisodeEnded(true);
  s.trainingEpisodeEnded(false);
  s.trainingEpisodeEnded(true);
  s.begin(3, ControllerState::Ready, 420, 840, at(11000));
  QVERIFY(s.returnTo() == ControllerState::Ready);
  QVERIFY(!s.episodeEnded(true, 30));
  QCOMPARE(s.episodesDone(), 1);
  QVERIFY(!s.episodeEnded(false, 120));
  QVERIFY(s.episodeEnded(true, 50));
  const auto r = s.finish(40, at(15000));
  QCOMPARE(r.episodes, 3);
  QCOMPARE(r.successes, 2);
  QCOMPARE(r.meanSteps, 40.0);  // over the successes only: (30 + 50) / 2
  QCOMPARE(r.demoSteps, 40.0);
  QCOMPARE(r.envSteps, int64_t(420));
  QCOMPARE(r.updates, int64_t(840));
  QCOMPARE(r.trainSeconds, 10.0);
  QCOMPARE(r.trainEpisodes, 3);
  QCOMPARE(r.trainSuccesses, 2);
  QCOMPARE(r.summary().english(),
           QStringLiteral("evaluation: 2 of 3 episodes succeeded, in 40.0 steps on average (the "
                          "demo: 40 steps)"));
  // The 4 s of evaluating do not count as training; the next tally starts from zero.
  QCOMPARE(s.trainingSeconds(at(21000)), 16.0);
  s.begin(1, ControllerState::BetweenEpisodes, 500, 900, at(21000));
  s.episodeEnded(false, 10);
  const auto r2 = s.finish(40, at(22000));
  QCOMPARE(r2.trainEpisodes, 0);
  QCOMPARE(r2.meanSteps, 0.0);
  // No success has no mean length: the sentence says none succeeded, not "0.0 steps".
  QCOMPARE(r2.summary().english(),
           QStringLiteral("evaluation: none of 1 episodes succeeded (the demo: 40 steps)"));
  QCOMPARE(r2.trainSeconds, 16.0);
}

void TestRobotLoopParts::storeDurability_firstFailureReportedOnce_pendingTakenBackOnce() {
  RecordingEvents events;
  std::atomic<int> wakes{0};
  StoreDurability d(events, [&] { ++wakes; });
  QVERIFY(d.durable(nullptr));
  d.handedOver();
  QVERIFY(!d.durable(nullptr));
  int committed = 0;
  const Notice episode7(NoticeCode::EpisodeItem, 7);
  auto done = d.done(episode7, [&] { ++committed; });
  done(false, "disk full");  // first attempt fails: reported, pending taken back, held
  QVERIFY(d.durable(nullptr));
  QVERIFY(d.saveFailed());
  QCOMPARE(events.errors.size(), std::size_t(1));
  QCOMPARE(events.errorSources, QStringList{"store"});
  QVERIFY(events.errors[0] == Notice(NoticeCode::SaveFailedRetrying, episode7, "disk full", 2));
  QCOMPARE(events.errors[0].english(),
           QString("episode 7 could not be saved: disk full. It is kept and tried again every "
                   "2 s and when you resume; training pauses until it is saved"));
  QVERIFY(d.takeSaveFailed());
  QVERIFY(!d.takeSaveFailed());  // once per failure
  done(false, "disk full");      // a retry fails: not reported again, but fails the save again
  QCOMPARE(events.errors.size(), std::size_t(1));
  QVERIFY(d.saveFailed());
  d.clearSaveFailed();
  done(true, QString());  // a retry succeeds: committed, logged, pending not taken back twice
  QCOMPARE(committed, 1);
  QCOMPARE(events.logs.size(), std::size_t(1));
  QVERIFY(events.logs[0] == Notice(NoticeCode::SavedOnRetry, episode7));
  QVERIFY(!d.saveFailed());
  QCOMPARE(wakes.load(), 3);
  d.handedOver();
  d.done(Notice(NoticeCode::EpisodeItem, 8), [&] { ++committed; })(true, QString());
  QCOMPARE(committed, 2);
  QCOMPARE(events.logs.size(), std::size_t(1));  // saved at the first attempt: nothing to say
  QVERIFY(d.durable(nullptr));
  d.handedOver();
  d.reset();  // a disconnect forgets what the store that is gone still owed
  QVERIFY(d.durable(nullptr));
}

void TestRobotLoopParts::storeDurability_committedLabelsInOrder_retryEveryTwoSeconds() {
  RecordingEvents events;
  StoreDurability d(events, [] {});
  std::thread writer([&] {
    for (int i = 1; i <= 1000; ++i) {
      d.labelCommitted(LabelChange{i, "success", "operator", 1, true});
    }
  });
  std::vector<LabelChange> all;
  while (all.size() < 1000) {
    auto b = d.takeCommittedLabels();
    all.insert(all.end(), b.begin(), b.end());
    std::this_thread::yield();
  }
  writer.join();
  for (int i = 0; i < 1000; ++i) QCOMPARE(all[i].episodeId, int64_t(i + 1));
  d.labelCommitted(LabelChange{5, "failure", "operator", 0, false});
  d.reset();
  QVERIFY(d.takeCommittedLabels().empty());

  QVERIFY(d.retryDue(at(0)));
  QVERIFY(!d.retryDue(at(1999)));
  QVERIFY(d.retryDue(at(2000)));
  QVERIFY(!d.retryDue(at(3000)));
  QVERIFY(d.retryDue(at(4500)));
}

void TestRobotLoopParts::labelBook_undoRestoresPreviousLabels_timerAndDemoNotUndone() {
  LabelBook book;
  book.restart(LabelBook::Episode{4, "train", "failure", "operator"}, false);
  QVERIFY(!book.canUndo());
  QCOMPARE(book.last().id, int64_t(4));
  book.episodeEnded(5, "demo", "success", "operator", "operator");  // a demo: no undo
  book.episodeEnded(6, "train", "timeout", "timer", "timer");       // the timer: no undo
  QVERIFY(!book.canUndo());
  QCOMPARE(book.last().label, QString("timeout"));
  QVERIFY(!book.labelLast("timeout", "operator"));  // already so
  auto l = book.labelLast("success", "operator");
  QVERIFY(l);
  QCOMPARE(l->episodeId, int64_t(6));
  QCOMPARE(l->reward, 1.0f);
  QVERIFY(l->terminal);
  book.applied(l->episodeId, l->label, l->by);
  QCOMPARE(book.last().label, QString("success"));
  book.episodeEnded(7, "train", "failure", "detector", "detector");
  QCOMPARE(book.last().id, int64_t(7));
  // Newest first: 7's label is taken away, then 6 gets its time-out back.
  auto u = book.undo();
  QCOMPARE(u.episodeId, int64_t(7));
  QVERIFY(u.label.isEmpty());
  QCOMPARE(u.by, QString("undo"));
  QVERIFY(!u.terminal);
  book.applied(u.episodeId, u.label, QString());
  QVERIFY(book.last().label.isEmpty());
  u = book.undo();
  QCOMPARE(u.episodeId, int64_t(6));
  QCOMPARE(u.label, QString("timeout"));
  QCOMPARE(u.by, QString("timer"));
  QCOMPARE(u.reward, 0.0f);
  QVERIFY(!book.canUndo());
  book.applied(6, "timeout", "timer");
  QVERIFY(book.last().label.isEmpty());  // 6 is not the last episode: 7 stays as it is
}

void TestRobotLoopParts::labelBook_terminalFor_failureOnlyWhenConfiguredOrDetected() {
  LabelBook book;
  book.restart({}, false);
  QVERIFY(book.terminalFor("success", "operator"));
  QVERIFY(!book.terminalFor("failure", "operator"));
  QVERIFY(book.terminalFor("failure", "detector"));
  QVERIFY(!book.terminalFor("timeout", "timer"));
  QVERIFY(!book.terminalFor("", "operator"));
  book.restart({}, true);
  QVERIFY(book.terminalFor("failure", "operator"));
  QVERIFY(!book.terminalFor("timeout", "timer"));
  const auto l = book.label(3, "failure", "relabel");
  QCOMPARE(l.reward, 0.0f);
  QVERIFY(l.terminal);
}

void TestRobotLoopParts::demoLibrary_newestKeptTeach_restoreKeepsNewest() {
  DemoLibrary lib;
  QVERIFY(!lib.has());
  QVERIFY(lib.add(DemoLibrary::Demo{1, 11, {{0.5f}}}, 2).empty());
  QVERIFY(lib.add(DemoLibrary::Demo{3, 33, {{0.1f}, {0.2f}}}, 2).empty());
  QCOMPARE(lib.add(DemoLibrary::Demo{5, 55, {}}, 2), std::vector<int64_t>{1});
  QCOMPARE(std::vector<int64_t>(lib.teaching().begin(), lib.teaching().end()),
           (std::vector<int64_t>{3, 5}));
  QCOMPARE(lib.newest().seed, std::uint64_t(55));
  // demosKept below 1 still keeps the newest.
  QCOMPARE(lib.add(DemoLibrary::Demo{6, 66, {}}, 0), (std::vector<int64_t>{3, 5}));

  std::vector<EpisodeRow> rows(5);
  const char* kinds[] = {"demo", "train", "demo", "demo", "eval"};
  const int steps[] = {10, 50, 12, 0, 40};  // demo 4 has no steps: it never taught
  for (int i = 0; i < 5; ++i) {
    rows[i].id = i + 1;
    rows[i].kind = kinds[i];
    rows[i].steps = steps[i];
  }
  lib.restore(rows, 1);
  QVERIFY(!lib.has());  // its actions are the caller's to read
  QCOMPARE(std::vector<int64_t>(lib.teaching().begin(), lib.teaching().end()),
           std::vector<int64_t>{3});
  const EpisodeRow* newest = DemoLibrary::newestRecorded(rows);
  QVERIFY(newest);
  QCOMPARE(newest->id, int64_t(3));
  lib.restore(rows, 5);
  QCOMPARE(std::vector<int64_t>(lib.teaching().begin(), lib.teaching().end()),
           (std::vector<int64_t>{1, 3}));
  lib.restore({}, 3);
  QVERIFY(lib.teaching().empty());
  QVERIFY(!DemoLibrary::newestRecorded({}));
}

void TestRobotLoopParts::commandRefusal_stateTableFirst_thenTheLoopsData() {
  using S = ControllerState;
  using C = ControllerCommand;
  using N = NoticeCode;
  const auto cmd = [](C c, int count = 0, bool byExpert = false) {
    QueuedCommand q = QueuedCommand::fromOperator(c);
    q.count = count;
    q.byExpert = byExpert;
    return q;
  };
  // The code a refusal carries (Detail with no arguments: none).
  const auto code = [&](const QueuedCommand& c, const LoopFacts& f) {
    return commandRefusal(c, f).code;
  };
  LoopFacts f;
  f.state = S::Ready;
  f.hasDemo = true;
  f.hasStore = true;
  // The state table decides first, whatever the data: the same Notice refusalReason gives.
  LoopFacts idle;
  QVERIFY(commandRefusal(cmd(C::UndoLabel), idle) ==
          inState(Notice(N::NeedsConnectedRobot, C::UndoLabel), S::Idle));
  auto stopped = f;
  stopped.emergencyStopped = true;
  QVERIFY(commandRefusal(cmd(C::StartTraining), stopped) ==
          Notice(N::BlockedByEmergencyStop, C::StartTraining));
  QCOMPARE(commandRefusal(cmd(C::StartTraining), stopped).english(),
           QString("Start training is blocked: the emergency stop is active, acknowledge it "
                   "first"));

  QVERIFY(commandRefusal(cmd(C::Evaluate, 0), f) == Notice(N::EvaluateNeedsEpisodes, 0));
  QVERIFY(commandRefusal(cmd(C::Evaluate, 3), f).isEmpty());
  QVERIFY(code(cmd(C::UndoLabel), f) == N::NoLabelToUndo);
  f.canUndo = true;
  QVERIFY(commandRefusal(cmd(C::UndoLabel), f).isEmpty());
  QVERIFY(commandRefusal(cmd(C::CheckpointNow), f).isEmpty());
  auto noStore = f;
  noStore.hasStore = false;
  QVERIFY(code(cmd(C::CheckpointNow), noStore) == N::NoSessionFolder);

  // Recording: by hand needs something to drive with, by the expert needs the expert.
  QVERIFY(code(cmd(C::StartRecording), f) == N::RecordingNeedsTeleop);
  QVERIFY(code(cmd(C::StartRecording, 0, true), f) == N::NoScriptedExpert);
  f.canDrive = true;
  QVERIFY(commandRefusal(cmd(C::StartRecording), f).isEmpty());
  f.hasScriptedExpert = true;
  QVERIFY(commandRefusal(cmd(C::StartRecording, 0, true), f).isEmpty());

  // A running episode: labels need a step; intervention needs a device and toggles.
  auto running = f;
  running.state = S::EpisodeRunning;
  running.episodeActive = true;
  QVERIFY(commandRefusal(cmd(C::Success), running) == Notice(N::LabelNeedsStep, C::Success));
  running.episodeSteps = 1;
  QVERIFY(commandRefusal(cmd(C::Failure), running).isEmpty());
  running.canDrive = false;
  QVERIFY(code(cmd(C::InterventionOn), running) == N::InterventionNeedsTeleop);
  running.canDrive = true;
  QVERIFY(commandRefusal(cmd(C::InterventionOn), running).isEmpty());
  QVERIFY(code(cmd(C::InterventionOff), running) == N::InterventionNotOn);
  running.intervention = true;
  QVERIFY(code(cmd(C::InterventionOn), running) == N::InterventionAlreadyOn);
  QVERIFY(commandRefusal(cmd(C::InterventionOff), running).isEmpty());

  auto evaluating = f;
  evaluating.state = S::Evaluating;
  QVERIFY(commandRefusal(cmd(C::Success), evaluating) ==
          Notice(N::NoEvaluationEpisode, C::Success));
  QVERIFY(commandRefusal(cmd(C::OperatorReady), evaluating).isEmpty());
  evaluating.episodeActive = true;  // an episode runs: nobody waits for the operator
  QVERIFY(commandRefusal(cmd(C::OperatorReady), evaluating) ==
          inState(Notice(N::NobodyWaiting), S::Evaluating));

  // Between episodes: labels need a finished training episode; who the next one waits for.
  auto between = f;
  between.state = S::BetweenEpisodes;
  QVERIFY(commandRefusal(cmd(C::Failure), between) ==
          Notice(N::NoTrainingEpisodeToLabel, C::Failure));
  between.lastIsTraining = true;
  QVERIFY(commandRefusal(cmd(C::Failure), between).isEmpty());
  QVERIFY(commandRefusal(cmd(C::StartTraining), between).isEmpty());
  QVERIFY(commandRefusal(cmd(C::OperatorReady), between).isEmpty());
  between.phase = EpisodePhase::WaitOperator;
  QVERIFY(code(cmd(C::StartTraining), between) == N::WaitingForOperator);
  QVERIFY(commandRefusal(cmd(C::OperatorReady), between).isEmpty());
  between.phase = EpisodePhase::Go;
  QVERIFY(code(cmd(C::StartTraining), between) == N::NextEpisodeStarting);
  QVERIFY(commandRefusal(cmd(C::OperatorReady), between) ==
          inState(Notice(N::NobodyWaiting), S::BetweenEpisodes));
}

void TestRobotLoopParts::cameraFeed_framesTheObservation_atMost25PerSecondInLockstep() {
  hw::Observation o;
  o.image = {1, 2, 3, 4, 5, 6};
  o.imageWidth = 3;
  o.imageHeight = 2;
  CameraFeed feed;
  auto f = feed.frame(o, 7, 12, at(0));
  QVERIFY(f);
  QCOMPARE(f->image, QByteArray("\x01\x02\x03\x04\x05\x06"));
  QCOMPARE(f->width, 3);
  QCOMPARE(f->height, 2);
  QVERIFY(f->raw.isEmpty());  // no larger view: none is sent
  QCOMPARE(f->rawWidth, 0);
  QCOMPARE(f->episode, int64_t(7));
  QCOMPARE(f->step, 12);
  o.rawImage = {9, 8, 7, 6};
  o.rawWidth = o.rawHeight = 2;
  f = feed.frame(o, -1, 0, at(1));  // real time: every frame goes out, however close
  QVERIFY(f);
  QCOMPARE(f->raw, QByteArray("\x09\x08\x07\x06"));
  QCOMPARE(f->rawWidth, 2);
  QCOMPARE(f->episode, int64_t(-1));

  feed.setLockstep(true);
  QVERIFY(feed.frame(o, 7, 13, at(100)));
  int shown = 0;
  for (int ms = 101; ms <= 1100; ++ms) shown += feed.frame(o, 7, 13, at(ms)) ? 1 : 0;
  QCOMPARE(shown, 25);  // one every 40 ms: at 140, 180, ... 1100
  QVERIFY(!feed.frame(o, 7, 13, at(1139)));
  QVERIFY(feed.frame(o, 7, 13, at(1140)));
}

void TestRobotLoopParts::episodeTerms_seedsByKind_demoLimitFromStepsSecondsOrEpisode() {
  ControllerSettings settings;
  settings.sac.seed = 7;
  hw::RobotInfo info;
  info.controlRateHz = 20;
  info.maxEpisodeSteps = 50;
  const EpisodeTerms terms(settings, info);
  // Training starts follow the run's seed and the episode's id; a demo without demoSeed too.
  QCOMPARE(terms.seed("train", 12, 0, 99), std::uint64_t(7 * 1000003ULL + 12));
  QCOMPARE(terms.seed("demo", 13, 0, 99), std::uint64_t(7 * 1000003ULL + 13));
  QCOMPARE(terms.seed("replay", 14, 0, 99), std::uint64_t(99));  // where the demo started
  // Evaluation episode i starts at the same place whatever the run's seed or episode id.
  settings.sac.seed = 8;
  settings.demoSeed = 5;
  const EpisodeTerms other(settings, info);
  QCOMPARE(other.seed("eval", 40, 3, 99), kEvalSeedBase + 3);
  QCOMPARE(terms.seed("eval", 12, 3, 99), kEvalSeedBase + 3);
  QVERIFY(other.seed("train", 12, 0, 99) != terms.seed("train", 12, 0, 99));
  QCOMPARE(other.seed("demo", 13, 0, 99), std::uint64_t(5));
  // From a start asked for (eval --start-seed: the demo's own start is its seed).
  settings.evalSeed = 42;
  QCOMPARE(EpisodeTerms(settings, info).seed("eval", 40, 0, 99), std::uint64_t(42));
  QCOMPARE(EpisodeTerms(settings, info).seed("eval", 40, 2, 99), std::uint64_t(44));
  settings.evalSeed = -1;

  // The robot's limit for every episode but a recording; a recording's is its own.
  QCOMPARE(terms.stepLimit(false), 50);
  QCOMPARE(terms.stepLimit(true), 150);  // three times the episode's when nothing is set
  settings.demoMaxSeconds = 2.5;
  QCOMPARE(EpisodeTerms(settings, info).stepLimit(true), 50);  // 2.5 s at 20 Hz
  settings.demoMaxSeconds = 0.001;
  QCOMPARE(EpisodeTerms(settings, info).demoStepLimit(), 1);  // at least one step
  settings.demoMaxSteps = 70;                                 // steps win over seconds
  QCOMPARE(EpisodeTerms(settings, info).demoStepLimit(), 70);
  QCOMPARE(EpisodeTerms(settings, info).stepLimit(false), 50);
}

QTEST_GUILESS_MAIN(TestRobotLoopParts)
#include "test_robot_loop_parts.moc"
