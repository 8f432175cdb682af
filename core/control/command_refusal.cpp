#include "command_refusal.h"

namespace lab {

namespace {
using S = ControllerState;
using C = ControllerCommand;
using N = NoticeCode;

// Conditions beyond the state table: they depend on data, not on the state.
Notice dataRefusal(const QueuedCommand& command, const LoopFacts& f) {
  const ControllerCommand c = command.command;
  switch (c) {
    case C::UndoLabel:
      if (!f.canUndo) return Notice(N::NoLabelToUndo);
      break;
    case C::InterventionOn:
      if (f.intervention) return Notice(N::InterventionAlreadyOn);
      if (!f.canDrive) return Notice(N::InterventionNeedsTeleop);
      break;
    case C::InterventionOff:
      if (!f.intervention) return Notice(N::InterventionNotOn);
      break;
    case C::Success:
    case C::Failure:
      if ((f.state == S::EpisodeRunning || f.state == S::Evaluating) && f.episodeActive &&
          f.episodeSteps == 0) {
        return Notice(N::LabelNeedsStep, c);
      } else if (f.state == S::Evaluating && !f.episodeActive) {
        return Notice(N::NoEvaluationEpisode, c);
      } else if (f.state == S::BetweenEpisodes && !f.lastIsTraining) {
        return Notice(N::NoTrainingEpisodeToLabel, c);
      }
      break;
    case C::StartRecording:
      if (command.byExpert && !f.hasScriptedExpert) return Notice(N::NoScriptedExpert);
      if (!command.byExpert && !f.canDrive) return Notice(N::RecordingNeedsTeleop);
      break;
    case C::StartTraining:
      if (f.state == S::BetweenEpisodes && f.phase == EpisodePhase::WaitOperator) {
        return Notice(N::WaitingForOperator);
      } else if (f.state == S::BetweenEpisodes && f.phase == EpisodePhase::Go) {
        return Notice(N::NextEpisodeStarting);
      }
      break;
    case C::OperatorReady:
      if (f.phase == EpisodePhase::Go || f.episodeActive) {
        return inState(Notice(N::NobodyWaiting), f.state);
      }
      break;
    case C::CheckpointNow:
      if (!f.hasStore) return Notice(N::NoSessionFolder);
      break;
    default:
      break;
  }
  return {};
}
}  // namespace

Notice commandRefusal(const QueuedCommand& command, const LoopFacts& facts) {
  Notice reason =
      refusalReason(facts.state, command.command, facts.emergencyStopped, facts.hasDemo);
  if (reason.isEmpty()) reason = dataRefusal(command, facts);
  if (reason.isEmpty() && command.command == C::Evaluate && command.count < 1) {
    reason = Notice(N::EvaluateNeedsEpisodes, command.count);
  }
  return reason;
}

}  // namespace lab
