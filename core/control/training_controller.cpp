#include "training_controller.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QPointer>
#include <mutex>

#include "command_queue.h"
#include "robot_loop.h"

Q_LOGGING_CATEGORY(lcController, "lab.core.controller")

namespace lab {

void registerControllerMetaTypes() {
  static std::once_flag once;
  std::call_once(once, [] {
    qRegisterMetaType<lab::ControllerState>("lab::ControllerState");
    qRegisterMetaType<lab::ControllerCommand>("lab::ControllerCommand");
    qRegisterMetaType<lab::CameraFrame>("lab::CameraFrame");
    qRegisterMetaType<lab::StepPoint>("lab::StepPoint");
    qRegisterMetaType<lab::UpdateMetrics>("lab::UpdateMetrics");
    qRegisterMetaType<lab::EpisodeSummary>("lab::EpisodeSummary");
    qRegisterMetaType<lab::LoopStats>("lab::LoopStats");
    qRegisterMetaType<lab::EvaluationResult>("lab::EvaluationResult");
    qRegisterMetaType<lab::ControllerSettings>("lab::ControllerSettings");
    qRegisterMetaType<lab::Notice>("lab::Notice");
    // Lets QVariant::toString() (and so a QSignalSpy) read a Notice as its English sentence.
    QMetaType::registerConverter<lab::Notice, QString>(&lab::Notice::english);
  });
}

// The workers report on their own threads; every signal is re-posted to the controller's
// thread, so receivers (the window) run on theirs and never see a worker thread.
class TrainingController::Private : public LoopEvents {
 public:
  Private(TrainingController* q, std::shared_ptr<RobotSource> robots,
          std::shared_ptr<LearnerSource> learners)
      : q(q), loop(commands, *this, std::move(robots), std::move(learners)) {}

  template <typename F>
  void post(F&& f) {
    QMetaObject::invokeMethod(q, std::forward<F>(f), Qt::QueuedConnection);
  }
  void stateChanged(ControllerState s) override {
    post([this, s] { Q_EMIT q->stateChanged(s); });
  }
  void commandRefused(ControllerCommand c, const Notice& reason) override {
    post([this, c, reason] { Q_EMIT q->commandRefused(c, reason); });
  }
  void emergencyStopChanged(bool active) override {
    post([this, active] { Q_EMIT q->emergencyStopChanged(active); });
  }
  void frameReady(const CameraFrame& f) override {
    post([this, f] { Q_EMIT q->frameReady(f); });
  }
  void stepPoint(const StepPoint& p) override {
    post([this, p] { Q_EMIT q->stepPoint(p); });
  }
  void metricsReady(const UpdateMetrics& m) override {
    post([this, m] { Q_EMIT q->metricsReady(m); });
  }
  void episodeFinished(const EpisodeSummary& s) override {
    post([this, s] { Q_EMIT q->episodeFinished(s); });
  }
  void loopStats(const LoopStats& s) override {
    post([this, s] { Q_EMIT q->loopStats(s); });
  }
  void evaluationFinished(const EvaluationResult& r) override {
    post([this, r] { Q_EMIT q->evaluationFinished(r); });
  }
  void operatorResetRequested(const Notice& text) override {
    post([this, text] { Q_EMIT q->operatorResetRequested(text); });
  }
  void episodeStored(int64_t id, const QString& label) override {
    post([this, id, label] { Q_EMIT q->episodeStored(id, label); });
  }
  void labelStored(int64_t id, const QString& label) override {
    post([this, id, label] { Q_EMIT q->labelStored(id, label); });
  }
  void errorOccurred(const QString& source, const Notice& message) override {
    qCWarning(lcController).noquote() << source << ":" << message.english();
    post([this, source, message] { Q_EMIT q->errorOccurred(source, message); });
  }
  void logMessage(const Notice& message) override {
    qCInfo(lcController).noquote() << message.english();
    post([this, message] { Q_EMIT q->logMessage(message); });
  }

  void command(ControllerCommand c, int count = 0) {
    QueuedCommand qc;
    qc.command = c;
    qc.count = count;
    commands.push(qc);
  }

