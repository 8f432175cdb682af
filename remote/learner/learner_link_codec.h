#pragma once
// The learner link's messages (learner_link.proto) to and from core's types, with the bounds
// the proto documents checked on the way in. Used by both ends. Pure functions, any thread. A
// `from*` function returns an empty string on success, otherwise a sentence naming the first
// problem (and leaves `out` unspecified).
#include <QJsonObject>
#include <memory>
#include <string>

#include "episode_record.h"
#include "learner_link.pb.h"
#include "notice.h"
#include "update_metrics.h"

namespace lab {
struct PolicyWeights;
}

namespace lab::link {

namespace pb = ::sigentlab::learner::v1;

inline constexpr int kProtocol = 1;
inline constexpr int kMaxMessageBytes = 64 * 1024 * 1024;
inline constexpr std::size_t kMaxText = 4096;
inline constexpr int kMaxLinkMessages = 4096;
inline constexpr int kMaxVector = 1024;
inline constexpr int kMaxImageSide = 256;
inline constexpr int kMaxConfigEntries = 256;
inline constexpr unsigned kMaxWaitIdleMs = 2000;
inline constexpr unsigned kMaxDemosKept = 20;
inline constexpr const char* kTokenKey = "sigentlab-token";

void toProto(const StepRecord& in, pb::Step& out);
std::string fromProto(const pb::Step& in, StepRecord& out);
void toProto(const EpisodeRecord& in, pb::EpisodeEnd& out);
std::string fromProto(const pb::EpisodeEnd& in, EpisodeRecord& out);
void toProto(const LabelChange& in, pb::Label& out);
std::string fromProto(const pb::Label& in, LabelChange& out);
void toProto(const UpdateMetrics& in, pb::Metrics& out);
std::string fromProto(const pb::Metrics& in, UpdateMetrics& out);
void toProto(const Notice& in, pb::Notice& out);
std::string fromProto(const pb::Notice& in, Notice& out);
// Torch: the tensors' shapes and values, float32.
void toProto(const PolicyWeights& in, uint64_t version, pb::Weights& out);
std::string fromProto(const pb::Weights& in, std::shared_ptr<const PolicyWeights>& out);

// The learner config (SacConfig::toJson): numbers, flags and texts only.
std::string configToProto(const QJsonObject& in,
                          google::protobuf::Map<std::string, pb::ConfigValue>& out);
std::string configFromProto(const google::protobuf::Map<std::string, pb::ConfigValue>& in,
                            QJsonObject& out);

}  // namespace lab::link
