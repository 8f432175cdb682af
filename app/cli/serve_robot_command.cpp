#include "serve_robot_command.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>
#include <stdexcept>

#include "host/plugin_loader.h"
#include "linked_robots.h"
#include "option_parser.h"
#include "remote/robot_bridge_server.h"
#include "server_token.h"
#include "shutdown_signals.h"

namespace lab::cli {

namespace {

QJsonObject robotSettings(const OptionParser& opts) {
  QJsonObject settings;
  if (opts.has("settings")) {
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(opts.value("settings").toUtf8(), &err);
    if (!doc.isObject()) {
      throw std::runtime_error(
          ("--settings must be a JSON object: " + err.errorString()).toStdString());
    }
    settings = doc.object();
  }
  const QJsonObject sets = opts.keyValues("robot-set");
  for (auto it = sets.begin(); it != sets.end(); ++it) settings.insert(it.key(), it.value());
  return settings;
}

}  // namespace

int runServeRobot(const QStringList& args) {
  const OptionParser opts(
      "serve-robot",
      "Serves one robot over the network robot bridge (hardware/remote/robot_bridge.proto) until "
      "SIGINT or SIGTERM, which stop the robot first. The window connects with the remote-robot "
      "plugin (docs/ROBOTS.md).",
      args,
      {{"robot", "ID",
        "The robot to serve: point-reach, a simulation, or a plugin's id (required)."},
       {"listen", "HOST:PORT", "Where to listen (default 127.0.0.1:50051; port 0 picks one)."},
       {"token", "T",
        "The shared token clients must send (default SIGENTLAB_TOKEN, else a random "
        "one, printed)."},
       {"settings", "JSON", "The robot's default settings, a JSON object (clients may override)."},
       {"robot-set", "name=value", "One robot setting; may repeat."},
       {"watchdog-ms", "MS", "Zero velocity after this long without a command (default 300)."},
       {"tls-cert", "PEM", "Certificate file: serve over TLS (with --tls-key)."},
       {"tls-key", "PEM", "The certificate's private key file."},
       {"plugin-dir", "DIR", "Where robot plugins are (default <app dir>/plugins)."}});
  const QString robotId = opts.value("robot");
  if (robotId.isEmpty()) throw std::runtime_error("--robot ID is required");
  hw::RobotBridgeServer::Options options;
  options.listen = opts.value("listen", "127.0.0.1:50051").toStdString();
  bool generated = false;
  options.token = chooseToken(opts, generated);
  options.tlsCertFile = opts.value("tls-cert").toStdString();
  options.tlsKeyFile = opts.value("tls-key").toStdString();
  const qint64 watchdog = opts.integer("watchdog-ms", 300);
  if (watchdog < 10 || watchdog > 60000) {
    throw std::runtime_error("--watchdog-ms must be 10..60000");
  }
  options.watchdog = std::chrono::milliseconds(watchdog);
  options.defaultSettings = robotSettings(opts);

  hw::PluginLoader loader;  // outlives the robot (it keeps the plugin library loaded)
  forEachLinkedRobot(
      [&](const QString& id, const QString& name, std::shared_ptr<hw::IRobotFactory> factory) {
        hw::RobotPluginInfo meta;
        meta.id = id;
        meta.name = name;
        loader.registerFactory(meta, std::move(factory));
      });
  loader.registerStaticPlugins();
  if (!loader.contains(robotId)) loader.scan(opts.value("plugin-dir"));
  auto created = loader.create(robotId);
  if (!created) throw std::runtime_error(created.error());

  hw::RobotBridgeServer server(created.take(), options);
  std::string error;
  if (!server.start(error)) throw std::runtime_error(error);
  std::printf("serving robot '%s' on %s (port %d), watchdog %lld ms%s\n", qPrintable(robotId),
              options.listen.c_str(), server.port(), static_cast<long long>(watchdog),
              options.tlsCertFile.empty() ? ", no TLS" : ", TLS");
  if (generated) std::printf("token: %s\n", options.token.c_str());
  std::fflush(stdout);

  lab::app::ShutdownSignals signals([&](int) {
    server.shutdown();  // zero command, deactivate, clean up
    QCoreApplication::quit();
  });
  QCoreApplication::exec();
  server.shutdown();
  std::printf("robot server stopped\n");
  return 0;
}

}  // namespace lab::cli
