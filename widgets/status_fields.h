#pragma once
// StatusFields: the status-bar read-outs from the controller's LoopStats: control-loop rate
// and jitter, learner updates per second, achieved against configured updates per step (UTD),
// in lockstep the sim time against wall-clock, buffer sizes, time since the last checkpoint.
// In real time, a learner that stays behind its UTD (LearnerPaceMonitor) raises a plain-words
// warning here and through learnerBehindChanged() (the window logs it).
// Thread: GUI thread; setStats() from a queued loopStats signal (about once a second).
#include <QWidget>

#include "controller_types.h"
#include "learner_pace_monitor.h"

class QLabel;

namespace lab::ui {

class StatusFields : public QWidget {
  Q_OBJECT
 public:
  explicit StatusFields(QWidget* parent = nullptr);

  QString rateText() const;
  QString updatesText() const;
  QString utdText() const;
  QString paceText() const;     // empty in real time
  QString warningText() const;  // empty while the learner keeps up
  QString buffersText() const;
  QString checkpointText() const;
  bool learnerBehind() const { return m_monitor.behind(); }
  int statsReceived() const { return m_received; }

  // "3:20", "1:02:05": sim and wall-clock spans.
  static QString clockText(double seconds);

 public Q_SLOTS:
  void setStats(const lab::LoopStats& stats);
  void clear();

 Q_SIGNALS:
  // behind: the full advice (translated); !behind: the learner keeps up again.
  void learnerBehindChanged(bool behind, const QString& advice);

 private:
  void showWarning(const lab::LoopStats& stats);

  QLabel* m_rate;
  QLabel* m_updates;
  QLabel* m_utd;
  QLabel* m_pace;
  QLabel* m_warning;
  QLabel* m_buffers;
  QLabel* m_checkpoint;
  LearnerPaceMonitor m_monitor;
  int m_received = 0;
};

}  // namespace lab::ui
