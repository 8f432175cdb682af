// Episodes of the robot loop: recording the demo, training, evaluation and replay episodes, and
// the labels. Runs on the robot thread; see robot_loop.h for the flow between episodes.
#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <utility>

#include "notice_error.h"
#include "robot_loop_impl.h"

namespace lab {

using S = ControllerState;
using N = NoticeCode;

namespace {
int64_t nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
// A teleop device at rest sends zeros (and a stick's dead zone gives them exactly).
bool anyMotion(const std::vector<float>& a) {
  return std::any_of(a.begin(), a.end(), [](float v) { return std::abs(v) > 1e-3f; });
}
}  // namespace

Observation RobotLoop::Impl::toLearnerObs(const hw::Observation& o) const {
  Observation out;
  if (settings.sac.obsMode != ObsMode::State) out.image = o.image;
  if (settings.sac.obsMode != ObsMode::Image) out.state = o.state;
  return out;
}

bool RobotLoop::Impl::readObservation() {
  Notice err;
  hw::Observation next;
  const auto r = robot->read(next, err);
  if (r == RobotPort::Io::Fatal) {
    robotFatal(err);
    return false;
  }
  if (r == RobotPort::Io::Ok) {
    for (float v : next.state) {
      if (!std::isfinite(v)) {
        err = Notice(N::NonFiniteState);
        break;
      }
    }
  }
  if (r == RobotPort::Io::Retry || !err.isEmpty()) {
    freshness.readFailed(err);
    error(QStringLiteral("robot"), err);
    return false;
  }
  freshness.readOk(std::chrono::steady_clock::now());
  hwObs = std::move(next);
  obs = toLearnerObs(hwObs);
  return true;
}

bool RobotLoop::Impl::readsExhausted(Notice& why) const {
  const auto limits = ObservationFreshness::limits(settings.maxFailedReads,
                                                   settings.maxStaleSeconds, period, lockstep);
  return freshness.exhausted(std::chrono::steady_clock::now(), limits, why);
}

void RobotLoop::Impl::stopUnsafe(const Notice& problem) {
  openStep.open = false;
  startPending.clear();
  if (!estop) writeAction(zero);  // no command from an old observation goes on
  if (!robot) return;             // that write was fatal: the robot was let go with its reason
  const Notice what = state == S::RecordingDemo   ? Notice(N::RecordingWasDiscarded)
                      : state == S::ReplayingDemo ? Notice(N::ReplayWasStopped)
                      : episodeActive             ? Notice(N::EpisodeEndedUnlabelled, ep.id)
                                                  : Notice(N::NoEpisodeStarted);
  const Notice reason(N::UnsafeStop, problem, what);
  error(QStringLiteral("robot"), reason);
  ev.logMessage(reason);
  if (state == S::RecordingDemo) {
    discardDemo(problem);
    return;
  }
  if (state == S::ReplayingDemo) {
    episodeActive = false;
    setState(S::Ready);
    return;
  }
  if (episodeActive) endEpisode(QString(), QStringLiteral("stale-observation"));
  if (state == S::EpisodeRunning) {  // it ended before its first step: nothing to store
    episodeActive = false;
    setState(S::BetweenEpisodes);
    phase = Phase::WaitStart;
  }
  if (refusalReason(state, ControllerCommand::Pause, estop, demos.has()).isEmpty()) {
    apply(QueuedCommand::fromOperator(ControllerCommand::Pause));
  }
}

bool RobotLoop::Impl::writeAction(const std::vector<float>& a) {
  if (estop) return false;  // nothing moves until the e-stop is acknowledged
  Notice err;
  const auto r = robot->write(a, err);
  if (r == RobotPort::Io::Fatal) {
    robotFatal(err);
    return false;
  }
  if (r == RobotPort::Io::Retry) {
    ++failedWrites;
    lastWriteError = err;
    error(QStringLiteral("robot"), err);
    return false;
  }
  ++robotWrites;
  failedWrites = 0;
  return true;
}

void RobotLoop::Impl::stopIfCommandsRefused() {
  const int limit = std::max(1, settings.maxFailedWrites);
  if (!robot || failedWrites < limit) return;
  const Notice problem(N::CommandsRefused, failedWrites, limit, lastWriteError);
  stopUnsafe(problem);
  failedWrites = 0;
  if (!robot) return;
  // A refused command leaves the last one the robot took in force: stop it the strongest way
  // software can, and let the operator look before anything moves again.
  applyEmergencyStop();
}

void RobotLoop::Impl::emitFrame() { emitFrame(hwObs); }

void RobotLoop::Impl::emitFrame(const hw::Observation& o) {
  const int64_t episode = episodeActive ? ep.id : -1;
  const int step = episodeActive ? static_cast<int>(ep.steps.size()) : 0;
  if (auto f = feed.frame(o, episode, step, std::chrono::steady_clock::now())) ev.frameReady(*f);
}

void RobotLoop::Impl::hold() {
  if (!estop) writeAction(zero);
  if (!robot) return;  // a fatal write disconnected
  if (readObservation()) emitFrame();
}

bool RobotLoop::Impl::beginEpisode(const QString& kind) {
  if (!durable()) return false;  // the previous episode/label is not committed yet
  const std::uint64_t seed =
      terms.seed(kind, maxEpisodeId + 1, evaluation.episodesDone(), demos.newest().seed);
  // Automatic robots move to a start drawn from the seed; Operator robots were set up by the
  // operator (OperatorReady) and reset() only re-arms them.
  // A reset whose first read failed is not repeated on the next tick (each reset moves the
  // robot): only the read is, until it succeeds or the reads run out.
  if (startPending != kind) {
    Notice err;
    const auto r = robot->reset(seed, err);
    if (r == RobotPort::Io::Fatal) {
      robotFatal(err);
      return false;
    }
    if (r == RobotPort::Io::Retry) {
      error(QStringLiteral("robot"), err);
      return false;
    }
    startPending = kind;
    freshness.restart(std::chrono::steady_clock::now());
  }
  if (!readObservation()) {
    Notice why;
    if (!robot) {
      startPending.clear();
    } else if (kind == "demo") {
      startPending.clear();  // a recording start is not retried by the loop
    } else if (readsExhausted(why)) {
      stopUnsafe(Notice(N::RobotBlind, why));
    }
    return false;
  }
  startPending.clear();
  openStep.open = false;
  actObs = actFrames.start(obs);
  ep = EpisodeRecord{};
  if (kind != "replay") ep.id = ++maxEpisodeId;
  ep.kind = kind;
  ep.seed = seed;
  ep.startedMs = nowMs();
  posted = 0;
  episodeActive = true;
  intervention = false;
  waitingInputLogged = false;
  emitFrame();
  return true;
}

bool RobotLoop::Impl::nextAction(std::vector<float>& a, bool& byOperator) {
  byOperator = state == S::RecordingDemo || (state == S::EpisodeRunning && intervention);
  if (byOperator) {
    if (state == S::RecordingDemo && expertRecording) {
      if (robot->scriptedAction(a)) return true;
      return false;  // the expert has no action this tick: hold
    }
    if (q.teleopAction(a)) return true;
    if (settings.scriptedDemo && robot->scriptedAction(a)) return true;
    if (!waitingInputLogged) {
      ev.logMessage(Notice(N::WaitingForTeleop));
      waitingInputLogged = true;
    }
    return false;
  }
  if (!policy) return false;
  try {
    a = policy->act(actObs, state == S::Evaluating);
  } catch (const std::exception& e) {
    error(QStringLiteral("policy"), Notice(N::ActingFailed, exceptionNotice(e)));
    return false;
  }
  return true;
}

void RobotLoop::Impl::stepEpisode() {
  if (openStep.open) {
    // The last step's observation did not come: never act on the one before it. Hold still
    // and read again.
    if (!estop) writeAction(zero);
    if (robot) finishStep();
    return;
  }
  std::vector<float> a;
  bool byOperator = false;
  if (!nextAction(a, byOperator)) {
    hold();  // no action this tick: the episode clock does not advance
    return;
  }
  if (state == S::RecordingDemo && ep.steps.empty() && byOperator && !anyMotion(a) &&
      !settings.scriptedDemo && !expertRecording) {
    hold();  // the demo's clock starts with the operator's first move
    return;
  }
  if (static_cast<int>(a.size()) != actionDim) {
    error(QStringLiteral("action"), Notice(N::ActionSize, static_cast<int>(a.size()), actionDim));
    hold();
    return;
  }
  if (!std::all_of(a.begin(), a.end(), [](float v) { return std::isfinite(v); })) {
    error(byOperator ? QStringLiteral("teleop") : QStringLiteral("policy"),
          Notice(N::ActionNonFinite));
    hold();
    return;
  }
  for (float& v : a) v = std::clamp(v, -1.0f, 1.0f);
  openStep = OpenStep{true, obs, a, byOperator};
  if (!writeAction(a) || !robot) {
    openStep.open = false;  // not applied: the next tick acts afresh
    stopIfCommandsRefused();
    return;
  }
  finishStep();
}

void RobotLoop::Impl::finishStep() {
  if (!readObservation()) {
    Notice why;
    if (robot && readsExhausted(why)) stopUnsafe(Notice(N::RobotBlind, why));
    return;
  }
  openStep.open = false;
  actObs = actFrames.next(obs);
  StepRecord rec;
  rec.transition =
      Transition{std::move(openStep.before), std::move(openStep.action), 0.0f, false, obs};
  rec.intervention = openStep.byOperator && state == S::EpisodeRunning;
  rec.robotState = hwObs.state;
  ep.steps.push_back(std::move(rec));
  if (ep.kind == "train") ++envSteps;  // online steps: what earns updates and the budget
  emitFrame();
  // Hold back the newest step: its reward is final only once the label is known.
  if (state != S::RecordingDemo) postSteps(static_cast<int>(ep.steps.size()) - 1);

  const bool detected = settings.useSuccessDetector && robot->detectSuccess();
  const bool failed = settings.useSuccessDetector && !detected && robot->detectFailure();
  const int limit = terms.stepLimit(state == S::RecordingDemo);
  const bool timedOut = static_cast<int>(ep.steps.size()) >= limit;
  if (state == S::RecordingDemo) {
    if (detected)
      finishDemo(QStringLiteral("success"), QStringLiteral("detector"));
    else if (failed)
      discardDemo(Notice(N::DemoTaskFailed));
    else if (timedOut)
      endUnsuccessfulDemo(Notice(N::DemoTimeLimit, limit), QStringLiteral("timeout"),
                          QStringLiteral("timer"));
  } else if (detected) {
    endEpisode(QStringLiteral("success"), QStringLiteral("detector"));
  } else if (failed) {
    endEpisode(QStringLiteral("failure"), QStringLiteral("detector"));
  } else if (timedOut) {
    endEpisode(QStringLiteral("timeout"), QStringLiteral("timer"));
  }
}

void RobotLoop::Impl::stepReplay() {
  const auto& actions = demos.newest().actions;
  if (replayIndex >= static_cast<int>(actions.size())) {
    const bool ok = robot->detectSuccess();
    ev.logMessage(Notice(!info.hasSuccessDetector ? N::ReplayFinished
                         : ok                     ? N::ReplayFinishedSuccess
                                                  : N::ReplayFinishedNoSuccess,
                         replayIndex));
    episodeActive = false;
    setState(S::Ready);
    return;
  }
  // Open loop, but not blind: while the robot gives no observation the replay holds still.
  if (!openStep.open) {
    if (!writeAction(actions[replayIndex]) || !robot) {
      stopIfCommandsRefused();
      return;
    }
    ++replayIndex;
    openStep.open = true;
  } else {
    if (!estop) writeAction(zero);
    if (!robot) return;
  }
  if (readObservation()) {
    openStep.open = false;
    emitFrame();
    return;
  }
  Notice why;
  if (robot && readsExhausted(why)) stopUnsafe(Notice(N::RobotBlind, why));
}

void RobotLoop::Impl::postSteps(int upTo) {
  if (!learner) return;
  const bool train = ep.kind == "train", isDemo = ep.kind == "demo";
  for (; posted < upTo; ++posted) {
    const auto& s = ep.steps[posted];
    learner->postStep(s, ep.id, posted, /*toReplay*/ train || (isDemo && settings.sac.demoToReplay),
                      /*toExpert*/ isDemo || (train && s.intervention), /*inspect*/ true,
                      /*countsForUtd*/ train);
  }
}

void RobotLoop::Impl::endEpisode(const QString& label, const QString& by) {
  openStep.open = false;
  if (ep.steps.empty()) {
    episodeActive = false;
    return;
  }
  auto& lastStep = ep.steps.back().transition;
  lastStep.reward = label == "success" ? 1.0f : 0.0f;
  lastStep.terminal = labels.terminalFor(label, by);
  postSteps(static_cast<int>(ep.steps.size()));
  ep.label = label;
  ep.labelledBy = label.isEmpty() ? QString() : by;
  ep.endedMs = nowMs();
  intervention = false;
  episodeActive = false;

  EpisodeSummary sum{ep.id, ep.kind, label, static_cast<int>(ep.steps.size()),
                     ep.interventionSteps()};
  if (store) durability.handedOver();        // the store's done-callback takes it back
  if (learner) learner->postEpisodeEnd(ep);  // the learner adds Q/H/gate, then the store
  labels.episodeEnded(ep.id, ep.kind, label, by, ep.labelledBy);
  ev.episodeFinished(sum);

  if (ep.kind == "train") evaluation.trainingEpisodeEnded(label == "success");
  if (ep.kind == "eval") {
    if (evaluation.episodeEnded(label == "success", sum.steps))
      finishEvaluation();
    else
      askOperatorOrGo();
  } else if (state == S::EpisodeRunning) {
    setState(S::BetweenEpisodes);
    phase = Phase::WaitStart;
    if (settings.autoTrain || info.resetMode == hw::ResetMode::Operator) askOperatorOrGo();
  }
}

void RobotLoop::Impl::startEvaluation(int episodes, ControllerState returnTo) {
  evaluation.begin(episodes, returnTo, envSteps, learner ? learner->updates() : 0,
                   std::chrono::steady_clock::now());
  episodeActive = false;
  setState(S::Evaluating);
  askOperatorOrGo();
}

bool RobotLoop::Impl::evaluationOrBudgetDue() {
  using Due = EvaluationSchedule::Due;
  switch (evaluation.due(envSteps, settings.evalEverySteps, settings.evalEpisodes,
                         settings.trainStepBudget)) {
    case Due::Nothing:
      return false;
    case Due::Evaluation:
    case Due::FinalEvaluation:  // the step budget is done: the final one
      startEvaluation(settings.evalEpisodes, S::BetweenEpisodes);
      return true;
    case Due::BudgetDone:
      stopTraining(Notice(N::BudgetDone, settings.trainStepBudget));
      return true;
  }
  return false;
}

void RobotLoop::Impl::stopTraining(const Notice& why) {
  ev.logMessage(Notice(N::TrainingStopped, why));
  if (store) store->submitEvent(QStringLiteral("training-stopped"), why.english());
  setState(S::Ready);
}

void RobotLoop::Impl::finishEvaluation() {
  const EvaluationResult r = evaluation.finish(static_cast<double>(demos.newest().actions.size()),
                                               std::chrono::steady_clock::now());
  ev.evaluationFinished(r);
  ev.logMessage(r.summary());
  const bool solved = r.episodes > 0 && r.successes == r.episodes;
  if (evaluation.returnTo() == S::BetweenEpisodes && settings.stopWhenSolved && solved) {
    stopTraining(Notice(N::Solved, r.episodes, r.envSteps));
    return;
  }
  setState(evaluation.returnTo());
  if (state == S::BetweenEpisodes) {
    phase = Phase::WaitStart;
    if (settings.autoTrain) askOperatorOrGo();
  }
}

void RobotLoop::Impl::finishDemo(const QString& label, const QString& by) {
  if (ep.steps.empty()) {
    discardDemo(Notice(N::DemoNoSteps));
    return;
  }
  DemoLibrary::Demo recorded{ep.id, ep.seed, {}};
  for (const auto& s : ep.steps) recorded.actions.push_back(s.transition.action);
  QStringList dropped;
  for (int64_t id : demos.add(std::move(recorded), settings.demosKept)) {
    if (learner) learner->postRemoveExpertEpisode(id);
    dropped << QString::number(id);
  }
  const auto& demo = demos.newest();
  o.m_publishedHasDemo = true;
  endEpisode(label, by);  // posts every step (expert, replay if demoToReplay) and stores it
  const int steps = static_cast<int>(demo.actions.size());
  if (!dropped.isEmpty()) {
    ev.logMessage(Notice(N::DemoRecordedReplaces, demo.id, steps, dropped.join(", ")));
  } else if (demos.teaching().size() > 1) {
    ev.logMessage(
        Notice(N::DemoRecordedTeach, demo.id, steps, static_cast<int>(demos.teaching().size())));
  } else {
    ev.logMessage(Notice(N::DemoRecorded, demo.id, steps));
  }
  setState(S::Ready);
}

void RobotLoop::Impl::endUnsuccessfulDemo(const Notice& why, const QString& label,
                                          const QString& by) {
  if (settings.keepUnsuccessfulDemos) {
    finishDemo(label, by);
    return;
  }
  discardDemo(Notice(N::DemoMustSucceed, why));
}

void RobotLoop::Impl::discardDemo(const Notice& why) {
  // Nothing of a recording reaches the learner before it is finished, so dropping is clean.
  ev.logMessage(Notice(N::RecordingDiscarded, why));
  openStep.open = false;
  episodeActive = false;
  ep = EpisodeRecord{};
  --maxEpisodeId;
  setState(recordReturn);
}

void RobotLoop::Impl::labelLast(const QString& label, const QString& by) {
  const auto l = labels.labelLast(label, by);
  if (!l) {
    ev.logMessage(Notice(N::AlreadyLabelled, labels.last().id, labelNotice(label)));
    return;
  }
  applyLabel(*l);
}

void RobotLoop::Impl::applyLabel(const LabelBook::Label& l) {
  LabelChange change{l.episodeId, l.label, l.label.isEmpty() ? QString() : l.by, l.reward,
                     l.terminal};
  if (store) durability.handedOver();
  // Through the learner so the store sees the label after the episode's own record.
  if (learner) learner->postRelabel(change);
  labels.applied(change.episodeId, change.label, change.labelledBy);
  ev.logMessage(Notice(N::Labelled, l.episodeId, labelNotice(l.label), labelledByNotice(l.by)));
}

void RobotLoop::Impl::undoLabel() { applyLabel(labels.undo()); }

void RobotLoop::Impl::relabel(int64_t episodeId, bool success) {
  if (!learner || !store) {
    error(QStringLiteral("relabel"), Notice(N::RelabelNeedsSession));
    return;
  }
  if (episodeId <= 0 || episodeId > maxEpisodeId) {
    error(QStringLiteral("relabel"), Notice(N::NoSuchEpisode, episodeId));
    return;
  }
  applyLabel(labels.label(episodeId, success ? "success" : "failure", QStringLiteral("relabel")));
}

bool RobotLoop::Impl::durable() const {
  // Nothing handed over and not committed, nothing held after a failed write.
  return durability.durable(store.get());
}

void RobotLoop::Impl::askOperatorOrGo() {
  if (info.resetMode == hw::ResetMode::Operator) {
    phase = Phase::WaitOperator;
    ev.operatorResetRequested(Notice(N::OperatorSetUpScene, QString::fromStdString(info.name)));
  } else {
    phase = Phase::Go;
  }
}

void RobotLoop::Impl::betweenEpisodes() {
  if (!robot || phase != Phase::Go || estop) return;
  // Every finished episode and label must be durable before the next episode starts, and one
  // that failed to save pauses training at the next tick instead of starting another.
  if (!durable() || durability.saveFailed()) return;
  if (state == S::BetweenEpisodes) {
    if (evaluationOrBudgetDue()) return;
    if (beginEpisode(QStringLiteral("train"))) setState(S::EpisodeRunning);
  } else if (state == S::Evaluating) {
    beginEpisode(QStringLiteral("eval"));
  } else if (state == S::ReplayingDemo) {
    if (beginEpisode(QStringLiteral("replay"))) replayIndex = 0;
  }
}

}  // namespace lab
