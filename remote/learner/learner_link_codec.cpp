#include "learner_link_codec.h"

#include <torch/torch.h>

#include "networks.h"

namespace lab::link {

namespace {

std::string text(const QString& s) { return s.toStdString(); }
QString qtext(const std::string& s) { return QString::fromStdString(s); }

template <typename T>
std::string floats(const google::protobuf::RepeatedField<float>& in, std::vector<float>& out,
                   const char* what) {
  if (in.size() > kMaxVector) {
    return std::string(what) + " has " + std::to_string(in.size()) + " values, more than " +
           std::to_string(kMaxVector);
  }
  out.assign(in.begin(), in.end());
  return {};
}

void toProto(const Observation& in, pb::Observation& out) {
  out.set_image(in.image.data(), in.image.size());
  *out.mutable_state() = {in.state.begin(), in.state.end()};
}

std::string fromProto(const pb::Observation& in, Observation& out) {
  if (in.image().size() > std::size_t(kMaxImageSide) * kMaxImageSide) {
    return "an image of " + std::to_string(in.image().size()) + " bytes is larger than " +
           std::to_string(kMaxImageSide) + " x " + std::to_string(kMaxImageSide);
  }
  out.image.assign(in.image().begin(), in.image().end());
  return floats<float>(in.state(), out.state, "a state");
}

std::string checkText(const std::string& s, const char* what) {
  return s.size() > kMaxText ? std::string(what) + " is longer than 4096 bytes" : std::string();
}

}  // namespace

void toProto(const StepRecord& in, pb::Step& out) {
  const auto& t = in.transition;
  toProto(t.obs, *out.mutable_obs());
  *out.mutable_action() = {t.action.begin(), t.action.end()};
  out.set_reward(t.reward);
  out.set_terminal(t.terminal);
  toProto(t.next, *out.mutable_next());
  out.set_mc_return(t.mcReturn);
  out.set_intervention(in.intervention);
  *out.mutable_robot_state() = {in.robotState.begin(), in.robotState.end()};
}

std::string fromProto(const pb::Step& in, StepRecord& out) {
  auto& t = out.transition;
  std::string e = fromProto(in.obs(), t.obs);
  if (e.empty()) e = fromProto(in.next(), t.next);
  if (e.empty()) e = floats<float>(in.action(), t.action, "an action");
  if (e.empty()) e = floats<float>(in.robot_state(), out.robotState, "a robot state");
  t.reward = in.reward();
  t.terminal = in.terminal();
  t.mcReturn = in.mc_return();
  out.intervention = in.intervention();
  return e;
}

void toProto(const EpisodeRecord& in, pb::EpisodeEnd& out) {
  out.set_id(in.id);
  out.set_kind(text(in.kind));
  out.set_label(text(in.label));
  out.set_labelled_by(text(in.labelledBy));
  out.set_seed(in.seed);
  out.set_started_ms(in.startedMs);
  out.set_ended_ms(in.endedMs);
  for (const auto& s : in.steps) toProto(s, *out.add_steps());
}

std::string fromProto(const pb::EpisodeEnd& in, EpisodeRecord& out) {
  for (const auto* s : {&in.kind(), &in.label(), &in.labelled_by()}) {
    if (auto e = checkText(*s, "an episode's kind or label"); !e.empty()) return e;
  }
  out.id = in.id();
  out.kind = qtext(in.kind());
  out.label = qtext(in.label());
  out.labelledBy = qtext(in.labelled_by());
  out.seed = in.seed();
  out.startedMs = in.started_ms();
  out.endedMs = in.ended_ms();
  out.steps.resize(static_cast<std::size_t>(in.steps_size()));
  for (int i = 0; i < in.steps_size(); ++i) {
    if (auto e = fromProto(in.steps(i), out.steps[static_cast<std::size_t>(i)]); !e.empty()) {
      return "episode " + std::to_string(in.id()) + " step " + std::to_string(i) + ": " + e;
    }
  }
  return {};
}

void toProto(const LabelChange& in, pb::Label& out) {
  out.set_episode_id(in.episodeId);
  out.set_label(text(in.label));
  out.set_labelled_by(text(in.labelledBy));
  out.set_last_reward(in.lastReward);
  out.set_last_terminal(in.lastTerminal);
}

std::string fromProto(const pb::Label& in, LabelChange& out) {
  if (auto e = checkText(in.label() + in.labelled_by(), "a label"); !e.empty()) return e;
  out.episodeId = in.episode_id();
  out.label = qtext(in.label());
  out.labelledBy = qtext(in.labelled_by());
  out.lastReward = in.last_reward();
  out.lastTerminal = in.last_terminal();
  return {};
}

void toProto(const UpdateMetrics& in, pb::Metrics& out) {
  const auto v = in.values();
  *out.mutable_values() = {v.begin(), v.end()};
}

std::string fromProto(const pb::Metrics& in, UpdateMetrics& out) {
  if (in.values_size() != UpdateMetrics::names().size()) {
    return "learner metrics with " + std::to_string(in.values_size()) + " values, not " +
           std::to_string(UpdateMetrics::names().size());
  }
  out =
      UpdateMetrics::fromColumns(UpdateMetrics::names(), {in.values().begin(), in.values().end()});
  return {};
}

void toProto(const Notice& in, pb::Notice& out) {
  out.set_code(static_cast<int>(in.code));
  for (const QVariant& a : in.args) {
    auto* arg = out.add_args();
    if (a.canConvert<Notice>() && a.userType() == qMetaTypeId<Notice>()) {
      toProto(a.value<Notice>(), *arg->mutable_notice());
    } else if (a.userType() == QMetaType::Int || a.userType() == QMetaType::LongLong ||
               a.userType() == QMetaType::UInt || a.userType() == QMetaType::ULongLong) {
      arg->set_integer(a.toLongLong());
    } else if (a.userType() == QMetaType::Double || a.userType() == QMetaType::Float) {
      arg->set_number(a.toDouble());
    } else {
      arg->set_text(text(a.toString()).substr(0, kMaxText));
    }
  }
}

std::string fromProto(const pb::Notice& in, Notice& out) {
  if (in.code() < 0 || in.code() >= static_cast<int>(NoticeCode::Count)) {
    return "a notice code " + std::to_string(in.code()) + " this program does not know";
  }
  if (in.args_size() > 32) return "a notice with more than 32 arguments";
  out = Notice();
  out.code = static_cast<NoticeCode>(in.code());
  for (const auto& a : in.args()) {
    switch (a.value_case()) {
      case pb::NoticeArg::kInteger:
        out.args << QVariant(qlonglong(a.integer()));
        break;
      case pb::NoticeArg::kNumber:
        out.args << QVariant(a.number());
        break;
      case pb::NoticeArg::kNotice: {
        Notice inner;
        if (auto e = fromProto(a.notice(), inner); !e.empty()) return e;
        out.args << QVariant::fromValue(inner);
        break;
      }
      default:
        if (auto e = checkText(a.text(), "a notice's text"); !e.empty()) return e;
        out.args << QVariant(qtext(a.text()));
    }
  }
  return {};
}

namespace {
void tensorsToProto(const std::vector<torch::Tensor>& in,
                    google::protobuf::RepeatedPtrField<pb::Tensor>& out) {
  for (const auto& t : in) {
    auto* p = out.Add();
    for (auto d : t.sizes()) p->add_shape(d);
    const torch::Tensor f = t.detach().to(torch::kFloat).contiguous();
    p->mutable_values()->Add(f.data_ptr<float>(), f.data_ptr<float>() + f.numel());
  }
}

std::string tensorsFromProto(const google::protobuf::RepeatedPtrField<pb::Tensor>& in,
                             std::vector<torch::Tensor>& out) {
  for (const auto& p : in) {
    if (p.shape_size() > 8) return "a weight tensor with more than 8 dimensions";
    std::vector<int64_t> shape(p.shape().begin(), p.shape().end());
    int64_t n = 1;
    for (auto d : shape) {
      if (d < 0 || d > (int64_t(1) << 26)) return "a weight tensor with a bad shape";
      n *= d;
      if (n > (int64_t(1) << 26)) return "a weight tensor larger than 64 M values";
    }
    if (n != p.values_size()) return "a weight tensor whose values do not fill its shape";
    out.push_back(
        torch::from_blob(const_cast<float*>(p.values().data()), shape, torch::kFloat).clone());
  }
  return {};
}
}  // namespace

void toProto(const PolicyWeights& in, uint64_t version, pb::Weights& out) {
  out.set_version(version);
  out.set_step(in.step);
  tensorsToProto(in.encoder, *out.mutable_encoder());
  tensorsToProto(in.actor, *out.mutable_actor());
}

std::string fromProto(const pb::Weights& in, std::shared_ptr<const PolicyWeights>& out) {
  auto w = std::make_shared<PolicyWeights>();
  w->step = in.step();
  if (auto e = tensorsFromProto(in.encoder(), w->encoder); !e.empty()) return e;
  if (auto e = tensorsFromProto(in.actor(), w->actor); !e.empty()) return e;
  out = std::move(w);
  return {};
}

std::string configToProto(const QJsonObject& in,
                          google::protobuf::Map<std::string, pb::ConfigValue>& out) {
  for (auto it = in.begin(); it != in.end(); ++it) {
    pb::ConfigValue v;
    if (it->isBool())
      v.set_flag(it->toBool());
    else if (it->isDouble())
      v.set_number(it->toDouble());
    else if (it->isString())
      v.set_text(text(it->toString()));
    else
      return "the learner config's '" + text(it.key()) + "' is not a number, flag or text";
    out[text(it.key())] = v;
  }
  return {};
}

std::string configFromProto(const google::protobuf::Map<std::string, pb::ConfigValue>& in,
                            QJsonObject& out) {
  if (in.size() > std::size_t(kMaxConfigEntries)) return "a learner config of over 256 entries";
  for (const auto& [key, v] : in) {
    if (key.size() > 64) return "a learner config key longer than 64 bytes";
    switch (v.value_case()) {
      case pb::ConfigValue::kFlag:
        out.insert(qtext(key), v.flag());
        break;
      case pb::ConfigValue::kNumber:
        out.insert(qtext(key), v.number());
        break;
      case pb::ConfigValue::kText:
        if (auto e = checkText(v.text(), "a learner config text"); !e.empty()) return e;
        out.insert(qtext(key), qtext(v.text()));
        break;
      default:
        return "the learner config's '" + key + "' has no value";
    }
  }
  return {};
}

}  // namespace lab::link
