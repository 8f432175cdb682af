#include "bounded_series.h"

#include <algorithm>

namespace lab::ui {

BoundedSeries::BoundedSeries(int capacity) : m_capacity(std::max(16, capacity)) {
  m_x.reserve(m_capacity);
  m_y.reserve(m_capacity);
  m_index.reserve(m_capacity);
}

void BoundedSeries::setCapacity(int capacity) {
  m_capacity = std::max(16, capacity);
  while (size() > m_capacity) thin();
}

void BoundedSeries::append(double x, double y) {
  m_x.push_back(x);
  m_y.push_back(y);
  m_index.push_back(m_total);
  ++m_total;
  if (size() > m_capacity) thin();
}

void BoundedSeries::clear() {
  m_x.clear();
  m_y.clear();
  m_index.clear();
  m_total = 0;
  m_stride = 1;
  m_decimations = 0;
}

void BoundedSeries::dropFrom(double x) {
  const auto keep = std::lower_bound(m_x.cbegin(), m_x.cend(), x) - m_x.cbegin();
  m_x.resize(static_cast<int>(keep));
  m_y.resize(static_cast<int>(keep));
  m_index.resize(static_cast<int>(keep));
}

void BoundedSeries::thin() {
  // Thinning only by position (every second point of the older half) would thin the oldest
  // points again at every pass, until a long run's first half was a few points. A stride over
  // the appended count thins every old point alike. Down to three quarters of capacity, so
  // the next pass is a quarter of capacity() appends away; the stride doubles only when the
  // points that left the whole tail, put on it, do not make room enough.
  const int tail = m_capacity / 4;
  while (true) {
    const int n = size();
    int w = 0;
    for (int r = 0; r < n; ++r) {
      if (r < n - tail && m_index[r] % m_stride != 0) continue;
      m_x[w] = m_x[r];
      m_y[w] = m_y[r];
      m_index[w] = m_index[r];
      ++w;
    }
    m_x.resize(w);
    m_y.resize(w);
    m_index.resize(w);
    if (w <= m_capacity * 3 / 4) break;
    m_stride *= 2;
  }
  ++m_decimations;
}

}  // namespace lab::ui
