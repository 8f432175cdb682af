#include "csv_exporter.h"

#include <QSaveFile>
#include <charconv>
#include <cmath>

namespace lab {

QString CsvExporter::formatNumber(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  char buf[32];
  // std::to_chars without a precision gives the shortest text that parses back exactly.
  const auto r = std::to_chars(buf, buf + sizeof(buf), value);
  return QString::fromLatin1(buf, static_cast<int>(r.ptr - buf));
}

void CsvExporter::writeMetrics(const MetricsTable& table, const QString& path) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
    throw StoreError(Notice(NoticeCode::ExportCannotWrite, path, file.errorString()));
  }
  QByteArray out = table.names.join(',').toUtf8() + '\n';
  for (const std::vector<double>& row : table.rows) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i) out += ',';
      out += formatNumber(row[i]).toLatin1();
    }
    out += '\n';
    if (out.size() > (1 << 20)) {  // stream in 1 MiB pieces
      if (file.write(out) != out.size()) break;
      out.clear();
    }
  }
  if (file.write(out) != out.size() || !file.commit()) {
    throw StoreError(Notice(NoticeCode::ExportDiskFull, path, file.errorString()));
  }
}

}  // namespace lab
