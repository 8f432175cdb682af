#pragma once
// Expected<T>: a value or a human-readable error, for calls that produce something
// (PluginLoader::create). No exceptions cross this boundary.
//   auto robot = loader.create("push-cube");
//   if (!robot) { qWarning() << robot.error(); return; }
//   std::unique_ptr<RobotHandle> handle = robot.take();
#include <optional>
#include <string>
#include <utility>

namespace lab::hw {

template <typename T>
class Expected {
 public:
  Expected(T value) : m_value(std::move(value)) {}  // NOLINT: implicit on purpose
  static Expected failure(std::string error) {
    Expected e;
    e.m_error = std::move(error);
    return e;
  }

  bool ok() const { return m_value.has_value(); }
  explicit operator bool() const { return ok(); }
  // Precondition for value()/take(): ok().
  T& value() { return *m_value; }
  const T& value() const { return *m_value; }
  T take() { return std::move(*m_value); }
  // Empty when ok().
  const std::string& error() const { return m_error; }

 private:
  Expected() = default;
  std::optional<T> m_value;
  std::string m_error;
};

}  // namespace lab::hw
