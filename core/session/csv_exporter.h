#pragma once
// Training metrics as CSV (docs/EXPORT.md): header = the metric names (UpdateMetrics::names()
// order, as held by the store), one line per learner update ordered by step, numbers in the
// shortest form that reads back to the same double, "nan" for missing values. Written through
// a temporary file and renamed, so a reader never sees half a file.
#include <QString>

#include "store_types.h"

namespace lab {

class CsvExporter {
 public:
  // Throws StoreError naming the file on an I/O failure (disk full, folder missing).
  static void writeMetrics(const MetricsTable& table, const QString& path);
  static QString formatNumber(double value);  // shortest round-trip form, "nan", "inf", "-inf"
};

}  // namespace lab
