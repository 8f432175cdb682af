#pragma once
// CameraView: the grayscale image the network sees (e.g. 64x64), shown enlarged with
// nearest-neighbour scaling so single pixels stay visible, and optionally the robot's raw
// operator view beside it. setFrame() only stores the newest frame (a cheap implicitly shared
// copy); a RedrawGate converts and repaints at most every kRefreshIntervalMs (25 per second)
// and not at all while the view is hidden, so a fast camera (up to 100 frames per second when
// a lockstep sim outruns real time) never floods the GUI thread and a slow one costs nothing
// between frames (no idle polling). The frame rate shown is frames received per second over
// the last second.
// Thread: GUI thread; connect frameReady with a queued connection.
#include <QElapsedTimer>
#include <QImage>
#include <QWidget>
#include <deque>

#include "controller_types.h"
#include "redraw_gate.h"

namespace lab::ui {

class CameraView : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kRefreshIntervalMs = 40;

  explicit CameraView(QWidget* parent = nullptr);

  void setShowRaw(bool show);
  bool showRaw() const { return m_showRaw; }
  // What the view says while it has no image (translated); "" for "No camera image".
  void setEmptyText(const QString& text);
  QString emptyText() const;
  double fps() const;
  int framesReceived() const { return m_received; }
  int framesRejected() const { return m_rejected; }
  QString lastError() const { return m_lastError; }
  QImage networkImage() const { return m_image; }  // Format_Grayscale8, after the last refresh
  QImage rawImage() const { return m_raw; }
  qint64 shownEpisode() const { return m_shownEpisode; }
  int shownStep() const { return m_shownStep; }
  int refreshCount() const { return m_gate->redraws(); }
  QSize sizeHint() const override { return m_preferred; }
  void setPreferredSize(const QSize& size) {
    m_preferred = size;
    updateGeometry();
  }

 public Q_SLOTS:
  // A frame whose byte count does not match width*height is rejected (counted, lastError()).
  void setFrame(const lab::CameraFrame& frame);
  void clear();
  void refresh();  // now, if a frame is pending and the view is shown: convert, repaint once

 Q_SIGNALS:
  // The view now shows this step (the episode step plot moves its cursor here).
  void frameShown(qint64 episode, int step);

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  static QImage toImage(const QByteArray& gray, int w, int h);
  void display(const lab::CameraFrame& frame);

  lab::CameraFrame m_pending;
  QImage m_image, m_raw;
  bool m_showRaw = true;
  RedrawGate* m_gate;
  QElapsedTimer m_clock;
  std::deque<qint64> m_arrivals;  // ms, last second
  int m_received = 0, m_rejected = 0;
  QString m_lastError;
  QString m_emptyText;
  qint64 m_shownEpisode = -1;
  int m_shownStep = -1;
  QSize m_preferred{420, 320};
};

}  // namespace lab::ui
