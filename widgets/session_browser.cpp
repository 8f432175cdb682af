#include "session_browser.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QTableWidget>
#include <QThreadPool>
#include <QVBoxLayout>

#include "camera_view.h"
#include "operator_text.h"

namespace lab::ui {

namespace {
constexpr int kReplayIntervalMs = 66;  // 15 frames per second
enum Column { kId, kKind, kLabel, kSteps, kInterventions, kStarted, kColumns };
}  // namespace

SessionBrowser::SessionBrowser(SessionModelFactory factory, QWidget* parent)
    : QWidget(parent), m_factory(std::move(factory)) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);

  auto* top = new QHBoxLayout;
  m_folders = new QComboBox(this);
  m_folders->setObjectName("sessionFolders");
  m_folders->setEditable(true);
  m_folders->setToolTip(tr("Session folder (recently used ones in the list)"));
  m_folders->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  auto* open = new QPushButton(tr("Open"), this);
  open->setObjectName("openSession");
  auto* browse = new QPushButton(tr("Browse..."), this);
  browse->setObjectName("browseSession");
  auto* refresh = new QPushButton(tr("Refresh"), this);
  refresh->setObjectName("refreshSession");
  top->addWidget(m_folders, 1);
  top->addWidget(open);
  top->addWidget(browse);
  top->addWidget(refresh);
  layout->addLayout(top);

  m_title = new QLabel(this);
  m_title->setObjectName("sessionTitle");
  m_title->setProperty("labData", true);
  layout->addWidget(m_title);

  auto* middle = new QHBoxLayout;
  layout->addLayout(middle, 1);
  m_table = new QTableWidget(0, kColumns, this);
  m_table->setObjectName("episodeTable");
  m_table->setHorizontalHeaderLabels(
      {tr("Episode"), tr("Kind"), tr("Label"), tr("Steps"), tr("Interventions"), tr("Started")});
  m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
  m_table->setSelectionMode(QAbstractItemView::SingleSelection);
  m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
  m_table->verticalHeader()->setVisible(false);
  m_table->horizontalHeader()->setStretchLastSection(true);
  middle->addWidget(m_table, 2);

  auto* right = new QVBoxLayout;
  m_view = new CameraView(this);
  m_view->setObjectName("replayView");
  m_view->setMinimumSize(100, 60);
  m_view->setPreferredSize(QSize(200, 140));  // a docked panel: keep the main view the big one
  right->addWidget(m_view, 1);
  m_scrub = new QSlider(Qt::Horizontal, this);
  m_scrub->setObjectName("replayScrubber");
  m_scrub->setToolTip(tr("Drag, or use the arrow keys, to step through the frames"));
  m_scrub->setEnabled(false);
  right->addWidget(m_scrub);
  m_values = new QLabel(this);
  m_values->setObjectName("replayValues");
  right->addWidget(m_values);
  middle->addLayout(right, 1);

  auto* buttons = new QHBoxLayout;
  m_success = new QPushButton(tr("Relabel: success"), this);
  m_success->setObjectName("relabelSuccess");
  m_failure = new QPushButton(tr("Relabel: failure"), this);
  m_failure->setObjectName("relabelFailure");
  m_replay = new QPushButton(QIcon(":/icons/play.svg"), tr("Replay frames"), this);
  m_replay->setObjectName("replayEpisode");
  m_stop = new QPushButton(QIcon(":/icons/stop.svg"), tr("Stop replay"), this);
  m_stop->setObjectName("stopReplay");
  for (auto* b : {m_success, m_failure, m_replay, m_stop}) buttons->addWidget(b);
  buttons->addStretch(1);
  layout->addLayout(buttons);
  m_error = new QLabel(this);
  m_error->setObjectName("sessionError");
  m_error->setWordWrap(true);
  m_error->setStyleSheet("color: #b00000;");
  m_error->setVisible(false);  // takes no room until there is something to say
  layout->addWidget(m_error);
  m_busy = new QLabel(this);
  m_busy->setObjectName("sessionBusy");
  top->addWidget(m_busy);

  connect(open, &QPushButton::clicked, this, [this] { openSession(m_folders->currentText()); });
  connect(browse, &QPushButton::clicked, this, &SessionBrowser::browse);
  connect(refresh, &QPushButton::clicked, this, &SessionBrowser::reload);
  connect(m_success, &QPushButton::clicked, this, [this] { relabelSelected("success"); });
  connect(m_failure, &QPushButton::clicked, this, [this] { relabelSelected("failure"); });
  connect(m_replay, &QPushButton::clicked, this, &SessionBrowser::replaySelected);
  connect(m_stop, &QPushButton::clicked, this, &SessionBrowser::stopReplay);
  connect(m_table, &QTableWidget::itemSelectionChanged, this, &SessionBrowser::selectionChanged);
  // A double click plays the episode, as a media list does.
  connect(m_table, &QTableWidget::cellDoubleClicked, this, &SessionBrowser::replaySelected);
  m_replayTimer.setInterval(kReplayIntervalMs);
  connect(&m_replayTimer, &QTimer::timeout, this, &SessionBrowser::replayTick);
  connect(m_scrub, &QSlider::sliderMoved, this, &SessionBrowser::showFrame);
  connect(m_scrub, &QSlider::actionTriggered, this, [this](int) {
    // Keys and clicks on the groove: the slider's new position is set after this signal.
    QTimer::singleShot(0, this, [this] { showFrame(m_scrub->value()); });
  });
  updateButtons();
}

