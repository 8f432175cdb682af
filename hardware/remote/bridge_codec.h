#pragma once
// The robot bridge's messages (robot_bridge.proto) to and from the plugin interface's types
// (api/robot_interface.h), with the bounds the proto documents checked on the way in. Both
// the client plugin (remote-robot) and the server (serve-robot) use it. Pure functions, any
// thread. A `from*` function returns an empty string on success, otherwise a sentence naming
// the first problem (and leaves `out` unspecified).
#include <QJsonObject>
#include <cstdint>
#include <string>

#include "api/robot_interface.h"
#include "robot_bridge.pb.h"

namespace lab::hw::bridge {

namespace pb = ::sigentlab::bridge::v1;

// The bounds of robot_bridge.proto.
inline constexpr int kMaxMessageBytes = 4 * 1024 * 1024;
inline constexpr std::size_t kMaxText = 4096;
inline constexpr int kMaxActionDims = 32;
inline constexpr int kMaxStateValues = 1024;
inline constexpr int kMaxImageSide = 1024;
inline constexpr std::size_t kMaxEncodedImageBytes = 2 * 1024 * 1024;
inline constexpr int kMaxSettings = 64;
inline constexpr std::size_t kMaxSettingKey = 64;
inline constexpr std::size_t kMaxSettingText = 1024;
// The metadata key that carries the shared token on every call.
inline constexpr const char* kTokenKey = "sigentlab-token";

void toProto(const RobotInfo& in, pb::RobotInfo& out);
std::string fromProto(const pb::RobotInfo& in, RobotInfo& out);
void toProto(const ActionSpec& in, pb::ActionSpec& out);
std::string fromProto(const pb::ActionSpec& in, ActionSpec& out);
void toProto(const ObservationSpec& in, pb::ObservationSpec& out);
std::string fromProto(const pb::ObservationSpec& in, ObservationSpec& out);

// Images travel as raw GREY8 from the C++ server (lossless: the learner sees the same pixels).
void toProto(const Observation& in, pb::Observation& out);
// Decodes PNG/JPEG frames (a Python server may send those) to grey.
std::string fromProto(const pb::Observation& in, Observation& out);

// Robot settings: a flat JSON object of numbers, booleans and strings. Nested objects, arrays
// and null are refused (they have no SettingValue).
std::string settingsToProto(const QJsonObject& in,
                            google::protobuf::Map<std::string, pb::SettingValue>& out);
std::string settingsFromProto(const google::protobuf::Map<std::string, pb::SettingValue>& in,
                              QJsonObject& out);

// A command's values (bounded by kMaxActionDims).
std::string commandFromProto(const google::protobuf::RepeatedField<float>& in,
                             std::vector<float>& out);

// Compares two tokens in time that depends on their lengths only, not on where they differ.
bool tokensEqual(const std::string& a, const std::string& b);

}  // namespace lab::hw::bridge
