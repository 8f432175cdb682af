#include "redraw_gate.h"

#include <QEvent>
#include <QWidget>

namespace lab::ui {

RedrawGate::RedrawGate(QWidget* watched, int intervalMs, std::function<void()> redraw)
    : QObject(watched), m_watched(watched), m_redraw(std::move(redraw)), m_interval(intervalMs) {
  // isVisible() stays true for a minimised window; the show/hide events do not.
  m_shown = watched->isVisible();
  m_timer.setSingleShot(true);
  connect(&m_timer, &QTimer::timeout, this, &RedrawGate::fire);
  watched->installEventFilter(this);
}

void RedrawGate::request() {
  m_dirty = true;
  if (m_shown && !m_timer.isActive()) m_timer.start(m_interval);
}

void RedrawGate::flushNow() {
  m_timer.stop();
  fire();
}

void RedrawGate::cancel() {
  m_timer.stop();
  m_dirty = false;
}

void RedrawGate::fire() {
  if (!m_dirty || !m_shown) return;
  m_dirty = false;
  ++m_redraws;
  m_redraw();
}

bool RedrawGate::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_watched) {
    if (event->type() == QEvent::Show) {
      m_shown = true;
      // Catch up at once with what arrived while hidden (timer 0: after the show completes).
      if (m_dirty) m_timer.start(0);
    } else if (event->type() == QEvent::Hide) {
      m_shown = false;
      m_timer.stop();
    }
  }
  return QObject::eventFilter(watched, event);
}

}  // namespace lab::ui
