#include "export_command.h"

#include <QDir>
#include <cstdio>

#include "option_parser.h"
#include "sac_config.h"
#include "session_exporter.h"
#include "session_policy.h"

namespace lab::cli {

namespace {
// The newest checkpoint that loads; a damaged one is reported and the next older one tried.
// Without one the data is still exported.
void exportPolicy(const QString& session, const QString& outDir) {
  PolicyExport written;
  try {
    written = exportNewestPolicy(session, QDir(outDir).filePath(SessionExporter::kPolicyFile));
  } catch (const ConfigError& e) {
    std::fprintf(stderr,
                 "the session's learner configuration is invalid (%s): exporting data only\n",
                 e.what());
    return;
  }
  for (const Notice& why : written.skipped) {
    std::fprintf(stderr, "skipping checkpoint: %s\n", qPrintable(why.english()));
  }
  if (written.file.isEmpty()) {
    std::fprintf(stderr, "no usable checkpoint in %s: exporting data only\n", qPrintable(session));
  } else {
    std::printf("policy from checkpoint step %lld\n", static_cast<long long>(written.step));
  }
}
}  // namespace

int runExport(const QStringList& args) {
  const OptionParser opts(
      "export",
      "Writes a session's data as HDF5 (D4RL layout) and CSV, its newest policy as TorchScript, "
      "and a manifest.",
      args,
      {{"session", "DIR", "The session folder (the one holding session.sqlite; required)."},
       {"out", "DIR", "Where to write (default DIR/export)."},
       {"kinds", "LIST",
        "Episode kinds to export, comma-separated: demo,train,eval,... "
        "(default all)."}});
  const QString session = opts.value("session");
  if (session.isEmpty()) throw std::runtime_error("export needs --session DIR");
  SessionExporter::Options options;
  options.outputDir = opts.value("out", QDir(session).filePath("export"));
  if (opts.has("kinds")) options.kinds = opts.value("kinds").split(',');
  if (!QDir().mkpath(options.outputDir)) {
    throw std::runtime_error(("cannot create '" + options.outputDir + "'").toStdString());
  }
  exportPolicy(session, options.outputDir);
  const auto result = SessionExporter(session).run(options, [](double f, const QString& stage) {
    std::fprintf(stderr, "\r%-10s %3.0f%%", qPrintable(stage), f * 100);
    return true;
  });
  std::fprintf(stderr, "\n");
  std::printf("%lld transitions of %d episodes, %lld metric rows\n",
              static_cast<long long>(result.transitions), result.episodes,
              static_cast<long long>(result.metricRows));
  for (const auto& f : result.files) std::printf("wrote %s\n", qPrintable(f));
  return 0;
}

}  // namespace lab::cli
