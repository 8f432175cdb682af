// sigent-lab: headless command line. Every figure in docs/ comes from one of these commands.
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>
#include <cstdio>

#include "bench_command.h"
#include "eval_command.h"
#include "export_command.h"
#include "linked_robots.h"
#include "option_parser.h"
#include "serve_learner_command.h"
#include "serve_robot_command.h"
#include "train_command.h"

namespace {
void usage(FILE* to) {
  std::fprintf(
      to,
      "usage: sigent-lab <command> [options]     (sigent-lab <command> --help: its "
      "options)\n"
      "  train  --robot ID [--obs state|image|both] [--preset NAME] [--config FILE]\n"
      "         [--steps N] [--seed S] [--eval-every K] [--eval-episodes N]\n"
      "         [--demo-seed S] [--out DIR] [--set key=value ...]\n"
      "         [--pacing lockstep|realtime] [--stop-at solved|steps]\n"
      "         [--robot-set name=value ...]   (robot settings, e.g. start_spread=0.5)\n"
      "  eval   --checkpoint FILE [--robot ID] [--episodes N] [--robot-set name=value ...]\n"
      "         [--trace FILE]   (robot and settings default to the run's robot.json;\n"
      "         the trace is a CSV of every step's action and state)\n"
      "  export --session DIR [--out DIR] [--kinds demo,train,...]\n"
      "  bench  learner [--threads N] [--load N] [--ood K] [--python no] [--updates-scale F]\n"
      "         [--preset NAME]   (one learner update, against Python for sigent)\n"
      "  bench  memory [--frames F] [--sizes N,N,...] [--reopen N]   (replay memory,\n"
      "         resident size of N image transitions, reopening a session of N)\n"
      "  bench  bridge [--robot ID] [--steps N]   (robot bridge round trip on loopback)\n"
      "  serve-robot --robot ID [--listen HOST:PORT] [--token T] [--settings JSON]\n"
      "         [--robot-set name=value ...] [--watchdog-ms MS] [--tls-cert PEM --tls-key PEM]\n"
      "         [--plugin-dir DIR]   (serves a robot over the network; without --token\n"
      "         or SIGENTLAB_TOKEN a random token is printed)\n"
      "  serve-learner --session DIR [--listen HOST:PORT] [--token T]\n"
      "         [--tls-cert PEM --tls-key PEM]   (the learner and session store for a\n"
      "         robot loop elsewhere: train --learner HOST:PORT there)\n"
      "  --version, --help\n");
}
}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QCoreApplication::setApplicationName("sigent-lab");
  QCoreApplication::setApplicationVersion(LAB_VERSION);
  QStringList args = app.arguments().mid(1);
  if (args.isEmpty()) {
    usage(stderr);
    return 2;
  }
  const QString command = args.takeFirst();
  if (command == "--help" || command == "-h" || command == "help") {
    usage(stdout);
    return 0;
  }
  if (command == "--version" || command == "-v") {
    std::printf("sigent-lab %s\n", LAB_VERSION);
    return 0;
  }
  // The run reports what matters itself (progress lines, errors); the engine's own log stays
  // available through QT_LOGGING_RULES.
  if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
    QLoggingCategory::setFilterRules(
        QStringLiteral("lab.*.info=false\nlab.*.debug=false\nlab.core.loop.warning=false\n"
                       "lab.core.controller.warning=false\nlab.core.learner.warning=false\nlab.hw."
                       "host.warning=false"));
  }
  try {
    if (command == "train") return lab::cli::runTrain(args);
    if (command == "eval") return lab::cli::runEval(args);
    if (command == "bench") return lab::cli::runBench(args);
    if (command == "export") return lab::cli::runExport(args);
    if (command == "serve-robot") return lab::cli::runServeRobot(args);
    if (command == "serve-learner") return lab::cli::runServeLearner(args);
  } catch (const lab::cli::HelpShown&) {
    return 0;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "sigent-lab %s: %s\n", qPrintable(command), e.what());
    return 1;
  }
  std::fprintf(stderr, "sigent-lab: unknown command '%s'\n", qPrintable(command));
  usage(stderr);
  return 2;
}
