#include "policy_exporter.h"

#include <torch/script.h>

#include <sstream>
#include <stdexcept>

namespace lab {

namespace {

// Walks a module tree in forward order and emits TorchScript lines for the layer kinds our
// networks use; parameters become attributes named p0, p1, ...
class SourceBuilder {
 public:
  explicit SourceBuilder(torch::jit::Module* target) : m_target(target) {}

  std::string param(const torch::Tensor& t) {
    const std::string name = "p" + std::to_string(m_count++);
    if (m_target) m_target->register_parameter(name, t.detach().to(torch::kCPU).clone(), false);
    return "self." + name;
  }

  void sequential(const torch::nn::Module& seq, const std::string& var) {
    for (const auto& child : seq.children()) layer(*child, var);
  }

  void layer(const torch::nn::Module& m, const std::string& var) {
    if (auto* lin = dynamic_cast<const torch::nn::LinearImpl*>(&m)) {
      const auto w = param(lin->weight), b = param(lin->bias);
      m_src << "    " << var << " = torch.matmul(" << var << ", " << w << ".t()) + " << b << "\n";
    } else if (auto* conv = dynamic_cast<const torch::nn::Conv2dImpl*>(&m)) {
      const auto w = param(conv->weight), b = param(conv->bias);
      const auto s = (*conv->options.stride())[0];
      m_src << "    " << var << " = torch.conv2d(" << var << ", " << w << ", " << b << ", [" << s
            << ", " << s << "])\n";
    } else if (auto* ln = dynamic_cast<const torch::nn::LayerNormImpl*>(&m)) {
      const auto w = param(ln->weight), b = param(ln->bias);
      m_src << "    " << var << " = torch.layer_norm(" << var << ", ["
            << ln->options.normalized_shape()[0] << "], " << w << ", " << b << ", 1e-5)\n";
    } else if (dynamic_cast<const torch::nn::ReLUImpl*>(&m)) {
      m_src << "    " << var << " = torch.relu(" << var << ")\n";
    } else {
      throw std::runtime_error("TorchScript export: unsupported layer " + m.name());
    }
  }

  void line(const std::string& s) { m_src << "    " << s << "\n"; }
  std::string str() const { return m_src.str(); }

 private:
  torch::jit::Module* m_target;
  std::ostringstream m_src;
  int m_count = 0;
};

const torch::nn::Module& child(const torch::nn::Module& m, const std::string& name) {
  for (const auto& item : m.named_children()) {
    if (item.key() == name) return *item.value();
  }
  throw std::runtime_error("TorchScript export: module has no child '" + name + "'");
}

std::string build(torch::jit::Module* target, Networks& nets, const SacConfig& config,
                  int actionDim) {
  SourceBuilder b(target);
  std::string signature;
  const bool image = config.obsMode != ObsMode::State, state = config.obsMode != ObsMode::Image;
  if (image && state)
    signature = "image: Tensor, state: Tensor";
  else if (image)
    signature = "image: Tensor";
  else
    signature = "state: Tensor";
  if (image) {
    const auto& enc = *nets.encoder;
    b.line("h = image");
    b.sequential(child(enc, "convs"), "h");
    b.line("h = torch.flatten(h, 1)");
    b.layer(child(enc, "project"), "h");
    b.layer(child(enc, "norm"), "h");
    b.line("h = torch.tanh(h)");
    if (state) b.line("h = torch.cat([h, state], 1)");
  } else {
    b.line("h = state");
  }
  b.sequential(child(*nets.actor, "trunk"), "h");
  b.line("return torch.tanh(torch.narrow(h, 1, 0, " + std::to_string(actionDim) + "))");
  return "def forward(self, " + signature + ") -> Tensor:\n" + b.str();
}

}  // namespace

std::string PolicyExporter::forwardSource(Networks& nets, const SacConfig& config, int actionDim) {
  return build(nullptr, nets, config, actionDim);
}

void PolicyExporter::writeTorchScript(const QString& path, Networks& nets, const SacConfig& config,
                                      int actionDim) {
  torch::jit::Module module("SigEntPolicy");
  const std::string source = build(&module, nets, config, actionDim);
  try {
    module.define(source);
    module.save(path.toStdString());
  } catch (const c10::Error& e) {
    throw std::runtime_error("TorchScript export to '" + path.toStdString() +
                             "' failed: " + e.what_without_backtrace());
  }
}

}  // namespace lab
