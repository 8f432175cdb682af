#pragma once
// LogPanel: what the controller, the robot, the learner and the store report, with the time.
// Errors show once: an error identical to one already shown is not repeated (the controller
// already reports once per cause; this also covers the window's own messages). No dialogs.
// Thread: GUI thread.
#include <QSet>
#include <QWidget>

class QPlainTextEdit;

namespace lab::ui {

class LogPanel : public QWidget {
  Q_OBJECT
 public:
  static constexpr int kMaxLines = 2000;
  explicit LogPanel(QWidget* parent = nullptr);

  int errorCount() const { return m_errors.size(); }
  QSize sizeHint() const override { return {500, 110}; }
  QString text() const;

 public Q_SLOTS:
  // Returns through errorShown() the one-line text for the status bar (only the first time).
  void addError(const QString& source, const QString& message);
  void addMessage(const QString& message);
  void clearErrors();  // forget which errors were shown (e.g. after reconnecting)

 Q_SIGNALS:
  void errorShown(const QString& line);

 private:
  void append(const QString& line, bool error);
  QPlainTextEdit* m_text;
  QSet<QString> m_errors;
};

}  // namespace lab::ui
