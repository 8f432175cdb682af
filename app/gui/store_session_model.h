#pragma once
// StoreSessionModel: the session browser's SessionModel over core's SessionStore. Every call
// opens its own read-only connection (WAL lets it read while the controller's writer writes),
// so calls may overlap on the browser's pool threads. Relabelling goes
// through `relabel` (the window routes it to the controller when the controller has this
// session open: only one program may write a session) or, when none is given, through a
// read-write store of its own.
#include <functional>

#include "session_model.h"

namespace lab::ui {

class StoreSessionModel : public SessionModel {
 public:
  // True when it handled the change; false with `error` set when the change failed; false
  // with `error` empty when it is not its session (the model then writes the store itself).
  using Relabel = std::function<bool(qint64 episodeId, const QString& label, QString& error)>;

  // Null with `error` when `folder` holds no readable session.
  static std::unique_ptr<StoreSessionModel> open(const QString& folder, Relabel relabel,
                                                 QString& error);

  QString folder() const override { return m_folder; }
  QString title() const override { return m_title; }
  QVector<SessionEpisode> episodes(QString& error) override;
  QVector<SessionFrame> frames(qint64 episodeId, QString& error) override;
  bool relabel(qint64 episodeId, const QString& label, QString& error) override;
  SessionHistory history(int maxMetricRows, QString& error) override;

 private:
  StoreSessionModel(QString folder, QString title, Relabel relabel)
      : m_folder(std::move(folder)), m_title(std::move(title)), m_relabel(std::move(relabel)) {}
  QString m_folder, m_title;
  Relabel m_relabel;
};

}  // namespace lab::ui
