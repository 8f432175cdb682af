#include "display_check.h"

#include <QByteArray>
#include <QtGlobal>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <initializer_list>

#ifdef Q_OS_LINUX
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#endif

namespace lab::ui {

namespace {

bool anyArgument(int argc, char** argv, std::initializer_list<const char*> names) {
  for (int i = 1; i < argc; ++i) {
    for (const char* n : names) {
      if (std::strcmp(argv[i], n) == 0) return true;
    }
  }
  return false;
}

#ifdef Q_OS_LINUX
enum class XServer { Answers, Refuses, Unknown, Unusable };

// A refusal is definite (nothing listens there); an address this machine cannot use (no IPv6)
// says nothing; anything else (a timeout, no route to a remote host) may be the network's, so
// Qt is left to try.
XServer failure(int error) {
  if (error == ECONNREFUSED || error == ENOENT) return XServer::Refuses;
  if (error == EADDRNOTAVAIL || error == EAFNOSUPPORT || error == ENETUNREACH)
    return XServer::Unusable;
  return XServer::Unknown;
}

XServer connectOutcome(int fd, const sockaddr* addr, socklen_t len) {
  if (::connect(fd, addr, len) == 0) return XServer::Answers;
  if (errno != EINPROGRESS) return failure(errno);
  pollfd p{fd, POLLOUT, 0};
  if (::poll(&p, 1, 3000) != 1) return XServer::Unknown;
  int err = 0;
  socklen_t errLen = sizeof err;
  ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &errLen);
  return err == 0 ? XServer::Answers : failure(err);
}

XServer probeUnix(const QByteArray& path, bool abstract) {
  sockaddr_un a{};
  a.sun_family = AF_UNIX;
  const int offset = abstract ? 1 : 0;  // an abstract name starts with a NUL byte
  if (path.size() + offset >= int(sizeof a.sun_path)) return XServer::Unknown;
  std::memcpy(a.sun_path + offset, path.constData(), size_t(path.size()));
  const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
  if (fd < 0) return XServer::Unknown;
  const auto len = socklen_t(offsetof(sockaddr_un, sun_path) + offset + path.size());
  const XServer r = connectOutcome(fd, reinterpret_cast<const sockaddr*>(&a), len);
  ::close(fd);
  return r;
}

// Every address of the host: one that answers or cannot be told decides; refused only if one
// refused and none did otherwise.
XServer probeTcp(const QByteArray& host, int port) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  const int lookup =
      ::getaddrinfo(host.constData(), QByteArray::number(port).constData(), &hints, &found);
  if (lookup == EAI_NONAME) return XServer::Refuses;  // no such host: no X server there either
  if (lookup != 0) return XServer::Unknown;
  XServer r = XServer::Unusable;
  for (addrinfo* ai = found; ai; ai = ai->ai_next) {
    const int fd = ::socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK, ai->ai_protocol);
    const XServer one =
        fd < 0 ? XServer::Unusable : connectOutcome(fd, ai->ai_addr, ai->ai_addrlen);
    if (fd >= 0) ::close(fd);
    if (one == XServer::Answers || one == XServer::Unknown) {
      r = one;
      break;
    }
    if (one == XServer::Refuses) r = one;
  }
  ::freeaddrinfo(found);
  return r;
}

// DISPLAY is [host]:number[.screen]. A local display is the X server's socket (libxcb tries the
// abstract name first, then the path, then TCP on localhost); a remote one (ssh -X gives
// localhost:10) is TCP port 6000 + number.
XServer probeX(const QByteArray& display) {
  const int colon = display.lastIndexOf(':');
  if (colon < 0 || display.contains('/')) return XServer::Unknown;  // a path or protocol form
  QByteArray number = display.mid(colon + 1);
  if (const int dot = number.indexOf('.'); dot >= 0) number.truncate(dot);
  bool ok = false;
  const int n = number.toInt(&ok);
  if (!ok || n < 0 || n > 59535) return XServer::Unknown;
  const QByteArray host = display.left(colon);
  if (!host.isEmpty() && host != "unix") return probeTcp(host, 6000 + n);
  const QByteArray socket = "/tmp/.X11-unix/X" + QByteArray::number(n);
  XServer r = probeUnix(socket, true);
  if (r == XServer::Refuses) r = probeUnix(socket, false);
  if (r == XServer::Refuses && host.isEmpty()) r = probeTcp("localhost", 6000 + n);
  return r;
}

void explain(const char* what) {
  std::fprintf(stderr,
               "sigent-lab-gui: %s\n"
               "  Over ssh: ssh -X, or a virtual display: xvfb-run -a sigent-lab-gui ...\n"
               "  Without a window: ./lab run trains headless on the window's engine, and "
               "sigent-lab train --help lists the options.\n"
               "  A window nobody sees (screenshots): QT_QPA_PLATFORM=offscreen.\n",
               what);
}
#endif

}  // namespace

bool displayOrExplain(int argc, char** argv) {
#ifdef Q_OS_LINUX
  if (anyArgument(argc, argv, {"-h", "--help", "-?", "--help-all", "-v", "--version"})) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
  }
  if (!qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
      !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
      anyArgument(argc, argv, {"-platform", "--platform"}))
    return true;
  const QByteArray display = qgetenv("DISPLAY");
  if (display.isEmpty()) {
    explain("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set).");
    return false;
  }
  if (probeX(display) != XServer::Refuses) return true;
  const QByteArray what = "the display DISPLAY=" + display +
                          " does not answer: no X server is there (it was closed, or the ssh "
                          "session that forwarded it has ended).";
  explain(what.constData());
  return false;
#else
  (void)argc;
  (void)argv;
  return true;
#endif
}

}  // namespace lab::ui
