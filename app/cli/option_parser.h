#pragma once
// One sub-command's options, parsed with QCommandLineParser (the window uses it too): every
// command answers --help with its options, and refuses unknown options and missing values
// with a specific message.
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <stdexcept>

namespace lab::cli {

// One "--name VALUE" option of a command; every option of the CLI takes a value.
struct Option {
  QString name;       // without dashes
  QString valueName;  // shown in the help: --steps N
  QString help;       // one sentence; the default belongs here
};

// Thrown after --help printed the command's help: main exits with 0.
struct HelpShown {};

class OptionParser {
 public:
  // `command` and `summary` head the help ("sigent-lab train: ..."); `positionals` names the
  // positional arguments the command takes, in order (none by default: one is an error).
  // Throws HelpShown for --help, std::runtime_error for bad input.
  OptionParser(const QString& command, const QString& summary, const QStringList& args,
               const QList<Option>& options, const QStringList& positionals = {});
  QString value(const QString& key, const QString& fallback = {}) const;
  qint64 integer(const QString& key, qint64 fallback) const;  // throws on a non-integer
  double number(const QString& key, double fallback) const;   // throws on a non-number
  bool has(const QString& key) const { return m_set.contains(key); }
  // In command-line order, so a later --set overrides an earlier one.
  QStringList all(const QString& key) const { return m_values.value(key); }
  QString positional(int i, const QString& fallback = {}) const {
    return m_positionals.value(i, fallback);
  }
  // Every `--key name=value` as a JSON object, values parsed as JSON (a bare word is a string);
  // later ones override earlier ones. Throws for an item without '='.
  QJsonObject keyValues(const QString& key) const;

 private:
  QStringList m_set;
  QMap<QString, QStringList> m_values;
  QStringList m_positionals;
};

}  // namespace lab::cli
