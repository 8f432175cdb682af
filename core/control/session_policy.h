#pragma once
// A stored session's learned policy: the newest of its checkpoints that loads, written as
// TorchScript. The window's Export dialog and `sigent-lab export` both write the policy
// through here, so a damaged or refused newest checkpoint is skipped the same way in both.
#include <QString>
#include <cstdint>
#include <vector>

#include "notice.h"
#include "sac_config.h"
#include "store_types.h"

namespace lab {

// The learner config a session was recorded with: its row's config minus the controller's own
// keys. Throws ConfigError when a stored value is invalid.
SacConfig sessionLearnerConfig(const SessionMeta& meta);

struct PolicyExport {
  QString file;                 // the written policy; empty: no checkpoint could be loaded
  int64_t step = -1;            // the update count of the checkpoint it came from
  int checkpoints = 0;          // how many checkpoints were looked at (the newest `tries`)
  std::vector<Notice> skipped;  // why each newer checkpoint was not used, newest first
};

// Opens the session read-only (it works while the window trains it, and never migrates the
// file) and writes the newest of its last `tries` checkpoints that loads to `outputFile`.
// Throws StoreError when the session cannot be opened, ConfigError when its learner config is
// invalid; a checkpoint that does not load is reported in `skipped`, never thrown.
PolicyExport exportNewestPolicy(const QString& sessionFolder, const QString& outputFile,
                                int tries = 5);

}  // namespace lab