SessionBrowser::~SessionBrowser() = default;

void SessionBrowser::browse() {
  const QString dir =
      QFileDialog::getExistingDirectory(this, tr("Open a session folder"), currentFolder());
  if (!dir.isEmpty()) openSession(dir);
}

template <typename Result>
void SessionBrowser::offThread(std::function<Result()> job, std::function<void(Result)> done) {
  QPointer<SessionBrowser> self(this);
  QThreadPool::globalInstance()->start([self, job = std::move(job), done = std::move(done)] {
    Result r = job();
    if (!self) return;
    QMetaObject::invokeMethod(
        self.data(),
        [self, done, r = std::move(r)]() mutable {
          if (self) done(std::move(r));
        },
        Qt::QueuedConnection);
  });
}

void SessionBrowser::openSession(const QString& folder) {
  stopReplay();
  const int generation = ++m_openGeneration;
  m_busy->setText(tr("Opening %1...").arg(folder));
  struct Opened {
    std::shared_ptr<SessionModel> model;
    QString error;
  };
  SessionModelFactory factory = m_factory;
  offThread<Opened>(
      [factory, folder] {
        Opened o;
        if (factory) o.model = factory(folder, o.error);
        return o;
      },
      [this, folder, generation](Opened o) {
        if (generation != m_openGeneration) return;  // the operator opened another one since
        m_busy->clear();
        if (!o.model) {
          showError(o.error.isEmpty() ? tr("Cannot open the session in %1").arg(folder) : o.error);
          return;
        }
        m_model = std::move(o.model);
        forgetFrames();  // episode ids are per session: another session's episode 1 is not this one
        m_title->setText(m_model->title());
        QStringList recent = recentFolders();
        recent.removeAll(folder);
        recent.prepend(folder);
        setRecentFolders(recent.mid(0, 10));
        m_error->clear();
        m_error->setVisible(false);
        reload();
        Q_EMIT sessionOpened(folder);
      });
}

QString SessionBrowser::currentFolder() const { return m_model ? m_model->folder() : QString(); }

QStringList SessionBrowser::recentFolders() const {
  QStringList out;
  for (int i = 0; i < m_folders->count(); ++i) out << m_folders->itemText(i);
  return out;
}

void SessionBrowser::setRecentFolders(const QStringList& folders) {
  QSignalBlocker block(m_folders);
  m_folders->clear();
  m_folders->addItems(folders);
  if (!folders.isEmpty()) m_folders->setCurrentIndex(0);
}

