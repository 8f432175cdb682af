// Connect / disconnect of the robot loop: robot, session store, learner and acting policy come
// up (and go down) together, on the robot thread, before (after) the loop ticks.
#include <QCoreApplication>
#include <QDir>
#include <algorithm>

#include "memory_budget.h"
#include "notice_error.h"
#include "robot_loop_impl.h"
#include "session_restore.h"

namespace lab {

using S = ControllerState;
using C = ControllerCommand;
using N = NoticeCode;

LearnerCallbacks RobotLoop::Impl::learnerCallbacks() {
  LearnerCallbacks cb;
  // All of these run on the learner thread: copy, hand over, return.
  cb.metrics = [this](const UpdateMetrics& m) {
    ev.metricsReady(m);
    metrics.add(m);
  };
  cb.stepValues = [this](int64_t episode, int step, const StepValues& v, const StepRecord& r) {
    StepPoint p;
    p.episode = episode;
    p.step = step;
    p.q = v.q;
    p.hSig = v.hSig;
    p.gate = v.gate;
    p.intervention = r.intervention;
    p.action = QVector<float>(r.transition.action.begin(), r.transition.action.end());
    p.robotState = QVector<float>(r.robotState.begin(), r.robotState.end());
    ev.stepPoint(p);
  };
  cb.episodeReady = [this](EpisodeRecord rec) {
    if (!store) return;
    const int64_t id = rec.id;
    const QString label = rec.label;
    store->submitEpisode(rec, durability.done(Notice(N::EpisodeItem, id),
                                              [this, id, label] { ev.episodeStored(id, label); }));
  };
  cb.labelReady = [this](const LabelChange& c) {
    // The buffers take the label only once the session holds it (serviceStore hands it on).
    if (!store) {
      durability.labelCommitted(c);
      return;
    }
    store->submitLabel(
        c, durability.done(Notice(N::LabelItem, labelNotice(c.label), c.episodeId), [this, c] {
          durability.labelCommitted(c);
          ev.labelStored(c.episodeId, c.label);
        }));
  };
  cb.checkpointSaved = [this](const CheckpointInfo& info) {
    if (store) store->submitCheckpoint(info);
    ev.logMessage(Notice(N::CheckpointSaved, info.step, info.reason, info.path));
  };
  cb.resumed = [this](const Notice& msg) { ev.logMessage(msg); };
  cb.error = [this](const QString& source, const Notice& msg) { ev.errorOccurred(source, msg); };
  cb.diverged = [this] {
    learnerDiverged = true;
    q.wake();
  };
  cb.linkLost = [this] {
    learnerLinkUp = false;
    learnerLinkChanged = true;
    q.wake();
  };
  cb.linkBack = [this] {
    learnerLinkUp = true;
    learnerLinkChanged = true;
    q.wake();
  };
  return cb;
}

bool RobotLoop::Impl::connect(Notice& err) {
  reportedErrors.clear();
  try {
    settings.sac.validate();
  } catch (const std::exception& e) {
    err = Notice(N::InvalidLearnerConfig, exceptionNotice(e));
    return false;
  }
  if (!openRobot(err)) return false;
  if (settings.fitObservationToRobot) fitObservationToRobot();
  if (Notice why = robotMismatch(); !why.isEmpty()) return closeAfterFailure(err, why);
  setUpPacing();
  if (Notice why = pacingMismatch(); !why.isEmpty()) return closeAfterFailure(err, why);
  // Before anything is allocated: buffers that cannot fit when full would get the program
  // killed once they fill, hours into the session.
  const Notice tooBig =
      MemoryBudget::check(settings.sac, stateDim, actionDim, MemoryBudget::availableBytes());
  if (!tooBig.isEmpty()) return closeAfterFailure(err, tooBig);
  StoredSession stored;
  if (Notice why; !openSession(stored, why)) return closeAfterFailure(err, why);
  startLearner(stored);
  restoreCounters(stored);
  if (Notice why; !waitLearnerReady(why)) return closeAfterFailure(err, why);
  SessionRestore::Counts restored;
  if (Notice why; !restoreBuffers(stored, restored, why)) return closeAfterFailure(err, why);
  startActing();
  announceSession(stored, restored);
  episodeActive = false;
  intervention = false;
  openStep.open = false;
  startPending.clear();
  failedWrites = 0;
  freshness.restart(std::chrono::steady_clock::now());
  setState(demos.has() ? S::Ready : S::Connected);
  rate.restart();
  return true;
}

bool RobotLoop::Impl::openRobot(Notice& err) {
  RobotPort::Deadlines deadlines;
  deadlines.lifecycle = std::chrono::milliseconds(std::max(1, settings.robotConnectTimeoutMs));
  robot = std::make_unique<RobotPort>(robots, deadlines, [this](std::chrono::milliseconds elapsed) {
    return whileRobotBusy(elapsed);
  });
  hw::RobotConfig rc;
  rc.settings = settings.robotSettings;
  rc.imageSize = settings.sac.imageSize;
  rc.seed = settings.sac.seed;
  if (!robot->open(settings.robotId, settings.pluginDir, rc, err)) {
    robot.reset();
    return false;
  }
  if (estop) robot->emergencyStop();  // the latch outlives the robot it was pressed on
  info = robot->info();
  actionSpec = robot->actionSpec();
  obsSpec = robot->observationSpec();
  zero = actionSpec.zeroCommand();
  actionDim = actionSpec.size();
  stateDim = obsSpec.stateDim();
  terms = EpisodeTerms(settings, info);
  return true;
}

bool RobotLoop::Impl::closeAfterFailure(Notice& err, const Notice& why) {
  err = why;
  learner.reset();
  store.reset();
  robot->close();
  robot.reset();
  return false;
}

void RobotLoop::Impl::fitObservationToRobot() {
  // Only this connection's copy changes: the next Connect brings the controller's settings, so
  // a robot with a camera connected afterwards learns from it again.
  ObsMode& mode = settings.sac.obsMode;
  const bool camera = obsSpec.imageWidth > 0, state = stateDim > 0;
  if (mode != ObsMode::State && !camera && state) {
    mode = ObsMode::State;
    ev.logMessage(Notice(N::RobotNoCameraLearnsState, settings.robotId));
  } else if (mode != ObsMode::Image && !state && camera) {
    mode = ObsMode::Image;
    ev.logMessage(Notice(N::RobotNoStateLearnsImages, settings.robotId));
  }
}

Notice RobotLoop::Impl::robotMismatch() const {
  const auto mode = settings.sac.obsMode;
  if (mode != ObsMode::State && obsSpec.imageWidth == 0) {
    return Notice(N::RobotNoCamera, settings.robotId);
  }
  if (mode != ObsMode::State && (obsSpec.imageWidth != settings.sac.imageSize ||
                                 obsSpec.imageHeight != settings.sac.imageSize)) {
    return Notice(N::RobotImageSize, settings.robotId, obsSpec.imageWidth, obsSpec.imageHeight,
                  settings.sac.imageSize);
  }
  if (mode != ObsMode::Image && stateDim == 0) return Notice(N::RobotNoState, settings.robotId);
  if (actionDim == 0) return Notice(N::RobotNoAction, settings.robotId);
  if (info.controlRateHz <= 0 || info.maxEpisodeSteps <= 0) {
    return Notice(N::RobotBadTiming, settings.robotId, info.controlRateHz, info.maxEpisodeSteps);
  }
  return {};
}

void RobotLoop::Impl::setUpPacing() {
  period = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
      std::chrono::duration<double>(1.0 / info.controlRateHz));
  robot->setCallDeadline(robotCallDeadline());
  lockstep = settings.pacing == Pacing::Lockstep;
  feed.setLockstep(lockstep);
}

