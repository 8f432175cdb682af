#include "session_history_loader.h"

#include <QPointer>
#include <QThreadPool>

namespace lab::ui {

SessionHistoryLoader::SessionHistoryLoader(SessionModelFactory factory, QObject* parent)
    : QObject(parent), m_factory(std::move(factory)) {}

void SessionHistoryLoader::load(const QString& folder) {
  ++m_pending;
  QPointer<SessionHistoryLoader> self(this);
  QThreadPool::globalInstance()->start([self, factory = m_factory, folder] {
    SessionHistory history;
    QString error;
    std::unique_ptr<SessionModel> model = factory ? factory(folder, error) : nullptr;
    if (model) history = model->history(kMaxMetricRows, error);
    if (!model && error.isEmpty()) error = tr("Cannot open the session in %1").arg(folder);
    if (!self) return;
    QMetaObject::invokeMethod(
        self.data(),
        [self, folder, history = std::move(history), error] {
          if (!self) return;
          --self->m_pending;
          if (error.isEmpty()) {
            Q_EMIT self->loaded(folder, history);
          } else {
            Q_EMIT self->failed(folder, error);
          }
        },
        Qt::QueuedConnection);
  });
}

}  // namespace lab::ui
