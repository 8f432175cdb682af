#pragma once
// Reads a session database directly with SQL, so the tests check the tables themselves rather
// than the store's own view of them. Read-only, separate connection per instance.
#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <QtTest>
#include <vector>

namespace labtest {

class SessionDb {
 public:
  explicit SessionDb(const QString& sessionDir)
      : m_name("sessiondb-" + QUuid::createUuid().toString()) {
    auto db = QSqlDatabase::addDatabase("QSQLITE", m_name);
    db.setDatabaseName(QDir(sessionDir).filePath("session.sqlite"));
    db.setConnectOptions("QSQLITE_OPEN_READONLY");
    if (!db.open()) qWarning() << "cannot open session db:" << db.lastError().text();
  }
  ~SessionDb() {
    { QSqlDatabase::database(m_name).close(); }
    QSqlDatabase::removeDatabase(m_name);
  }
  QVariant value(const QString& sql, const QVariantList& args = {}) const {
    QSqlQuery q(QSqlDatabase::database(m_name));
    q.prepare(sql);
    for (const auto& a : args) q.addBindValue(a);
    if (!q.exec()) {
      qWarning() << "query failed:" << sql << q.lastError().text();
      return {};
    }
    return q.next() ? q.value(0) : QVariant();
  }
  QString episodeLabel(qint64 id) const {
    return value("SELECT label FROM episodes WHERE id = ?", {id}).toString();
  }
  QString episodeKind(qint64 id) const {
    return value("SELECT kind FROM episodes WHERE id = ?", {id}).toString();
  }
  int transitionCount(qint64 id) const {
    return value("SELECT COUNT(*) FROM transitions WHERE episode_id = ?", {id}).toInt();
  }
  int interventionSteps(qint64 id) const {
    return value("SELECT COUNT(*) FROM transitions WHERE episode_id = ? AND intervention = 1", {id})
        .toInt();
  }
  double lastReward(qint64 id) const {
    return value("SELECT reward FROM transitions WHERE episode_id = ? ORDER BY step DESC LIMIT 1",
                 {id})
        .toDouble();
  }
  bool lastTerminal(qint64 id) const {
    return value(
               "SELECT terminal FROM transitions WHERE episode_id = ? ORDER BY step DESC "
               "LIMIT 1",
               {id})
        .toBool();
  }
  // One learner metric of every stored update, in update order.
  std::vector<double> metricColumn(const QString& column) const {
    std::vector<double> out;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec("SELECT " + column + " FROM metrics ORDER BY step")) {
      qWarning() << q.lastError().text();
      return out;
    }
    while (q.next()) out.push_back(q.value(0).toDouble());
    return out;
  }
  int checkpointCount() const { return value("SELECT COUNT(*) FROM checkpoints").toInt(); }
  int episodeCount() const { return value("SELECT COUNT(*) FROM episodes").toInt(); }
  struct Checkpoint {
    QString file;
    qint64 step;
    QByteArray checksum;
  };
  std::vector<Checkpoint> checkpoints() const {  // newest (highest step) first
    std::vector<Checkpoint> out;
    QSqlQuery q(QSqlDatabase::database(m_name));
    if (!q.exec("SELECT file, step, checksum FROM checkpoints ORDER BY step DESC, id DESC")) {
      qWarning() << q.lastError().text();
    }
    while (q.next()) {
      out.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toByteArray()});
    }
    return out;
  }
  bool hasEpisode(qint64 id) const {
    return value("SELECT COUNT(*) FROM episodes WHERE id = ?", {id}).toInt() == 1;
  }
  QString integrityCheck() const { return value("PRAGMA integrity_check").toString(); }

 private:
  QString m_name;
};

}  // namespace labtest
