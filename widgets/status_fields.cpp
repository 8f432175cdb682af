#include "status_fields.h"

#include <QHBoxLayout>
#include <QLabel>

namespace lab::ui {

StatusFields::StatusFields(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->setSpacing(12);
  auto make = [&](const char* name, const QString& tip) {
    auto* l = new QLabel(this);
    l->setObjectName(name);
    l->setToolTip(tip);
    layout->addWidget(l);
    return l;
  };
  m_rate = make("statusRate", tr("Control loop: measured rate and jitter (std. dev. of the tick period)"));
  m_updates = make("statusUpdates", tr("Learner updates per second"));
  m_buffers = make("statusBuffers", tr("Transitions in the replay and expert buffers"));
  m_checkpoint = make("statusCheckpoint", tr("Time since the last checkpoint"));
  clear();
}

QString StatusFields::rateText() const { return m_rate->text(); }
QString StatusFields::updatesText() const { return m_updates->text(); }
QString StatusFields::buffersText() const { return m_buffers->text(); }
QString StatusFields::checkpointText() const { return m_checkpoint->text(); }

void StatusFields::clear() {
  m_rate->setText(tr("Loop: -"));
  m_updates->setText(tr("Updates/s: -"));
  m_buffers->setText(tr("Buffers: -"));
  m_checkpoint->setText(tr("Checkpoint: none"));
}

void StatusFields::setStats(const lab::LoopStats& s) {
  ++m_received;
  m_rate->setText(tr("Loop: %1 Hz, jitter %2 ms").arg(s.controlRateHz, 0, 'f', 1).arg(s.jitterMs, 0, 'f', 1));
  m_updates->setText(tr("Updates/s: %1").arg(s.updatesPerSecond, 0, 'f', 1));
  m_buffers->setText(tr("Buffers: replay %1, expert %2").arg(s.replaySize).arg(s.expertSize));
  if (s.secondsSinceCheckpoint < 0) {
    m_checkpoint->setText(tr("Checkpoint: none"));
  } else {
    const int secs = int(s.secondsSinceCheckpoint);
    m_checkpoint->setText(secs < 120 ? tr("Checkpoint: %1 s ago").arg(secs)
                                     : tr("Checkpoint: %1 min ago").arg(secs / 60));
  }
}

}  // namespace lab::ui
