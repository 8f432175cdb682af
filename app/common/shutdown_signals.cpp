#include "shutdown_signals.h"

#include <sys/socket.h>
#include <unistd.h>
#include <QSocketNotifier>
#include <csignal>
#include <stdexcept>

namespace lab::app {

namespace {
int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_received = 0;

void handler(int sig) {
  if (g_received) _exit(128 + sig);  // the second signal: the operator means now
  g_received = sig;
  const char byte = static_cast<char>(sig);
  [[maybe_unused]] const auto n = ::write(g_pipe[1], &byte, 1);
}
}  // namespace

ShutdownSignals::ShutdownSignals(std::function<void(int)> onFirst, QObject* parent)
    : QObject(parent), m_onFirst(std::move(onFirst)) {
  if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
    throw std::runtime_error("cannot create the signal pipe");
  }
  m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
  connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::onReadable);
  struct sigaction sa {};
  sa.sa_handler = handler;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGTERM, &sa, nullptr);
}

ShutdownSignals::~ShutdownSignals() {
  std::signal(SIGINT, SIG_DFL);
  std::signal(SIGTERM, SIG_DFL);
  ::close(g_pipe[0]);
  ::close(g_pipe[1]);
  g_pipe[0] = g_pipe[1] = -1;
}

void ShutdownSignals::onReadable() {
  char byte = 0;
  if (::read(g_pipe[0], &byte, 1) != 1) return;
  if (m_onFirst) m_onFirst(static_cast<int>(byte));
}

}  // namespace lab::app