  TrainingController* q;
  ControllerSettings settings;
  CommandQueue commands;
  RobotLoop loop;  // after `commands`: destroyed (stopped) first
};

TrainingController::TrainingController(std::shared_ptr<RobotSource> robots, QObject* parent)
    : TrainingController(std::move(robots), nullptr, parent) {}

TrainingController::TrainingController(std::shared_ptr<RobotSource> robots,
                                       std::shared_ptr<LearnerSource> learners, QObject* parent)
    : QObject(parent), d(std::make_unique<Private>(this, std::move(robots), std::move(learners))) {
  registerControllerMetaTypes();
  d->loop.start();
}

TrainingController::~TrainingController() {
  // The loop's shutdown sends the zero command, ends a running episode into the store, saves a
  // checkpoint and flushes the store; bounded by the store's flush timeout.
  d->loop.stop();
}

ControllerState TrainingController::state() const { return d->loop.state(); }
bool TrainingController::emergencyStopped() const {
  return d->loop.emergencyStopped() || d->commands.emergencyStopPending();
}
bool TrainingController::hasDemo() const { return d->loop.hasDemo(); }
ControllerSettings TrainingController::settings() const { return d->settings; }

void TrainingController::setSettings(const lab::ControllerSettings& settings) {
  if (state() != ControllerState::Idle) {
    Q_EMIT errorOccurred(QStringLiteral("settings"), Notice(NoticeCode::SettingsNeedIdle, state()));
    return;
  }
  try {
    settings.sac.validate();
  } catch (const std::exception& e) {
    Q_EMIT errorOccurred(QStringLiteral("settings"), exceptionNotice(e));
    return;
  }
  d->settings = settings;
}

void TrainingController::connectRobot() {
  QueuedCommand qc;
  qc.command = ControllerCommand::Connect;
  qc.settings = std::make_shared<const ControllerSettings>(d->settings);
  d->commands.push(qc);
}
void TrainingController::disconnectRobot() { d->command(ControllerCommand::Disconnect); }
void TrainingController::startRecording(bool byScriptedExpert) {
  QueuedCommand qc;
  qc.command = ControllerCommand::StartRecording;
  qc.byExpert = byScriptedExpert;
  d->commands.push(qc);
}
void TrainingController::stopRecording() { d->command(ControllerCommand::StopRecording); }
void TrainingController::replayDemo() { d->command(ControllerCommand::ReplayDemo); }
void TrainingController::markSuccess() { d->command(ControllerCommand::Success); }
void TrainingController::markFailure() { d->command(ControllerCommand::Failure); }
void TrainingController::undoLabel() { d->command(ControllerCommand::UndoLabel); }
void TrainingController::setIntervention(bool on) {
  d->command(on ? ControllerCommand::InterventionOn : ControllerCommand::InterventionOff);
}
void TrainingController::setTeleopAction(const QVector<float>& a) {
  d->commands.setTeleopAction(std::vector<float>(a.begin(), a.end()));
}
void TrainingController::startTraining() { d->command(ControllerCommand::StartTraining); }
void TrainingController::pause() { d->command(ControllerCommand::Pause); }
void TrainingController::resume() { d->command(ControllerCommand::Resume); }
void TrainingController::emergencyStop() {
  // Not queued behind other commands: the loop checks this flag every tick and while it
  // sleeps, and calls the robot's emergencyStop() at once.
  d->commands.requestEmergencyStop();
}
void TrainingController::acknowledgeEmergencyStop() {
  d->command(ControllerCommand::AcknowledgeEmergencyStop);
}
void TrainingController::evaluate(int episodes) {
  d->command(ControllerCommand::Evaluate, episodes);
}
void TrainingController::checkpointNow() { d->command(ControllerCommand::CheckpointNow); }
void TrainingController::operatorReady() { d->command(ControllerCommand::OperatorReady); }
void TrainingController::relabelEpisode(qint64 episodeId, bool success) {
  QueuedCommand qc;
  qc.kind = QueuedCommand::Kind::Relabel;
  qc.episodeId = episodeId;
  qc.success = success;
  d->commands.push(qc);
}

}  // namespace lab