Notice RobotLoop::Impl::pacingMismatch() const {
  if (!lockstep || info.simulated) return {};
  return Notice(N::RobotNotSimulated, settings.robotId);
}

bool RobotLoop::Impl::openSession(StoredSession& stored, Notice& err) {
  if (settings.sessionDir.isEmpty()) return true;
  try {
    store =
        std::make_unique<SessionRecorder>(settings.sessionDir, sessionInfoFor(learnerSettings()));
    store->setFailureHandler([this](const Notice& what, const QString& error) {
      // Writer thread: straight to the window (error() is the robot thread's and logs an
      // event, which may be what fails).
      ev.errorOccurred(QStringLiteral("store"), Notice(N::SaveFailedOnce, what, error));
    });
    stored = store->load();
  } catch (const std::exception& e) {
    err = Notice(N::SessionFailed, settings.sessionDir, exceptionNotice(e));
    return false;
  }
  return true;
}

LearnerSettings RobotLoop::Impl::learnerSettings() const {
  LearnerSettings ls;
  ls.sac = settings.sac;
  ls.stateDim = stateDim;
  ls.actionDim = actionDim;
  ls.lockstep = lockstep;
  ls.publishEvery = settings.publishPolicyEvery;
  ls.checkpointEvery = settings.checkpointEverySteps;
  ls.checkpointEverySeconds = settings.checkpointEverySeconds;
  ls.initialCheckpoint = settings.initialCheckpoint;
  ls.robotId = settings.robotId;
  ls.robotName = QString::fromStdString(info.name);
  ls.pluginVersion = QString::fromStdString(info.version);
  ls.failureIsTerminal = settings.failureIsTerminal;
  ls.useSuccessDetector = settings.useSuccessDetector;
  ls.demosKept = settings.demosKept;
  return ls;
}

