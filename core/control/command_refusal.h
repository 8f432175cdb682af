#pragma once
// Whether the robot loop takes an operator command now. The state table (refusalReason) first,
// then what depends on the loop's data beyond its state: an episode with steps to label, a
// finished training episode, a teleop device to drive with, a label to undo, who the next
// episode waits for. Pure: the loop passes what it knows (LoopFacts), this says why not.
#include "command_queue.h"
#include "controller_types.h"
#include "notice.h"

namespace lab {

// Between episodes: what the next one waits for.
enum class EpisodePhase {
  WaitOperator,  // the operator sets the scene up (ResetMode::Operator), then presses Ready
  WaitStart,     // StartTraining (or the unattended run's next episode)
  Go,            // it starts as soon as the last one is durable
};

// What the loop knows when a command arrives.
struct LoopFacts {
  ControllerState state = ControllerState::Idle;
  bool emergencyStopped = false;
  bool hasDemo = false;
  bool canUndo = false;       // a label someone gave can be taken back
  bool intervention = false;  // the operator drives the running episode
  // A teleop action arrived, or scriptedDemo is on and the robot has a scripted expert.
  bool canDrive = false;
  bool hasScriptedExpert = false;
  bool episodeActive = false;
  int episodeSteps = 0;         // of the open episode
  bool lastIsTraining = false;  // the last finished episode exists and is not a demo
  EpisodePhase phase = EpisodePhase::WaitStart;
  bool hasStore = false;  // a session folder is open
};

// Why `command` is refused (the same Notices the window and the CLI show); empty when the loop
// applies it. The loop takes EmergencyStop, Relabel and Shutdown without asking.
Notice commandRefusal(const QueuedCommand& command, const LoopFacts& facts);

}  // namespace lab
