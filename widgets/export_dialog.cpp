#include "export_dialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <exception>

#include "notice_error.h"
#include "operator_text.h"

namespace lab::ui {

ExportDialog::ExportDialog(ExportJob job, QWidget* parent)
    : QDialog(parent), m_job(std::move(job)) {
  setWindowTitle(tr("Export session"));
  setWindowIcon(QIcon(":/icons/export.svg"));
  auto* layout = new QVBoxLayout(this);

  auto* dirRow = new QHBoxLayout;
  dirRow->addWidget(new QLabel(tr("Folder"), this));
  m_dir = new QLineEdit(this);
  m_dir->setObjectName("exportFolder");
  dirRow->addWidget(m_dir, 1);
  auto* browse = new QPushButton(tr("Browse..."), this);
  browse->setObjectName("exportBrowse");
  dirRow->addWidget(browse);
  layout->addLayout(dirRow);

  m_hdf5 = new QCheckBox(tr("Transitions as HDF5 (D4RL layout)"), this);
  m_hdf5->setObjectName("exportHdf5");
  m_csv = new QCheckBox(tr("Training metrics as CSV"), this);
  m_csv->setObjectName("exportCsv");
  m_policy = new QCheckBox(tr("Policy as TorchScript"), this);
  m_policy->setObjectName("exportPolicy");
  for (auto* c : {m_hdf5, m_csv, m_policy}) {
    c->setChecked(true);
    layout->addWidget(c);
  }
  auto* note =
      new QLabel(tr("A manifest (config, seeds, versions, file list) is always written."), this);
  note->setWordWrap(true);
  layout->addWidget(note);

  m_progress = new QProgressBar(this);
  m_progress->setObjectName("exportProgress");
  m_progress->setRange(0, 100);
  m_progress->setValue(0);
  layout->addWidget(m_progress);
  m_stage = new QLabel(this);
  m_stage->setObjectName("exportStage");
  layout->addWidget(m_stage);
  m_result = new QLabel(this);
  m_result->setObjectName("exportResult");
  m_result->setWordWrap(true);
  m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_result);

  auto* buttons = new QHBoxLayout;
  m_start = new QPushButton(QIcon(":/icons/export.svg"), tr("Export"), this);
  m_start->setObjectName("exportStart");
  m_start->setDefault(true);
  m_cancel = new QPushButton(tr("Cancel export"), this);
  m_cancel->setObjectName("exportCancel");
  m_close = new QPushButton(tr("Close"), this);
  m_close->setObjectName("exportClose");
  buttons->addStretch(1);
  for (auto* b : {m_start, m_cancel, m_close}) buttons->addWidget(b);
  layout->addLayout(buttons);

  connect(browse, &QPushButton::clicked, this, [this] {
    const QString d = QFileDialog::getExistingDirectory(this, tr("Export to"), m_dir->text());
    if (!d.isEmpty()) m_dir->setText(d);
  });
  connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
  connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancel);
  connect(m_close, &QPushButton::clicked, this, &ExportDialog::reject);
  setBusy(false);
  resize(480, 280);
}

ExportDialog::~ExportDialog() {
  if (m_thread) {
    m_cancelFlag->store(true);
    m_thread->wait();  // the job checks the flag between episodes; it ends soon after
    delete m_thread;
  }
}

void ExportDialog::setOutputDir(const QString& dir) { m_dir->setText(dir); }
QString ExportDialog::outputDir() const { return m_dir->text().trimmed(); }
int ExportDialog::progressPercent() const { return m_progress->value(); }
QString ExportDialog::stageText() const { return m_stage->text(); }

ExportRequest ExportDialog::request() const {
  return {outputDir(), m_hdf5->isChecked(), m_csv->isChecked(), m_policy->isChecked()};
}

void ExportDialog::setRequest(const ExportRequest& r) {
  m_dir->setText(r.outputDir);
  m_hdf5->setChecked(r.hdf5);
  m_csv->setChecked(r.csv);
  m_policy->setChecked(r.policy);
}

void ExportDialog::setBusy(bool busy) {
  m_start->setEnabled(!busy);
  m_cancel->setEnabled(busy);
  m_close->setEnabled(!busy);
  m_dir->setEnabled(!busy);
  for (auto* c : {m_hdf5, m_csv, m_policy}) c->setEnabled(!busy);
}

void ExportDialog::start() {
  if (m_thread) return;
  const ExportRequest req = request();
  if (req.outputDir.isEmpty()) {
    m_error = tr("Choose a folder to export to");
    m_result->setText(m_error);
    return;
  }
  if (!m_job) {
    m_error = tr("Nothing to export: no session is open");
    m_result->setText(m_error);
    return;
  }
  m_error.clear();
  m_files.clear();
  m_cancelled = false;
  m_progress->setValue(0);
  m_result->clear();
  m_stage->setText(tr("Starting..."));
  setBusy(true);

  auto flag = std::make_shared<std::atomic<bool>>(false);
  m_cancelFlag = flag;
  ExportJob job = m_job;
  // Queued calls with `this` as context are dropped if the dialog is gone; the destructor
  // waits for the thread, so the job never outlives what it reports to.
  m_thread = QThread::create([this, job, req, flag] {
    ExportProgress progress = [this, flag](double fraction, const QString& stage) {
      const int percent = qBound(0, int(fraction * 100.0 + 0.5), 100);
      QMetaObject::invokeMethod(
          this,
          [this, percent, stage] {
            m_progress->setValue(percent);
            m_stage->setText(stage);
            Q_EMIT progressChanged(percent, stage);
          },
          Qt::QueuedConnection);
      return !flag->load();
    };
    QStringList files;
    QString error;
    bool ok = true;
    try {
      files = job(req, progress);
    } catch (const std::exception& e) {
      ok = false;
      error = OperatorText::line(OperatorText::notice(lab::exceptionNotice(e)));
    } catch (...) {
      ok = false;
      error = tr("Unknown error");
    }
    const bool cancelled = flag->load();
    QMetaObject::invokeMethod(
        this,
        [this, ok, files, error, cancelled] { finish(ok && !cancelled, files, error, cancelled); },
        Qt::QueuedConnection);
  });
  m_thread->start();
}

void ExportDialog::cancel() {
  if (m_cancelFlag) m_cancelFlag->store(true);
  m_stage->setText(tr("Cancelling..."));
}

void ExportDialog::finish(bool ok, const QStringList& files, const QString& error, bool cancelled) {
  if (m_thread) {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
  }
  m_files = ok ? files : QStringList();
  m_cancelled = cancelled;
  m_error =
      ok ? QString() : (cancelled ? tr("Export cancelled") : tr("Export failed: %1").arg(error));
  if (ok) {
    m_progress->setValue(100);
    m_stage->setText(tr("Done"));
    QStringList names;
    for (const QString& f : files) names << QDir(outputDir()).relativeFilePath(f);
    m_result->setText(tr("Wrote %n file(s): %1", nullptr, int(files.size())).arg(names.join(", ")));
  } else {
    m_stage->clear();
    m_result->setText(m_error);
  }
  setBusy(false);
  Q_EMIT exportFinished(ok, m_files, m_error);
}

}  // namespace lab::ui