void RobotLoop::Impl::startLearner(const StoredSession& stored) {
  LearnerSettings ls = learnerSettings();
  if (store) {
    ls.checkpointDir = store->checkpointDir();
    ls.resumeCandidates = stored.checkpoints;
  }
  if (learners)
    learner = learners->create(ls, learnerCallbacks(), mailbox);
  else
    learner = std::make_unique<LearnerWorker>(ls, learnerCallbacks(), mailbox);
  learner->setPaused(estop);
  learner->start();
}

void RobotLoop::Impl::restoreCounters(const StoredSession& stored) {
  // The newest demosKept demos teach (older ones were replaced by re-recording), the newest is
  // what Replay plays; training episodes go to the replay buffer and their intervention steps
  // also to the expert buffer. Evaluation episodes are not training data.
  maxEpisodeId = stored.maxEpisodeId;
  demos.restore(stored.episodes, settings.demosKept);
  envSteps = 0;
  for (const auto& e : stored.episodes) {
    if (e.kind == "train") envSteps += e.steps;
  }
  evaluation.restart(envSteps, settings.evalEverySteps);
  robotWrites = 0;
  utdMeter.restart();
  connectedAt = std::chrono::steady_clock::now();
  LabelBook::Episode lastEpisode;
  if (!stored.episodes.empty()) {
    const auto& e = stored.episodes.back();
    lastEpisode = LabelBook::Episode{e.id, e.kind, e.label, e.labelledBy};
  }
  labels.restart(lastEpisode, settings.failureIsTerminal);
}

bool RobotLoop::Impl::restoreBuffers(const StoredSession& stored, SessionRestore::Counts& restored,
                                     Notice& err) {
  if (!store) return true;
  // Rebuild the buffers from the database, reading only what they keep, in bounded memory.
  try {
    const auto plan = SessionRestore::plan(
        stored.episodes, {demos.teaching().begin(), demos.teaching().end()}, settings.sac);
    restored = SessionRestore::run(
        stored.episodes, plan, [this](int64_t id) { return store->steps(id); }, *learner);
    // Replay plays the newest demo: its actions, read back.
    if (const EpisodeRow* newestDemo = DemoLibrary::newestRecorded(stored.episodes)) {
      DemoLibrary::Demo newest{newestDemo->id, newestDemo->seed, {}};
      for (const auto& s : store->steps(newestDemo->id)) {
        newest.actions.push_back(s.transition.action);
      }
      demos.setNewest(std::move(newest));
    }
  } catch (const std::exception& e) {
    err = Notice(N::SessionFailed, settings.sessionDir, exceptionNotice(e));
    return false;
  }
  return true;
}

void RobotLoop::Impl::startActing() {
  o.m_publishedHasDemo = demos.has();
  policy = std::make_unique<ActingPolicy>(settings.sac, stateDim, actionDim);
  if (auto w = mailbox.take()) policy->load(*w);
  const std::size_t side = settings.sac.obsMode == ObsMode::State ? 0 : settings.sac.imageSize;
  actFrames = FrameStack(settings.sac.frameStack, side * side);
}

void RobotLoop::Impl::announceSession(const StoredSession& stored,
                                      const SessionRestore::Counts& restored) {
  if (stored.reopened) {
    ev.logMessage(Notice(N::SessionReopened, static_cast<qint64>(stored.episodes.size()),
                         demos.has() ? QString::number(demos.newest().id) : QStringLiteral("none"),
                         envSteps, restored.stepsRead, restored.stepsStored, restored.episodesRead,
                         restored.peakStepsInFlight));
  }
  // After the restore: error() logs an event, and the first write hands the store to the
  // writer thread, after which the restore could not read it any more.
  for (const QString& w : stored.warnings) error(QStringLiteral("checkpoint"), Notice::detail(w));
  if (store) store->submitEvent(QStringLiteral("connect"), settings.robotId);
}

