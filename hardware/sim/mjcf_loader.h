#pragma once
// Loads an embedded MJCF model (see embedded_models.h) through MuJoCo's virtual file system,
// and owns MuJoCo's C structures with unique_ptrs.
#include <memory>
#include <string>

#include <mujoco/mujoco.h>

namespace lab::hw {

struct MjModelDeleter {
  void operator()(mjModel* m) const noexcept { mj_deleteModel(m); }
};
struct MjDataDeleter {
  void operator()(mjData* d) const noexcept { mj_deleteData(d); }
};
using MjModelPtr = std::unique_ptr<mjModel, MjModelDeleter>;
using MjDataPtr = std::unique_ptr<mjData, MjDataDeleter>;

// Compiles the embedded model `fileName` ("push_cube.xml"). On failure returns null and puts
// MuJoCo's compiler message (or "not embedded") in `error`. Thread: any.
MjModelPtr loadEmbeddedModel(const std::string& fileName, std::string& error);

}  // namespace lab::hw
