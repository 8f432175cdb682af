#include "status_fields.h"

#include <QHBoxLayout>
#include <QLabel>
#include <cmath>

namespace lab::ui {

namespace {
// 0.6, 0.85, 1, 2.5: two decimals at most, no trailing zeros (a ratio, not a measurement).
QString ratio(double v) {
  QString t = QString::number(v, 'f', v >= 10 ? 0 : 2);
  if (t.contains('.')) {
    while (t.endsWith('0')) t.chop(1);
    if (t.endsWith('.')) t.chop(1);
  }
  return t;
}
}  // namespace

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
  m_warning = make("statusLearnerBehind", QString());
  m_warning->setStyleSheet("color: #b00000; font-weight: bold;");
  m_rate = make("statusRate",
                tr("Control loop: measured rate and jitter (std. dev. of the tick period)"));
  m_updates = make("statusUpdates", tr("Learner updates per second"));
  m_utd = make("statusUtd", tr("Learner updates per environment step over the last second, "
                               "against the configured ratio (utd)"));
  m_pace = make("statusPace", tr("Lockstep: simulated robot time against wall-clock time"));
  m_buffers = make("statusBuffers", tr("Transitions in the replay and expert buffers"));
  m_checkpoint = make("statusCheckpoint", tr("Time since the last checkpoint"));
  clear();
}

QString StatusFields::rateText() const { return m_rate->text(); }
QString StatusFields::updatesText() const { return m_updates->text(); }
QString StatusFields::utdText() const { return m_utd->text(); }
QString StatusFields::paceText() const { return m_pace->isHidden() ? QString() : m_pace->text(); }
QString StatusFields::warningText() const {
  return m_warning->isHidden() ? QString() : m_warning->text();
}
QString StatusFields::buffersText() const { return m_buffers->text(); }
QString StatusFields::checkpointText() const { return m_checkpoint->text(); }

QString StatusFields::clockText(double seconds) {
  const qint64 s = std::llround(std::max(0.0, seconds));
  if (s >= 3600) {
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600)
        .arg((s / 60) % 60, 2, 10, QChar('0'))
        .arg(s % 60, 2, 10, QChar('0'));
  }
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QChar('0'));
}

void StatusFields::clear() {
  m_rate->setText(tr("Loop: -"));
  m_updates->setText(tr("Updates/s: -"));
  m_utd->setText(tr("UTD -"));
  m_pace->clear();
  m_pace->setVisible(false);
  m_buffers->setText(tr("Buffers: -"));
  m_checkpoint->setText(tr("Checkpoint: none"));
  const bool was = m_monitor.behind();
  m_monitor.reset();
  m_warning->clear();
  m_warning->setVisible(false);
  if (was) Q_EMIT learnerBehindChanged(false, QString());
}

void StatusFields::setStats(const lab::LoopStats& s) {
  ++m_received;
  m_rate->setText(
      tr("Loop: %1 Hz, jitter %2 ms").arg(s.controlRateHz, 0, 'f', 1).arg(s.jitterMs, 0, 'f', 1));
  m_updates->setText(tr("Updates/s: %1").arg(s.updatesPerSecond, 0, 'f', 1));
  m_utd->setText(tr("UTD %1 / %2")
                     .arg(s.achievedUtd < 0 ? QStringLiteral("-") : ratio(s.achievedUtd))
                     .arg(s.configuredUtd));
  if (s.lockstep) {
    m_pace->setText(s.wallSeconds > 0 ? tr("sim %1 in %2 (%3x)")
                                            .arg(clockText(s.simSeconds), clockText(s.wallSeconds))
                                            .arg(s.simSeconds / s.wallSeconds, 0, 'f', 1)
                                      : tr("sim %1").arg(clockText(s.simSeconds)));
  }
  m_pace->setVisible(s.lockstep);
  m_buffers->setText(tr("Buffers: replay %1, expert %2").arg(s.replaySize).arg(s.expertSize));
  if (s.secondsSinceCheckpoint < 0) {
    m_checkpoint->setText(tr("Checkpoint: none"));
  } else {
    const int secs = int(s.secondsSinceCheckpoint);
    m_checkpoint->setText(secs < 120 ? tr("Checkpoint: %1 s ago").arg(secs)
                                     : tr("Checkpoint: %1 min ago").arg(secs / 60));
  }
  if (m_monitor.update(s)) showWarning(s);
}

void StatusFields::showWarning(const lab::LoopStats& s) {
  if (!m_monitor.behind()) {
    m_warning->clear();
    m_warning->setVisible(false);
    Q_EMIT learnerBehindChanged(false, QString());
    return;
  }
  const QString advice =
      tr("The learner cannot keep up with the robot: it managed %1 of the %2 updates per step "
         "it is configured for, so it learns from less than planned. Try a smaller batch "
         "(batch_size), fewer OOD samples (ood_policy_samples), a lower control rate, or, for "
         "a simulated robot, lockstep pacing (Robot panel).")
          .arg(ratio(m_monitor.sustainedUtd()))
          .arg(s.configuredUtd);
  m_warning->setText(tr("Learner cannot keep up"));
  m_warning->setToolTip(advice);
  m_warning->setVisible(true);
  Q_EMIT learnerBehindChanged(true, advice);
}

}  // namespace lab::ui
