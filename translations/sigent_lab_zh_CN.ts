<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>OperatorText</name>
    <message>
        <location filename="../widgets/operator_text.cpp" line="48"/>
        <source>No emergency stop to acknowledge</source>
        <translation>没有需要确认的急停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="49"/>
        <source>Already connected</source>
        <translation>已经连接</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="50"/>
        <source>Disconnect needs the robot at rest; pause first</source>
        <translation>断开连接需要机器人静止；请先暂停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="51"/>
        <source>Recording needs a connected robot at rest</source>
        <translation>录制需要已连接且静止的机器人</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="52"/>
        <source>Not recording a demo</source>
        <translation>当前没有在录制示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="53"/>
        <source>No demo recorded yet: record one first</source>
        <translation>还没有录制示范：请先录制一次</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="54"/>
        <source>Replay needs the robot ready</source>
        <translation>回放需要机器人处于就绪状态</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="55"/>
        <source>Undo label needs a labelled training episode</source>
        <translation>撤销标注需要一个已标注的训练回合</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="56"/>
        <source>Intervention needs a running training episode</source>
        <translation>接管需要正在运行的训练回合</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="57"/>
        <source>No intervention to end</source>
        <translation>没有可结束的接管</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="58"/>
        <source>Training needs a demo: record one first</source>
        <translation>训练需要一次示范：请先录制</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="59"/>
        <source>Training can start only when ready</source>
        <translation>只有在就绪时才能开始训练</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="60"/>
        <source>Already paused</source>
        <translation>已经暂停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="61"/>
        <source>Nothing is running to pause</source>
        <translation>没有正在运行的内容可暂停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="62"/>
        <source>Nothing is paused</source>
        <translation>没有处于暂停的内容</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="63"/>
        <source>Evaluation needs the robot ready</source>
        <translation>评估需要机器人处于就绪状态</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="64"/>
        <source>Nothing learned yet: record a demo first</source>
        <translation>尚未学习任何内容：请先录制示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="65"/>
        <source>Nobody is waiting for the operator</source>
        <translation>当前没有等待操作员的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="66"/>
        <source>No label to undo</source>
        <translation>没有可撤销的标注</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="67"/>
        <source>Intervention is already on</source>
        <translation>接管已经开启</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="68"/>
        <source>Intervention is not on</source>
        <translation>接管尚未开启</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="69"/>
        <source>Waiting for the operator to set the scene up: press Ready</source>
        <translation>等待操作员布置场景：请按“场景就绪”</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="70"/>
        <source>The next episode is already starting</source>
        <translation>下一个回合已经在启动</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="71"/>
        <source>No session folder: checkpoints need a sessionDir</source>
        <translation>没有会话文件夹：保存检查点需要会话文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="72"/>
        <source>Intervention needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation>接管需要遥操作设备：尚未收到遥操作动作（或在带有脚本专家的机器人上启用脚本示范）</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="75"/>
        <source>Recording needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation>录制需要遥操作设备：尚未收到遥操作动作（或在带有脚本专家的机器人上启用脚本示范）</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="78"/>
        <source>This robot has no scripted expert: record the demo by hand</source>
        <translation>此机器人没有脚本专家：请手动录制示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="87"/>
        <source>%1 needs a connected robot</source>
        <translation>“%1”需要已连接的机器人</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="89"/>
        <source>%1 is blocked: the emergency stop is active, acknowledge it first</source>
        <translation>“%1”被阻止：急停处于激活状态，请先确认急停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="91"/>
        <source>%1 needs a running episode</source>
        <translation>“%1”需要正在运行的回合</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="93"/>
        <source>%1 needs at least one step of the episode</source>
        <translation>“%1”需要回合至少执行一步</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="95"/>
        <source>%1: no evaluation episode is running</source>
        <translation>“%1”：没有正在运行的评估回合</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="97"/>
        <source>%1: no finished training episode to label</source>
        <translation>“%1”：没有可标注的已结束训练回合</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="114"/>
        <source>Nobody is waiting for the operator (%1)</source>
        <translation>当前没有等待操作员的步骤（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="123"/>
        <source>No robot</source>
        <translation>无机器人</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="124"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="125"/>
        <source>Recording demo</source>
        <translation>正在录制示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="126"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="127"/>
        <source>Episode running</source>
        <translation>回合运行中</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="128"/>
        <source>Between episodes</source>
        <translation>回合间隙</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="129"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="130"/>
        <source>Evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="131"/>
        <source>Replaying demo</source>
        <translation>正在回放示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="139"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="140"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="141"/>
        <source>Record demo</source>
        <translation>录制示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="142"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="143"/>
        <source>Replay demo</source>
        <translation>回放示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="144"/>
        <location filename="../widgets/operator_text.cpp" line="162"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="145"/>
        <location filename="../widgets/operator_text.cpp" line="163"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="146"/>
        <source>Undo label</source>
        <translation>撤销标注</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="147"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="148"/>
        <source>Hand back</source>
        <translation>交还控制</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="149"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="150"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="151"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="152"/>
        <source>Emergency stop</source>
        <translation>急停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="153"/>
        <source>Acknowledge emergency stop</source>
        <translation>确认急停</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="154"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="155"/>
        <source>Save checkpoint</source>
        <translation>保存检查点</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="156"/>
        <source>Scene ready</source>
        <translation>场景就绪</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="164"/>
        <source>Time-out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="165"/>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="170"/>
        <source>Demo</source>
        <translation>示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="171"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="172"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="173"/>
        <source>Intervention</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="174"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="179"/>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="180"/>
        <source>Learner</source>
        <translation>学习器</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="181"/>
        <source>Session store</source>
        <translation>会话数据库</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="188"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="189"/>
        <source>Relabelling</source>
        <translation>重新标注</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="182"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="183"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="184"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="185"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="186"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="187"/>
        <source>Teleop</source>
        <translation>遥操作</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="198"/>
        <source>%1 (state: %2)</source>
        <translation>%1（状态：%2）</translation>
    </message>
