#pragma once
// EglContext: a headless OpenGL context (Mesa's surfaceless EGL platform), so MuJoCo can render
// with no X display and no window. It has no surface: MuJoCo draws into its own offscreen
// framebuffer object.
//
// Threads: the context is current on at most one thread at a time. makeCurrent() binds it to the
// calling thread and release() unbinds it; callers release after each use, so the owner may be
// moved to another thread between calls (the robot loop may differ from the configuring thread).
// Several EglContexts may exist in one process (one per robot instance); they share the
// process-wide EGLDisplay, which is initialised once and never terminated (eglTerminate would
// invalidate the other instances' contexts).
#include <memory>
#include <string>

namespace lab::hw {

class EglContext {
 public:
  // Returns null and a specific reason in `error` if EGL or an OpenGL-capable config is missing.
  static std::unique_ptr<EglContext> create(std::string& error);
  ~EglContext();
  EglContext(const EglContext&) = delete;
  EglContext& operator=(const EglContext&) = delete;

  // Makes the context current on the calling thread.
  bool makeCurrent(std::string& error);
  // Unbinds whatever context is current on the calling thread. Never throws.
  void release() noexcept;

 private:
  EglContext(void* display, void* context) : m_display(display), m_context(context) {}
  void* m_display;  // EGLDisplay (void* keeps EGL headers out of this header)
  void* m_context;  // EGLContext
};

}  // namespace lab::hw
