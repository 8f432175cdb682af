#pragma once
// SessionHistoryLoader: reads a stored session's curves (SessionModel::history) on a
// QThreadPool thread and hands them to the GUI thread, so the window can show where a session
// stands when it is opened or resumed without waiting on the database. Each load() ends in
// exactly one of loaded() or failed(); answers may come in another order than the loads, so
// receivers compare `folder` with what they still want.
// Thread: GUI thread; the signals are emitted on it.
#include <QObject>
#include <QString>

#include "session_model.h"

namespace lab::ui {

class SessionHistoryLoader : public QObject {
  Q_OBJECT
 public:
  // At most this many metrics rows reach the plots (a PlotPanel holds 4000 points a series).
  static constexpr int kMaxMetricRows = 4000;

  explicit SessionHistoryLoader(SessionModelFactory factory, QObject* parent = nullptr);

  void load(const QString& folder);
  int pending() const { return m_pending; }

 Q_SIGNALS:
  void loaded(const QString& folder, const lab::ui::SessionHistory& history);
  void failed(const QString& folder, const QString& message);

 private:
  SessionModelFactory m_factory;
  int m_pending = 0;
};

}  // namespace lab::ui
