#include "gui_composition.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTextEdit>
#include <QTimer>

#include "camera_view.h"
#include "config_editor.h"
#include "episode_controls.h"
#include "episode_step_plot.h"
#include "log_panel.h"
#include "main_window.h"
#include "operator_text.h"
#include "robot_catalog.h"
#include "robot_panel.h"
#include "session_browser.h"
#include "session_export_job.h"
#include "session_history_loader.h"
#include "session_store.h"
#include "status_fields.h"
#include "store_session_model.h"
#include "teleop_input.h"
#include "training_plots.h"

namespace lab::ui {

struct GuiComposition::TeleopRelay {
  QMutex mutex;
  TeleopInput* teleop = nullptr;  // null once the window is gone
};

using C = lab::ControllerCommand;
using S = lab::ControllerState;

namespace {
constexpr int kStatePollMs = 250;      // hasDemo() has no signal; the window re-reads the getters
constexpr int kWatchSessionMs = 2000;  // a session another program writes: reload this often
// The robot a first session opens on: the one that learns from one demo at its full start
// spread (docs/BENCHMARKS.md: 20/20 on 5 of 5 seeds; push-cube and ball-to-goal only at a
// narrowed spread), so an operator's first training run shows the method working.
const char* const kDefaultRobot = "slalom-quadruped";

QString settingsKey(const QString& robotId, const char* what) {
  return QStringLiteral("robot/%1/%2").arg(robotId, QLatin1String(what));
}

// The plugin settings last used with `robotId` (empty when none were saved).
QJsonObject savedRobotSettings(const QSettings& s, const QString& robotId) {
  return QJsonDocument::fromJson(s.value(settingsKey(robotId, "settings")).toByteArray()).object();
}
}  // namespace

GuiComposition::GuiComposition(const GuiOptions& options, QObject* parent)
    : QObject(parent), m_options(options) {
  RobotCatalog::registerBuiltInRobots(*m_robots);
  m_catalog = std::make_unique<RobotCatalog>(options.pluginDir);
  QSettings s;
  QStringList startupErrors;

  // The learner's config: a file named on the command line, else the one saved last time.
  lab::SacConfig sac;
  sac.obsMode = lab::ObsMode::Image;  // the product learns from the camera
  try {
    if (!options.configFile.isEmpty()) {
      sac = lab::SacConfig::fromFile(options.configFile);
    } else if (s.contains("config/json")) {
      sac = lab::SacConfig::fromJson(
          QJsonDocument::fromJson(s.value("config/json").toByteArray()).object());
    }
  } catch (const lab::ConfigError& e) {
    startupErrors << OperatorText::notice(e.notice());
  }
  if (options.obsMode) sac.obsMode = *options.obsMode;

  QString robotId = options.robotId;
  if (robotId.isEmpty()) robotId = s.value("robot/last", kDefaultRobot).toString();
  if (!m_catalog->contains(robotId) && !m_catalog->robots().isEmpty() &&
      options.robotId.isEmpty()) {
    robotId = m_catalog->contains(kDefaultRobot) ? QString(kDefaultRobot)
                                                 : m_catalog->robots().first().id;
  }
  m_settings.robotId = robotId;
  m_settings.robotSettings = savedRobotSettings(s, robotId);
  m_settings.pluginDir = options.pluginDir;
  m_settings.sac = sac;
  m_settings.scriptedDemo = options.scriptedDemo;
  m_settings.autoTrain = options.autoTrain;
  m_settings.checkpointEverySteps = options.checkpointEverySteps;
  m_settings.pacing = options.pacing;
  // The robot list has camera-less robots (Point-Reach): they learn from their state unless
  // --obs named the observation.
  m_settings.fitObservationToRobot = !options.obsMode.has_value();
  m_settings.evalEverySteps = options.evalEverySteps;
  m_settings.stopWhenSolved = options.stopWhenSolved;
  // With a learner on another machine the session store is there: this window keeps none.
  m_explicitSessionDir = !options.sessionDir.isEmpty() || options.learner.remote();
  setSessionDir(options.learner.remote() ? QString() : options.sessionDir);

  // The learner link's client talks on its own thread, made at each connect on the robot
  // loop's: nothing here waits on the network.
  m_controller = std::make_unique<lab::TrainingController>(m_robots, options.learner.source());
  SessionModelFactory factory = [this](const QString& folder, QString& error) {
    StoreSessionModel::Relabel relabel = [this, folder](qint64 id, const QString& label, QString&) {
      // Called on the browser's pool thread: only the state (atomic) and the locked copy of
      // the session folder are read here.
      // Only one program writes a session: while the controller has it open, it relabels.
      if (m_controller->state() == S::Idle ||
          QDir::cleanPath(folder) != QDir::cleanPath(writtenSessionDir())) {
        return false;
      }
      m_controller->relabelEpisode(id, label == QLatin1String("success"));
      return true;
    };
    std::unique_ptr<SessionModel> model = StoreSessionModel::open(folder, relabel, error);
    return model;
  };
  m_window = std::make_unique<MainWindow>(factory);
  m_history = new SessionHistoryLoader(factory, this);
  m_teleop = new TeleopInput(this);
  connect(m_teleop, &TeleopInput::keyHelpChanged, m_window->controls(),
          &EpisodeControls::setDrivingKeys);
  // The keys map onto the actions the connected robot reports once configured (its settings
  // may change them; a remote robot learns them from its server only then).
  m_teleopRelay = std::make_shared<TeleopRelay>();
  m_teleopRelay->teleop = m_teleop;
  auto toTeleop = [relay = m_teleopRelay](const QString&, const lab::hw::RobotInfo&,
                                          const lab::hw::ActionSpec& actions) {
    QMutexLocker lock(&relay->mutex);
    if (!relay->teleop) return;
    QMetaObject::invokeMethod(
        relay->teleop, [teleop = relay->teleop, actions] { teleop->setActionSpec(actions); },
        Qt::QueuedConnection);
  };
  m_robots->setConfiguredListener(toTeleop);

  m_window->restoreSettings(s);
  m_window->robotPanel()->setRobots(m_catalog->robots());
  m_window->robotPanel()->setCurrentRobot(robotId);
  m_window->robotPanel()->setRobotSettings(m_settings.robotSettings);
  m_window->robotPanel()->setPacing(options.pacing);
  m_window->robotPanel()->setDemoSeconds(s.value(settingsKey(robotId, "demoSeconds"), 0).toInt());
  m_window->robotPanel()->setKeepUnsuccessfulDemos(
      s.value("demo/keepUnsuccessful", false).toBool());
  m_window->robotPanel()->setDemosKept(s.value("demo/kept", 1).toInt());
  m_window->configEditor()->setConfig(m_settings.sac);
  m_window->setExportJobSource([this]() -> ExportJob {
    QString folder = m_window->sessions()->currentFolder();
    if (folder.isEmpty()) folder = m_settings.sessionDir;
    if (folder.isEmpty() || !lab::SessionStore::exists(folder)) return {};
    return makeSessionExportJob(folder);
  });
  useRobot(robotId);
  wire();
  for (const QString& e : startupErrors) m_window->showError(QStringLiteral("settings"), e);
  for (const QString& m : m_catalog->skippedMessages()) m_window->log()->addMessage(m);
  if (options.gamepad) {
    QString error;
    if (!m_teleop->enableGamepad(error))
      m_window->log()->addMessage(tr("Gamepad unavailable: %1").arg(error));
  }
  if (options.learner.remote()) m_window->log()->addMessage(learnerText());
  m_window->robotPanel()->setRobotStatus(learnerText());
  qApp->installEventFilter(this);
  refreshState();
}

GuiComposition::~GuiComposition() {
  {
    QMutexLocker lock(&m_teleopRelay->mutex);
    m_teleopRelay->teleop = nullptr;
  }
  qApp->removeEventFilter(this);
  saveSettings();
}

void GuiComposition::saveSettings() const {
  QSettings s;
  m_window->saveSettings(s);
  s.setValue("robot/last", m_settings.robotId);
  s.setValue(settingsKey(m_settings.robotId, "settings"),
             QJsonDocument(m_settings.robotSettings).toJson(QJsonDocument::Compact));
  s.setValue(settingsKey(m_settings.robotId, "demoSeconds"), m_window->robotPanel()->demoSeconds());
  s.setValue("demo/keepUnsuccessful", m_window->robotPanel()->keepUnsuccessfulDemos());
  s.setValue("demo/kept", m_window->robotPanel()->demosKept());
  if (!m_settings.sessionDir.isEmpty()) {
    s.setValue(settingsKey(m_settings.robotId, "session"), m_settings.sessionDir);
    s.setValue("session/lastFolder", m_settings.sessionDir);
  }
  s.setValue("config/json", QJsonDocument(m_settings.sac.toJson()).toJson(QJsonDocument::Compact));
}

QString GuiComposition::defaultSessionDir(const QString& robotId) const {
  QSettings s;
  const QString saved = s.value(settingsKey(robotId, "session")).toString();
  if (!saved.isEmpty()) return saved;
  QString base = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
  if (base.isEmpty()) base = QDir::homePath();
  return QDir(base).filePath(QStringLiteral("SigEntLab/sessions/") + robotId);
}

void GuiComposition::setSessionDir(const QString& dir) {
  m_settings.sessionDir = dir;
  QMutexLocker lock(&m_sessionDirMutex);
  m_sessionDirCopy = dir;
}

QString GuiComposition::writtenSessionDir() const {
  QMutexLocker lock(&m_sessionDirMutex);
  return m_sessionDirCopy;
}

void GuiComposition::useRobot(const QString& robotId) {
  if (robotId != m_settings.robotId) {
    // Each robot keeps its own settings: store the previous robot's, show this one's.
    saveSettings();
    m_settings.robotId = robotId;
    m_settings.robotSettings = savedRobotSettings(QSettings(), robotId);
    m_window->robotPanel()->setRobotSettings(m_settings.robotSettings);
    m_window->robotPanel()->setDemoSeconds(
        QSettings().value(settingsKey(robotId, "demoSeconds"), 0).toInt());
  }
  if (!m_explicitSessionDir) setSessionDir(defaultSessionDir(robotId));
  m_window->setSessionFolder(m_settings.sessionDir);
  bool expert = false;
  for (const RobotChoice& r : m_catalog->robots()) {
    if (r.id != robotId) continue;
    expert = r.scriptedExpert;
    m_robotName = r.name;
  }
  m_window->controls()->setScriptedExpertAvailable(expert);
  m_window->camera()->setEmptyText({});  // until the connected robot says it has none
}

void GuiComposition::wire() {
  MainWindow* w = m_window.get();
  lab::TrainingController* c = m_controller.get();
  const auto q = Qt::QueuedConnection;

  connect(w, &MainWindow::commandRequested, this, &GuiComposition::onCommand);
  connect(w->controls(), &EpisodeControls::expertDemoRequested, c,
          [c] { c->startRecording(true); });
  connect(w->robotPanel(), &RobotPanel::connectRequested, this,
          [this](const QString& id, const QJsonObject& settings) { connectRobot(id, settings); });
  connect(w->robotPanel(), &RobotPanel::disconnectRequested, c,
          &lab::TrainingController::disconnectRobot);
  connect(w->robotPanel(), &RobotPanel::robotChanged, this, [this](const QString& id) {
    if (m_controller->state() == S::Idle) useRobot(id);
  });
  connect(w->configEditor(), &ConfigEditor::configApplied, this, [this](const lab::SacConfig& sac) {
    m_settings.sac = sac;
    if (m_controller->state() == S::Idle) m_controller->setSettings(m_settings);
    m_window->showMessage(tr("Configuration applied; it is used from the next connection"));
    saveSettings();
  });
  connect(w, &MainWindow::languageChosen, this,
          [](const QString& lang) { QSettings().setValue("language", lang); });
  connect(w, &MainWindow::newSessionRequested, this, [this](const QString& dir) {
    if (m_options.learner.remote()) {
      m_window->showMessage(tr("The session is kept by the learner at %1; this window keeps none")
                                .arg(m_options.learner.address));
      return;
    }
    if (m_controller->state() != S::Idle) {
      m_window->showMessage(
          tr("Disconnect first: the session folder changes only without a robot"));
      return;
    }
    setSessionDir(dir);
    m_explicitSessionDir = true;
    m_window->setSessionFolder(dir);
  });

  connect(
      c, &lab::TrainingController::stateChanged, this,
      [this](lab::ControllerState st) {
        if (st != S::EpisodeRunning)
          m_interventionOn = false;  // the controller ends it with the episode
        refreshState();
        if (st != S::Idle && !m_options.scriptedDemo)
          m_controller->setTeleopAction(m_teleop->action());
        if (st == S::EpisodeRunning && m_teleop->takeoverHeld()) onTakeover(true);
        if (m_shownState == S::Idle && st != S::Idle) {
          // Replaces "Connecting to ..." in the status line, which nothing else would.
          m_window->showMessage(tr("Connected to %1").arg(m_settings.robotId));
          // A new connection is a new run: its curves start on empty plots, and the browser
          // shows the session being written.
          m_window->plots()->clear();
          m_window->stepPlot()->clearEpisode();
          const bool stored = lab::SessionStore::exists(m_settings.sessionDir);
          // A session carried on continues its curves: live points wait for the stored ones.
          if (!m_options.learner.remote() && stored) {
            m_window->plots()->holdLive();
            m_history->load(m_settings.sessionDir);
          }
          const QString folder = m_window->sessions()->currentFolder();
          if (QDir::cleanPath(folder) != QDir::cleanPath(m_settings.sessionDir) && stored) {
            m_window->sessions()->openSession(m_settings.sessionDir);
          }
        }
        m_shownState = st;
      },
      q);
  connect(w->sessions(), &SessionBrowser::sessionOpened, this, [this](const QString& folder) {
    if (m_controller->state() == S::Idle) m_history->load(folder);
  });
  connect(m_history, &SessionHistoryLoader::loaded, this, &GuiComposition::showStoredCurves);
  connect(m_history, &SessionHistoryLoader::failed, this,
          [this](const QString& folder, const QString& message) {
            if (m_controller->state() == S::Idle || !m_window->plots()->holdingLive() ||
                QDir::cleanPath(folder) != QDir::cleanPath(m_settings.sessionDir)) {
              return;  // the browser says why a session it shows cannot be read
            }
            m_window->plots()->releaseLive();
            m_window->showError(
                QStringLiteral("store"),
                tr("The session's earlier curves cannot be shown: %1").arg(message));
          });
  connect(
      c, &lab::TrainingController::emergencyStopChanged, this,
      [this](bool active) {
        refreshState();
        m_window->showMessage(active ? tr("EMERGENCY STOP: zero command sent, learner paused")
                                     : tr("Emergency stop acknowledged"));
      },
      q);
  connect(c, &lab::TrainingController::frameReady, w->camera(), &CameraView::setFrame, q);
  connect(
      c, &lab::TrainingController::frameReady, this,
      [this](const lab::CameraFrame& f) { m_window->controls()->setEpisodeSteps(f.step); }, q);
  connect(c, &lab::TrainingController::stepPoint, w->stepPlot(), &EpisodeStepPlot::addStepPoint, q);
  connect(c, &lab::TrainingController::metricsReady, w->plots(), &TrainingPlots::addMetrics, q);
  connect(
      c, &lab::TrainingController::episodeFinished, this,
      [this](const lab::EpisodeSummary& e) {
        m_window->showEpisode(e);
        refreshState();
      },
      q);
  connect(
      c, &lab::TrainingController::loopStats, this,
      [this](const lab::LoopStats& st) {
        m_window->statusFields()->setStats(st);
        // A robot without a camera would otherwise look like a camera that failed.
        m_window->camera()->setEmptyText(
            st.camera ? QString()
                      : tr("%1 has no camera: the learner sees its state").arg(m_robotName));
        m_window->controls()->setEpisodeProgress(st.episodeSteps, st.episodeStepLimit,
                                                 st.nominalRateHz);
        // The limits as the robot was configured: its settings may have changed them.
        const double rate = st.nominalRateHz > 0 ? st.nominalRateHz : 1.0;
        m_window->robotPanel()->setRobotStatus(
            tr("%1 Hz, jitter %2 ms, %3 environment steps\nTime limit: episodes %4 steps (%5 s), "
               "demos %6 steps (%7 s)")
                .arg(st.controlRateHz, 0, 'f', 1)
                .arg(st.jitterMs, 0, 'f', 1)
                .arg(st.envSteps)
                .arg(st.episodeLimitSteps)
                .arg(st.episodeLimitSteps / rate, 0, 'f', 0)
                .arg(st.demoLimitSteps)
                .arg(st.demoLimitSteps / rate, 0, 'f', 0) +
            QLatin1Char('\n') + learnerText());
      },
      q);
  connect(c, &lab::TrainingController::evaluationFinished, w, &MainWindow::showEvaluation, q);
  connect(c, &lab::TrainingController::operatorResetRequested, w, &MainWindow::showOperatorReset,
          q);
  auto reloadSessions = [this] {
    SessionBrowser* b = m_window->sessions();
    if (b->currentFolder().isEmpty() && lab::SessionStore::exists(m_settings.sessionDir)) {
      b->openSession(m_settings.sessionDir);
    } else if (QDir::cleanPath(b->currentFolder()) == QDir::cleanPath(m_settings.sessionDir)) {
      b->reload();
    }
  };
  connect(c, &lab::TrainingController::episodeStored, this, reloadSessions, q);
  connect(c, &lab::TrainingController::labelStored, this, reloadSessions, q);
  connect(
      c, &lab::TrainingController::errorOccurred, w,
      [this, w](const QString& source, const lab::Notice& n) {
        w->showError(source, OperatorText::notice(n));
        followLearnerLink(n);
      },
      q);
  connect(
      c, &lab::TrainingController::logMessage, w->log(),
      [this, w](const lab::Notice& n) {
        w->log()->addMessage(OperatorText::notice(n));
        followLearnerLink(n);
      },
      q);
  connect(c, &lab::TrainingController::commandRefused, w, &MainWindow::showRefusal, q);

  connect(m_teleop, &TeleopInput::actionChanged, this, [this](const QVector<float>& a) {
    // With a scripted expert the script drives until the operator actually presses something.
    if (m_controller->state() == S::Idle) return;
    if (m_options.scriptedDemo && !m_teleop->takeoverHeld()) return;
    m_controller->setTeleopAction(a);
  });
  connect(m_teleop, &TeleopInput::takeoverChanged, this, &GuiComposition::onTakeover);
  connect(m_teleop, &TeleopInput::labelRequested, this, [this](bool success) {
    const C command = success ? C::Success : C::Failure;
    // As the S / F keys: a label the state does not take is ignored, not reported as an error.
    if (lab::refusalReason(m_controller->state(), command, m_controller->emergencyStopped(),
                           m_controller->hasDemo())
            .isEmpty()) {
      onCommand(command, 0);
    }
  });
  connect(m_teleop, &TeleopInput::gamepadUnavailable, this, [this](const QString& error) {
    m_window->log()->addMessage(tr("Gamepad unavailable: %1").arg(error));
  });
  connect(m_teleop, &TeleopInput::gamepadConnectionChanged, this,
          [this](bool on, const QString& name) {
            m_window->showMessage(on ? tr("Gamepad connected: %1").arg(name)
                                     : tr("Gamepad disconnected"));
          });
  connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState st) {
    if (st != Qt::ApplicationActive) m_teleop->releaseAll();  // a key released elsewhere
  });

  auto* poll = new QTimer(this);
  poll->setInterval(kStatePollMs);
  connect(poll, &QTimer::timeout, this, &GuiComposition::refreshState);
  poll->start();
  auto* watch = new QTimer(this);
  watch->setInterval(kWatchSessionMs);
  connect(watch, &QTimer::timeout, this, &GuiComposition::followOtherWriter);
  watch->start();
}

