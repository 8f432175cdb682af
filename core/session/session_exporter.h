#pragma once
// Exports a session folder for use outside SigEnt Lab (docs/EXPORT.md): the transitions as
// HDF5 in the D4RL layout, the training metrics as CSV, and a JSON manifest listing config,
// seeds, versions, counts and every file (with the TorchScript policy when there is one; the
// policy itself is written by SigEntSac::exportTorchScript, not here).
//
// Thread: run() works on the calling thread for as long as the export takes; the window calls
// it on a worker and forwards progress with a queued signal. It opens its own read-only
// connection, so it can run while training writes to the same session.
#include <QString>
#include <QStringList>
#include <functional>

#include "store_types.h"

namespace lab {

class SessionExporter {
 public:
  static constexpr const char* kDatasetFile = "dataset.hdf5";
  static constexpr const char* kMetricsFile = "metrics.csv";
  static constexpr const char* kManifestFile = "manifest.json";
  static constexpr const char* kPolicyFile = "policy.pt";

  struct Options {
    QString outputDir;  // created if missing
    bool hdf5 = true;
    bool csv = true;           // the manifest is always written
    QStringList kinds;         // episode kinds in the HDF5; empty = all
    int imageCompression = 4;  // gzip level for images, 0 = none
    // TorchScript file to list (copied into outputDir when elsewhere). Empty: outputDir/policy.pt
    // is listed if it exists. A named file that does not exist is an error.
    QString policyFile;
  };
  struct Result {
    QStringList files;        // absolute paths written (manifest last)
    int64_t transitions = 0;  // rows in the HDF5
    int episodes = 0;         // episodes in the HDF5
    int64_t metricRows = 0;
    bool cancelled = false;  // nothing of this run is left behind when true
  };
  // fraction in [0, 1] with the current stage ("dataset", "metrics", "manifest"); return false
  // to cancel (checked between episodes).
  using Progress = std::function<bool(double fraction, const QString& stage)>;

  explicit SessionExporter(const QString& sessionFolder) : m_folder(sessionFolder) {}
  // Throws StoreError (session cannot be opened, disk full, missing policy file...). Files of
  // this run that were already complete are removed on failure or cancel.
  Result run(const Options& options, const Progress& progress = {}) const;

 private:
  QString m_folder;
};

}  // namespace lab
