#include "bounded_series.h"

#include <algorithm>

namespace lab::ui {

BoundedSeries::BoundedSeries(int capacity) : m_capacity(std::max(16, capacity)) {
  m_x.reserve(m_capacity);
  m_y.reserve(m_capacity);
}

void BoundedSeries::setCapacity(int capacity) {
  m_capacity = std::max(16, capacity);
  while (size() > m_capacity) thin();
}

void BoundedSeries::append(double x, double y) {
  m_x.push_back(x);
  m_y.push_back(y);
  ++m_total;
  if (size() > m_capacity) thin();
}

void BoundedSeries::clear() {
  m_x.clear();
  m_y.clear();
  m_total = 0;
  m_decimations = 0;
}

void BoundedSeries::dropFrom(double x) {
  const auto keep = std::lower_bound(m_x.cbegin(), m_x.cend(), x) - m_x.cbegin();
  m_x.resize(static_cast<int>(keep));
  m_y.resize(static_cast<int>(keep));
}

void BoundedSeries::thin() {
  // Keep even indices of the older half, everything of the newer half: one pass, in place.
  const int n = size();
  const int half = n / 2;
  int w = 0;
  for (int r = 0; r < n; ++r) {
    if (r < half && (r % 2) != 0) continue;
    m_x[w] = m_x[r];
    m_y[w] = m_y[r];
    ++w;
  }
  m_x.resize(w);
  m_y.resize(w);
  ++m_decimations;
}

}  // namespace lab::ui
