#pragma once
// StatusFields: the status-bar read-outs from the controller's LoopStats: control-loop rate
// and jitter, learner updates per second, buffer sizes, time since the last checkpoint.
// Thread: GUI thread; setStats() from a queued loopStats signal (about once a second).
#include <QWidget>

#include "controller_types.h"

class QLabel;

namespace lab::ui {

class StatusFields : public QWidget {
  Q_OBJECT
 public:
  explicit StatusFields(QWidget* parent = nullptr);

  QString rateText() const;
  QString updatesText() const;
  QString buffersText() const;
  QString checkpointText() const;
  int statsReceived() const { return m_received; }

 public Q_SLOTS:
  void setStats(const lab::LoopStats& stats);
  void clear();

 private:
  QLabel* m_rate;
  QLabel* m_updates;
  QLabel* m_buffers;
  QLabel* m_checkpoint;
  int m_received = 0;
};

}  // namespace lab::ui
