#include "sim/mjcf_loader.h"

#include <cstring>

#include "sim/embedded_models.h"

namespace lab::hw {

MjModelPtr loadEmbeddedModel(const std::string& fileName, std::string& error) {
  const char* text = embeddedModel(fileName);
  if (!text) {
    error = "MJCF model '" + fileName + "' is not embedded in this plugin";
    return nullptr;
  }
  // mjVFS holds fixed arrays of 2000 names (about 2 MB): keep it off the stack.
  auto vfs = std::make_unique<mjVFS>();
  mj_defaultVFS(vfs.get());
  const int size = static_cast<int>(std::strlen(text));
  if (mj_makeEmptyFileVFS(vfs.get(), fileName.c_str(), size) != 0) {
    error = "could not create '" + fileName + "' in MuJoCo's virtual file system";
    return nullptr;
  }
  const int index = mj_findFileVFS(vfs.get(), fileName.c_str());
  std::memcpy(vfs->filedata[index], text, static_cast<std::size_t>(size));
  char compileError[1000] = {0};
  MjModelPtr model(mj_loadXML(fileName.c_str(), vfs.get(), compileError, sizeof(compileError)));
  mj_deleteVFS(vfs.get());
  if (!model) error = "MuJoCo could not compile '" + fileName + "': " + compileError;
  return model;
}

}  // namespace lab::hw