QString SessionBrowser::errorText() const { return m_error->text(); }
int SessionBrowser::episodeCount() const { return m_table->rowCount(); }

void SessionBrowser::showError(const QString& message) {
  m_error->setText(OperatorText::line(message));
  m_error->setVisible(!message.isEmpty());
  Q_EMIT errorOccurred(message);
}

void SessionBrowser::reload() {
  if (!m_model) return;
  const int generation = ++m_listGeneration;
  struct Listed {
    QVector<SessionEpisode> episodes;
    QString error;
  };
  std::shared_ptr<SessionModel> model = m_model;
  offThread<Listed>(
      [model] {
        Listed l;
        l.episodes = model->episodes(l.error);
        return l;
      },
      [this, model, generation](Listed l) {
        if (generation != m_listGeneration || model != m_model) return;  // superseded
        if (!l.error.isEmpty()) showError(l.error);
        showEpisodes(l.episodes);
        Q_EMIT episodesLoaded(l.episodes.size());
      });
}

void SessionBrowser::showEpisodes(const QVector<SessionEpisode>& episodes) {
  const qint64 keep = selectedEpisode();
  m_table->setRowCount(0);
  m_table->setRowCount(episodes.size());
  for (int r = 0; r < episodes.size(); ++r) {
    const auto& e = episodes[r];
    auto set = [&](int c, const QString& text) {
      auto* item = new QTableWidgetItem(text);
      item->setData(Qt::UserRole, e.id);
      m_table->setItem(r, c, item);
    };
    set(kId, QString::number(e.id));
    set(kKind, OperatorText::kind(e.kind));
    set(kLabel, OperatorText::label(e.label));
    set(kSteps, QString::number(e.steps));
    set(kInterventions, QString::number(e.interventionSteps));
    set(kStarted, e.startedMs > 0
                      ? QDateTime::fromMSecsSinceEpoch(e.startedMs).toString("yyyy-MM-dd hh:mm:ss")
                      : QString());
  }
  m_table->resizeColumnsToContents();
  if (keep >= 0) selectEpisode(keep);
  updateButtons();
}

qint64 SessionBrowser::selectedEpisode() const {
  const auto rows = m_table->selectionModel()->selectedRows();
  if (rows.isEmpty()) return -1;
  return m_table->item(rows.first().row(), kId)->data(Qt::UserRole).toLongLong();
}

bool SessionBrowser::selectEpisode(qint64 id) {
  for (int r = 0; r < m_table->rowCount(); ++r) {
    if (m_table->item(r, kId)->data(Qt::UserRole).toLongLong() == id) {
      m_table->selectRow(r);
      return true;
    }
  }
  return false;
}

void SessionBrowser::updateButtons() {
  const bool selected = selectedEpisode() >= 0;
  m_success->setEnabled(selected);
  m_failure->setEnabled(selected);
  m_replay->setEnabled(selected);
  m_stop->setEnabled(m_replayTimer.isActive());
  const QString none = tr("Select an episode first");
  for (auto* b : {m_success, m_failure, m_replay}) b->setToolTip(selected ? QString() : none);
}

void SessionBrowser::relabelSelected(const QString& label) {
  const qint64 id = selectedEpisode();
  if (!m_model || id < 0) return;
  std::shared_ptr<SessionModel> model = m_model;
  offThread<QString>(
      [model, id, label] {
        QString error;
        if (!model->relabel(id, label, error) && error.isEmpty()) error = tr("Relabelling failed");
        return error;
      },
      [this, model](QString error) {
        if (model != m_model) return;  // another session was opened meanwhile
        if (!error.isEmpty()) {
          showError(error);
          return;
        }
        m_error->clear();
        m_error->setVisible(false);
        reload();
      });
}

