#include "log_panel.h"

#include <QPlainTextEdit>
#include <QTime>
#include <QVBoxLayout>

#include "operator_text.h"

namespace lab::ui {

LogPanel::LogPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_text = new QPlainTextEdit(this);
  m_text->setObjectName("logText");
  m_text->setReadOnly(true);
  m_text->setMaximumBlockCount(kMaxLines);
  layout->addWidget(m_text);
}

QString LogPanel::text() const { return m_text->toPlainText(); }

void LogPanel::addError(const QString& source, const QString& message) {
  const QString key = source + QLatin1Char('\n') + message;
  if (m_errors.contains(key)) return;
  m_errors.insert(key);
  const QString line =
      OperatorText::line(tr("%1 error: %2").arg(OperatorText::source(source), message));
  append(line, true);
  Q_EMIT errorShown(line);
}

void LogPanel::addMessage(const QString& message) { append(OperatorText::line(message), false); }

void LogPanel::clearErrors() { m_errors.clear(); }

void LogPanel::append(const QString& line, bool error) {
  const QString stamp = QTime::currentTime().toString("hh:mm:ss");
  if (error) {
    m_text->appendHtml(QStringLiteral("<span style='color:#b00000'>%1 %2</span>")
                           .arg(stamp, line.toHtmlEscaped()));
  } else {
    m_text->appendHtml(QStringLiteral("%1 %2").arg(stamp, line.toHtmlEscaped()));
  }
}

}  // namespace lab::ui
