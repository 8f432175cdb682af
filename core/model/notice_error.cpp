#include "notice_error.h"

namespace lab {

NoticeError::NoticeError(const Notice& notice)
    : std::runtime_error(notice.english().toStdString()), m_notice(notice) {}

Notice exceptionNotice(const std::exception& e) {
  if (const auto* n = dynamic_cast<const NoticeError*>(&e)) return n->notice();
  return Notice::detail(QString::fromUtf8(e.what()));
}

}  // namespace lab
