#include "option_parser.h"

#include <QJsonDocument>
#include <stdexcept>

namespace lab::cli {

OptionParser::OptionParser(const QStringList& args, const QStringList& known) {
  for (int i = 0; i < args.size(); ++i) {
    const QString& a = args[i];
    if (!a.startsWith("--")) {
      throw std::runtime_error(QString("unexpected argument '%1'").arg(a).toStdString());
    }
    const QString key = a.mid(2);
    if (!known.contains(key)) {
      throw std::runtime_error(
          QString("unknown option '--%1'; known: --%2").arg(key, known.join(", --")).toStdString());
    }
    if (i + 1 >= args.size()) {
      throw std::runtime_error(QString("option '--%1' needs a value").arg(key).toStdString());
    }
    m_values.insert(key, args[++i]);
  }
}

QJsonObject OptionParser::keyValues(const QString& key) const {
  QJsonObject out;
  for (const QString& kv : all(key)) {
    const int eq = kv.indexOf('=');
    if (eq <= 0) {
      throw std::runtime_error(
          QString("--%1 expects name=value, got '%2'").arg(key, kv).toStdString());
    }
    const QString raw = kv.mid(eq + 1);
    const auto doc = QJsonDocument::fromJson(("{\"v\":" + raw + "}").toUtf8());
    out.insert(kv.left(eq), doc.isObject() ? doc.object().value("v") : QJsonValue(raw));
  }
  return out;
}

QString OptionParser::value(const QString& key, const QString& fallback) const {
  return m_values.contains(key) ? m_values.value(key) : fallback;
}

qint64 OptionParser::integer(const QString& key, qint64 fallback) const {
  if (!m_values.contains(key)) return fallback;
  bool ok = false;
  const qint64 v = m_values.value(key).toLongLong(&ok);
  if (!ok) {
    throw std::runtime_error(
        QString("option '--%1' must be an integer, got '%2'").arg(key, m_values.value(key))
            .toStdString());
  }
  return v;
}

}  // namespace lab::cli
