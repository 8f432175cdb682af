#pragma once
// An exception that carries a Notice (a code with arguments) instead of a sentence, so whoever
// catches it shows the operator translated words (noticeText) and what() stays the English for
// logs and the CLI. Core throws it (or a subclass: ConfigError) for errors that reach a user.
#include <exception>
#include <stdexcept>

#include "notice.h"

namespace lab {

class NoticeError : public std::runtime_error {
 public:
  explicit NoticeError(const Notice& notice);
  const Notice& notice() const { return m_notice; }

 private:
  Notice m_notice;
};

// What an exception says as a Notice: a NoticeError's own notice, else what() as free text.
Notice exceptionNotice(const std::exception& e);

}  // namespace lab