void SessionBrowser::selectionChanged() {
  updateButtons();
  const qint64 id = selectedEpisode();
  // A reload keeps the selection: the episode shown (or playing) stays as it is.
  if (id >= 0 && id != m_replayEpisode) loadFrames(id, false);
}

void SessionBrowser::forgetFrames() {
  stopReplay();
  ++m_loadGeneration;  // a load still running belongs to the old session
  m_frames.clear();
  m_replayEpisode = -1;
  m_replayIndex = -1;
  m_table->setRowCount(0);  // nor is its selection carried over by id
  m_scrub->setEnabled(false);
  m_view->clear();
  m_values->clear();
}

void SessionBrowser::replaySelected() {
  const qint64 id = selectedEpisode();
  if (!m_model || id < 0) return;
  if (id != m_replayEpisode || m_frames.isEmpty()) {
    loadFrames(id, true);
    return;
  }
  // Shown already: play on from the shown frame, from the start once it was played through.
  if (m_replayIndex < 0 || m_replayIndex >= m_frames.size()) m_replayIndex = 0;
  m_replayTimer.start();
  updateButtons();
}

void SessionBrowser::loadFrames(qint64 id, bool play) {
  if (!m_model) return;
  stopReplay();
  const int generation = ++m_loadGeneration;
  std::shared_ptr<SessionModel> model = m_model;
  m_values->setText(tr("Loading episode %1...").arg(id));
  struct Loaded {
    QVector<SessionFrame> frames;
    QString error;
  };
  offThread<Loaded>(
      [model, id] {
        Loaded l;
        l.frames = model->frames(id, l.error);
        return l;
      },
      [this, id, generation, play](Loaded l) {
        if (generation != m_loadGeneration) return;  // another load started since
        if (!l.error.isEmpty()) {
          showError(l.error);
          return;
        }
        m_frames = l.frames;
        m_replayEpisode = id;
        m_replayIndex = 0;
        if (m_frames.isEmpty()) {
          m_scrub->setEnabled(false);
          m_view->clear();
          m_values->setText(tr("Episode %1 has no stored frames").arg(id));
          return;
        }
        {
          QSignalBlocker quiet(m_scrub);
          m_scrub->setRange(0, int(m_frames.size()) - 1);
          m_scrub->setValue(0);
          m_scrub->setEnabled(true);
        }
        if (play) {
          m_replayTimer.start();
        } else {
          showFrame(0);  // its first frame, to look at before playing or scrubbing
        }
        updateButtons();
      });
}

void SessionBrowser::stopReplay() {
  m_replayTimer.stop();
  updateButtons();
}

void SessionBrowser::replayTick() {
  if (m_replayIndex < 0 || m_replayIndex >= m_frames.size()) {
    stopReplay();
    Q_EMIT replayFinished(m_replayEpisode);
    return;
  }
  showFrameAt(m_replayIndex);
  ++m_replayIndex;
}

QString SessionBrowser::replayValues() const { return m_values->text(); }

void SessionBrowser::showFrame(int index) {
  if (index < 0 || index >= m_frames.size()) return;
  stopReplay();
  showFrameAt(index);
  m_replayIndex = index + 1;  // Replay frames goes on from here
}

void SessionBrowser::showFrameAt(int index) {
  const SessionFrame& f = m_frames[index];
  {
    QSignalBlocker quiet(m_scrub);
    m_scrub->setValue(index);
  }
  lab::CameraFrame frame;
  frame.image = f.image;
  frame.width = f.width;
  frame.height = f.height;
  frame.episode = m_replayEpisode;
  frame.step = f.step;
  m_view->setFrame(frame);
  m_values->setText(tr("Step %1: Q %2, H_sig %3, gate %4%5")
                        .arg(f.step)
                        .arg(f.q, 0, 'f', 3)
                        .arg(f.hSig, 0, 'f', 3)
                        .arg(f.gate, 0, 'f', 0)
                        .arg(f.intervention ? tr(" (intervention)") : QString()));
}

}  // namespace lab::ui
