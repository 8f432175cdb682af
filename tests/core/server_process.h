#pragma once
// A server in its own process (sigent-lab serve-robot / serve-learner, the Python kit's example
// robot) for the tests that talk to it over 127.0.0.1: started, then port() once it printed
// "port N"; kill() is SIGKILL (no checkpoint, no flush), stop() SIGTERM (a clean shutdown).
#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace labtest {

class ServerProcess {
 public:
  ~ServerProcess() { stop(); }

  // `bin/sigent-lab args...` of this build (LAB_BINARY_DIR).
  bool startCli(const QStringList& args) {
    return start(QDir(qEnvironmentVariable("LAB_BINARY_DIR")).filePath("bin/sigent-lab"), args);
  }
  bool start(const QString& program, const QStringList& args,
             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, args);
    if (!m_process.waitForStarted(10000)) return false;
    const QRegularExpression portLine("port (\\d+)");
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && m_process.state() != QProcess::NotRunning) {
      m_process.waitForReadyRead(100);
      const auto m = portLine.match(output());
      if (m.hasMatch()) {
        m_port = m.captured(1).toInt();
        return true;
      }
    }
    qWarning().noquote() << "server did not start:" << output();
    return false;
  }

  int port() const { return m_port; }
  QString address() const { return QString("127.0.0.1:%1").arg(m_port); }
  QString output() { return m_output += QString::fromUtf8(m_process.readAll()); }
  void kill() {
    m_process.kill();
    m_process.waitForFinished(10000);
  }
  // True when it ended by itself with exit code 0 (the store flushed, for serve-learner).
  bool stop() {
    if (m_process.state() == QProcess::NotRunning) return true;
    m_process.terminate();
    if (m_process.waitForFinished(60000)) return m_process.exitCode() == 0;
    kill();
    return false;
  }

 private:
  QProcess m_process;
  QString m_output;
  int m_port = 0;
};

}  // namespace labtest
