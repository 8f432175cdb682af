#pragma once
// The versions of the robot plugin contract, written here and nowhere else. The plugin SDK's
// CMake helper (hardware/sdk/SigEntLabRobotPlugin.cmake) reads this file to write a plugin's
// metadata, and the host's loader (hardware/host/plugin_compat.h) compares that metadata with
// these numbers before it loads anything from the plugin. Tests and docs never repeat them.
//
// Two versions, because they answer two questions:
//
//  ABI version (one integer): can the host call into the plugin's binary at all? It covers the
//    layout of everything that crosses the boundary: the virtual tables of IRobot and
//    IRobotFactory and the structs of robot_interface.h. The host loads only a plugin built for
//    exactly its ABI. Raise it (and LAB_ROBOT_IID with it) only when an existing virtual
//    function or struct changes, which should be never: new optional calls come as extensions.
//
//  API version (major.minor): what the plugin may offer and rely on.
//    minor: +1 when an extension interface is added (IRobot::queryExtension). A plugin built
//           against an older minor still loads: the host asks for the new extension and gets
//           nullptr, so it falls back as the extension's comment says. A plugin built against a
//           NEWER minor than the host is refused (it may rely on a host that knows its
//           extensions); update SigEnt Lab or build the plugin against this SDK.
//    major: +1 when the meaning of an existing call changes (units, lifecycle, threading)
//           even if its binary form does not; minor goes back to 0. Must match exactly.
//
// Beyond these numbers, the boundary passes C++ and Qt types (std::string, std::vector,
// std::unique_ptr, QJsonObject, exceptions thrown by the plugin and caught by the host): a
// plugin must be built with the same compiler family and C++ standard library ABI as the app
// (GCC or Clang on libstdc++ with the C++11 string ABI, as Debian builds it) and against the
// same Qt major.minor. The metadata records the plugin's Qt and compiler; the loader refuses a
// different Qt major.minor. A mismatched standard library cannot be detected from metadata: it
// crashes, so never mix them.

#define LAB_ROBOT_ABI_VERSION 4
#define LAB_ROBOT_API_VERSION_MAJOR 4
#define LAB_ROBOT_API_VERSION_MINOR 0
// The Qt interface id: the ABI version is part of it, so qobject_cast itself refuses a factory
// from another ABI even if its metadata were wrong. moc needs it as one string literal; the
// static_assert below keeps it equal to LAB_ROBOT_ABI_VERSION.
#define LAB_ROBOT_IID "org.sigentlab.hw.IRobot/abi4"
// Every IID of this contract starts with this, whatever its ABI (ABI 1 to 3 used "/1.0" ...
// "/3.0"): the loader recognises an old plugin as ours and names both ABI versions.
#define LAB_ROBOT_IID_FAMILY "org.sigentlab.hw.IRobot/"

namespace lab::hw {

inline constexpr int kRobotAbiVersion = LAB_ROBOT_ABI_VERSION;
inline constexpr int kRobotApiVersionMajor = LAB_ROBOT_API_VERSION_MAJOR;
inline constexpr int kRobotApiVersionMinor = LAB_ROBOT_API_VERSION_MINOR;

namespace detail {
// The number after "abi" at the end of an IID, or -1.
constexpr int abiOfIid(const char* iid) {
  int end = 0;
  while (iid[end] != '\0') ++end;
  int start = end;
  while (start > 0 && iid[start - 1] >= '0' && iid[start - 1] <= '9') --start;
  if (start == end || start < 3 || iid[start - 3] != 'a' || iid[start - 2] != 'b' ||
      iid[start - 1] != 'i') {
    return -1;
  }
  int value = 0;
  for (int i = start; i < end; ++i) value = value * 10 + (iid[i] - '0');
  return value;
}
}  // namespace detail

static_assert(detail::abiOfIid(LAB_ROBOT_IID) == LAB_ROBOT_ABI_VERSION,
              "LAB_ROBOT_IID must end in \"abi<LAB_ROBOT_ABI_VERSION>\"");

}  // namespace lab::hw
