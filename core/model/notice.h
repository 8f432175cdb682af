#pragma once
// An operator-facing message from the controller: a code and its arguments, never a sentence.
// Core reports refusals, status and faults as Notices; the words come from one place,
// notice_text.h, through Qt's translation, so the window's English and Chinese and the CLI's
// English are all made from the same source strings (a changed word cannot slip past the
// translation). Torch-free and QtGui-free: widgets/ and app/ include it.
#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace lab {

// One code per sentence. The English text of each is in notice_text.cpp (the source string of
// its translation); %1, %2 ... are the arguments in order.
enum class NoticeCode {
  Detail,   // "%1": a lower-level detail that is free text (a plugin's, an OS or SQLite error)
  InState,  // "%1 (state: %2)": a refusal (notice) and the state it was refused in

  // Refusals of the state table (refusalNotice)
  NoEmergencyStopToAcknowledge,
  BlockedByEmergencyStop,
  NeedsConnectedRobot,
  AlreadyConnected,
  DisconnectNeedsRest,
  RecordingNeedsRest,
  NotRecording,
  NoDemoToReplay,
  ReplayNeedsReady,
  LabelNeedsRunningEpisode,
  UndoNeedsLabelledEpisode,
  InterventionNeedsEpisode,
  NoInterventionToEnd,
  TrainingNeedsDemo,
  TrainingNeedsReady,
  AlreadyPaused,
  NothingToPause,
  NothingPaused,
  EvaluationNeedsReady,
  NothingLearnedYet,
  NobodyWaiting,
  // Refusals that depend on data, not on the state (the robot loop's)
  NoLabelToUndo,
  InterventionAlreadyOn,
  InterventionNeedsTeleop,
  InterventionNotOn,
  LabelNeedsStep,
  NoEvaluationEpisode,
  NoTrainingEpisodeToLabel,
  NoScriptedExpert,
  RecordingNeedsTeleop,
  WaitingForOperator,
  NextEpisodeStarting,
  NoSessionFolder,
  EvaluateNeedsEpisodes,
  RobotRefusedAcknowledge,

  // Settings and connecting
  SettingsNeedIdle,
  InvalidLearnerConfig,
  RobotNoCamera,
  RobotImageSize,
  RobotNoState,
  RobotNoAction,
  RobotBadTiming,
  RobotNotSimulated,
  MemoryTooSmall,
  SessionFailed,
  LearnerDidNotStart,
  LearnerStartTimeout,
  SessionReopened,
  // The robot and its plugin
  RobotCallFailed,
  PluginLoadTimeout,
  PluginCallOverrun,
  PluginCallAbandoned,
  NonFiniteState,
  ReadsFailed,
  NoValidObservationFor,
  RobotBlind,
  CommandsRefused,
  UnsafeStop,
  RecordingWasDiscarded,
  ReplayWasStopped,
  EpisodeEndedUnlabelled,
  NoEpisodeStarted,
  WaitingForTeleop,
  ActingFailed,
  ActionSize,
  ActionNonFinite,
  NewWeightsRefused,
  // The e-stop, recording, replay, labels, interventions
  EmergencyStopLatched,
  EmergencyStopAcknowledged,
  EmergencyStopInterruptedRecording,
  RecordingNotStarted,
  StoppedBeforeSuccess,
  OperatorMarkedFailed,
  DemoTaskFailed,
  DemoTimeLimit,
  DemoMustSucceed,
  DemoNoSteps,
  RecordingDiscarded,
  DemoRecorded,
  DemoRecordedReplaces,
  DemoRecordedTeach,
  ReplayFinished,
  ReplayFinishedSuccess,
  ReplayFinishedNoSuccess,
  InterventionStarted,
  InterventionEnded,
  AlreadyLabelled,
  Labelled,
  RelabelNeedsSession,
  NoSuchEpisode,
  OperatorSetUpScene,
  // Labels and who gave them (arguments of the label sentences)
  LabelSuccess,
  LabelFailure,
  LabelTimeout,
  LabelNone,
  ByOperator,
  ByDetector,
  ByTimer,
  ByRelabel,
  ByUndo,
  // Training, evaluation
  TrainingStopped,
  BudgetDone,
  Solved,
  EvaluationSummary,
  PausedForLearner,
  PausedForStore,
  // The session store
  EpisodeItem,
  LabelItem,
  MetricsItem,
  CheckpointRecordsItem,
  EventsItem,
  SavedOnRetry,
  SaveFailedRetrying,
  SaveFailedOnce,
  StoreFlushTimeout,
  WritesLost,
  // The learner and its checkpoints
  CheckpointSaved,
  CheckpointRefused,
  NoUsableCheckpoint,
  CheckpointNeedsSessionDir,
  CheckpointSaveFailed,
  ResumedFromCheckpoint,
  LoadedFromCheckpoint,
  LearnerBuildFailed,
  LearnerUnknownFailure,
  StepValuesNonFinite,
  EpisodeNotBuffered,
  LearnerDiverged,
  UpdateFailed,
  UpdateNonFinite,
  WeightsNonFinite,
  // The learner's configuration (SacConfig, ConfigError): the key first
  ConfigNotNumber,
  ConfigOutOfRange,
  ConfigNotInteger,
  ConfigNotBoolean,
  ConfigNotOneOf,
  ConfigAutoOrNumber,
  ConfigUnknownKey,
  ConfigUnknownPreset,
  ConfigNotBelow,
  ConfigAtLeast,
  ConfigNeedsSamples,
  ConfigNotAbove,
  ConfigNoCuda,
  ConfigFileUnreadable,
  ConfigFileNotJson,
  ConfigFileNotObject,
  ConfigFileUnwritable,
  // Opening and creating a session (StoreError), and SQLite's failures in words
  SessionFolderMissing,
  SessionNotAFolder,
  SessionHoldsNone,
  SessionFileEmpty,
  SessionPathIsFile,
  SessionFolderNotCreated,
  SessionExists,
  SessionOtherRobot,
  SessionFolderReadOnly,
  SessionLocked,
  SessionLockFileFailed,
  SessionFileReadOnly,
  SessionNotADatabase,
  SessionSchemaVersion,
  SessionNoRow,
  SessionDamaged,
  SessionRowInvalid,
  SessionFileProblem,
  StoreLocked,
  StoreDamaged,
  StoreReadOnly,
  StoreDiskFull,
  StoreDiskFullBecause,
  StoreCannotOpen,
  StoreSqliteError,
  // Exporting a session
  ExportCannotWrite,
  ExportDiskFull,
  ExportChecksumUnreadable,
  ExportHdf5Failed,
  ExportNotMoved,
  ExportNoFolder,
  ExportFolderNotCreated,
  ExportNoPolicy,
  ExportPolicyNotCopied,
  // Checkpoint files (CheckpointError) and restoring a session into the learner
  CheckpointUnwritable,
  CheckpointIncomplete,
  CheckpointNotReplaced,
  CheckpointUnopenable,
  CheckpointWrongFormat,
  CheckpointTruncated,
  CheckpointWrongSize,
  CheckpointCorrupt,
  CheckpointBadHeader,
  CheckpointChecksumMismatch,
  CheckpointStepMismatch,
  RestoreTimeout,
  CheckpointNotFinite,
  CheckpointMismatch,
  CheckpointUnknownFormat,
  CheckpointStateDim,
  CheckpointActionDim,
  CheckpointKeyDiffers,
  CheckpointUnloadable,
  // The learner on another machine (remote/learner)
  LearnerLinkLost,
  LearnerLinkRestored,
  LearnerLinkNotStored,
  LearnerLinkRefused,
  PausedForLearnerLink,
  ResumedForLearnerLink,

