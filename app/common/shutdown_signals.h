#pragma once
// SIGINT and SIGTERM (Ctrl-C, `kill`, logout) as a clean shutdown: the first one calls
// `onFirst` on the thread that created the object (through a self-pipe and a
// QSocketNotifier, since almost nothing is safe inside a signal handler), which stops the
// robot, writes the shutdown checkpoint and closes the session; a second one exits at once
// with status 128 + signal. One instance per process. Thread: the main (GUI) thread.
#include <QObject>
#include <functional>

class QSocketNotifier;

namespace lab::app {

class ShutdownSignals : public QObject {
 public:
  explicit ShutdownSignals(std::function<void(int signal)> onFirst, QObject* parent = nullptr);
  ~ShutdownSignals() override;  // restores the default handlers

 private:
  void onReadable();
  std::function<void(int)> m_onFirst;
  QSocketNotifier* m_notifier = nullptr;
};

}  // namespace lab::app
