#pragma once
// MainWindow: lays out the operator's widgets and forwards what the operator asks for. It owns
// no robot, learner or store: the composition root (GuiComposition) connects its signals to
// the TrainingController and the controller's signals to its widgets. Layout: camera view and
// the episode's step plot over the training curves in the centre; robot, episode controls
// (with the always-visible EMERGENCY STOP; that dock cannot be closed), sessions, config and
// log as docks. Geometry, dock state and the language persist in QSettings.
// Errors appear once in the status line and the log panel, never in a modal dialog.
// Thread: GUI thread.
#include <QMainWindow>
#include <functional>

#include "controller_types.h"
#include "export_dialog.h"
#include "session_model.h"

class QSettings;
class QLabel;

namespace lab::ui {

class CameraView;
class ConfigEditor;
class EpisodeControls;
class EpisodeStepPlot;
class LogPanel;
class RobotPanel;
class SessionBrowser;
class StatusFields;
class TrainingPlots;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(SessionModelFactory sessions, QWidget* parent = nullptr);
  ~MainWindow() override;

  EpisodeControls* controls() const { return m_controls; }
  CameraView* camera() const { return m_camera; }
  EpisodeStepPlot* stepPlot() const { return m_stepPlot; }
  TrainingPlots* plots() const { return m_plots; }
  RobotPanel* robotPanel() const { return m_robot; }
  SessionBrowser* sessions() const { return m_sessions; }
  // Opens `folder` in the Sessions tab and brings the tab to the front (it shares its place
  // with the log and the configuration).
  void showSession(const QString& folder);
  ConfigEditor* configEditor() const { return m_config; }
  StatusFields* statusFields() const { return m_status; }
  LogPanel* log() const { return m_log; }
  QString statusLine() const;

  void restoreSettings(const QSettings& settings);
  void saveSettings(QSettings& settings) const;
  // Where the export dialog gets its job (the current session); null job: nothing to export.
  void setExportJobSource(std::function<ExportJob()> source) { m_exportJob = std::move(source); }
  void setSessionFolder(const QString& folder);  // shown in the title, preset for export
  QString sessionFolder() const { return m_sessionFolder; }
  ExportDialog* exportDialog() const { return m_export; }

 protected:
  void showEvent(QShowEvent* event) override;

 public Q_SLOTS:
  void setControllerState(lab::ControllerState state, bool emergencyStopped, bool hasDemo);
  void showError(const QString& source, const QString& message);
  void showMessage(const QString& message);
  void showRefusal(lab::ControllerCommand command, const lab::Notice& reason);
  void showEvaluation(const lab::EvaluationResult& result);
  void showOperatorReset(const lab::Notice& instructions);
  void showEpisode(const lab::EpisodeSummary& episode);
  ExportDialog* openExportDialog();

 Q_SIGNALS:
  void commandRequested(lab::ControllerCommand command, int count);
  void languageChosen(const QString& language);  // "en", "zh_CN", "" (system)
  void newSessionRequested(const QString& folder);

 private:
  void buildDocks();
  void buildMenus();
  QDockWidget* addDock(const QString& objectName, const QString& title, QWidget* w,
                       Qt::DockWidgetArea area, bool closable = true);

  SessionModelFactory m_sessionFactory;
  std::function<ExportJob()> m_exportJob;
  QString m_sessionFolder;
  EpisodeControls* m_controls;
  CameraView* m_camera;
  EpisodeStepPlot* m_stepPlot;
  TrainingPlots* m_plots;
  RobotPanel* m_robot;
  SessionBrowser* m_sessions;
  QDockWidget* m_sessionsDock = nullptr;
  ConfigEditor* m_config;
  StatusFields* m_status;
  LogPanel* m_log;
  QLabel* m_statusLine;
  ExportDialog* m_export = nullptr;
  QMenu* m_viewMenu = nullptr;
  bool m_layoutRestored = false;
};

}  // namespace lab::ui