void GuiComposition::followOtherWriter() {
  SessionBrowser* b = m_window->sessions();
  const QString folder = b->currentFolder();
  if (folder.isEmpty()) return;
  // This window's own session reloads on its controller's signals.
  if (m_controller->state() != S::Idle &&
      QDir::cleanPath(folder) == QDir::cleanPath(m_settings.sessionDir)) {
    return;
  }
  // Another program writing it (serve-learner for a robot elsewhere, a headless train): a
  // commit touches the WAL file. Only its metadata is read here.
  const QDir dir(folder);
  const QFileInfo wal(dir.filePath(QStringLiteral("session.sqlite-wal")));
  const QFileInfo db(dir.filePath(QStringLiteral("session.sqlite")));
  const QString stamp = QStringLiteral("%1 %2 %3 %4")
                            .arg(folder)
                            .arg(wal.lastModified().toMSecsSinceEpoch())
                            .arg(wal.size())
                            .arg(db.lastModified().toMSecsSinceEpoch());
  if (stamp == m_watchedStamp) return;
  const bool first = !m_watchedStamp.startsWith(folder + QLatin1Char(' '));
  m_watchedStamp = stamp;
  if (first) return;
  b->reload();
  // Its curves too, unless this window's plots show a run of its own.
  if (m_controller->state() == S::Idle && m_history->pending() == 0) m_history->load(folder);
}

