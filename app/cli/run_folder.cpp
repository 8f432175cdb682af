#include "run_folder.h"

#include <QFile>
#include <QJsonDocument>
#include <stdexcept>

namespace lab::cli {

void saveRobotFile(const QString& path, const QString& robot, const QJsonObject& settings) {
  QFile f(path);
  if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
      f.write(QJsonDocument(QJsonObject{{"robot", robot}, {"settings", settings}}).toJson()) < 0) {
    throw std::runtime_error(("cannot write " + path).toStdString());
  }
}

QJsonObject loadRobotFile(const QString& path) {
  QFile f(path);
  if (!f.exists()) return {};
  if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error(("cannot read " + path).toStdString());
  const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
  if (!doc.isObject()) throw std::runtime_error((path + " is not a JSON object").toStdString());
  return doc.object();
}

}  // namespace lab::cli
