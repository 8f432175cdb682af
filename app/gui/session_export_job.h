#pragma once
// The export dialog's job for one session folder: the policy of the newest checkpoint as
// TorchScript (policy.pt, when asked for), then core's SessionExporter (HDF5 in the D4RL
// layout, metrics CSV, manifest listing everything). Runs on the dialog's worker thread with
// its own read-only store connection, so training may go on meanwhile. Torch stays in the
// .cpp (this header is torch-free).
#include "export_dialog.h"

namespace lab::ui {

ExportJob makeSessionExportJob(const QString& sessionFolder);

}  // namespace lab::ui
