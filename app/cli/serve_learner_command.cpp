#include "serve_learner_command.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>
#include <stdexcept>

#include "learner_link_server.h"
#include "option_parser.h"
#include "server_token.h"
#include "shutdown_signals.h"

namespace lab::cli {

int runServeLearner(const QStringList& args) {
  const OptionParser opts(
      "serve-learner",
      "Runs the learner and the session store for a robot loop on another machine (the learner "
      "link, remote/learner/learner_link.proto) until SIGINT or SIGTERM, which write a shutdown "
      "checkpoint and flush the store. The robot side runs `train --learner HOST:PORT` "
      "(docs/ROBOTS.md).",
      args,
      {{"session", "DIR",
        "The session folder: session.sqlite and checkpoints/ (required; an "
        "existing one is reopened)."},
       {"listen", "HOST:PORT", "Where to listen (default 127.0.0.1:50052; port 0 picks one)."},
       {"token", "T",
        "The shared token the robot side must send (default SIGENTLAB_TOKEN, else a random "
        "one, printed)."},
       {"tls-cert", "PEM", "Certificate file: serve over TLS (with --tls-key)."},
       {"tls-key", "PEM", "The certificate's private key file."}});
  link::LearnerLinkServer::Options options;
  options.sessionDir = opts.value("session");
  if (options.sessionDir.isEmpty()) throw std::runtime_error("--session DIR is required");
  if (!QDir().mkpath(options.sessionDir)) {
    throw std::runtime_error(
        ("cannot create the session folder '" + options.sessionDir + "'").toStdString());
  }
  options.listen = opts.value("listen", "127.0.0.1:50052").toStdString();
  bool generated = false;
  options.token = chooseToken(opts, generated);
  options.tlsCertFile = opts.value("tls-cert").toStdString();
  options.tlsKeyFile = opts.value("tls-key").toStdString();

  link::LearnerLinkServer server(options);
  std::string error;
  if (!server.start(error)) throw std::runtime_error(error);
  std::printf("serving the learner for session %s on %s (port %d)%s\n",
              qPrintable(options.sessionDir), options.listen.c_str(), server.port(),
              options.tlsCertFile.empty() ? ", no TLS" : ", TLS");
  if (generated) std::printf("token: %s\n", options.token.c_str());
  std::fflush(stdout);

  lab::app::ShutdownSignals signals([&](int) {
    server.shutdown();  // shutdown checkpoint, store flushed
    QCoreApplication::quit();
  });
  QCoreApplication::exec();
  server.shutdown();
  std::printf("learner server stopped\n");
  return 0;
}

}  // namespace lab::cli
