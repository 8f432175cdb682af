#pragma once
// Two runs compared step for step (the robot bridge's and the learner link's "the same as in
// process" tests): unattended training to a number of updates, then what each session stored.
#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>
#include <QtTest>

#include "controller_test_support.h"

namespace labtest {

struct Run {
  QVector<double> metrics;    // 8 per update, the first `updates`
  QVector<QByteArray> steps;  // one per stored transition: state, action, reward, next state
};

// The first `updates` updates' metrics and the transitions of the episodes with an id below
// `episodesBelow` (-1: all but the newest, which a pause interrupted where timing decides).
inline Run readRun(const QString& sessionDir, int updates, int64_t episodesBelow = -1) {
  Run run;
  const QString name = "run-" + sessionDir;
  {
    auto db = QSqlDatabase::addDatabase("QSQLITE", name);
    db.setDatabaseName(QDir(sessionDir).filePath("session.sqlite"));
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    if (db.open()) {
      QSqlQuery q(db);
      q.exec(QString("SELECT q1_mean, q_min, critic_loss, actor_loss, h_sig, gate_open, bc_loss, "
                     "ood_term FROM metrics ORDER BY step LIMIT %1")
                 .arg(updates));
      while (q.next()) {
        for (int i = 0; i < 8; ++i) run.metrics.push_back(q.value(i).toDouble());
      }
      const QString below = episodesBelow < 0 ? QStringLiteral("(SELECT MAX(id) FROM episodes)")
                                              : QString::number(episodesBelow);
      q.exec(
          "SELECT t.state, t.action, t.reward, t.next_state, e.kind FROM transitions t "
          "JOIN episodes e ON e.id = t.episode_id WHERE e.id < " +
          below + " ORDER BY t.episode_id, t.step");
      while (q.next()) {
        run.steps.push_back(q.value(0).toByteArray() + q.value(1).toByteArray() +
                            QByteArray::number(q.value(2).toDouble(), 'g', 17) +
                            q.value(3).toByteArray() + q.value(4).toByteArray());
      }
    }
  }
  QSqlDatabase::removeDatabase(name);
  return run;
}

// Demo by the scripted expert to success, then unattended training until `updates` + 10
// updates, paused and disconnected.
inline bool trainUnattended(Harness& h, int updates) {
  h.connect();
  if (h.c.state() == lab::ControllerState::Idle) return false;
  if (h.recordDemoToSuccess(60000) <= 0) return false;
  QSignalSpy metrics(&h.c, &lab::TrainingController::metricsReady);
  h.c.startTraining();
  QElapsedTimer t;
  t.start();
  while (metrics.size() < updates + 10 && t.elapsed() < 300000) QTest::qWait(20);
  h.c.pause();
  h.waitState(lab::ControllerState::Paused, 30000);
  h.disconnect();
  return metrics.size() >= updates + 10;
}

}  // namespace labtest
