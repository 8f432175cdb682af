#include "remote/bridge_codec.h"

#include <QJsonValue>
#include <cmath>
#include <opencv2/imgcodecs.hpp>

namespace lab::hw::bridge {

namespace {

std::string checkText(const std::string& s, const char* what) {
  if (s.size() > kMaxText) {
    return std::string(what) + " is " + std::to_string(s.size()) + " bytes, at most " +
           std::to_string(kMaxText) + " are allowed";
  }
  return {};
}

void imageToProto(const std::vector<std::uint8_t>& pixels, int width, int height, pb::Image& out) {
  out.set_width(width);
  out.set_height(height);
  out.set_encoding(pb::Image::GREY8);
  out.set_data(pixels.data(), pixels.size());
}

std::string imageFromProto(const pb::Image& in, const char* what, std::vector<std::uint8_t>& pixels,
                           int& width, int& height) {
  const int w = in.width(), h = in.height();
  if (w < 1 || h < 1 || w > kMaxImageSide || h > kMaxImageSide) {
    return std::string(what) + " is " + std::to_string(w) + "x" + std::to_string(h) +
           ": each side must be 1.." + std::to_string(kMaxImageSide);
  }
  const std::string& data = in.data();
  if (in.encoding() == pb::Image::GREY8) {
    if (data.size() != static_cast<std::size_t>(w) * static_cast<std::size_t>(h)) {
      return std::string(what) + " has " + std::to_string(data.size()) + " bytes of grey, " +
             std::to_string(w) + "x" + std::to_string(h) + " needs " + std::to_string(w * h);
    }
    pixels.assign(data.begin(), data.end());
  } else if (in.encoding() == pb::Image::PNG || in.encoding() == pb::Image::JPEG) {
    if (data.size() > kMaxEncodedImageBytes) {
      return std::string(what) + " is " + std::to_string(data.size()) + " bytes encoded, at most " +
             std::to_string(kMaxEncodedImageBytes);
    }
    const cv::Mat buffer(1, static_cast<int>(data.size()), CV_8UC1, const_cast<char*>(data.data()));
    const cv::Mat grey = cv::imdecode(buffer, cv::IMREAD_GRAYSCALE);
    if (grey.empty()) return std::string(what) + " could not be decoded";
    if (grey.cols != w || grey.rows != h) {
      return std::string(what) + " decodes to " + std::to_string(grey.cols) + "x" +
             std::to_string(grey.rows) + " but says " + std::to_string(w) + "x" + std::to_string(h);
    }
    pixels.resize(static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    for (int r = 0; r < h; ++r) {
      const auto* row = grey.ptr<std::uint8_t>(r);
      std::copy(row, row + w, pixels.begin() + static_cast<std::ptrdiff_t>(r) * w);
    }
  } else {
    return std::string(what) + " has no known encoding";
  }
  width = w;
  height = h;
  return {};
}

}  // namespace

void toProto(const RobotInfo& in, pb::RobotInfo& out) {
  out.set_id(in.id);
  out.set_name(in.name);
  out.set_description(in.description);
  out.set_version(in.version);
  out.set_control_rate_hz(in.controlRateHz);
  out.set_max_episode_steps(in.maxEpisodeSteps);
  out.set_reset_mode(in.resetMode == ResetMode::Operator ? pb::OPERATOR : pb::AUTOMATIC);
  out.set_has_success_detector(in.hasSuccessDetector);
  out.set_has_failure_detector(in.hasFailureDetector);
  out.set_has_scripted_expert(in.hasScriptedExpert);
  out.set_simulated(in.simulated);
}

std::string fromProto(const pb::RobotInfo& in, RobotInfo& out) {
  for (const auto* s : {&in.id(), &in.name(), &in.description(), &in.version()}) {
    if (auto e = checkText(*s, "a robot info text"); !e.empty()) return e;
  }
  if (!(in.control_rate_hz() > 0.0) || !std::isfinite(in.control_rate_hz())) {
    return "the robot's control rate must be a positive number of Hz";
  }
  if (in.max_episode_steps() < 1) return "the robot's time limit must be at least one step";
  out.id = in.id();
  out.name = in.name();
  out.description = in.description();
  out.version = in.version();
  out.controlRateHz = in.control_rate_hz();
  out.maxEpisodeSteps = in.max_episode_steps();
  out.resetMode = in.reset_mode() == pb::OPERATOR ? ResetMode::Operator : ResetMode::Automatic;
  out.hasSuccessDetector = in.has_success_detector();
  out.hasFailureDetector = in.has_failure_detector();
  out.hasScriptedExpert = in.has_scripted_expert();
  out.simulated = in.simulated();
  return {};
}

void toProto(const ActionSpec& in, pb::ActionSpec& out) {
  out.clear_dims();
  for (const auto& d : in.dims) {
    auto* p = out.add_dims();
    p->set_name(d.name);
    p->set_unit(d.unit);
    p->set_min(d.min);
    p->set_max(d.max);
  }
}

std::string fromProto(const pb::ActionSpec& in, ActionSpec& out) {
  if (in.dims_size() < 1 || in.dims_size() > kMaxActionDims) {
    return "the action spec has " + std::to_string(in.dims_size()) + " dimensions, 1.." +
           std::to_string(kMaxActionDims) + " are allowed";
  }
  out.dims.clear();
  for (const auto& p : in.dims()) {
    if (auto e = checkText(p.name(), "an action name"); !e.empty()) return e;
    if (auto e = checkText(p.unit(), "an action unit"); !e.empty()) return e;
    out.dims.push_back(ActionDim{p.name(), p.unit(), p.min(), p.max()});
  }
  return {};
}

void toProto(const ObservationSpec& in, pb::ObservationSpec& out) {
  out.set_image_width(in.imageWidth);
  out.set_image_height(in.imageHeight);
  out.clear_state_names();
  for (const auto& n : in.stateNames) out.add_state_names(n);
  out.set_has_raw_image(in.hasRawImage);
}

std::string fromProto(const pb::ObservationSpec& in, ObservationSpec& out) {
  if (in.image_width() < 0 || in.image_height() < 0 || in.image_width() > kMaxImageSide ||
      in.image_height() > kMaxImageSide) {
    return "the observation image size must be 0..." + std::to_string(kMaxImageSide);
  }
  if (in.state_names_size() > kMaxStateValues) return "the robot declares too many state values";
  out.imageWidth = in.image_width();
  out.imageHeight = in.image_height();
  out.stateNames.clear();
  for (const auto& n : in.state_names()) {
    if (auto e = checkText(n, "a state name"); !e.empty()) return e;
    out.stateNames.push_back(n);
  }
  out.hasRawImage = in.has_raw_image();
  return {};
}

void toProto(const Observation& in, pb::Observation& out) {
  if (!in.image.empty())
    imageToProto(in.image, in.imageWidth, in.imageHeight, *out.mutable_image());
  out.clear_state();
  for (float v : in.state) out.add_state(v);
  if (!in.rawImage.empty()) {
    imageToProto(in.rawImage, in.rawWidth, in.rawHeight, *out.mutable_raw_image());
  }
}

std::string fromProto(const pb::Observation& in, Observation& out) {
  out = Observation{};
  if (in.has_image()) {
    if (auto e = imageFromProto(in.image(), "the camera image", out.image, out.imageWidth,
                                out.imageHeight);
        !e.empty()) {
      return e;
    }
  }
  if (in.state_size() > kMaxStateValues) return "the observation has too many state values";
  out.state.assign(in.state().begin(), in.state().end());
  if (in.has_raw_image()) {
    if (auto e = imageFromProto(in.raw_image(), "the operator image", out.rawImage, out.rawWidth,
                                out.rawHeight);
        !e.empty()) {
      return e;
    }
  }
  return {};
}

std::string settingsToProto(const QJsonObject& in,
                            google::protobuf::Map<std::string, pb::SettingValue>& out) {
  if (in.size() > kMaxSettings) return "at most " + std::to_string(kMaxSettings) + " settings";
  out.clear();
  for (auto it = in.begin(); it != in.end(); ++it) {
    const std::string key = it.key().toStdString();
    if (key.empty() || key.size() > kMaxSettingKey) {
      return "setting name '" + key + "' must be 1.." + std::to_string(kMaxSettingKey) + " bytes";
    }
    pb::SettingValue v;
    const QJsonValue value = it.value();
    if (value.isDouble()) {
      v.set_number(value.toDouble());
    } else if (value.isBool()) {
      v.set_flag(value.toBool());
    } else if (value.isString()) {
      const std::string text = value.toString().toStdString();
      if (text.size() > kMaxSettingText) return "setting '" + key + "' is too long a text";
      v.set_text(text);
    } else {
      return "setting '" + key +
             "' must be a number, true/false or a text (the bridge carries "
             "no nested objects or lists)";
    }
    out[key] = v;
  }
  return {};
}

std::string settingsFromProto(const google::protobuf::Map<std::string, pb::SettingValue>& in,
                              QJsonObject& out) {
  if (static_cast<int>(in.size()) > kMaxSettings) {
    return "at most " + std::to_string(kMaxSettings) + " settings";
  }
  for (const auto& [key, v] : in) {
    if (key.empty() || key.size() > kMaxSettingKey) return "a setting name is too long";
    const QString k = QString::fromStdString(key);
    switch (v.value_case()) {
      case pb::SettingValue::kNumber:
        out[k] = v.number();
        break;
      case pb::SettingValue::kFlag:
        out[k] = v.flag();
        break;
      case pb::SettingValue::kText:
        if (v.text().size() > kMaxSettingText) return "setting '" + key + "' is too long a text";
        out[k] = QString::fromStdString(v.text());
        break;
      default:
        return "setting '" + key + "' has no value";
    }
  }
  return {};
}

std::string commandFromProto(const google::protobuf::RepeatedField<float>& in,
                             std::vector<float>& out) {
  if (in.size() > kMaxActionDims) {
    return "the command has " + std::to_string(in.size()) + " values, at most " +
           std::to_string(kMaxActionDims);
  }
  out.assign(in.begin(), in.end());
  return {};
}

bool tokensEqual(const std::string& a, const std::string& b) {
  // Every byte of the longer one is looked at, whatever matched before.
  const std::size_t n = std::max(a.size(), b.size());
  unsigned diff = a.size() == b.size() ? 0u : 1u;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    const unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= static_cast<unsigned>(x ^ y);
  }
  return diff == 0;
}

}  // namespace lab::hw::bridge