bool RobotLoop::Impl::waitLearnerReady(Notice& why) {
  // Building (or loading) the learner can take a while: the e-stop is latched meanwhile, and a
  // stopping program does not wait for it.
  const auto until = std::chrono::steady_clock::now() + std::chrono::minutes(3);
  while (!learner->waitReady(50)) {
    if (q.takeEmergencyStop()) {
      latchEmergencyStop();
      estopToApply = true;
    }
    if (learner->startupFailed()) {
      why = Notice(N::LearnerDidNotStart, learner->startupError());
      return false;
    }
    if (stopFlag || std::chrono::steady_clock::now() > until) {
      why = Notice(N::LearnerStartTimeout);
      return false;
    }
  }
  return true;
}

void RobotLoop::Impl::disconnect() {
  if (robot) {
    if (!estop) robot->emergencyStop();  // zero command before letting go
    robot->close();
    robot.reset();
  }
  if (learner) {
    if (store) learner->postCheckpoint(QStringLiteral("shutdown"));
    learner->stop();  // drains: finished episodes and labels reach the store
    learner.reset();
  }
  policy.reset();
  mailbox.take();
  if (store) closeStore();
  durability.reset();  // what it still owed was for the learner and store that are gone
  openStep.open = false;
  startPending.clear();
  episodeActive = false;
  intervention = false;
  demos.clear();
  o.m_publishedHasDemo = false;
  setState(S::Idle);
}

void RobotLoop::Impl::closeStore() {
  auto batch = metrics.take();
  if (!batch.empty()) store->submitMetrics(std::move(batch));
  store->submitEvent(QStringLiteral("disconnect"), settings.robotId);
  if (!store->flush(30000)) {
    ev.errorOccurred(QStringLiteral("store"), Notice(N::StoreFlushTimeout));
  }
  if (store->heldWrites() > 0) {  // a last try before they are lost with the connection
    store->retryHeld();
    store->flush(30000);
  }
  const std::vector<Notice> lost = store->heldDescriptions();
  if (!lost.empty()) {
    QVariantList items;  // shown as a list, each item in words
    for (const Notice& n : lost) items << QVariant::fromValue(n);
    ev.errorOccurred(QStringLiteral("store"),
                     Notice(N::WritesLost, static_cast<int>(lost.size()), items));
  }
  store.reset();
}

void RobotLoop::Impl::pauseForLearner() {
  // The learner already paused itself and said why (an error); the loop follows, so nothing
  // runs on collecting episodes that nothing learns from. Recording is left alone.
  if (!refusalReason(state, C::Pause, estop, demos.has()).isEmpty()) return;
  apply(QueuedCommand::fromOperator(C::Pause));
  ev.logMessage(Notice(N::PausedForLearner));
}

void RobotLoop::Impl::followLearnerLink() {
  if (!learnerLinkUp) {
    // As pauseForLearner: what runs by itself stops (the robot held at zero, the episode kept).
    if (!refusalReason(state, C::Pause, estop, demos.has()).isEmpty()) return;
    apply(QueuedCommand::fromOperator(C::Pause));
    pausedForLink = true;
    ev.logMessage(Notice(N::PausedForLearnerLink));
  } else if (pausedForLink) {
    pausedForLink = false;
    // Only the pause this link took: an operator's pause or e-stop since then stays.
    if (state != S::Paused || !refusalReason(state, C::Resume, estop, demos.has()).isEmpty()) {
      return;
    }
    apply(QueuedCommand::fromOperator(C::Resume));
    ev.logMessage(Notice(N::ResumedForLearnerLink));
  }
}

void RobotLoop::Impl::serviceStore() {
  for (const auto& c : durability.takeCommittedLabels()) {
    if (learner) learner->postLabelCommitted(c);
  }
  if (durability.takeSaveFailed()) pauseForStore();
  if (store && store->heldWrites() > 0 && durability.retryDue(std::chrono::steady_clock::now())) {
    store->retryHeld();
  }
}

void RobotLoop::Impl::pauseForStore() {
  // Recording or an operator's pause are left alone: only what runs by itself is paused.
  if (!refusalReason(state, C::Pause, estop, demos.has()).isEmpty()) return;
  apply(QueuedCommand::fromOperator(C::Pause));
  ev.logMessage(Notice(N::PausedForStore, StoreDurability::kRetrySeconds));
}

}  // namespace lab
