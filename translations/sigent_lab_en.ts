<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OperatorText</name>
    <message>
        <location filename="../widgets/operator_text.cpp" line="48"/>
        <source>No emergency stop to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="49"/>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="50"/>
        <source>Disconnect needs the robot at rest; pause first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="51"/>
        <source>Recording needs a connected robot at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="52"/>
        <source>Not recording a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="53"/>
        <source>No demo recorded yet: record one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="54"/>
        <source>Replay needs the robot ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="55"/>
        <source>Undo label needs a labelled training episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="56"/>
        <source>Intervention needs a running training episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="57"/>
        <source>No intervention to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="58"/>
        <source>Training needs a demo: record one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="59"/>
        <source>Training can start only when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="60"/>
        <source>Already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="61"/>
        <source>Nothing is running to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="62"/>
        <source>Nothing is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="63"/>
        <source>Evaluation needs the robot ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="64"/>
        <source>Nothing learned yet: record a demo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="65"/>
        <source>Nobody is waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="66"/>
        <source>No label to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="67"/>
        <source>Intervention is already on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="68"/>
        <source>Intervention is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="69"/>
        <source>Waiting for the operator to set the scene up: press Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="70"/>
        <source>The next episode is already starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="71"/>
        <source>No session folder: checkpoints need a sessionDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="72"/>
        <source>Intervention needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="75"/>
        <source>Recording needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="78"/>
        <source>This robot has no scripted expert: record the demo by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="87"/>
        <source>%1 needs a connected robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="89"/>
        <source>%1 is blocked: the emergency stop is active, acknowledge it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="91"/>
        <source>%1 needs a running episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="93"/>
        <source>%1 needs at least one step of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="95"/>
        <source>%1: no evaluation episode is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="97"/>
        <source>%1: no finished training episode to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="114"/>
        <source>Nobody is waiting for the operator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="123"/>
        <source>No robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="124"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="125"/>
        <source>Recording demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="126"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="127"/>
        <source>Episode running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="128"/>
        <source>Between episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="129"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="130"/>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="131"/>
        <source>Replaying demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="139"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="140"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="141"/>
        <source>Record demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="142"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="143"/>
        <source>Replay demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="144"/>
        <location filename="../widgets/operator_text.cpp" line="162"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="145"/>
        <location filename="../widgets/operator_text.cpp" line="163"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="146"/>
        <source>Undo label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="147"/>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="148"/>
        <source>Hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="149"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="150"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="151"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="152"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="153"/>
        <source>Acknowledge emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="154"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="155"/>
        <source>Save checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="156"/>
        <source>Scene ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="164"/>
        <source>Time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="165"/>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="170"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="171"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="172"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="173"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="174"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="179"/>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="180"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="181"/>
        <source>Session store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="188"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="189"/>
        <source>Relabelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="182"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="183"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="184"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="185"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="186"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="187"/>
        <source>Teleop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="198"/>
        <source>%1 (state: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotCatalog</name>
    <message>
        <location filename="../app/gui/robot_catalog.cpp" line="76"/>
        <source>%1 Hz, %2 steps per episode, actions: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="36"/>
        <source>No checkpoint in this session yet: train (or press Save checkpoint) first, or untick the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="55"/>
        <source>No checkpoint could be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="63"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="71"/>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSessionModel</name>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="70"/>
        <source>This session stores no camera images (state observations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="80"/>
        <source>Unknown label &apos;%1&apos;: use success or failure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::CameraView</name>
    <message>
        <location filename="../widgets/camera_view.cpp" line="44"/>
        <source>Camera frame rejected: %1 bytes for a %2x%3 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="86"/>
        <source>No camera image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="113"/>
        <source>%1x%2  %3 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="115"/>
        <source>episode %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::ConfigEditor</name>
    <message>
        <location filename="../widgets/config_editor.cpp" line="24"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="28"/>
        <source>SigEnt-SAC and the baselines are presets of the same learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="30"/>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="41"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="44"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="62"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="64"/>
        <source>Validate and use this configuration for the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="65"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="67"/>
        <source>Load file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="69"/>
        <source>Save file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="164"/>
        <source>The JSON text is not valid at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="168"/>
        <source>The JSON text must be one object: { &quot;key&quot;: value, ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="211"/>
        <source>Load configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="212"/>
        <location filename="../widgets/config_editor.cpp" line="225"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="224"/>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeControls</name>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="48"/>
        <source>Demo by the scripted expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="70"/>
        <source> episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="71"/>
        <source>Number of deterministic evaluation episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="83"/>
        <source>Zero command now and pause the learner (Space or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="89"/>
        <source>The robot and its surroundings are safe: allow motion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="201"/>
        <source>Recording starts with your first move (time limit %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="203"/>
        <source>Recording: %1 s left of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="205"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="255"/>
        <location filename="../widgets/episode_controls.cpp" line="264"/>
        <source>%1: not available now. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="263"/>
        <source>The simulation drives the demo itself: see the whole loop without driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="266"/>
        <source>STOPPED - acknowledge to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="267"/>
        <source>EMERGENCY STOP (Space / Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="273"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="274"/>
        <source>[EMERGENCY STOP ACTIVE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeStepPlot</name>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="24"/>
        <source>This episode, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="29"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="30"/>
        <location filename="../widgets/episode_step_plot.cpp" line="42"/>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="31"/>
        <source>H_sig, gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="43"/>
        <source>H_sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="44"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="46"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="19"/>
        <source>Export session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="24"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="28"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="33"/>
        <source>Transitions as HDF5 (D4RL layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="35"/>
        <source>Training metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="37"/>
        <source>Policy as TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="43"/>
        <source>A manifest (config, seeds, versions, file list) is always written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="62"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="65"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="67"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="74"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="120"/>
        <source>Choose a folder to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="125"/>
        <source>Nothing to export: no session is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="134"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="174"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="186"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="186"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="189"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export_dialog.cpp" line="192"/>
        <source>Wrote %n file(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lab::ui::GuiComposition</name>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="132"/>
        <source>Gamepad unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="218"/>
        <source>Configuration applied; it is used from the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="226"/>
        <source>Disconnect first: the session folder changes only without a robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="256"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="257"/>
        <source>Emergency stop acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="275"/>
        <source>%1 Hz, jitter %2 ms, %3 environment steps
Time limit: episodes %4 steps (%5 s), demos %6 steps (%7 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="313"/>
        <source>Gamepad connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="313"/>
        <source>Gamepad disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="336"/>
        <source>No robot plugin named &apos;%1&apos; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="355"/>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="241"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="27"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="31"/>
        <location filename="../app/gui/main_window.cpp" line="195"/>
        <source>SigEnt Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>The learner keeps up with the robot again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="106"/>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="108"/>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="118"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="119"/>
        <source>&amp;Open session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="120"/>
        <source>Open a session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="124"/>
        <source>&amp;New session folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="126"/>
        <source>Folder for the next connection&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="134"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="137"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>The language changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="196"/>
        <source>SigEnt Lab - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="205"/>
        <source>The configuration can change only while no robot is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="219"/>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Evaluation: %1 of %2 episodes succeeded, %3 steps on average (demo: %4 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <source>Set the scene up, then press Scene ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>%1 episode %2 ended after %3 steps: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="237"/>
        <source> (%n intervention step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Export finished: %n file(s) written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lab::ui::RobotPanel</name>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="27"/>
        <source>Robot plugins found in the plugin folder and built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="28"/>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="35"/>
        <source>Settings (JSON, passed to the plugin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="41"/>
        <source>Passed to the plugin when it connects. The simulated robots take raw_image_size, max_episode_steps and start_spread (0.25 to 1: how widely the starts vary), for example {&quot;start_spread&quot;: 0.5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="56"/>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="57"/>
        <source>Lockstep (simulated robots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="59"/>
        <source>Real time: the robot runs at its control rate and the learner updates beside it as fast as it can (the only choice for a physical robot).
Lockstep, for simulated robots only: the simulation waits for the learner after every step, so each step gets exactly the configured updates (utd), and it runs faster than real time whenever the learner is quicker than the control rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="64"/>
        <source>Pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="68"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="69"/>
        <source>automatic (3 x episode limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="70"/>
        <source>How long a demo recording may last, counted from your first move; shown as a countdown while you record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="72"/>
        <source>Demo time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="73"/>
        <source>Keep demos that end without Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="75"/>
        <source>Off: a recording that times out or is stopped before Success is discarded (it cannot teach the task) and the previous demo stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="82"/>
        <source>How many of your newest demos the learner imitates; recording one more drops the oldest (1: recording again replaces the demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="84"/>
        <source>Demos that teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="142"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="146"/>
        <source>No robot plugin found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="164"/>
        <source>Robot settings are not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="168"/>
        <source>Robot settings must be a JSON object, like {&quot;seed&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="185"/>
        <source>Choose a robot first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="224"/>
        <source>Load the plugin and activate the robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="226"/>
        <source>Stop the robot and release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="235"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::SessionBrowser</name>
    <message>
        <location filename="../widgets/session_browser.cpp" line="35"/>
        <source>Session folder (recently used ones in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="37"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="39"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="41"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="75"/>
        <source>Drag, or use the arrow keys, to step through the frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="84"/>
        <source>Relabel: success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="86"/>
        <source>Relabel: failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="88"/>
        <source>Replay frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="90"/>
        <source>Stop replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="126"/>
        <source>Open a session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="146"/>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="162"/>
        <source>Cannot open the session in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="271"/>
        <source>Select an episode first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="282"/>
        <source>Relabelling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="303"/>
        <source>Loading episode %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="324"/>
        <source>Episode %1 has no stored frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="373"/>
        <source>Step %1: Q %2, H_sig %3, gate %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="378"/>
        <source> (intervention)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::StatusFields</name>
    <message>
        <location filename="../widgets/status_fields.cpp" line="34"/>
        <source>Control loop: measured rate and jitter (std. dev. of the tick period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="35"/>
        <source>Learner updates per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="36"/>
        <source>Learner updates per environment step over the last second, against the configured ratio (utd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="38"/>
        <source>Lockstep: simulated robot time against wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="39"/>
        <source>Transitions in the replay and expert buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="40"/>
        <source>Time since the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="64"/>
        <source>Loop: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="65"/>
        <source>Updates/s: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="66"/>
        <source>UTD -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="69"/>
        <source>Buffers: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="70"/>
        <location filename="../widgets/status_fields.cpp" line="94"/>
        <source>Checkpoint: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="80"/>
        <source>Loop: %1 Hz, jitter %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="81"/>
        <source>Updates/s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="82"/>
        <source>UTD %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="87"/>
        <source>sim %1 in %2 (%3x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="89"/>
        <source>sim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="92"/>
        <source>Buffers: replay %1, expert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="97"/>
        <source>Checkpoint: %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="98"/>
        <source>Checkpoint: %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="111"/>
        <source>The learner cannot keep up with the robot: it managed %1 of the %2 updates per step it is configured for, so it learns from less than planned. Try a smaller batch (batch_size), fewer OOD samples (ood_policy_samples), a lower control rate, or, for a simulated robot, lockstep pacing (Robot panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="116"/>
        <source>Learner cannot keep up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::TeleopInput</name>
    <message>
        <location filename="../app/gui/teleop_input.cpp" line="31"/>
        <source>No robot chosen yet: the gamepad mapping needs the robot&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::TrainingPlots</name>
    <message>
        <location filename="../widgets/training_plots.cpp" line="19"/>
        <source>Q-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="20"/>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="21"/>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="22"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="23"/>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="24"/>
        <source>H_sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="25"/>
        <source>Raw entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="26"/>
        <source>Gate open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="27"/>
        <source>Gate-open fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="29"/>
        <source>BC and OOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="30"/>
        <source>BC term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="31"/>
        <source>OOD term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="32"/>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="33"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="34"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="35"/>
        <location filename="../widgets/training_plots.cpp" line="36"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="37"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="38"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="40"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="42"/>
        <source>Episode length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="42"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Updates per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Updates/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
