#include "sim/mujoco_camera.h"

#include <algorithm>

#include "sim/mujoco_errors.h"

namespace lab::hw {

std::unique_ptr<MujocoCamera> MujocoCamera::create(mjModel* model, const std::string& cameraName,
                                                   int maxSide, std::string& error) {
  installMujocoErrorHandlers();
  const int cameraId = mj_name2id(model, mjOBJ_CAMERA, cameraName.c_str());
  if (cameraId < 0) {
    error = "the model has no camera named '" + cameraName + "'";
    return nullptr;
  }
  // The offscreen buffer size is read by mjr_makeContext, so enlarge it before.
  model->vis.global.offwidth = std::max(model->vis.global.offwidth, maxSide);
  model->vis.global.offheight = std::max(model->vis.global.offheight, maxSide);

  std::unique_ptr<MujocoCamera> cam(new MujocoCamera);
  cam->m_egl = EglContext::create(error);
  if (!cam->m_egl) {
    error = "headless rendering unavailable: " + error;
    return nullptr;
  }
  if (!cam->m_egl->makeCurrent(error)) return nullptr;
  try {
    mjv_defaultCamera(&cam->m_camera);
    cam->m_camera.type = mjCAMERA_FIXED;
    cam->m_camera.fixedcamid = cameraId;
    mjv_defaultOption(&cam->m_option);
    mjv_defaultScene(&cam->m_scene);
    mjv_makeScene(model, &cam->m_scene, 1000);
    cam->m_sceneMade = true;
    mjr_defaultContext(&cam->m_context);
    mjr_makeContext(model, &cam->m_context, mjFONTSCALE_50);
    cam->m_contextMade = true;
  } catch (const MujocoError& e) {
    error = std::string("could not set up MuJoCo rendering: ") + e.what();
    cam->m_egl->release();
    return nullptr;
  }
  const bool bufferOk = cam->m_context.offWidth >= maxSide && cam->m_context.offHeight >= maxSide;
  cam->m_egl->release();
  if (!bufferOk) {
    error = "MuJoCo's offscreen buffer is " + std::to_string(cam->m_context.offWidth) + "x" +
            std::to_string(cam->m_context.offHeight) + ", smaller than the requested " +
            std::to_string(maxSide) + " pixels";
    return nullptr;
  }
  return cam;
}

MujocoCamera::~MujocoCamera() {
  // The GL objects can only be freed with the context current.
  std::string ignored;
  const bool current = m_egl && m_egl->makeCurrent(ignored);
  if (m_contextMade && current) mjr_freeContext(&m_context);
  if (m_sceneMade) mjv_freeScene(&m_scene);
  if (current) m_egl->release();
}

bool MujocoCamera::render(const mjModel* model, mjData* data, int width, int height,
                          std::vector<std::uint8_t>& gray, std::string& error) {
  if (width <= 0 || height <= 0 || width > m_context.offWidth || height > m_context.offHeight) {
    error = "render size " + std::to_string(width) + "x" + std::to_string(height) +
            " outside the offscreen buffer " + std::to_string(m_context.offWidth) + "x" +
            std::to_string(m_context.offHeight);
    return false;
  }
  if (!m_egl->makeCurrent(error)) return false;
  const mjrRect viewport{0, 0, width, height};
  m_rgb.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 3);
  try {
    mjr_setBuffer(mjFB_OFFSCREEN, &m_context);
    mjv_updateScene(model, data, &m_option, nullptr, &m_camera, mjCAT_ALL, &m_scene);
    mjr_render(viewport, &m_scene, &m_context);
    mjr_readPixels(m_rgb.data(), nullptr, viewport, &m_context);
  } catch (const MujocoError& e) {
    m_egl->release();
    error = std::string("rendering failed: ") + e.what();
    return false;
  }
  m_egl->release();

  // OpenGL rows start at the bottom: flip while converting.
  gray.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  for (int row = 0; row < height; ++row) {
    const unsigned char* src =
        m_rgb.data() + static_cast<std::size_t>(height - 1 - row) * width * 3;
    std::uint8_t* dst = gray.data() + static_cast<std::size_t>(row) * width;
    for (int col = 0; col < width; ++col) {
      const int r = src[3 * col], g = src[3 * col + 1], b = src[3 * col + 2];
      dst[col] = static_cast<std::uint8_t>((299 * r + 587 * g + 114 * b + 500) / 1000);
    }
  }
  return true;
}

}  // namespace lab::hw