void GuiComposition::showStoredCurves(const QString& folder, const SessionHistory& history) {
  TrainingPlots* plots = m_window->plots();
  const auto same = [](const QString& a, const QString& b) {
    return QDir::cleanPath(a) == QDir::cleanPath(b);
  };
  if (m_controller->state() == S::Idle) {
    // Reviewing: the curves of the session the browser shows.
    if (same(folder, m_window->sessions()->currentFolder())) plots->showHistory(history);
  } else if (plots->holdingLive() && same(folder, m_settings.sessionDir)) {
    plots->showHistory(history);
  }
}

QString GuiComposition::learnerText() const {
  if (!m_options.learner.remote()) return tr("Learner: in this program");
  if (m_learnerLinkDown) {
    return tr("Learner: remote at %1, link down: reconnecting (training resumes by itself)")
        .arg(m_options.learner.address);
  }
  return tr("Learner: remote at %1 (the session and checkpoints are there)")
      .arg(m_options.learner.address);
}

void GuiComposition::followLearnerLink(const lab::Notice& n) {
  using N = lab::NoticeCode;
  if (n.code != N::LearnerLinkLost && n.code != N::LearnerLinkRestored) return;
  m_learnerLinkDown = n.code == N::LearnerLinkLost;
  m_window->showMessage(m_learnerLinkDown
                            ? tr("Learner link lost: training paused, the robot held still")
                            : tr("Learner link back: training resumes"));
  QString status = m_window->robotPanel()->robotStatusText();
  status = status.left(status.lastIndexOf(QLatin1Char('\n')) + 1) + learnerText();
  m_window->robotPanel()->setRobotStatus(status);
}

