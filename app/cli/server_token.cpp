#include "server_token.h"

#include <QRandomGenerator>

namespace lab::cli {

std::string chooseToken(const OptionParser& opts, bool& generated) {
  generated = false;
  if (opts.has("token")) return opts.value("token").toStdString();
  const QByteArray env = qgetenv("SIGENTLAB_TOKEN");
  if (!env.isEmpty()) return env.toStdString();
  generated = true;
  QString t;
  for (int i = 0; i < 4; ++i) {
    t += QString("%1").arg(QRandomGenerator::system()->generate(), 8, 16, QChar('0'));
  }
  return t.toStdString();
}

}  // namespace lab::cli
