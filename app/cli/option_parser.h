#pragma once
// Minimal "--key value" parsing for the CLI with specific errors for unknown or missing options.
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <QStringList>

namespace lab::cli {

class OptionParser {
 public:
  // `known` lists the accepted option names without dashes; "set" may repeat.
  OptionParser(const QStringList& args, const QStringList& known);
  QString value(const QString& key, const QString& fallback = {}) const;
  qint64 integer(const QString& key, qint64 fallback) const;  // throws on a non-integer
  bool has(const QString& key) const { return m_values.contains(key); }
  // In command-line order, so a later --set overrides an earlier one (QMultiMap lists the
  // newest first).
  QStringList all(const QString& key) const {
    QStringList v = m_values.values(key);
    std::reverse(v.begin(), v.end());
    return v;
  }
  // Every `--key name=value` as a JSON object, values parsed as JSON (a bare word is a string);
  // later ones override earlier ones. Throws for an item without '='.
  QJsonObject keyValues(const QString& key) const;

 private:
  QMultiMap<QString, QString> m_values;
};

}  // namespace lab::cli