</context>
<context>
    <name>RobotCatalog</name>
    <message>
        <location filename="../app/gui/robot_catalog.cpp" line="76"/>
        <source>%1 Hz, %2 steps per episode, actions: %3</source>
        <translation>%1 Hz，每回合 %2 步，动作：%3</translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="36"/>
        <source>No checkpoint in this session yet: train (or press Save checkpoint) first, or untick the policy</source>
        <translation>此会话还没有检查点：请先训练（或按“保存检查点”），或取消勾选策略</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="55"/>
        <source>No checkpoint could be loaded: %1</source>
        <translation>无法加载任何检查点：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="63"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="71"/>
        <source>policy</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>StoreSessionModel</name>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="70"/>
        <source>This session stores no camera images (state observations only)</source>
        <translation>此会话没有保存相机图像（仅有状态观测）</translation>
    </message>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="80"/>
        <source>Unknown label &apos;%1&apos;: use success or failure</source>
        <translation>未知标注“%1”：请使用成功或失败</translation>
    </message>
</context>
<context>
    <name>lab::ui::CameraView</name>
    <message>
        <location filename="../widgets/camera_view.cpp" line="44"/>
        <source>Camera frame rejected: %1 bytes for a %2x%3 image</source>
        <translation>相机帧被拒绝：%2x%3 的图像却有 %1 字节</translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="86"/>
        <source>No camera image</source>
        <translation>无相机图像</translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="113"/>
        <source>%1x%2  %3 fps</source>
        <translation>%1x%2  %3 帧/秒</translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="115"/>
        <source>episode %1, step %2</source>
        <translation>回合 %1，第 %2 步</translation>
    </message>
