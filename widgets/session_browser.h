#pragma once
// SessionBrowser: a session folder's episodes with kind, label, steps and interventions;
// relabel the selected episode (Success / Failure); selecting an episode shows its first frame,
// Replay frames (or a double click) plays its frames in a CameraView with the stored per-step
// values, and the slider under the view scrubs them frame by frame (the recorded demo, before
// training starts from it). Opening a session goes through the injected
// SessionModelFactory. Every model call (open, list, relabel, frames) runs on a QThreadPool thread
// and its result comes back as a queued call, so the GUI never waits on the database; results of a
// call that a newer one superseded are dropped. Thread: GUI thread.
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

#include "session_model.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QComboBox;
class QSlider;

namespace lab::ui {

class CameraView;

class SessionBrowser : public QWidget {
  Q_OBJECT
 public:
  explicit SessionBrowser(SessionModelFactory factory, QWidget* parent = nullptr);
  ~SessionBrowser() override;

  // Asynchronous: sessionOpened, then episodesLoaded, or errorOccurred (errorText()).
  void openSession(const QString& folder);
  QString currentFolder() const;
  QStringList recentFolders() const;
  void setRecentFolders(const QStringList& folders);
  QString errorText() const;
  QSize sizeHint() const override { return {700, 150}; }

  int episodeCount() const;
  qint64 selectedEpisode() const;  // -1 if none
  bool selectEpisode(qint64 id);
  QTableWidget* table() const { return m_table; }
  CameraView* replayView() const { return m_view; }
  int replayFrameCount() const { return static_cast<int>(m_frames.size()); }
  int replayPosition() const { return m_replayIndex; }
  bool isReplaying() const { return m_replayTimer.isActive(); }
  QSlider* scrubber() const { return m_scrub; }
  QString replayValues() const;  // the shown frame's step and values
  // Shows frame `index` of the loaded episode and stops the replay (the scrubber's action).
  void showFrame(int index);

 public Q_SLOTS:
  void reload();
  void relabelSelected(const QString& label);
  // Plays the selected episode: on from the frame shown if it is this episode's, else loads it.
  void replaySelected();
  void stopReplay();

 Q_SIGNALS:
  void sessionOpened(const QString& folder);
  void episodesLoaded(int count);
  void replayFinished(qint64 episodeId);
  void errorOccurred(const QString& message);

 private:
  template <typename Result>
  void offThread(std::function<Result()> job, std::function<void(Result)> done);
  void showEpisodes(const QVector<SessionEpisode>& episodes);
  void showError(const QString& message);
  void updateButtons();
  void selectionChanged();
  void loadFrames(qint64 id, bool play);  // off the GUI thread; then play, or show frame 0
  void forgetFrames();                    // another session: nothing of the old one shown
  void replayTick();
  void showFrameAt(int index);  // the view, the values and the scrubber at frame `index`
  void browse();

  SessionModelFactory m_factory;
  std::shared_ptr<SessionModel> m_model;  // shared with a frames() job still running
  QComboBox* m_folders;
  QLabel* m_title;
  QTableWidget* m_table;
  QPushButton* m_success;
  QPushButton* m_failure;
  QPushButton* m_replay;
  QPushButton* m_stop;
  QLabel* m_error;
  QLabel* m_busy;
  CameraView* m_view;
  QLabel* m_values;
  QSlider* m_scrub;
  QVector<SessionFrame> m_frames;
  qint64 m_replayEpisode = -1;
  int m_replayIndex = -1;
  QTimer m_replayTimer;
  int m_loadGeneration = 0;  // frames loads
  int m_listGeneration = 0;  // episode lists
  int m_openGeneration = 0;  // session opens
};

}  // namespace lab::ui
