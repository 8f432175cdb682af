#include "label_book.h"

namespace lab {

void LabelBook::restart(const Episode& last, bool failureIsTerminal) {
  m_last = last;
  m_undo.clear();
  m_failureIsTerminal = failureIsTerminal;
}

bool LabelBook::terminalFor(const QString& label, const QString& by) const {
  if (label == "success") return true;
  return label == "failure" && (m_failureIsTerminal || by == "detector");
}

LabelBook::Label LabelBook::label(int64_t episodeId, const QString& label,
                                  const QString& by) const {
  return Label{episodeId, label, by, label == "success" ? 1.0f : 0.0f, terminalFor(label, by)};
}

void LabelBook::episodeEnded(int64_t id, const QString& kind, const QString& label,
                             const QString& by, const QString& labelledBy) {
  if (!label.isEmpty() && kind != "demo" && by != "timer") {
    m_undo.push_back(Label{id, QString(), QString(), 0.0f, false});
  }
  m_last = Episode{id, kind, label, labelledBy};
}

std::optional<LabelBook::Label> LabelBook::labelLast(const QString& newLabel, const QString& by) {
  if (m_last.label == newLabel) return std::nullopt;
  m_undo.push_back(label(m_last.id, m_last.label, m_last.by));
  return label(m_last.id, newLabel, by);
}

LabelBook::Label LabelBook::undo() {
  Label u = m_undo.back();
  m_undo.pop_back();
  if (u.label.isEmpty()) u.by = QStringLiteral("undo");
  return u;
}

void LabelBook::applied(int64_t episodeId, const QString& label, const QString& labelledBy) {
  if (episodeId != m_last.id) return;
  m_last.label = label;
  m_last.by = labelledBy;
}

}  // namespace lab