</context>
<context>
    <name>lab::ui::ConfigEditor</name>
    <message>
        <location filename="../widgets/config_editor.cpp" line="24"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="28"/>
        <source>SigEnt-SAC and the baselines are presets of the same learner</source>
        <translation>SigEnt-SAC 与各基线方法是同一学习器的预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="30"/>
        <source>Load preset</source>
        <translation>载入预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="41"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="44"/>
        <source>JSON</source>
        <translation>JSON 文本</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="62"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="64"/>
        <source>Validate and use this configuration for the next connection</source>
        <translation>校验并在下次连接时使用此配置</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="65"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="67"/>
        <source>Load file...</source>
        <translation>打开文件...</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="69"/>
        <source>Save file...</source>
        <translation>保存文件...</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="164"/>
        <source>The JSON text is not valid at offset %1: %2</source>
        <translation>JSON 文本在偏移 %1 处无效：%2</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="168"/>
        <source>The JSON text must be one object: { &quot;key&quot;: value, ... }</source>
        <translation>JSON 文本必须是一个对象：{ &quot;key&quot;: value, ... }</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="211"/>
        <source>Load configuration</source>
        <translation>载入配置</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="212"/>
        <location filename="../widgets/config_editor.cpp" line="225"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="224"/>
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeControls</name>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="48"/>
        <source>Demo by the scripted expert</source>
        <translation>由脚本专家示范</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="70"/>
        <source> episodes</source>
        <translation> 个回合</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="71"/>
        <source>Number of deterministic evaluation episodes</source>
        <translation>确定性评估的回合数</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="83"/>
        <source>Zero command now and pause the learner (Space or Esc)</source>
        <translation>立即发送零指令并暂停学习器（空格键或 Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="89"/>
        <source>The robot and its surroundings are safe: allow motion again</source>
        <translation>机器人及其周围环境安全：允许再次运动</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="201"/>
        <source>Recording starts with your first move (time limit %1 s)</source>
        <translation>录制将在您第一次操作时开始（时间限制 %1 秒）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="203"/>
        <source>Recording: %1 s left of %2 s</source>
        <translation>录制中：剩余 %1 秒（共 %2 秒）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="205"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="255"/>
        <location filename="../widgets/episode_controls.cpp" line="264"/>
        <source>%1: not available now. %2</source>
        <translation>%1：当前不可用。%2</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="263"/>
        <source>The simulation drives the demo itself: see the whole loop without driving</source>
        <translation>仿真自行完成示范：无需操作即可看到完整流程</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="266"/>
        <source>STOPPED - acknowledge to continue</source>
        <translation>已急停 - 确认后继续</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="267"/>
        <source>EMERGENCY STOP (Space / Esc)</source>
        <translation>急停（空格 / Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="273"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="274"/>
        <source>[EMERGENCY STOP ACTIVE]</source>
        <translation>［急停已激活］</translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeStepPlot</name>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="24"/>
        <source>This episode, step by step</source>
        <translation>本回合逐步数值</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="29"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="30"/>
        <location filename="../widgets/episode_step_plot.cpp" line="42"/>
        <source>Q</source>
        <translation>Q 值</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="31"/>
        <source>H_sig, gate</source>
        <translation>H_sig 熵、门控</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="43"/>
        <source>H_sig</source>
        <translation>H_sig 熵</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="44"/>
        <source>Gate</source>
        <translation>门控</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="46"/>
        <source>Intervention</source>
        <translation>接管</translation>
    </message>
</context>
<context>
    <name>lab::ui::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="19"/>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="24"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="28"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="33"/>
        <source>Transitions as HDF5 (D4RL layout)</source>
        <translation>转移数据导出为 HDF5（D4RL 格式）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="35"/>
        <source>Training metrics as CSV</source>
        <translation>训练指标导出为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="37"/>
        <source>Policy as TorchScript</source>
        <translation>策略导出为 TorchScript</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="43"/>
        <source>A manifest (config, seeds, versions, file list) is always written.</source>
        <translation>总会写出一个清单文件（配置、随机种子、版本、文件列表）。</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="62"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="65"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="67"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="74"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="120"/>
        <source>Choose a folder to export to</source>
        <translation>请选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="125"/>
        <source>Nothing to export: no session is open</source>
        <translation>没有可导出的内容：未打开会话</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="134"/>
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="174"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="186"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="186"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="189"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export_dialog.cpp" line="192"/>
        <source>Wrote %n file(s): %1</source>
        <translation>
            <numerusform>已写入 %n 个文件：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lab::ui::GuiComposition</name>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="132"/>
        <source>Gamepad unavailable: %1</source>
        <translation>游戏手柄不可用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="218"/>
        <source>Configuration applied; it is used from the next connection</source>
        <translation>配置已应用；将在下次连接时使用</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="226"/>
        <source>Disconnect first: the session folder changes only without a robot</source>
        <translation>请先断开：只有在没有机器人连接时才能更改会话文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="256"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation>急停：已发送零指令，学习器已暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="257"/>
        <source>Emergency stop acknowledged</source>
        <translation>急停已确认</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="275"/>
        <source>%1 Hz, jitter %2 ms, %3 environment steps