void GuiComposition::refreshState() {
  m_window->setControllerState(m_controller->state(), m_controller->emergencyStopped(),
                               m_controller->hasDemo());
}

void GuiComposition::show() {
  m_window->show();
  m_window->camera()->setFocus();  // driving keys work at once, not in a text field
  if (!m_options.autoConnect) {
    // Browsing (and watching) a session, for example the one serve-learner writes.
    if (m_explicitSessionDir && lab::SessionStore::exists(m_settings.sessionDir)) {
      m_window->showSession(m_settings.sessionDir);
    }
    return;
  }
  if (!m_catalog->contains(m_settings.robotId)) {
    m_window->showError(QStringLiteral("connect"),
                        tr("No robot plugin named '%1' was found").arg(m_settings.robotId));
    return;
  }
  connectRobot(m_settings.robotId, m_settings.robotSettings);
}

bool GuiComposition::connectRobot(const QString& robotId, const QJsonObject& robotSettings) {
  if (m_controller->state() != S::Idle) return false;
  if (robotId != m_settings.robotId) useRobot(robotId);
  m_settings.robotId = robotId;
  m_settings.robotSettings = robotSettings;
  m_settings.pacing = m_window->robotPanel()->pacing();  // the operator's choices before connect
  m_settings.demoMaxSeconds = m_window->robotPanel()->demoSeconds();
  m_settings.keepUnsuccessfulDemos = m_window->robotPanel()->keepUnsuccessfulDemos();
  m_settings.demosKept = m_window->robotPanel()->demosKept();
  m_window->robotPanel()->setCurrentRobot(robotId);
  m_window->log()->clearErrors();  // a new attempt: report its problems again
  m_controller->setSettings(m_settings);
  m_controller->connectRobot();
  m_window->showMessage(tr("Connecting to %1...").arg(robotId));
  saveSettings();
  return true;
}

