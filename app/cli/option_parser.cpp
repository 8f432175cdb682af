#include "option_parser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

namespace lab::cli {

namespace {
std::runtime_error bad(const QString& message) { return std::runtime_error(message.toStdString()); }

// Words to lines of at most `width` characters, as QCommandLineParser lays out the options.
QString wrapped(const QString& text, int width = 79) {
  QString out, line;
  for (const QString& word : text.split(' ', Qt::SkipEmptyParts)) {
    if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
      out += line + '\n';
      line.clear();
    }
    line += (line.isEmpty() ? "" : " ") + word;
  }
  return out + line;
}

// QCommandLineParser's help starts "Usage: <program> [options]"; a sub-command's says which.
QString helpText(const QCommandLineParser& p, const QString& command, const QString& summary,
                 const QStringList& positionals) {
  QString text = p.helpText();
  text = text.mid(text.indexOf('\n') + 1);
  QString usage = QString("usage: sigent-lab %1 [options]").arg(command);
  for (const QString& name : positionals) usage += ' ' + name;
  return usage + "\n" + wrapped(summary) + "\n" + text;
}
}  // namespace

OptionParser::OptionParser(const QString& command, const QString& summary, const QStringList& args,
                           const QList<Option>& options, const QStringList& positionals) {
  QCommandLineParser p;
  p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
  p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
  const QCommandLineOption help(QStringList{"h", "help"}, "Show this help and exit.");
  p.addOption(help);
  for (const Option& o : options) p.addOption(QCommandLineOption(o.name, o.help, o.valueName));
  for (const QString& name : positionals) p.addPositionalArgument(name, QString());
  // QCommandLineParser takes the program name first.
  if (!p.parse(QStringList{QStringLiteral("sigent-lab")} + args)) {
    QStringList known;
    for (const Option& o : options) known << "--" + o.name;
    throw bad(QString("%1 (%2 takes %3; see sigent-lab %2 --help)")
                  .arg(p.errorText(), command, known.join(", ")));
  }
  if (p.isSet(help)) {
    std::printf("%s", qPrintable(helpText(p, command, summary, positionals)));
    throw HelpShown{};
  }
  m_positionals = p.positionalArguments();
  if (m_positionals.size() > positionals.size()) {
    throw bad(QString("unexpected argument '%1' (see sigent-lab %2 --help)")
                  .arg(m_positionals.value(positionals.size()), command));
  }
  for (const Option& o : options) {
    if (!p.isSet(o.name)) continue;
    m_set << o.name;
    m_values.insert(o.name, p.values(o.name));
  }
}

QJsonObject OptionParser::keyValues(const QString& key) const {
  QJsonObject out;
  for (const QString& kv : all(key)) {
    const int eq = kv.indexOf('=');
    if (eq <= 0) throw bad(QString("--%1 expects name=value, got '%2'").arg(key, kv));
    const QString raw = kv.mid(eq + 1);
    const auto doc = QJsonDocument::fromJson(("{\"v\":" + raw + "}").toUtf8());
    out.insert(kv.left(eq), doc.isObject() ? doc.object().value("v") : QJsonValue(raw));
  }
  return out;
}

QString OptionParser::value(const QString& key, const QString& fallback) const {
  return has(key) ? m_values.value(key).constLast() : fallback;
}

qint64 OptionParser::integer(const QString& key, qint64 fallback) const {
  if (!has(key)) return fallback;
  bool ok = false;
  const qint64 v = value(key).toLongLong(&ok);
  if (!ok) throw bad(QString("option '--%1' must be an integer, got '%2'").arg(key, value(key)));
  return v;
}

double OptionParser::number(const QString& key, double fallback) const {
  if (!has(key)) return fallback;
  bool ok = false;
  const double v = value(key).toDouble(&ok);
  if (!ok) throw bad(QString("option '--%1' must be a number, got '%2'").arg(key, value(key)));
  return v;
}

}  // namespace lab::cli