Time limit: episodes %4 steps (%5 s), demos %6 steps (%7 s)</source>
        <translation>%1 Hz，抖动 %2 毫秒，%3 个环境步
时间限制：回合 %4 步（%5 秒），示范 %6 步（%7 秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="313"/>
        <source>Gamepad connected: %1</source>
        <translation>游戏手柄已连接：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="313"/>
        <source>Gamepad disconnected</source>
        <translation>游戏手柄已断开</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="336"/>
        <source>No robot plugin named &apos;%1&apos; was found</source>
        <translation>未找到名为“%1”的机器人插件</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="355"/>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="241"/>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
</context>
<context>
    <name>lab::ui::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="27"/>
        <source>%1 error: %2</source>
        <translation>%1错误：%2</translation>
    </message>
</context>
<context>
    <name>lab::ui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="31"/>
        <location filename="../app/gui/main_window.cpp" line="195"/>
        <source>SigEnt Lab</source>
        <translation>SigEnt 实验室</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>The learner keeps up with the robot again</source>
        <translation>学习器又跟上机器人了</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="106"/>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="108"/>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="118"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="119"/>
        <source>&amp;Open session...</source>
        <translation>打开会话(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="120"/>
        <source>Open a session folder</source>
        <translation>打开会话文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="124"/>
        <source>&amp;New session folder...</source>
        <translation>新会话文件夹(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="126"/>
        <source>Folder for the next connection&apos;s session</source>
        <translation>下次连接所用会话的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="129"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="134"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="137"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="140"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="151"/>
        <source>The language changes at the next start</source>
        <translation>语言将在下次启动时更改</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="196"/>
        <source>SigEnt Lab - %1</source>
        <translation>SigEnt 实验室 - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="205"/>
        <source>The configuration can change only while no robot is connected.</source>
        <translation>只有在没有机器人连接时才能更改配置。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="219"/>
        <source>%1 refused: %2</source>
        <translation>“%1”被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>Evaluation: %1 of %2 episodes succeeded, %3 steps on average (demo: %4 steps)</source>
        <translation>评估：%2 个回合中 %1 个成功，平均 %3 步（示范：%4 步）</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <source>Set the scene up, then press Scene ready: %1</source>
        <translation>请布置场景，然后按“场景就绪”：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>%1 episode %2 ended after %3 steps: %4</source>
        <translation>%1回合 %2 在 %3 步后结束：%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="237"/>
        <source> (%n intervention step(s))</source>
        <translation>
            <numerusform>（%n 个接管步）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Export finished: %n file(s) written</source>
        <translation>
            <numerusform>导出完成：已写入 %n 个文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lab::ui::RobotPanel</name>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="27"/>
        <source>Robot plugins found in the plugin folder and built in</source>
        <translation>在插件文件夹中找到的以及内置的机器人插件</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="28"/>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="35"/>
        <source>Settings (JSON, passed to the plugin)</source>
        <translation>设置（JSON，传递给插件）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="41"/>
        <source>Passed to the plugin when it connects. The simulated robots take raw_image_size, max_episode_steps and start_spread (0.25 to 1: how widely the starts vary), for example {&quot;start_spread&quot;: 0.5}</source>
        <translation>连接时传递给插件。模拟机器人接受 raw_image_size、max_episode_steps 和 start_spread（0.25 到 1：起始位置的变化范围），例如 {&quot;start_spread&quot;: 0.5}</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="56"/>
        <source>Real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="57"/>
        <source>Lockstep (simulated robots)</source>
        <translation>锁步（仅限仿真机器人）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="59"/>
        <source>Real time: the robot runs at its control rate and the learner updates beside it as fast as it can (the only choice for a physical robot).
Lockstep, for simulated robots only: the simulation waits for the learner after every step, so each step gets exactly the configured updates (utd), and it runs faster than real time whenever the learner is quicker than the control rate.</source>
        <translation>实时：机器人按其控制频率运行，学习器在旁边尽可能快地更新（物理机器人只能用这种方式）。
锁步，仅限仿真机器人：每一步之后仿真都会等待学习器，因此每一步恰好得到配置的更新次数（utd）；只要学习器比控制频率快，它就比实时更快。</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="64"/>
        <source>Pacing</source>
        <translation>节奏</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="68"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="69"/>
        <source>automatic (3 x episode limit)</source>
        <translation>自动（回合限制的 3 倍）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="70"/>
        <source>How long a demo recording may last, counted from your first move; shown as a countdown while you record</source>
        <translation>示范录制最长可持续多久，从您第一次操作开始计时；录制时显示倒计时</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="72"/>
        <source>Demo time limit</source>
        <translation>示范时间限制</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="73"/>
        <source>Keep demos that end without Success</source>
        <translation>保留未以成功结束的示范</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="75"/>
        <source>Off: a recording that times out or is stopped before Success is discarded (it cannot teach the task) and the previous demo stays</source>
        <translation>关闭时：超时或在成功之前停止的录制会被丢弃（它无法教会任务），之前的示范保留</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="82"/>
        <source>How many of your newest demos the learner imitates; recording one more drops the oldest (1: recording again replaces the demo)</source>
        <translation>学习器模仿您最新的几个示范；再录制一个会丢弃最旧的（1：重新录制即替换示范）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="84"/>
        <source>Demos that teach</source>
        <translation>参与教学的示范数</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="142"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="146"/>
        <source>No robot plugin found.</source>
        <translation>未找到机器人插件。</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="164"/>
        <source>Robot settings are not valid JSON at offset %1: %2</source>
        <translation>机器人设置在偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="168"/>
        <source>Robot settings must be a JSON object, like {&quot;seed&quot;: 1}</source>
        <translation>机器人设置必须是 JSON 对象，例如 {&quot;seed&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="185"/>
        <source>Choose a robot first</source>
        <translation>请先选择机器人</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="224"/>
        <source>Load the plugin and activate the robot</source>
        <translation>载入插件并激活机器人</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="226"/>
        <source>Stop the robot and release it</source>
        <translation>停止机器人并释放</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="235"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>lab::ui::SessionBrowser</name>
    <message>
        <location filename="../widgets/session_browser.cpp" line="35"/>
        <source>Session folder (recently used ones in the list)</source>
        <translation>会话文件夹（列表中为最近使用的）</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="37"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="39"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="41"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="58"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Interventions</source>
        <translation>接管步数</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="75"/>
        <source>Drag, or use the arrow keys, to step through the frames</source>
        <translation>拖动或使用方向键逐帧查看</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="84"/>
        <source>Relabel: success</source>
        <translation>重新标注：成功</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="86"/>
        <source>Relabel: failure</source>
        <translation>重新标注：失败</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="88"/>
        <source>Replay frames</source>
        <translation>回放画面</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="90"/>
        <source>Stop replay</source>
        <translation>停止回放</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="126"/>
        <source>Open a session folder</source>
        <translation>打开会话文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="146"/>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="162"/>
        <source>Cannot open the session in %1</source>
        <translation>无法打开 %1 中的会话</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="271"/>
        <source>Select an episode first</source>
        <translation>请先选择一个回合</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="282"/>
        <source>Relabelling failed</source>
        <translation>重新标注失败</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="303"/>
        <source>Loading episode %1...</source>
        <translation>正在载入回合 %1...</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="324"/>
        <source>Episode %1 has no stored frames</source>
        <translation>回合 %1 没有保存的画面</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="373"/>
        <source>Step %1: Q %2, H_sig %3, gate %4%5</source>
        <translation>第 %1 步：Q 值 %2，H_sig %3，门控 %4%5</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="378"/>
        <source> (intervention)</source>
        <translation>（接管）</translation>
    </message>
</context>
<context>
    <name>lab::ui::StatusFields</name>
    <message>
        <location filename="../widgets/status_fields.cpp" line="34"/>
        <source>Control loop: measured rate and jitter (std. dev. of the tick period)</source>
        <translation>控制循环：实测频率与抖动（周期的标准差）</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="35"/>
        <source>Learner updates per second</source>
        <translation>学习器每秒更新次数</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="36"/>
        <source>Learner updates per environment step over the last second, against the configured ratio (utd)</source>
        <translation>最近一秒内每个环境步的学习器更新次数，与配置的比例（utd）对比</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="38"/>
        <source>Lockstep: simulated robot time against wall-clock time</source>
        <translation>锁步：仿真机器人时间与实际时间对比</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="39"/>
        <source>Transitions in the replay and expert buffers</source>
        <translation>回放缓冲区与专家缓冲区中的转移数</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="40"/>
        <source>Time since the last checkpoint</source>
        <translation>距上次检查点的时间</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="64"/>
        <source>Loop: -</source>
        <translation>循环：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="65"/>
        <source>Updates/s: -</source>
        <translation>更新/秒：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="66"/>
        <source>UTD -</source>
        <translation>每步更新 -</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="69"/>
        <source>Buffers: -</source>
        <translation>缓冲区：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="70"/>
        <location filename="../widgets/status_fields.cpp" line="94"/>
        <source>Checkpoint: none</source>
        <translation>检查点：无</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="80"/>
        <source>Loop: %1 Hz, jitter %2 ms</source>
        <translation>循环：%1 Hz，抖动 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="81"/>
        <source>Updates/s: %1</source>
        <translation>更新/秒：%1</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="82"/>
        <source>UTD %1 / %2</source>
        <translation>每步更新 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="87"/>
        <source>sim %1 in %2 (%3x)</source>
        <translation>仿真 %1，用时 %2（%3 倍）</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="89"/>
        <source>sim %1</source>
        <translation>仿真 %1</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="92"/>
        <source>Buffers: replay %1, expert %2</source>
        <translation>缓冲区：回放 %1，专家 %2</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="97"/>
        <source>Checkpoint: %1 s ago</source>
        <translation>检查点：%1 秒前</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="98"/>
        <source>Checkpoint: %1 min ago</source>
        <translation>检查点：%1 分钟前</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="111"/>
        <source>The learner cannot keep up with the robot: it managed %1 of the %2 updates per step it is configured for, so it learns from less than planned. Try a smaller batch (batch_size), fewer OOD samples (ood_policy_samples), a lower control rate, or, for a simulated robot, lockstep pacing (Robot panel).</source>
        <translation>学习器跟不上机器人：每步只完成了 %1 次更新，而配置的是 %2 次，因此学到的比计划的少。请尝试更小的批量（batch_size）、更少的 OOD 样本（ood_policy_samples）、更低的控制频率，或者对仿真机器人使用锁步节奏（机器人面板）。</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="116"/>
        <source>Learner cannot keep up</source>
        <translation>学习器跟不上</translation>
    </message>
</context>
<context>
    <name>lab::ui::TeleopInput</name>
    <message>
        <location filename="../app/gui/teleop_input.cpp" line="31"/>
        <source>No robot chosen yet: the gamepad mapping needs the robot&apos;s actions</source>
        <translation>尚未选择机器人：游戏手柄映射需要机器人的动作定义</translation>
    </message>
</context>
<context>
    <name>lab::ui::TrainingPlots</name>
    <message>
        <location filename="../widgets/training_plots.cpp" line="19"/>
        <source>Q-values</source>
        <translation>Q 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="20"/>
        <source>Q1</source>
        <translation>Q1 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="21"/>
        <source>Q2</source>
        <translation>Q2 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="22"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="23"/>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="24"/>
        <source>H_sig</source>
        <translation>H_sig 熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="25"/>
        <source>Raw entropy</source>
        <translation>原始熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="26"/>
        <source>Gate open</source>
        <translation>门控开启</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="27"/>
        <source>Gate-open fraction</source>
        <translation>门控开启比例</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="29"/>
        <source>BC and OOD</source>
        <translation>BC 与 OOD 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="30"/>
        <source>BC term</source>
        <translation>BC 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="31"/>
        <source>OOD term</source>
        <translation>OOD 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="32"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="33"/>
        <source>Critic</source>
        <translation>评论家</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="34"/>
        <source>Actor</source>
        <translation>演员</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="35"/>
        <location filename="../widgets/training_plots.cpp" line="36"/>
        <source>Alpha</source>
        <translation>温度系数 α</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="37"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="38"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="40"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="42"/>
        <source>Episode length</source>
        <translation>回合长度</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="42"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Updates per second</source>
        <translation>每秒更新次数</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Updates/s</source>
        <translation>更新/秒</translation>
    </message>
</context>
</TS>