void GuiComposition::onCommand(lab::ControllerCommand command, int count) {
  lab::TrainingController* c = m_controller.get();
  switch (command) {
    case C::EmergencyStop:
      c->emergencyStop();
      break;
    case C::AcknowledgeEmergencyStop:
      c->acknowledgeEmergencyStop();
      break;
    case C::Connect:
      connectRobot(m_window->robotPanel()->currentRobotId(), m_settings.robotSettings);
      break;
    case C::Disconnect:
      c->disconnectRobot();
      break;
    case C::StartRecording:
      if (!m_options.scriptedDemo) c->setTeleopAction(m_teleop->action());
      c->startRecording();
      break;
    case C::StopRecording:
      c->stopRecording();
      break;
    case C::ReplayDemo:
      c->replayDemo();
      break;
    case C::Success:
      c->markSuccess();
      break;
    case C::Failure:
      c->markFailure();
      break;
    case C::UndoLabel:
      c->undoLabel();
      break;
    case C::InterventionOn:
      c->setIntervention(true);
      break;
    case C::InterventionOff:
      c->setIntervention(false);
      break;
    case C::StartTraining:
      c->startTraining();
      break;
    case C::Pause:
      c->pause();
      break;
    case C::Resume:
      c->resume();
      break;
    case C::Evaluate:
      c->evaluate(count);
      break;
    case C::CheckpointNow:
      c->checkpointNow();
      break;
    case C::OperatorReady:
      c->operatorReady();
      break;
  }
}

