#include "notice.h"

namespace lab {

Notice Notice::detail(const QString& text) {
  if (text.isEmpty()) return {};
  return Notice(NoticeCode::Detail, text);
}

bool operator==(const Notice& a, const Notice& b) {
  return a.code == b.code && a.english() == b.english();
}

Notice labelNotice(const QString& label) {
  if (label == QLatin1String("success")) return Notice(NoticeCode::LabelSuccess);
  if (label == QLatin1String("failure")) return Notice(NoticeCode::LabelFailure);
  if (label == QLatin1String("timeout")) return Notice(NoticeCode::LabelTimeout);
  if (label.isEmpty()) return Notice(NoticeCode::LabelNone);
  return Notice::detail(label);
}

Notice labelledByNotice(const QString& by) {
  if (by == QLatin1String("operator")) return Notice(NoticeCode::ByOperator);
  if (by == QLatin1String("detector")) return Notice(NoticeCode::ByDetector);
  if (by == QLatin1String("timer")) return Notice(NoticeCode::ByTimer);
  if (by == QLatin1String("relabel")) return Notice(NoticeCode::ByRelabel);
  if (by == QLatin1String("undo")) return Notice(NoticeCode::ByUndo);
  return Notice::detail(by);
}

}  // namespace lab
