#pragma once
// The robot loop's record of labels: the last finished episode (what Success / Failure label
// between episodes), the labels that can still be taken back (Undo label, newest first), and
// which label ends an episode on a terminal step. Pure bookkeeping: the loop applies what it
// returns (learner, store, log). Robot thread only.
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace lab {

class LabelBook {
 public:
  struct Episode {
    int64_t id = -1;
    QString kind, label, by;
  };
  // A label to give an episode: with the reward and terminal flag of its last step.
  struct Label {
    int64_t episodeId = -1;
    QString label, by;
    float reward = 0;
    bool terminal = false;
  };

  // A new connection: `last` is the session's newest episode (id -1: none); nothing to undo.
  void restart(const Episode& last, bool failureIsTerminal);
  const Episode& last() const { return m_last; }
  bool canUndo() const { return !m_undo.empty(); }

  // Success: terminal. Failure: terminal if configured (failureIsTerminal) or if the robot's
  // failure detector said so (it fires only when success has become impossible). Time-out and
  // no label: never terminal (bootstrapping goes on).
  bool terminalFor(const QString& label, const QString& by) const;
  Label label(int64_t episodeId, const QString& label, const QString& by) const;

  // An episode ended with `label` (empty: none) given by `by`; `labelledBy` is what it records.
  // Undo covers labels someone gave (operator, detector), not the timer's time-out, and not a
  // demo's.
  void episodeEnded(int64_t id, const QString& kind, const QString& label, const QString& by,
                    const QString& labelledBy);
  // Labelling the last episode: the label to apply (its undo is kept), or none when the episode
  // has that label already.
  std::optional<Label> labelLast(const QString& label, const QString& by);
  // The newest label given, taken back: the label the episode had before ("undo" gives an
  // empty label). Only when canUndo().
  Label undo();
  // A label was applied to `episodeId`: the last episode follows when it is that one.
  void applied(int64_t episodeId, const QString& label, const QString& labelledBy);

 private:
  Episode m_last;
  std::vector<Label> m_undo;
  bool m_failureIsTerminal = false;
};

}  // namespace lab
