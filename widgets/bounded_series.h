#pragma once
// A time series with bounded memory for long runs. Points arrive in increasing x. The newest
// quarter of capacity() points is kept whole; older points are kept on a stride of appended
// points that doubles whenever capacity() would be exceeded, so the recent past keeps full
// resolution, the whole distant past keeps an even share of points (its shape), and memory
// never exceeds capacity() points however long training runs. The first point is always kept.
// Thread: one thread (the GUI thread); plain data, no Qt objects.
#include <QVector>

namespace lab::ui {

class BoundedSeries {
 public:
  explicit BoundedSeries(int capacity = 4000);

  void setCapacity(int capacity);  // clamped to >= 16; thins at once if over
  int capacity() const { return m_capacity; }
  void append(double x, double y);
  void clear();
  // Removes the trailing points with x >= `x` (a run that went back to an earlier x redoes
  // them); appendedTotal() still counts them.
  void dropFrom(double x);

  int size() const { return static_cast<int>(m_x.size()); }
  const QVector<double>& xs() const { return m_x; }
  const QVector<double>& ys() const { return m_y; }
  qint64 appendedTotal() const { return m_total; }  // every point ever appended
  int decimations() const { return m_decimations; }

 private:
  void thin();

  int m_capacity;
  QVector<double> m_x, m_y;
  QVector<qint64> m_index;  // each point's place among all appended (for the stride)
  qint64 m_stride = 1;
  qint64 m_total = 0;
  int m_decimations = 0;
};

}  // namespace lab::ui