  // Appended, not grouped: the codes travel the learner link as numbers, so a code added in the
  // middle would renumber the later ones between a window and a learner of different builds.
  RobotNoCameraLearnsState,  // ControllerSettings::fitObservationToRobot
  RobotNoStateLearnsImages,
  SessionRobotChanged,  // SessionStore::openOrCreate: the same robot, other shapes
  EvaluationNoSuccess,  // EvaluationResult::summary with no success
  LearnerUnreachable,   // LearnerLinkClient: the first connection never got through
  // LearnerHost::open's refusals, sent as codes so the robot side shows them in its language
  LearnerShuttingDown,
  LearnerProtocolMismatch,
  LearnerTaken,
  LearnerSessionNotReadBack,
  LearnerRequestOutOfBounds,
  LearnerTokenRefused,

  Count  // not a code: the number of codes
};

// Arguments are QVariants: a QString or number is shown as it is, a ControllerState /
// ControllerCommand as its operator word, a nested Notice as its own sentence, and a
// QVariantList as its items so shown, separated by commas.
inline QVariant noticeArg(const QString& s) { return s; }
inline QVariant noticeArg(const char* s) { return QString::fromUtf8(s); }
template <typename T>
QVariant noticeArg(const T& v) {
  return QVariant::fromValue(v);
}

struct Notice {
  NoticeCode code = NoticeCode::Detail;
  QVariantList args;

  Notice() = default;
  template <typename... A>
  explicit Notice(NoticeCode c, const A&... a) : code(c), args{noticeArg(a)...} {}
  bool isEmpty() const { return code == NoticeCode::Detail && args.isEmpty(); }
  // The free text of a lower-level error (empty text: an empty Notice).
  static Notice detail(const QString& text);
  // The English sentence, as stored in the session's events and printed in logs.
  QString english() const;
};

bool operator==(const Notice& a, const Notice& b);
inline bool operator!=(const Notice& a, const Notice& b) { return !(a == b); }

// Labels ("success", "failure", "timeout", "") and labellers ("operator", "detector", ...) as
// the notices that name them.
Notice labelNotice(const QString& label);
Notice labelledByNotice(const QString& by);

}  // namespace lab

Q_DECLARE_METATYPE(lab::Notice)
