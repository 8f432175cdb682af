#pragma once
// RedrawGate: decides WHEN a live view redraws, so data arriving at 100/s costs at most one
// redraw per interval and a view nobody can see costs none. request() marks the view dirty;
// the first request after a redraw starts a single-shot timer, so redraws are at least
// interval() apart however fast data arrives. While the watched widget is hidden (not shown
// yet, another tab, a closed dock, a minimised window: Qt sends it a spontaneous hide event
// then) nothing is drawn; the dirty view redraws once as soon as it is shown again.
// Why a gate and not a plain timer: the window's GUI thread took a whole core replotting
// nine plots 25 times a second, starving the learner's queued hand-overs.
// Thread: GUI thread only.
#include <QObject>
#include <QTimer>
#include <functional>

class QWidget;

namespace lab::ui {

class RedrawGate : public QObject {
  Q_OBJECT
 public:
  RedrawGate(QWidget* watched, int intervalMs, std::function<void()> redraw);

  void request();   // new data: redraw within interval() if shown
  void flushNow();  // redraw now if dirty and shown (tests, explicit flush)
  void cancel();    // forget the pending redraw (the view was cleared)
  bool dirty() const { return m_dirty; }
  bool pending() const { return m_timer.isActive(); }
  bool shown() const { return m_shown; }
  int redraws() const { return m_redraws; }
  int interval() const { return m_interval; }

 protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

 private:
  void fire();

  QWidget* m_watched;
  std::function<void()> m_redraw;
  QTimer m_timer;
  int m_interval;
  bool m_dirty = false;
  bool m_shown = false;
  int m_redraws = 0;
};

}  // namespace lab::ui
