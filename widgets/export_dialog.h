#pragma once
// ExportDialog: choose a folder and the formats, then run the export job it was given on a
// worker thread with a progress bar; Cancel asks the job to stop (its progress callback
// returns false) and the dialog stays usable. The job is injected (the app wraps core's
// SessionExporter and the policy export), so the dialog stays torch-free and testable.
// Thread: GUI thread; the job runs on a QThread it owns, progress arrives by queued calls.
#include <QDialog>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace lab::ui {

struct ExportRequest {
  QString outputDir;
  bool hdf5 = true;    // transitions, D4RL layout
  bool csv = true;     // training metrics
  bool policy = true;  // TorchScript actor (needs a trained policy)
};

// fraction in [0, 1] and a stage name; returns false when the operator cancelled.
using ExportProgress = std::function<bool(double fraction, const QString& stage)>;
// Runs on the worker thread. Returns the files written; throws std::exception (what() in plain
// words) on failure. A cancelled job may return early (its files removed) or throw.
using ExportJob = std::function<QStringList(const ExportRequest&, const ExportProgress&)>;

class ExportDialog : public QDialog {
  Q_OBJECT
 public:
  explicit ExportDialog(ExportJob job, QWidget* parent = nullptr);
  ~ExportDialog() override;  // cancels a running job and waits for it

  void setOutputDir(const QString& dir);
  QString outputDir() const;
  ExportRequest request() const;
  void setRequest(const ExportRequest& request);
  bool isRunning() const { return m_thread != nullptr; }
  int progressPercent() const;
  QString stageText() const;
  QString errorText() const { return m_error; }
  QStringList writtenFiles() const { return m_files; }
  bool wasCancelled() const { return m_cancelled; }

 public Q_SLOTS:
  void start();
  void cancel();

 Q_SIGNALS:
  void progressChanged(int percent, const QString& stage);
  void exportFinished(bool ok, const QStringList& files, const QString& error);

 private:
  void finish(bool ok, const QStringList& files, const QString& error, bool cancelled);
  void setBusy(bool busy);

  ExportJob m_job;
  QLineEdit* m_dir;
  QCheckBox* m_hdf5;
  QCheckBox* m_csv;
  QCheckBox* m_policy;
  QProgressBar* m_progress;
  QLabel* m_stage;
  QLabel* m_result;
  QPushButton* m_start;
  QPushButton* m_cancel;
  QPushButton* m_close;
  QThread* m_thread = nullptr;
  std::shared_ptr<std::atomic<bool>> m_cancelFlag;
  QString m_error;
  QStringList m_files;
  bool m_cancelled = false;
};

}  // namespace lab::ui
