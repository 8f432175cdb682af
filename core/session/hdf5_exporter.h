#pragma once
// A session's transitions as one HDF5 file in the D4RL layout (docs/EXPORT.md):
//   observations [N,S] f32, next_observations [N,S] f32, actions [N,A] f32, rewards [N] f32,
//   terminals [N] bool, timeouts [N] bool, images / next_images [N,H,W] u8 (image sessions),
//   infos/{episode_id, step, intervention, expert, q, h_sig, gate} [N],
//   episodes/{id, start, length, kind, label} [E], and the session's metadata as root
//   attributes (robot, versions, config JSON, seed, shapes).
// Rows are the selected episodes in id order, steps in order. Written to "<path>.part" and
// renamed when complete; a cancelled or failed export leaves no file behind.
// Thread: runs on the caller's thread (the export dialog's worker); the store is only read.
#include <QString>
#include <QStringList>
#include <functional>

#include "session_store.h"

namespace lab {

class Hdf5Exporter {
 public:
  struct Options {
    QStringList kinds;         // episode kinds to export; empty = all
    int imageCompression = 4;  // gzip level 0-9 for the image datasets (0 = none)
  };
  struct Result {
    int64_t transitions = 0;
    int episodes = 0;
    bool cancelled = false;
  };
  // fraction in [0, 1]; return false to cancel.
  using Progress = std::function<bool(double fraction)>;

  // Throws StoreError naming the file and the HDF5 call that failed.
  static Result write(const SessionStore& store, const QString& path, const Options& options,
                      const Progress& progress = {});
};

}  // namespace lab
