#include "robot_loop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <utility>

#include "notice_error.h"
#include "robot_loop_impl.h"

Q_LOGGING_CATEGORY(lcLoop, "lab.core.loop")

namespace lab {

using Clock = std::chrono::steady_clock;
using S = ControllerState;
using C = ControllerCommand;

RobotLoop::RobotLoop(CommandQueue& commands, LoopEvents& events,
                     std::shared_ptr<RobotSource> robots, std::shared_ptr<LearnerSource> learners)
    : d(std::make_unique<Impl>(*this, commands, events)) {
  d->robots = std::move(robots);
  d->learners = std::move(learners);
}

RobotLoop::~RobotLoop() { stop(); }

void RobotLoop::setSettings(const ControllerSettings& s) { d->settings = s; }

void RobotLoop::start() {
  if (d->thread.joinable()) return;
  d->stopFlag = false;
  d->thread = std::thread([this] { d->run(); });
}

void RobotLoop::stop() {
  if (!d->thread.joinable()) return;
  d->stopFlag = true;
  d->q.push(QueuedCommand::shutdown());
  d->thread.join();
}

// ---------------------------------------------------------------------------------------------

void RobotLoop::Impl::run() {
  auto next = Clock::now();
  while (!stopFlag) {
    if (state == S::Idle) {
      serviceEmergencyStop();
      processCommands();
      if (state == S::Idle) {
        q.waitUntil(Clock::now() + std::chrono::milliseconds(200), true);
        continue;
      }
      next = Clock::now();
    }
    const auto tickStart = Clock::now();
    tick();
    if (runsFast()) {
      // Lockstep: the next step waits for the learner (in tick), not for the clock; only the
      // store's commit of a finished episode is waited for here, without spinning.
      if (!durable()) q.waitUntil(Clock::now() + std::chrono::milliseconds(5), false);
      next = Clock::now();
      continue;
    }
    next += period;
    const auto now = Clock::now();
    // After a stall (slow read, debugger) start afresh instead of bursting to catch up.
    if (next + period < now) next = now;
    showInterimFrames(tickStart, next);
  }
  if (state == S::EpisodeRunning || state == S::Evaluating || state == S::Paused) {
    if (episodeActive && !ep.steps.empty()) endEpisode(QString(), QStringLiteral("shutdown"));
  }
  disconnect();
}

void RobotLoop::Impl::sleepUntil(Clock::time_point deadline) {
  // Only the e-stop cuts the sleep short: commands wait for the next safe point.
  while (!stopFlag && Clock::now() < deadline) {
    q.waitUntil(deadline, false);
    serviceEmergencyStop();
  }
}

void RobotLoop::Impl::showInterimFrames(Clock::time_point tickStart, Clock::time_point deadline) {
  // The operator's view runs at >= 20 frames per second even when the robot is controlled at
  // 10 Hz: between two ticks, ask the robot for frames it took in between (display only).
  constexpr auto kViewInterval = std::chrono::milliseconds(50);
  constexpr auto kMargin = std::chrono::milliseconds(10);  // never delay the next tick
  for (auto t = tickStart + kViewInterval; t + kMargin < deadline; t += kViewInterval) {
    sleepUntil(t);
    if (stopFlag || !robot || state == S::Idle) break;
    hw::Observation o;
    if (robot->interimFrame(o)) emitFrame(o);
  }
  sleepUntil(deadline);
}

void RobotLoop::Impl::tick() {
  const auto start = Clock::now();
  statsTick(start);
  // The safe point: e-stop first, then commands, then the newest weights.
  serviceEmergencyStop();
  processCommands();
  serviceStore();
  if (learnerDiverged.exchange(false)) pauseForLearner();
  if (learnerLinkChanged.exchange(false)) followLearnerLink();
  if (state == S::Idle || !robot) return;
  // Lockstep: the sim does not move until the learner has handled every step and paid every
  // update they earned; the wait is short so the e-stop and commands stay at one tick.
  if (lockstep && learner && !learner->waitIdle(20)) return;
  if (policy && state != S::Evaluating) {
    // Evaluation keeps the weights it started with, so all N episodes test one policy.
    if (auto w = mailbox.take()) {
      try {
        policy->load(*w);  // outside any lock: the mailbox only swapped the pointer
      } catch (const std::exception& e) {
        error("policy", Notice(NoticeCode::NewWeightsRefused, exceptionNotice(e)));
      }
    }
  }
  // What this tick posts reaches the learner as one batch (lockstep: a deterministic order).
  if (lockstep && learner) learner->holdPosts(true);
  switch (state) {
    case S::EpisodeRunning:
    case S::RecordingDemo:
      stepEpisode();
      break;
    case S::Evaluating:
      if (episodeActive)
        stepEpisode();
      else {
        hold();
        betweenEpisodes();
      }
      break;
    case S::ReplayingDemo:
      if (episodeActive)
        stepReplay();
      else {
        hold();
        betweenEpisodes();
      }
      break;
    case S::BetweenEpisodes:
      hold();
      betweenEpisodes();
      break;
    default:
      hold();
      break;
  }
  if (lockstep && learner) learner->holdPosts(false);
}

bool RobotLoop::Impl::runsFast() const {
  if (!lockstep || !robot || estop || intervention) return false;
  if (state == S::EpisodeRunning) return true;
  return (state == S::Evaluating || state == S::BetweenEpisodes) &&
         (episodeActive || phase == Phase::Go);
}

void RobotLoop::Impl::latchEmergencyStop() {
  // Zero command now: the port latches it and hands it to the plugin's thread without waiting,
  // so a plugin call that hangs cannot hold the e-stop up.
  if (robot) robot->emergencyStop();
  if (learner) learner->setPaused(true);
  if (!estop) {
    estop = true;
    o.m_publishedEstop = true;
    ev.emergencyStopChanged(true);
    ev.logMessage(Notice(NoticeCode::EmergencyStopLatched));
  }
}

void RobotLoop::Impl::serviceEmergencyStop() {
  const bool requested = q.takeEmergencyStop();
  if (requested || std::exchange(estopToApply, false)) applyEmergencyStop();
}

bool RobotLoop::Impl::whileRobotBusy(std::chrono::milliseconds elapsed) {
  if (q.takeEmergencyStop()) {
    latchEmergencyStop();
    estopToApply = true;  // a recording discarded, an episode paused: at the next safe point
  }
  // Stopping: a healthy call gets a second to finish (a clean disconnect), a hung one is left.
  return stopFlag.load() && elapsed > std::chrono::seconds(1);
}

std::chrono::milliseconds RobotLoop::Impl::robotCallDeadline() const {
  if (settings.robotCallTimeoutMs > 0)
    return std::chrono::milliseconds(settings.robotCallTimeoutMs);
  const auto periods = std::chrono::duration_cast<std::chrono::milliseconds>(20 * period);
  return std::max<std::chrono::milliseconds>(std::chrono::seconds(2), periods);
}

void RobotLoop::Impl::applyEmergencyStop() {
  latchEmergencyStop();
  if (state == S::RecordingDemo) {
    discardDemo(Notice(NoticeCode::EmergencyStopInterruptedRecording));
  } else if (state == S::EpisodeRunning || state == S::BetweenEpisodes || state == S::Evaluating ||
             state == S::ReplayingDemo) {
    pausedFrom = state;
    setState(S::Paused);
  }
}

void RobotLoop::Impl::setState(ControllerState s) {
  if (s == state) return;
  state = s;
  o.m_publishedState = s;
  ev.stateChanged(s);
  rate.reportNow();  // the window's countdown needs the new episode's limit now, not in 1 s
}

void RobotLoop::Impl::error(const QString& source, const Notice& message) {
  const QString english = message.english();
  const QString key = source + '\n' + english;
  if (reportedErrors.contains(key)) return;  // once per cause
  reportedErrors.append(key);
  qCWarning(lcLoop).noquote() << source << ":" << english;
  ev.errorOccurred(source, message);
  if (store) store->submitEvent(QStringLiteral("error"), source + ": " + english);
}

void RobotLoop::Impl::robotFatal(const Notice& message) {
  error(QStringLiteral("robot"), message);
  if (episodeActive && !ep.steps.empty() && state != S::RecordingDemo &&
      state != S::ReplayingDemo) {
    endEpisode(QString(), QStringLiteral("robot-error"));
  }
  disconnect();
}

void RobotLoop::Impl::statsTick(Clock::time_point t) {
  const auto reading = rate.tick(t);
  if (!reading) return;
  LoopStats s;
  s.episodeSteps = episodeActive ? static_cast<int>(ep.steps.size()) : 0;
  s.episodeStepLimit = episodeActive ? terms.stepLimit(state == S::RecordingDemo) : 0;
  s.nominalRateHz = info.controlRateHz;
  s.episodeLimitSteps = info.maxEpisodeSteps;
  s.demoLimitSteps = terms.demoStepLimit();
  s.camera = obsSpec.hasImage();
  s.controlRateHz = reading->rateHz;
  s.jitterMs = reading->jitterMs;
  s.envSteps = envSteps;
  s.lockstep = lockstep;
  s.simSeconds = robotWrites * std::chrono::duration<double>(period).count();
  s.wallSeconds = std::chrono::duration<double>(t - connectedAt).count();
  s.configuredUtd = settings.sac.utd;
  if (learner) {
    s.updatesPerSecond = learner->updatesPerSecond();
    s.replaySize = learner->replaySize();
    s.expertSize = learner->expertSize();
    s.updates = learner->updates();
    const int64_t ck = learner->lastCheckpointMs();
    s.secondsSinceCheckpoint = ck > 0 ? (QDateTime::currentMSecsSinceEpoch() - ck) / 1000.0 : -1;
    s.achievedUtd = utdMeter.read(envSteps, s.updates, lockstep);
  }
  ev.loopStats(s);
  if (!reading->periodic) return;
  // Metrics reach the store in batches, at most once a second.
  auto batch = metrics.take();
  if (store && !batch.empty()) store->submitMetrics(std::move(batch));
}

// ---------------------------------------------------------------------------------------------

void RobotLoop::Impl::processCommands() {
  for (const auto& c : q.takeAll()) {
    if (c.kind == QueuedCommand::Kind::Shutdown) continue;
    if (c.kind == QueuedCommand::Kind::Relabel) {
      relabel(c.episodeId, c.success);
      continue;
    }
    if (c.command == C::EmergencyStop) {  // normally handled through the flag already
      applyEmergencyStop();
      continue;
    }
    const Notice reason = commandRefusal(c, facts());
    if (!reason.isEmpty()) {
      qCInfo(lcLoop).noquote() << "refused" << toString(c.command) << ":" << reason.english();
      ev.commandRefused(c.command, reason);
      continue;
    }
    apply(c);
  }
}

LoopFacts RobotLoop::Impl::facts() const {
  LoopFacts f;
  f.state = state;
  f.emergencyStopped = estop;
  f.hasDemo = demos.has();
  f.canUndo = labels.canUndo();
  f.intervention = intervention;
  std::vector<float> a;
  f.canDrive = q.teleopAction(a) || (settings.scriptedDemo && info.hasScriptedExpert);
  f.hasScriptedExpert = info.hasScriptedExpert;
  f.episodeActive = episodeActive;
  f.episodeSteps = static_cast<int>(ep.steps.size());
  f.lastIsTraining = labels.last().id >= 0 && labels.last().kind != "demo";
  f.phase = phase;
  f.hasStore = store != nullptr;
  return f;
}

void RobotLoop::Impl::apply(const QueuedCommand& c) {
  qCDebug(lcLoop).noquote() << "apply" << toString(c.command) << "in" << toString(state);
  switch (c.command) {
    case C::Connect: {
      if (c.settings) settings = *c.settings;
      Notice err;
      if (!connect(err)) error(QStringLiteral("connect"), err);
      break;
    }
    case C::Disconnect:
      if (episodeActive && !ep.steps.empty() && pausedFrom != S::ReplayingDemo) {
        endEpisode(QString(), QStringLiteral("disconnect"));
      }
      disconnect();
      break;
    case C::StartRecording:
      recordReturn = state;
      expertRecording = c.byExpert;
      // The previous demo or label may still be on its way to the database (milliseconds): a
      // press of Record waits for it instead of being dropped without a word.
      // In short slices, so an e-stop pressed meanwhile is applied at once.
      for (int waited = 0; !durable() && store && waited < kRecordWaitMs && !estop; waited += 50) {
        store->flush(50);
        serviceEmergencyStop();
      }
      if (estop) break;
      if (!durable()) {
        ev.errorOccurred(QStringLiteral("recording"), Notice(NoticeCode::RecordingNotStarted));
        break;
      }
      if (beginEpisode(QStringLiteral("demo"))) setState(S::RecordingDemo);
      break;
    case C::StopRecording:
      if (settings.useSuccessDetector && robot->detectSuccess()) {
        finishDemo(QStringLiteral("success"), QStringLiteral("detector"));
      } else {
        endUnsuccessfulDemo(Notice(NoticeCode::StoppedBeforeSuccess), QString(),
                            QStringLiteral("operator"));
      }
      break;
    case C::ReplayDemo:
      setState(S::ReplayingDemo);
      episodeActive = false;
      askOperatorOrGo();
      break;
    case C::Success:
    case C::Failure: {
      const QString label = c.command == C::Success ? "success" : "failure";
      if (state == S::RecordingDemo) {
        if (c.command == C::Success)
          finishDemo(label, "operator");
        else
          discardDemo(Notice(NoticeCode::OperatorMarkedFailed));
      } else if (episodeActive) {
        endEpisode(label, QStringLiteral("operator"));
      } else {
        labelLast(label, QStringLiteral("operator"));
      }
      break;
    }
    case C::UndoLabel:
      undoLabel();
      break;
    case C::InterventionOn:
    case C::InterventionOff:
      intervention = c.command == C::InterventionOn;
      ev.logMessage(
          Notice(intervention ? NoticeCode::InterventionStarted : NoticeCode::InterventionEnded));
      break;
    case C::StartTraining:
      // A learner that paused itself (it diverged while nothing could be paused) learns again.
      if (learner) learner->setPaused(false);
      evaluation.startTraining(Clock::now());
      if (state == S::Ready) {
        setState(S::BetweenEpisodes);
        askOperatorOrGo();
      } else {
        phase = Phase::Go;
      }
      break;
    case C::Pause:
      pausedFrom = state;
      if (learner) learner->setPaused(true);
      setState(S::Paused);
      break;
    case C::Resume:
      // What could not be saved is tried first; a failure reported before this resume is the
      // one the operator resumes from, not a reason to pause again.
      durability.clearSaveFailed();
      if (store) store->retryHeld();
      if (learner) learner->setPaused(false);
      setState(pausedFrom);
      break;
    case C::AcknowledgeEmergencyStop:
      if (robot) {
        Notice err;
        if (!robot->acknowledgeEmergencyStop(err)) {
          ev.commandRefused(c.command, Notice(NoticeCode::RobotRefusedAcknowledge, err));
          break;
        }
      }
      estop = false;
      o.m_publishedEstop = false;
      if (learner && state != S::Paused) learner->setPaused(false);
      ev.emergencyStopChanged(false);
      ev.logMessage(Notice(NoticeCode::EmergencyStopAcknowledged));
      break;
    case C::Evaluate:
      startEvaluation(c.count, state);
      break;
    case C::CheckpointNow:
      if (learner) learner->postCheckpoint(QStringLiteral("operator"));
      break;
    case C::OperatorReady:
      phase = Phase::Go;
      break;
    case C::EmergencyStop:
      break;
  }
}

}  // namespace lab
