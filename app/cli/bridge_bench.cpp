#include "bridge_bench.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "host/plugin_loader.h"
#include "host/robot_handle.h"
#include "linked_robots.h"
#include "option_parser.h"
#include "remote/remote_robot_factory.h"

namespace lab::cli {

namespace {

using Clock = std::chrono::steady_clock;

struct Percentiles {
  double p50 = 0, p99 = 0, max = 0;
};

Percentiles percentiles(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  auto at = [&](double q) { return ms[static_cast<std::size_t>(q * double(ms.size() - 1))]; };
  return {at(0.5), at(0.99), ms.back()};
}

void check(const hw::HandleResult& r, const char* what) {
  if (!r.ok()) throw std::runtime_error(std::string(what) + ": " + r.error);
}

// write + read, `steps` times, from a fresh episode; a new episode when one ends.
std::vector<double> roundTrips(hw::RobotHandle& robot, int steps) {
  std::vector<double> ms;
  ms.reserve(static_cast<std::size_t>(steps));
  std::vector<float> command(static_cast<std::size_t>(robot.actionSpec().size()), 0.3f);
  hw::Observation obs;
  std::uint64_t seed = 1;
  check(robot.reset(seed), "reset");
  for (int i = 0, inEpisode = 0; i < steps; ++i, ++inEpisode) {
    if (inEpisode >= robot.info().maxEpisodeSteps) {
      check(robot.reset(++seed), "reset");
      inEpisode = 0;
    }
    command[0] = (i % 2) ? 0.3f : -0.3f;
    const auto t0 = Clock::now();
    check(robot.write(command), "write");
    check(robot.read(obs), "read");
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
  }
  return ms;
}

std::unique_ptr<hw::RobotHandle> linkedRobot(hw::PluginLoader& loader, const QString& id) {
  forEachLinkedRobot(
      [&](const QString& rid, const QString& name, std::shared_ptr<hw::IRobotFactory> factory) {
        hw::RobotPluginInfo meta;
        meta.id = rid;
        meta.name = name;
        loader.registerFactory(meta, std::move(factory));
      });
  auto created = loader.create(id);
  if (!created) throw std::runtime_error(created.error());
  return created.take();
}

// serve-robot in its own process on a free loopback port; returns the port.
int startServer(QProcess& server, const QString& robot, const QString& token) {
  server.setProcessChannelMode(QProcess::MergedChannels);
  server.start(QCoreApplication::applicationFilePath(),
               {"serve-robot", "--robot", robot, "--listen", "127.0.0.1:0", "--token", token});
  if (!server.waitForStarted(10000)) throw std::runtime_error("serve-robot did not start");
  QByteArray out;
  const QRegularExpression portLine("port (\\d+)");
  const auto deadline = Clock::now() + std::chrono::seconds(60);
  while (Clock::now() < deadline) {
    server.waitForReadyRead(200);
    out += server.readAll();
    const auto m = portLine.match(QString::fromUtf8(out));
    if (m.hasMatch()) return m.captured(1).toInt();
    if (server.state() == QProcess::NotRunning) break;
  }
  throw std::runtime_error("serve-robot did not report its port: " + out.toStdString());
}

}  // namespace

int runBridgeBench(const QStringList& args) {
  const OptionParser opts(
      "bench bridge",
      "The robot bridge's command-to-observation round trip on loopback: remote-robot against "
      "sigent-lab serve-robot in another process on 127.0.0.1, next to the same robot's step "
      "in-process; p50, p99 and max. With --address, against a serve-robot already running "
      "there (another machine: the network's share), which must serve a simulated robot.",
      args,
      {{"robot", "ID", "The robot to serve (default point-reach)."},
       {"steps", "N", "Timed round trips (default 2000)."},
       {"address", "HOST:PORT", "A running serve-robot to measure instead of a local one."},
       {"token", "T", "Its token (with --address; default SIGENTLAB_TOKEN)."}});
  const QString robotId = opts.value("robot", "point-reach");
  const int steps = static_cast<int>(opts.integer("steps", 2000));
  if (steps < 10) throw std::runtime_error("--steps must be at least 10");
  hw::RobotConfig config;
  config.imageSize = 64;
  config.seed = 1;

  hw::PluginLoader loader;
  auto local = linkedRobot(loader, robotId);
  check(local->configure(config), "configure");
  check(local->activate(), "activate");
  (void)roundTrips(*local, std::min(steps, 100));  // warm-up
  const Percentiles in = percentiles(roundTrips(*local, steps));
  (void)local->shutdown();

  QString token = opts.value("token", qEnvironmentVariable("SIGENTLAB_TOKEN"));
  QString address = opts.value("address");
  QProcess server;
  if (address.isEmpty()) {
    token = "bench-token";
    address = QString("127.0.0.1:%1").arg(startServer(server, robotId, token));
  }
  hw::RobotHandle remote(hw::RemoteRobotFactory().create(), "remote-robot");
  hw::RobotConfig rc = config;
  rc.settings = QJsonObject{{"address", address}, {"token", token}};
  check(remote.configure(rc), "configure remote-robot");
  // The bench drives the robot with test commands: never a physical one.
  if (!remote.info().simulated) {
    throw std::runtime_error("the robot served at " + address.toStdString() +
                             " is not a simulation; bench bridge only drives simulated robots");
  }
  check(remote.activate(), "activate remote-robot");
  (void)roundTrips(remote, std::min(steps, 100));
  const Percentiles out = percentiles(roundTrips(remote, steps));
  (void)remote.shutdown();
  if (server.state() != QProcess::NotRunning) {
    server.terminate();
    server.waitForFinished(10000);
  }

  std::printf(
      "Robot bridge round trip to %s, robot '%s', %d steps (command in, observation out: "
      "write + read)\n",
      qPrintable(address), qPrintable(robotId), steps);
  // Microseconds: an in-process step of a toy robot is well under one.
  auto row = [](const char* what, const Percentiles& p) {
    std::printf("  %-46s p50 %8.1f us  p99 %8.1f us  max %8.1f us\n", what, p.p50 * 1e3,
                p.p99 * 1e3, p.max * 1e3);
  };
  row("in-process (RobotHandle, plugin linked in)", in);
  row("remote-robot -> serve-robot (gRPC)", out);
  std::printf("  bridge overhead at p50: %.1f us\n", (out.p50 - in.p50) * 1e3);
  return 0;
}

}  // namespace lab::cli
