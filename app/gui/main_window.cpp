#include "main_window.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>

#include "camera_view.h"
#include "config_editor.h"
#include "episode_controls.h"
#include "episode_step_plot.h"
#include "log_panel.h"
#include "operator_text.h"
#include "robot_panel.h"
#include "session_browser.h"
#include "status_fields.h"
#include "training_plots.h"

namespace lab::ui {

MainWindow::MainWindow(SessionModelFactory sessions, QWidget* parent)
    : QMainWindow(parent), m_sessionFactory(std::move(sessions)) {
  setObjectName("mainWindow");
  setWindowTitle(tr("SigEnt Lab"));
  setWindowIcon(QIcon(":/icons/app.svg"));

  m_camera = new CameraView(this);
  m_camera->setObjectName("cameraView");
  m_stepPlot = new EpisodeStepPlot(this);
  m_stepPlot->setObjectName("episodeStepPlot");
  m_plots = new TrainingPlots(this);
  m_plots->setObjectName("trainingPlots");
  // The per-step plot follows what the camera view shows, not what the learner computed last.
  connect(m_camera, &CameraView::frameShown, m_stepPlot, &EpisodeStepPlot::setCursor);

  auto* top = new QSplitter(Qt::Horizontal, this);
  top->setObjectName("topSplitter");
  top->addWidget(m_camera);
  top->addWidget(m_stepPlot);
  top->setStretchFactor(0, 2);
  top->setStretchFactor(1, 3);
  auto* centre = new QSplitter(Qt::Vertical, this);
  centre->setObjectName("centreSplitter");
  centre->addWidget(top);
  centre->addWidget(m_plots);
  centre->setStretchFactor(0, 1);
  centre->setStretchFactor(1, 1);
  setCentralWidget(centre);

  m_controls = new EpisodeControls(this);
  m_controls->setObjectName("episodeControls");
  m_robot = new RobotPanel(this);
  m_robot->setObjectName("robotPanel");
  m_sessions = new SessionBrowser(m_sessionFactory, this);
  m_sessions->setObjectName("sessionBrowser");
  m_config = new ConfigEditor(this);
  m_config->setObjectName("configEditor");
  m_log = new LogPanel(this);
  m_log->setObjectName("logPanel");
  buildDocks();
  buildMenus();

  m_statusLine = new QLabel(this);
  m_statusLine->setObjectName("statusLine");
  statusBar()->addWidget(m_statusLine, 1);
  m_status = new StatusFields(this);
  m_status->setObjectName("statusFields");
  statusBar()->addPermanentWidget(m_status);

  connect(m_controls, &EpisodeControls::commandRequested, this, &MainWindow::commandRequested);
  connect(m_log, &LogPanel::errorShown, m_statusLine, &QLabel::setText);
  // The status bar shows the short warning; the log keeps the advice and when it ended.
  connect(m_status, &StatusFields::learnerBehindChanged, this,
          [this](bool behind, const QString& advice) {
            m_log->addMessage(behind ? advice : tr("The learner keeps up with the robot again"));
          });
  connect(m_sessions, &SessionBrowser::errorOccurred, this,
          [this](const QString& m) { showError(QStringLiteral("store"), m); });
  resize(1400, 900);
}

MainWindow::~MainWindow() = default;

QDockWidget* MainWindow::addDock(const QString& objectName, const QString& title, QWidget* w,
                                 Qt::DockWidgetArea area, bool closable) {
  auto* dock = new QDockWidget(title, this);
  dock->setObjectName(objectName);  // saveState() needs stable names
  dock->setWidget(w);
  QDockWidget::DockWidgetFeatures f =
      QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable;
  if (closable) f |= QDockWidget::DockWidgetClosable;
  dock->setFeatures(f);
  addDockWidget(area, dock);
  return dock;
}

void MainWindow::buildDocks() {
  // The robot and episode column runs the full height; the bottom docks sit under the centre.
  setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
  addDock("robotDock", tr("Robot"), m_robot, Qt::LeftDockWidgetArea);
  // The episode controls hold the emergency stop: that dock can move but never close.
  addDock("controlsDock", tr("Episode"), m_controls, Qt::LeftDockWidgetArea, false);
  m_sessionsDock = addDock("sessionsDock", tr("Sessions"), m_sessions, Qt::BottomDockWidgetArea);
  auto* config = addDock("configDock", tr("Configuration"), m_config, Qt::BottomDockWidgetArea);
  auto* log = addDock("logDock", tr("Log"), m_log, Qt::BottomDockWidgetArea);
  tabifyDockWidget(log, m_sessionsDock);
  tabifyDockWidget(m_sessionsDock, config);
  log->raise();
}

void MainWindow::showSession(const QString& folder) {
  m_sessions->openSession(folder);
  m_sessionsDock->show();  // the operator may have closed it
  m_sessionsDock->raise();
}

void MainWindow::buildMenus() {
  QMenu* file = menuBar()->addMenu(tr("&File"));
  file->addAction(tr("&Open session..."), this, [this] {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open a session folder"), m_sessionFolder);
    if (!dir.isEmpty()) showSession(dir);
  });
  file->addAction(tr("&New session folder..."), this, [this] {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder for the next connection's session"), m_sessionFolder);
    if (!dir.isEmpty()) Q_EMIT newSessionRequested(dir);
  });
  file->addAction(QIcon(":/icons/export.svg"), tr("&Export..."), this,
                  &MainWindow::openExportDialog);
  file->addSeparator();
  file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

  m_viewMenu = menuBar()->addMenu(tr("&View"));
  for (QDockWidget* d : findChildren<QDockWidget*>()) m_viewMenu->addAction(d->toggleViewAction());

  QMenu* language = menuBar()->addMenu(tr("&Language"));
  auto* group = new QActionGroup(this);
  const QList<QPair<QString, QString>> languages = {{QString(), tr("System language")},
                                                    {"en", QStringLiteral("English")},
                                                    {"zh_CN", QStringLiteral("简体中文")}};
  for (const auto& [code, name] : languages) {
    QAction* a = language->addAction(name);
    a->setCheckable(true);
    a->setData(code);
    // Each language is named in its own words, whatever the window's language.
    if (!code.isEmpty()) a->setProperty("labData", true);
    group->addAction(a);
    connect(a, &QAction::triggered, this, [this, code = code] {
      Q_EMIT languageChosen(code);
      showMessage(tr("The language changes at the next start"));
    });
  }
}

void MainWindow::showEvent(QShowEvent* event) {
  QMainWindow::showEvent(event);
  if (m_layoutRestored) return;
  m_layoutRestored = true;
  // First start: the centre (camera and curves) gets the room. Dock sizes only apply once the
  // window has its geometry, hence here and not in the constructor.
  QTimer::singleShot(0, this, [this] {
    QList<QDockWidget*> bottom;
    QList<int> sizes;
    for (const char* name : {"logDock", "sessionsDock", "configDock"}) {
      if (auto* d = findChild<QDockWidget*>(QLatin1String(name))) {
        bottom << d;
        sizes << height() / 5;
      }
    }
    resizeDocks(bottom, sizes, Qt::Vertical);
  });
}

QString MainWindow::statusLine() const { return m_statusLine->text(); }

void MainWindow::restoreSettings(const QSettings& s) {
  restoreGeometry(s.value("window/geometry").toByteArray());
  m_layoutRestored = restoreState(s.value("window/state").toByteArray());
  m_sessions->setRecentFolders(s.value("session/recent").toStringList());
  const QString lang = s.value("language").toString();
  for (QAction* a : findChildren<QAction*>()) {
    if (a->isCheckable() && a->actionGroup() && a->data().toString() == lang) a->setChecked(true);
  }
}

void MainWindow::saveSettings(QSettings& s) const {
  s.setValue("window/geometry", saveGeometry());
  s.setValue("window/state", saveState());
  s.setValue("session/recent", m_sessions->recentFolders());
}

void MainWindow::setSessionFolder(const QString& folder) {
  m_sessionFolder = folder;
  setWindowTitle(folder.isEmpty() ? tr("SigEnt Lab")
                                  : tr("SigEnt Lab - %1").arg(QDir::toNativeSeparators(folder)));
}

void MainWindow::setControllerState(lab::ControllerState state, bool emergencyStopped,
                                    bool hasDemo) {
  m_controls->setControllerState(state, emergencyStopped, hasDemo);
  m_robot->setControllerState(state, emergencyStopped, hasDemo);
  const bool idle = state == lab::ControllerState::Idle;
  m_config->setEditable(idle, idle ? QString()
                                   : tr("The configuration can change only while no robot is "
                                        "connected."));
}

void MainWindow::showError(const QString& source, const QString& message) {
  m_log->addError(source, message);  // once per cause; the status line follows errorShown
}

void MainWindow::showMessage(const QString& message) {
  m_log->addMessage(message);
  m_statusLine->setText(OperatorText::line(message));
}

void MainWindow::showRefusal(lab::ControllerCommand command, const lab::Notice& reason) {
  showMessage(
      tr("%1 refused: %2").arg(OperatorText::command(command), OperatorText::notice(reason)));
}

void MainWindow::showEvaluation(const lab::EvaluationResult& r) {
  // The log has the same sentence from the controller's log message; only the status line here.
  m_statusLine->setText(OperatorText::line(OperatorText::notice(r.summary())));
  m_plots->addEvaluation(r);
}

void MainWindow::showOperatorReset(const lab::Notice& instructions) {
  m_controls->setSceneRequested();
  showMessage(OperatorText::notice(instructions));
}

void MainWindow::showEpisode(const lab::EpisodeSummary& e) {
  m_plots->addEpisode(e);
  if (!e.label.isEmpty()) m_stepPlot->addLabelMarker(e.label);
  QString text = tr("%1 episode %2 ended after %3 steps: %4")
                     .arg(OperatorText::kind(e.kind))
                     .arg(e.id)
                     .arg(e.steps)
                     .arg(OperatorText::label(e.label));
  if (e.interventionSteps > 0)
    text += tr(" (%n intervention step(s))", nullptr, e.interventionSteps);
  showMessage(text);
}

ExportDialog* MainWindow::openExportDialog() {
  if (m_export && m_export->isRunning()) {
    m_export->raise();
    return m_export;
  }
  delete m_export;
  m_export = new ExportDialog(m_exportJob ? m_exportJob() : ExportJob(), this);
  m_export->setObjectName("exportDialog");
  const QString base = m_sessionFolder.isEmpty() ? QDir::homePath() : m_sessionFolder;
  m_export->setOutputDir(QDir(base).filePath("export"));
  connect(m_export, &ExportDialog::exportFinished, this,
          [this](bool ok, const QStringList& files, const QString& error) {
            if (ok)
              showMessage(tr("Export finished: %n file(s) written", nullptr, int(files.size())));
            else
              showError(QStringLiteral("export"), error);
          });
  m_export->show();
  return m_export;
}

}  // namespace lab::ui