void GuiComposition::onTakeover(bool held) {
  if (held && !m_interventionOn && m_controller->state() == S::EpisodeRunning) {
    m_controller->setTeleopAction(m_teleop->action());  // the first step already obeys
    m_controller->setIntervention(true);
    m_interventionOn = true;
  } else if (!held && m_interventionOn) {
    m_controller->setIntervention(false);
    m_interventionOn = false;
  }
}

bool GuiComposition::robotMoves() const {
  using S = lab::ControllerState;
  switch (m_controller->state()) {
    case S::RecordingDemo:
    case S::EpisodeRunning:
    case S::Evaluating:
    case S::ReplayingDemo:
      return !m_controller->emergencyStopped();
    default:
      return false;
  }
}

bool GuiComposition::isEmergencyStopKey(const QKeyEvent* key) {
  return !key->isAutoRepeat() && key->modifiers() == Qt::NoModifier &&
         (key->key() == Qt::Key_Space || key->key() == Qt::Key_Escape);
}

bool GuiComposition::eventFilter(QObject* watched, QEvent* event) {
  if (event->type() == QEvent::ShortcutOverride) {
    // A focused spin box claims letter keys as typing, which would swallow the episode keys
    // (S after clicking Record hands the focus to the Evaluate count): a number field has no
    // use for them, so the window's shortcut wins there. Text fields keep their letters.
    const auto* key = static_cast<QKeyEvent*>(event);
    return key->modifiers() == Qt::NoModifier && EpisodeControls::isShortcutKey(key->key()) &&
           qobject_cast<QAbstractSpinBox*>(QApplication::focusWidget()) != nullptr;
  }
  if (event->type() != QEvent::KeyPress && event->type() != QEvent::KeyRelease) return false;
  auto* widget = qobject_cast<QWidget*>(watched);
  if (widget && event->type() == QEvent::KeyPress && robotMoves() &&
      isEmergencyStopKey(static_cast<QKeyEvent*>(event))) {
    // Space and Esc stop a moving robot from every window of the application, whatever has the
    // focus: a floating dock, the export dialog or a modal file dialog (the window's own
    // shortcuts are blocked there).
    m_controller->emergencyStop();
    return true;
  }
  if (!widget || widget->window() != m_window.get()) return false;
  // While a person drives the robot (recording the demo, taking over), the teleop keys reach
  // the robot only, whatever has the focus: an arrow key must never change a setting then (a
  // clicked Record button is disabled and hands the focus on, to a spin box for example).
  const auto st = m_controller->state();
  if (st == S::RecordingDemo || (st == S::EpisodeRunning && m_interventionOn)) {
    if (m_teleop->handleKey(static_cast<QKeyEvent*>(event))) return true;
  }
  // Editable text fields keep their keys (arrows move the caret there); read-only ones don't.
  QWidget* focus = QApplication::focusWidget();
  const auto* line = qobject_cast<QLineEdit*>(focus);
  const auto* plain = qobject_cast<QPlainTextEdit*>(focus);
  const auto* rich = qobject_cast<QTextEdit*>(focus);
  const auto* spin = qobject_cast<QAbstractSpinBox*>(focus);
  // A focused slider (the Sessions tab's frame scrubber) steps with the arrows too.
  const bool slider = qobject_cast<QAbstractSlider*>(focus) != nullptr;
  if ((line && !line->isReadOnly()) || (plain && !plain->isReadOnly()) ||
      (rich && !rich->isReadOnly()) || (spin && !spin->isReadOnly()) || slider) {
    return false;
  }
  return m_teleop->handleKey(static_cast<QKeyEvent*>(event));
}

}  // namespace lab::ui
