#include "camera_view.h"

#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstring>

namespace lab::ui {

CameraView::CameraView(QWidget* parent) : QWidget(parent) {
  setMinimumSize(200, 160);
  setAttribute(Qt::WA_OpaquePaintEvent);
  // Clicking the image takes the keyboard focus away from text fields: the operator's keys
  // then drive the robot (the window's key filter leaves editable text fields alone).
  setFocusPolicy(Qt::StrongFocus);
  m_clock.start();
  m_gate = new RedrawGate(this, kRefreshIntervalMs, [this] { display(m_pending); });
}

void CameraView::setShowRaw(bool show) {
  m_showRaw = show;
  update();
}

double CameraView::fps() const {
  const qint64 now = m_clock.elapsed();
  int n = 0;
  for (qint64 t : m_arrivals) n += (now - t) <= 1000 ? 1 : 0;
  return n;
}

QImage CameraView::toImage(const QByteArray& gray, int w, int h) {
  QImage img(w, h, QImage::Format_Grayscale8);
  for (int y = 0; y < h; ++y) {
    memcpy(img.scanLine(y), gray.constData() + static_cast<qsizetype>(y) * w, w);
  }
  return img;
}

void CameraView::setFrame(const lab::CameraFrame& frame) {
  if (frame.width <= 0 || frame.height <= 0 ||
      frame.image.size() != static_cast<qsizetype>(frame.width) * frame.height) {
    ++m_rejected;
    m_lastError = tr("Camera frame rejected: %1 bytes for a %2x%3 image")
                      .arg(frame.image.size())
                      .arg(frame.width)
                      .arg(frame.height);
    return;
  }
  m_pending = frame;
  m_gate->request();
  ++m_received;
  const qint64 now = m_clock.elapsed();
  m_arrivals.push_back(now);
  while (!m_arrivals.empty() && now - m_arrivals.front() > 1000) m_arrivals.pop_front();
}

void CameraView::clear() {
  m_pending = {};
  m_gate->cancel();  // the pending frame is dropped, not shown
  m_image = {};
  m_raw = {};
  m_arrivals.clear();
  m_shownEpisode = -1;
  m_shownStep = -1;
  update();
}

void CameraView::refresh() { m_gate->flushNow(); }

void CameraView::display(const lab::CameraFrame& f) {
  m_image = toImage(f.image, f.width, f.height);
  const bool rawOk = f.rawWidth > 0 && f.rawHeight > 0 &&
                     f.raw.size() == static_cast<qsizetype>(f.rawWidth) * f.rawHeight;
  m_raw = rawOk ? toImage(f.raw, f.rawWidth, f.rawHeight) : QImage();
  m_shownEpisode = f.episode;
  m_shownStep = f.step;
  update();
  Q_EMIT frameShown(m_shownEpisode, m_shownStep);
}

void CameraView::setEmptyText(const QString& text) {
  m_emptyText = text;
  update();
}

QString CameraView::emptyText() const {
  return m_emptyText.isEmpty() ? tr("No camera image") : m_emptyText;
}

void CameraView::paintEvent(QPaintEvent*) {
  QPainter p(this);
  p.fillRect(rect(), QColor(24, 24, 24));
  p.setRenderHint(QPainter::SmoothPixmapTransform, false);  // nearest neighbour: crisp pixels
  if (m_image.isNull()) {
    p.setPen(QColor(200, 200, 200));
    p.drawText(rect().adjusted(8, 0, -8, 0), Qt::AlignCenter | Qt::TextWordWrap, emptyText());
    return;
  }
  const bool withRaw = m_showRaw && !m_raw.isNull();
  const int footer = fontMetrics().height() + 6;
  QRect area = rect().adjusted(4, 4, -4, -footer);
  QRect left = area, right;
  if (withRaw) {
    left.setWidth(area.width() / 2 - 2);
    right = QRect(left.right() + 4, area.top(), area.width() - left.width() - 4, area.height());
  }
  auto fit = [](const QImage& img, const QRect& box, bool integerScale) {
    double s = std::min(double(box.width()) / img.width(), double(box.height()) / img.height());
    if (integerScale && s >= 1.0) s = std::floor(s);
    const QSize size(int(img.width() * s), int(img.height() * s));
    return QRect(box.center() - QPoint(size.width() / 2, size.height() / 2), size);
  };
  p.drawImage(fit(m_image, left, true), m_image);
  if (withRaw) {
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    p.drawImage(fit(m_raw, right, false), m_raw);
  }
  if (hasFocus()) {  // the keyboard drives the robot now
    p.setPen(QPen(QColor(80, 160, 255), 2));
    p.drawRect(rect().adjusted(1, 1, -1, -1));
  }
  p.setPen(QColor(220, 220, 220));
  QString info =
      tr("%1x%2  %3 fps").arg(m_image.width()).arg(m_image.height()).arg(fps(), 0, 'f', 0);
  if (m_shownEpisode >= 0) {
    info += QStringLiteral("  ") + tr("episode %1, step %2").arg(m_shownEpisode).arg(m_shownStep);
  }
  p.drawText(QRect(4, height() - footer, width() - 8, footer), Qt::AlignLeft | Qt::AlignVCenter,
             info);
}

}  // namespace lab::ui
