#include "export_command.h"

#include <QDir>
#include <cstdio>

#include "checkpoint_file.h"
#include "option_parser.h"
#include "session_exporter.h"
#include "session_store.h"
#include "sigent_sac.h"

namespace lab::cli {

namespace {
// The newest checkpoint that loads; a damaged one is reported and the next older one tried.
// Read-only: exporting works while the window trains, on read-only media, and never migrates
// or otherwise changes the session file.
bool exportPolicy(const QString& session, const QString& outDir) {
  SessionStore::Options ro;
  ro.mode = SessionStore::Mode::ReadOnly;
  auto store = SessionStore::open(session, ro);
  const auto& meta = store->meta();
  QJsonObject sac = meta.config;
  for (const auto& key : sac.keys()) {
    if (!SacConfig().toJson().contains(key)) sac.remove(key);  // controller settings
  }
  SacConfig config;
  try {
    config = SacConfig::fromJson(sac);
  } catch (const std::exception& e) {
    std::fprintf(stderr,
                 "the session's learner configuration is invalid (%s): exporting data "
                 "only\n",
                 e.what());
    return false;
  }
  for (const auto& row : store->latestCheckpoints()) {
    if (!row.refused.isEmpty()) {
      std::fprintf(stderr, "skipping checkpoint: %s\n", qPrintable(row.refused));
      continue;
    }
    try {
      SigEntSac learner(config, meta.stateDim, meta.actionDim);
      learner.load(row.file);
      learner.exportTorchScript(QDir(outDir).filePath(SessionExporter::kPolicyFile));
      std::printf("policy from checkpoint step %lld\n", static_cast<long long>(row.step));
      return true;
    } catch (const std::exception& e) {  // CheckpointError, or what torch says of a bad file
      std::fprintf(stderr, "skipping checkpoint %s: %s\n", qPrintable(row.file), e.what());
    }
  }
  std::fprintf(stderr, "no usable checkpoint in %s: exporting data only\n", qPrintable(session));
  return false;
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
