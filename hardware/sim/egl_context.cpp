#include "sim/egl_context.h"

#include <EGL/egl.h>
#include <EGL/eglext.h>

#include <mutex>

#include "sim/sim_log.h"

namespace lab::hw {

namespace {

std::string eglErrorText(EGLint code) {
  switch (code) {
    case EGL_SUCCESS:
      return "EGL_SUCCESS";
    case EGL_NOT_INITIALIZED:
      return "EGL_NOT_INITIALIZED";
    case EGL_BAD_ACCESS:
      return "EGL_BAD_ACCESS";
    case EGL_BAD_ALLOC:
      return "EGL_BAD_ALLOC";
    case EGL_BAD_ATTRIBUTE:
      return "EGL_BAD_ATTRIBUTE";
    case EGL_BAD_CONFIG:
      return "EGL_BAD_CONFIG";
    case EGL_BAD_CONTEXT:
      return "EGL_BAD_CONTEXT";
    case EGL_BAD_DISPLAY:
      return "EGL_BAD_DISPLAY";
    case EGL_BAD_MATCH:
      return "EGL_BAD_MATCH";
    case EGL_BAD_PARAMETER:
      return "EGL_BAD_PARAMETER";
    default:
      return "EGL error 0x" + std::to_string(code);
  }
}

// The surfaceless display, initialised once per process. Returns EGL_NO_DISPLAY and the reason
// in `error` if it cannot be had; the first failure is remembered so every robot reports it.
EGLDisplay sharedDisplay(std::string& error) {
  static std::mutex mutex;
  static EGLDisplay display = EGL_NO_DISPLAY;
  static std::string failure;
  std::lock_guard<std::mutex> lock(mutex);
  if (display != EGL_NO_DISPLAY) return display;
  if (!failure.empty()) {
    error = failure;
    return EGL_NO_DISPLAY;
  }
  auto getPlatformDisplay = reinterpret_cast<PFNEGLGETPLATFORMDISPLAYEXTPROC>(
      eglGetProcAddress("eglGetPlatformDisplayEXT"));
  if (!getPlatformDisplay) {
    failure = "EGL has no eglGetPlatformDisplayEXT (install libegl-mesa0 for headless rendering)";
  } else {
    EGLDisplay d = getPlatformDisplay(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    EGLint major = 0, minor = 0;
    if (d == EGL_NO_DISPLAY) {
      failure = "no EGL surfaceless display (Mesa's EGL_MESA_platform_surfaceless is missing): " +
                eglErrorText(eglGetError());
    } else if (!eglInitialize(d, &major, &minor)) {
      failure = "eglInitialize failed on the surfaceless display: " + eglErrorText(eglGetError());
    } else {
      qCDebug(lcHwSim) << "EGL" << major << "." << minor
                       << "surfaceless display:" << eglQueryString(d, EGL_VENDOR);
      display = d;
      return display;
    }
  }
  error = failure;
  return EGL_NO_DISPLAY;
}

}  // namespace

std::unique_ptr<EglContext> EglContext::create(std::string& error) {
  EGLDisplay display = sharedDisplay(error);
  if (display == EGL_NO_DISPLAY) return nullptr;
  const EGLint configAttribs[] = {EGL_SURFACE_TYPE,
                                  EGL_PBUFFER_BIT,
                                  EGL_RENDERABLE_TYPE,
                                  EGL_OPENGL_BIT,
                                  EGL_RED_SIZE,
                                  8,
                                  EGL_GREEN_SIZE,
                                  8,
                                  EGL_BLUE_SIZE,
                                  8,
                                  EGL_DEPTH_SIZE,
                                  24,
                                  EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  if (!eglChooseConfig(display, configAttribs, &config, 1, &count) || count < 1) {
    error = "no EGL config with desktop OpenGL and 24-bit depth: " + eglErrorText(eglGetError());
    return nullptr;
  }
  if (!eglBindAPI(EGL_OPENGL_API)) {
    error = "eglBindAPI(EGL_OPENGL_API) failed: " + eglErrorText(eglGetError());
    return nullptr;
  }
  EGLContext context = eglCreateContext(display, config, EGL_NO_CONTEXT, nullptr);
  if (context == EGL_NO_CONTEXT) {
    error = "eglCreateContext failed: " + eglErrorText(eglGetError());
    return nullptr;
  }
  return std::unique_ptr<EglContext>(new EglContext(display, context));
}

EglContext::~EglContext() {
  // A context current on another thread would only be flagged for deletion; callers release
  // after each use, so it is not current anywhere here.
  eglDestroyContext(static_cast<EGLDisplay>(m_display), static_cast<EGLContext>(m_context));
}

bool EglContext::makeCurrent(std::string& error) {
  // The bound API is per thread: bind it on whichever thread renders now.
  eglBindAPI(EGL_OPENGL_API);
  if (!eglMakeCurrent(static_cast<EGLDisplay>(m_display), EGL_NO_SURFACE, EGL_NO_SURFACE,
                      static_cast<EGLContext>(m_context))) {
    error = "eglMakeCurrent failed: " + eglErrorText(eglGetError());
    return false;
  }
  return true;
}

void EglContext::release() noexcept {
  eglMakeCurrent(static_cast<EGLDisplay>(m_display), EGL_NO_SURFACE, EGL_NO_SURFACE,
                 EGL_NO_CONTEXT);
}

}  // namespace lab::hw
