#pragma once
// MujocoCamera: renders one named MJCF camera into a grayscale image, offscreen and headless
// (its own EglContext + MuJoCo's offscreen framebuffer). One per robot instance.
//
// Threads: any thread, one at a time; each render() makes the context current and releases it
// afterwards. Lifetime: must not outlive the mjModel it was created for.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include <mujoco/mujoco.h>

#include "sim/egl_context.h"

namespace lab::hw {

class MujocoCamera {
 public:
  // `maxSide`: the largest image side render() will be asked for; the model's offscreen buffer
  // (<visual><global offwidth offheight>) is enlarged to it if smaller. Returns null and a reason
  // in `error` if EGL, OpenGL or the camera is unavailable.
  static std::unique_ptr<MujocoCamera> create(mjModel* model, const std::string& cameraName,
                                              int maxSide, std::string& error);
  ~MujocoCamera();
  MujocoCamera(const MujocoCamera&) = delete;
  MujocoCamera& operator=(const MujocoCamera&) = delete;

  // Renders the current state of `data` as width x height grayscale (row-major, top row first,
  // luma 0.299 R + 0.587 G + 0.114 B). `data` is only updated for visualisation (mjv_updateScene).
  bool render(const mjModel* model, mjData* data, int width, int height,
              std::vector<std::uint8_t>& gray, std::string& error);

 private:
  MujocoCamera() = default;

  std::unique_ptr<EglContext> m_egl;
  mjvScene m_scene{};
  mjvCamera m_camera{};
  mjvOption m_option{};
  mjrContext m_context{};
  bool m_sceneMade = false;
  bool m_contextMade = false;
  std::vector<unsigned char> m_rgb;
};

}  // namespace lab::hw
