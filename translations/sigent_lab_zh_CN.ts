<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConfigKeyText</name>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="21"/>
        <source>What the learner sees: state (the robot&apos;s state vector), image (the camera) or both</source>
        <translation>学习器看到的输入：state（机器人状态向量）、image（相机图像）或 both（两者）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="25"/>
        <source>Side of the square grayscale image, in pixels</source>
        <translation>方形灰度图像的边长（像素）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="27"/>
        <source>Camera frames stacked as the encoder&apos;s input (2 shows motion)</source>
        <translation>叠加为编码器输入的相机帧数（2 帧可看出运动）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="30"/>
        <source>Width of the actor&apos;s and critics&apos; hidden layers</source>
        <translation>策略网络和评价网络隐藏层的宽度</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="32"/>
        <source>Hidden layers of the actor and of each critic</source>
        <translation>策略网络和每个评价网络的隐藏层数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="34"/>
        <source>Channels of each convolution of the image encoder</source>
        <translation>图像编码器每个卷积层的通道数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="36"/>
        <source>Convolutions of the image encoder</source>
        <translation>图像编码器的卷积层数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="38"/>
        <source>Features the image encoder puts out</source>
        <translation>图像编码器输出的特征数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="40"/>
        <source>LayerNorm in the critics&apos; hidden layers</source>
        <translation>评价网络隐藏层中使用 LayerNorm</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="42"/>
        <source>Q networks in the critic ensemble (2: SAC&apos;s twin critics; RLPD: 10)</source>
        <translation>评价网络集成中的 Q 网络数（2：SAC 的双评价网络；RLPD：10）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="45"/>
        <source>Critics the target takes the minimum of (a fresh random subset each update when fewer than all)</source>
        <translation>目标值取最小值的评价网络数（少于全部时每次更新重新随机选取子集）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="49"/>
        <source>The Q the actor climbs: min over the critics, or their mean (RLPD)</source>
        <translation>策略网络优化的 Q：各评价网络的最小值，或其平均值（RLPD）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="52"/>
        <source>Lowest log standard deviation of the policy (before tanh)</source>
        <translation>策略对数标准差的下限（tanh 之前）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="55"/>
        <source>Highest log standard deviation of the policy (before tanh)</source>
        <translation>策略对数标准差的上限（tanh 之前）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="58"/>
        <source>Clip log std at its bounds (SAC&apos;s reference code, RLPD) instead of squashing it with tanh</source>
        <translation>在边界处截断对数标准差（SAC 参考实现、RLPD），而不是用 tanh 压缩</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="61"/>
        <source>Discount factor</source>
        <translation>折扣因子</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="63"/>
        <source>How fast the target critics follow the critics</source>
        <translation>目标评价网络跟随评价网络的速度</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="64"/>
        <source>Adam learning rate of the actor</source>
        <translation>策略网络的 Adam 学习率</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="66"/>
        <source>Adam learning rate of the critics</source>
        <translation>评价网络的 Adam 学习率</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="67"/>
        <source>Adam learning rate of alpha</source>
        <translation>alpha 的 Adam 学习率</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="69"/>
        <source>Transitions per update; 0: 256 with states, 128 with images</source>
        <translation>每次更新的样本数；0：状态输入为 256，图像输入为 128</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="72"/>
        <source>Learner updates per environment step (update-to-data ratio)</source>
        <translation>每个环境步的学习器更新次数（更新数据比 UTD）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="75"/>
        <source>The actor and alpha step on every N-th update; 0: once per utd updates (RLPD)</source>
        <translation>策略网络和 alpha 每 N 次更新更新一次；0：每 utd 次更新一次（RLPD）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="79"/>
        <source>Environment steps before the first update</source>
        <translation>第一次更新之前的环境步数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="81"/>
        <source>sigmoid: the bounded entropy H_sig of SigEnt-SAC; standard: SAC&apos;s -log π</source>
        <translation>sigmoid：SigEnt-SAC 的有界熵 H_sig；standard：SAC 的 -log π</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="85"/>
        <source>Highest H_sig of one action dimension</source>
        <translation>单个动作维度 H_sig 的上限</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="87"/>
        <source>The policy std at H_sig&apos;s midpoint: m = log(σ·√(2πe))</source>
        <translation>H_sig 中点处的策略标准差：m = log(σ·√(2πe))</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="89"/>
        <source>Temperature of H_sig&apos;s sigmoid (lower: steeper)</source>
        <translation>H_sig 中 sigmoid 的温度（越低越陡）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="91"/>
        <source>Weight of the entropy term (its start value when auto_alpha is on)</source>
        <translation>熵项的权重（auto_alpha 打开时为初始值）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="94"/>
        <source>Tune alpha towards target_entropy</source>
        <translation>自动调节 alpha，使熵趋向 target_entropy</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="96"/>
        <source>What auto_alpha tunes towards: auto, or a number</source>
        <translation>auto_alpha 调节的目标：auto 或一个数值</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="98"/>
        <source>gated: clone the demo only where its action is better than the policy&apos;s (GBC); always_on: plain BC (SAC+BC)</source>
        <translation>gated：仅在演示动作优于策略动作处模仿演示（GBC）；always_on：普通行为克隆（SAC+BC）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="102"/>
        <source>Weight of the behaviour cloning term</source>
        <translation>行为克隆项的权重</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="104"/>
        <source>The gate&apos;s margin, in normalised action units</source>
        <translation>门控的裕量（归一化动作单位）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="106"/>
        <source>Behaviour cloning in the actor&apos;s objective (off: the no-GBC ablation)</source>
        <translation>策略目标中包含行为克隆（关闭：无 GBC 消融）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="109"/>
        <source>Images: behaviour cloning also trains the encoder</source>
        <translation>图像输入：行为克隆也训练编码器</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="111"/>
        <source>How behaviour cloning steps the encoder: own (an Adam of its own) or critic (in the critic&apos;s step)</source>
        <translation>行为克隆如何更新编码器：own（使用自己的 Adam）或 critic（并入评价网络的更新）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="115"/>
        <source>Weight of the OOD regulariser (a simplified CQL); 0 turns it off</source>
        <translation>OOD 正则项（简化的 CQL）的权重；0 表示关闭</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="118"/>
        <source>Temperature of the OOD term&apos;s log-sum-exp</source>
        <translation>OOD 项中 log-sum-exp 的温度</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="120"/>
        <source>Policy actions per state in the OOD term</source>
        <translation>OOD 项中每个状态采样的策略动作数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="122"/>
        <source>Uniformly random actions per state in the OOD term</source>
        <translation>OOD 项中每个状态的均匀随机动作数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="124"/>
        <source>The OOD term never pushes Q below the data&apos;s Monte-Carlo return</source>
        <translation>OOD 项不会把 Q 压到数据的蒙特卡洛回报以下</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="127"/>
        <source>Fraction of each batch drawn from the demos</source>
        <translation>每个批次中取自演示的比例</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="129"/>
        <source>Copy the demos into the replay buffer too</source>
        <translation>同时把演示复制到回放缓冲区</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="131"/>
        <source>Random shift of the images by up to this many pixels (0: off)</source>
        <translation>图像随机平移的最大像素数（0：关闭）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="134"/>
        <source>Transitions the replay buffer keeps (oldest go first)</source>
        <translation>回放缓冲区保留的样本数（最旧的先被丢弃）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="136"/>
        <source>Transitions the demo buffer keeps</source>
        <translation>演示缓冲区保留的样本数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="138"/>
        <source>Robustness tests: fraction of the demo&apos;s transitions the learner never sees (the session keeps them)</source>
        <translation>鲁棒性测试：学习器看不到的演示样本比例（会话中仍保留）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="142"/>
        <source>Robustness tests: Gaussian noise σ on the demo&apos;s actions</source>
        <translation>鲁棒性测试：演示动作上的高斯噪声 σ</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="145"/>
        <source>Robustness tests: Gaussian noise σ on the demo&apos;s observations</source>
        <translation>鲁棒性测试：演示观测上的高斯噪声 σ</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="147"/>
        <source>Random seed of the learner</source>
        <translation>学习器的随机种子</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="149"/>
        <source>Threads of the learner&apos;s maths; 0: picked from measured updates</source>
        <translation>学习器计算所用线程数；0：根据实测更新速度选择</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="151"/>
        <source>cpu, cuda or auto</source>
        <translation>cpu、cuda 或 auto</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="153"/>
        <source>The same update with fewer operator calls (off: the plain reference it is tested against)</source>
        <translation>以更少算子调用完成同样的更新（关闭：用作测试对照的普通参考实现）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="157"/>
        <source>The preset last loaded, kept for the record</source>
        <translation>最近载入的预设，仅作记录</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="174"/>
        <source>Observation and networks</source>
        <translation>观测与网络</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="176"/>
        <source>SAC</source>
        <translation>SAC 基本参数</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="178"/>
        <source>Entropy (H_sig)</source>
        <translation>熵（H_sig）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="180"/>
        <source>Gated behaviour cloning (GBC)</source>
        <translation>门控行为克隆（GBC）</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="182"/>
        <source>OOD regulariser</source>
        <translation>OOD 正则项</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="184"/>
        <source>Data and demos</source>
        <translation>数据与演示</translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="186"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="21"/>
        <source>no translation for language &apos;%1&apos;</source>
        <translation>没有语言“%1”的翻译</translation>
    </message>
</context>
<context>
    <name>OperatorText</name>
    <message>
        <location filename="../core/model/notice_text.cpp" line="143"/>
        <source>No emergency stop to acknowledge</source>
        <translation>没有需要确认的急停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="150"/>
        <source>Already connected</source>
        <translation>已经连接</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="152"/>
        <source>Disconnect needs the robot at rest; pause first</source>
        <translation>断开连接需要机器人静止；请先暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="154"/>
        <source>Recording needs a connected robot at rest</source>
        <translation>录制需要已连接且静止的机器人</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="156"/>
        <source>Not recording a demo</source>
        <translation>当前没有在录制示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="158"/>
        <source>No demo recorded yet: record one first</source>
        <translation>还没有录制示范：请先录制一次</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="160"/>
        <source>Replay needs the robot ready</source>
        <translation>回放需要机器人处于就绪状态</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="164"/>
        <source>Undo label needs a labelled training episode</source>
        <translation>撤销标注需要一个已标注的训练回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="166"/>
        <source>Intervention needs a running training episode</source>
        <translation>接管需要正在运行的训练回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="168"/>
        <source>No intervention to end</source>
        <translation>没有可结束的接管</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="170"/>
        <source>Training needs a demo: record one first</source>
        <translation>训练需要一次示范：请先录制</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="172"/>
        <source>Training can start only when ready</source>
        <translation>只有在就绪时才能开始训练</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="174"/>
        <source>Already paused</source>
        <translation>已经暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="176"/>
        <source>Nothing is running to pause</source>
        <translation>没有正在运行的内容可暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="178"/>
        <source>Nothing is paused</source>
        <translation>没有处于暂停的内容</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="180"/>
        <source>Evaluation needs the robot ready</source>
        <translation>评估需要机器人处于就绪状态</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="182"/>
        <source>Nothing learned yet: record a demo first</source>
        <translation>尚未学习任何内容：请先录制示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="184"/>
        <source>Nobody is waiting for the operator</source>
        <translation>当前没有等待操作员的步骤</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="187"/>
        <source>No label to undo</source>
        <translation>没有可撤销的标注</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="189"/>
        <source>Intervention is already on</source>
        <translation>接管已经开启</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="195"/>
        <source>Intervention is not on</source>
        <translation>接管尚未开启</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="210"/>
        <source>Waiting for the operator to set the scene up: press Ready</source>
        <translation>等待操作员布置场景：请按“场景就绪”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="213"/>
        <source>The next episode is already starting</source>
        <translation>下一个回合已经在启动</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="215"/>
        <source>No session folder: checkpoints need a sessionDir</source>
        <translation>没有会话文件夹：保存检查点需要会话文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="191"/>
        <source>Intervention needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation>接管需要遥操作设备：尚未收到遥操作动作（或在带有脚本专家的机器人上启用脚本示范）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="206"/>
        <source>Recording needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation>录制需要遥操作设备：尚未收到遥操作动作（或在带有脚本专家的机器人上启用脚本示范）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="203"/>
        <source>This robot has no scripted expert: record the demo by hand</source>
        <translation>此机器人没有脚本专家：请手动录制示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="148"/>
        <source>%1 needs a connected robot</source>
        <translation>“%1”需要已连接的机器人</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="145"/>
        <source>%1 is blocked: the emergency stop is active, acknowledge it first</source>
        <translation>“%1”被阻止：急停处于激活状态，请先确认急停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="162"/>
        <source>%1 needs a running episode</source>
        <translation>“%1”需要正在运行的回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="197"/>
        <source>%1 needs at least one step of the episode</source>
        <translation>“%1”需要回合至少执行一步</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="199"/>
        <source>%1: no evaluation episode is running</source>
        <translation>“%1”：没有正在运行的评估回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="201"/>
        <source>%1: no finished training episode to label</source>
        <translation>“%1”：没有可标注的已结束训练回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="15"/>
        <source>No robot</source>
        <translation>无机器人</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="17"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="19"/>
        <source>Recording demo</source>
        <translation>正在录制示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="21"/>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="23"/>
        <source>Episode running</source>
        <translation>回合运行中</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="25"/>
        <source>Between episodes</source>
        <translation>回合间隙</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="27"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="29"/>
        <source>Evaluating</source>
        <translation>评估中</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="31"/>
        <source>Replaying demo</source>
        <translation>正在回放示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="40"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="42"/>
        <source>Disconnect</source>
        <translation>断开</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="44"/>
        <source>Record demo</source>
        <translation>录制示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="46"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="48"/>
        <source>Replay demo</source>
        <translation>回放示范</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="50"/>
        <location filename="../core/model/notice_text.cpp" line="384"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="52"/>
        <location filename="../core/model/notice_text.cpp" line="386"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="54"/>
        <source>Undo label</source>
        <translation>撤销标注</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="56"/>
        <source>Take over</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="58"/>
        <source>Hand back</source>
        <translation>交还控制</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="60"/>
        <source>Start training</source>
        <translation>开始训练</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="62"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="64"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="66"/>
        <source>Emergency stop</source>
        <translation>急停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="68"/>
        <source>Acknowledge emergency stop</source>
        <translation>确认急停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="70"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="72"/>
        <source>Save checkpoint</source>
        <translation>保存检查点</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="74"/>
        <source>Scene ready</source>
        <translation>场景就绪</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="217"/>
        <source>Evaluate needs at least one episode, got %1</source>
        <translation>评估至少需要一个回合，收到的是 %1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="219"/>
        <source>the robot refused the acknowledgement: %1</source>
        <translation>机器人拒绝了急停确认：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="222"/>
        <source>Settings can change only without a robot connected (state: %1)</source>
        <translation>只有在未连接机器人时才能修改设置（状态：%1）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="225"/>
        <source>invalid learner configuration: %1</source>
        <translation>学习器配置无效：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="227"/>
        <source>robot &apos;%1&apos; has no camera; use obs_mode &quot;state&quot;</source>
        <translation>机器人“%1”没有相机；请使用 obs_mode &quot;state&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="229"/>
        <source>robot &apos;%1&apos; has no camera: this connection learns from its state</source>
        <translation>机器人“%1”没有相机：本次连接从它的状态向量学习</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="232"/>
        <source>robot &apos;%1&apos; gives %2x%3 images but the learner expects %4x%4</source>
        <translation>机器人“%1”提供 %2x%3 的图像，但学习器需要 %4x%4</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="235"/>
        <source>robot &apos;%1&apos; has no state vector; use obs_mode &quot;image&quot;</source>
        <translation>机器人“%1”没有状态向量；请使用 obs_mode &quot;image&quot;</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="238"/>
        <source>robot &apos;%1&apos; has no state vector: this connection learns from its images</source>
        <translation>机器人“%1”没有状态向量：本次连接从它的图像学习</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="241"/>
        <source>robot &apos;%1&apos; has no action</source>
        <translation>机器人“%1”没有动作</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="243"/>
        <source>robot &apos;%1&apos; reports control rate %2 Hz and %3 max steps</source>
        <translation>机器人“%1”报告的控制频率为 %2 Hz、最大步数为 %3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="246"/>
        <source>robot &apos;%1&apos; is not a simulation: lockstep pacing would stop and start a physical robot at the learner&apos;s pace; use real-time pacing</source>
        <translation>机器人“%1”不是仿真：锁步节奏会让实体机器人按学习器的速度走走停停；请使用实时节奏</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="251"/>
        <source>replay_capacity %1 (and expert_capacity %2) %3 transitions need %4 when full, but only %5 of memory is available (MemAvailable); lower replay_capacity to about %6 or free memory</source>
        <translation>replay_capacity %1（以及 expert_capacity %2）个 %3 转移在装满时需要 %4，但可用内存只有 %5（MemAvailable）；请把 replay_capacity 降到约 %6，或释放内存</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="256"/>
        <source>session &apos;%1&apos;: %2</source>
        <translation>会话“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="258"/>
        <source>the learner did not start: %1</source>
        <translation>学习器未能启动：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="260"/>
        <source>the learner did not start within 3 minutes</source>
        <translation>学习器在 3 分钟内未能启动</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="262"/>
        <source>session reopened: %1 episodes, demo %2, %3 environment steps; buffers rebuilt from %4 of %5 stored steps (%6 episodes read, at most %7 steps in memory at once)</source>
        <translation>会话已重新打开：%1 个回合，示范 %2，%3 个环境步；缓冲区由已存储的 %5 步中的 %4 步重建（读取了 %6 个回合，内存中同时最多 %7 步）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="268"/>
        <source>robot &apos;%1&apos;: %2 failed: %3</source>
        <translation>机器人“%1”：%2 失败：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="270"/>
        <source>robot &apos;%1&apos;: loading the plugin did not finish within %2 s; abandoned</source>
        <translation>机器人“%1”：插件加载未在 %2 秒内完成；已放弃</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="274"/>
        <source>robot &apos;%1&apos;: %2() did not return within %3 s: the robot is marked faulted and its plugin abandoned (reconnect to use it again). The hardware may still be executing its last command: stop it by its own means</source>
        <translation>机器人“%1”：%2() 未在 %3 秒内返回：机器人已标记为故障，其插件已放弃（重新连接后才能再次使用）。硬件可能仍在执行最后一条指令：请用其自身的手段停止它</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="280"/>
        <source>robot &apos;%1&apos;: %2() was still running when the program stopped; it was abandoned</source>
        <translation>机器人“%1”：程序停止时 %2() 仍在运行；已放弃</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="284"/>
        <source>the robot reported a non-finite state value; observation dropped</source>
        <translation>机器人报告了非有限的状态值；已丢弃该观测</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="287"/>
        <source>%1 reads in a row failed (the limit is %2); the last one: %3</source>
        <translation>连续 %1 次读取失败（上限为 %2）；最后一次：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="290"/>
        <source>no valid observation for %1 s (the limit is %2 s); the last one: %3</source>
        <translation>%1 秒内没有有效观测（上限为 %2 秒）；最后一次：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="294"/>
        <source>the robot gives no valid observation: %1</source>
        <translation>机器人没有给出有效观测：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="296"/>
        <source>the robot takes no command: %1 commands in a row were refused (the limit is %2); the last one: %3</source>
        <translation>机器人不接受指令：连续 %1 条指令被拒绝（上限为 %2）；最后一次：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="300"/>
        <source>%1; %2 (the robot holds still)</source>
        <translation>%1；%2（机器人保持静止）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="302"/>
        <source>the recording was discarded</source>
        <translation>录制已丢弃</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="304"/>
        <source>the demo replay was stopped</source>
        <translation>示范回放已停止</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="306"/>
        <source>episode %1 ended without a label and training paused</source>
        <translation>回合 %1 未标注即结束，训练已暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="309"/>
        <source>no episode started and training paused</source>
        <translation>没有回合开始，训练已暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="311"/>
        <source>waiting for a teleop action (the robot holds still)</source>
        <translation>正在等待遥操作动作（机器人保持静止）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="314"/>
        <source>acting failed: %1</source>
        <translation>策略执行失败：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="316"/>
        <source>action has %1 values, the robot takes %2</source>
        <translation>动作有 %1 个值，机器人需要 %2 个</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="318"/>
        <source>the action holds a non-finite value; the robot holds still</source>
        <translation>动作包含非有限值；机器人保持静止</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="321"/>
        <source>new weights refused: %1</source>
        <translation>新权重被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="324"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation>急停：已发送零指令，学习器已暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="326"/>
        <source>emergency stop acknowledged</source>
        <translation>急停已确认</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="328"/>
        <source>the emergency stop interrupted the recording</source>
        <translation>急停中断了录制</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="330"/>
        <source>Recording did not start: the previous episode or label is not saved yet (see the store error); press Record again once it is</source>
        <translation>录制未开始：上一个回合或标注尚未保存（见会话数据库错误）；保存后请再次按“录制”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="334"/>
        <source>the recording was stopped before Success</source>
        <translation>录制在“成功”之前被停止</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="336"/>
        <source>the operator marked the recording as failed</source>
        <translation>操作员将录制标记为失败</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="338"/>
        <source>the robot reports the task failed (for example a gate missed); record it again</source>
        <translation>机器人报告任务失败（例如错过了一个门）；请重新录制</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="342"/>
        <source>the demo&apos;s time limit of %1 steps ran out before Success</source>
        <translation>示范的 %1 步时间上限在“成功”之前用完</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="345"/>
        <source>%1: a demo must end in success to teach the task (press Success when it is done); the previous demo, if any, stays</source>
        <translation>%1：示范必须以成功结束才能教会任务（完成时请按“成功”）；之前的示范（如有）保留</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="349"/>
        <source>it has no steps</source>
        <translation>它没有任何步</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="351"/>
        <source>recording discarded: %1</source>
        <translation>录制已丢弃：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="353"/>
        <source>demo %1 recorded: %2 steps</source>
        <translation>示范 %1 已录制：%2 步</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="355"/>
        <source>demo %1 recorded: %2 steps, replaces demo %3</source>
        <translation>示范 %1 已录制：%2 步，替换示范 %3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="357"/>
        <source>demo %1 recorded: %2 steps, %3 demos teach</source>
        <translation>示范 %1 已录制：%2 步，%3 个示范参与教学</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="359"/>
        <source>demo replay finished after %1 steps</source>
        <translation>示范回放在 %1 步后结束</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="361"/>
        <source>demo replay finished after %1 steps: success detected</source>
        <translation>示范回放在 %1 步后结束：检测到成功</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="364"/>
        <source>demo replay finished after %1 steps: no success</source>
        <translation>示范回放在 %1 步后结束：未成功</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="366"/>
        <source>intervention: the operator drives</source>
        <translation>接管：操作员驾驶</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="368"/>
        <source>intervention ended</source>
        <translation>接管已结束</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="370"/>
        <source>episode %1 is already labelled %2</source>
        <translation>回合 %1 已标注为%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="372"/>
        <source>episode %1 labelled &apos;%2&apos; (%3)</source>
        <translation>回合 %1 已标注为“%2”（%3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="374"/>
        <source>relabelling needs a connected robot and a session folder</source>
        <translation>重新标注需要已连接的机器人和会话文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="377"/>
        <source>no episode %1 in this session</source>
        <translation>此会话中没有回合 %1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="379"/>
        <source>Set up the scene of %1 for the next episode, then press Scene ready</source>
        <translation>请为下一个回合布置 %1 的场景，然后按“场景就绪”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="388"/>
        <source>Time-out</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="390"/>
        <source>Unlabelled</source>
        <translation>未标注</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="392"/>
        <source>by the operator</source>
        <translation>由操作员</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="394"/>
        <source>by the robot&apos;s detector</source>
        <translation>由机器人的检测器</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="396"/>
        <source>by the time limit</source>
        <translation>由时间上限</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="398"/>
        <source>relabelled in the session</source>
        <translation>在会话中重新标注</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="400"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="403"/>
        <source>training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="405"/>
        <source>the training budget of %1 steps is done</source>
        <translation>%1 步的训练预算已用完</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="407"/>
        <source>every evaluation episode succeeded (%1/%1) after %2 steps</source>
        <translation>%2 步后每个评估回合都成功了（%1/%1）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="417"/>
        <source>training paused: the learner met non-finite values (see the learner error); resume once the cause is fixed</source>
        <translation>训练已暂停：学习器遇到非有限值（见学习器错误）；排除原因后请继续</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="421"/>
        <source>training paused: the session could not save what was recorded (see the store error); it is kept and tried again every %1 s, and when you resume</source>
        <translation>训练已暂停：会话无法保存已录制的内容（见会话数据库错误）；内容已保留，每 %1 秒以及继续时都会重试</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="427"/>
        <source>episode %1</source>
        <translation>回合 %1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="429"/>
        <source>the label &apos;%1&apos; of episode %2</source>
        <translation>回合 %2 的标注“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="431"/>
        <source>the training metrics</source>
        <translation>训练指标</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="433"/>
        <source>the checkpoint records</source>
        <translation>检查点记录</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="435"/>
        <source>the event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="437"/>
        <source>%1 is saved now (on a retry)</source>
        <translation>%1 现已保存（重试成功）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="439"/>
        <source>%1 could not be saved: %2. It is kept and tried again every %3 s and when you resume; training pauses until it is saved</source>
        <translation>%1 无法保存：%2。它已保留，每 %3 秒以及继续时都会重试；保存之前训练暂停</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="443"/>
        <source>%1 could not be saved: %2 (shown once until they are saved again)</source>
        <translation>%1 无法保存：%2（在再次保存成功前只显示一次）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="446"/>
        <source>the session store did not finish writing within 30 s</source>
        <translation>会话数据库未在 30 秒内完成写入</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="449"/>
        <source>disconnected with %1 write(s) the session could not save, now lost: %2</source>
        <translation>断开连接时仍有 %1 项会话无法保存的写入，现已丢失：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="454"/>
        <source>checkpoint at update %1 (%2): %3</source>
        <translation>第 %1 次更新的检查点（%2）：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="456"/>
        <source>refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="458"/>
        <source>no usable checkpoint in this session: the learner starts fresh (the buffers are rebuilt from the database)</source>
        <translation>此会话中没有可用的检查点：学习器从头开始（缓冲区由数据库重建）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="462"/>
        <source>no session folder: checkpoints need ControllerSettings::sessionDir</source>
        <translation>没有会话文件夹：检查点需要 ControllerSettings::sessionDir</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="466"/>
        <source>saving &apos;%1&apos; failed: %2</source>
        <translation>保存“%1”失败：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="468"/>
        <source>resumed learner from checkpoint &apos;%1&apos; at update %2 (weights fingerprint %3)</source>
        <translation>学习器已从检查点“%1”在第 %2 次更新处恢复（权重指纹 %3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="472"/>
        <source>learner loaded from &apos;%1&apos; at update %2</source>
        <translation>学习器已从“%1”加载，位于第 %2 次更新</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="474"/>
        <source>could not build the learner: %1</source>
        <translation>无法构建学习器：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="476"/>
        <source>a message failed with an unknown exception</source>
        <translation>一条消息因未知异常而失败</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="478"/>
        <source>episode %1: the Q, H_sig or gate values of a step are not finite (an observation with extreme values?); they are shown and stored as 0</source>
        <translation>回合 %1：某一步的 Q、H_sig 或门控值不是有限值（观测值过于极端？）；它们以 0 显示和存储</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="483"/>
        <source>episode %1 could not enter the training buffers (%2); it is stored but not learnt from</source>
        <translation>回合 %1 无法进入训练缓冲区（%2）；它已存储，但不用于学习</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="487"/>
        <source>training paused: %1. The learner went back to its weights of update %2 (the last good ones); nothing non-finite was published or saved. Check the robot&apos;s observations and the learner settings, then resume</source>
        <translation>训练已暂停：%1。学习器已回到第 %2 次更新的权重（最后一组正常权重）；没有发布或保存任何非有限值。请检查机器人的观测和学习器设置，然后继续</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="493"/>
        <source>update %1: %2</source>
        <translation>第 %1 次更新：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="495"/>
        <source>update %1 gave non-finite values</source>
        <translation>第 %1 次更新产生了非有限值</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="497"/>
        <source>the weights at update %1 are not finite</source>
        <translation>第 %1 次更新时的权重不是有限值</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="512"/>
        <source>cannot reach the learner at %1 (%2): is serve-learner running there, and the address right?</source>
        <translation>无法连接 %1 处的学习器（%2）：那里是否在运行 serve-learner，地址是否正确？</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="518"/>
        <source>the learner server is shutting down</source>
        <translation>学习器服务器正在关闭</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="520"/>
        <source>this program speaks learner link protocol %1, the learner %2: run the same version on both machines</source>
        <translation>本程序使用学习器链路协议 %1，学习器使用 %2：请在两台机器上运行相同版本</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="524"/>
        <source>this learner already learns for another robot or config; start another serve-learner (another --session) for it</source>
        <translation>该学习器已在为另一个机器人或配置学习；请为它另外启动一个 serve-learner（使用另一个 --session）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="528"/>
        <source>the learner&apos;s session could not be read back: %1</source>
        <translation>无法读回学习器的会话：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="530"/>
        <source>the learner refused the request: %1</source>
        <translation>学习器拒绝了请求：%1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="532"/>
        <source>the learner server refused the token (--learner-token or SIGENTLAB_TOKEN must be the one serve-learner uses)</source>
        <translation>学习器服务器拒绝了令牌（--learner-token 或 SIGENTLAB_TOKEN 必须与 serve-learner 使用的一致）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="543"/>
        <source>config key &apos;%1&apos; must be a number</source>
        <translation>配置项“%1”必须是数字</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="545"/>
        <source>config key &apos;%1&apos; = %2 is out of range [%3, %4]</source>
        <translation>配置项“%1” = %2 超出范围 [%3, %4]</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="547"/>
        <source>config key &apos;%1&apos; must be an integer</source>
        <translation>配置项“%1”必须是整数</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="549"/>
        <source>config key &apos;%1&apos; must be true or false</source>
        <translation>配置项“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="551"/>
        <source>config key &apos;%1&apos; must be one of: %2</source>
        <translation>配置项“%1”必须是以下之一：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="553"/>
        <source>config key &apos;%1&apos; must be &quot;auto&quot; or a number in [%2, %3]</source>
        <translation>配置项“%1”必须是 &quot;auto&quot; 或 [%2, %3] 内的数字</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="556"/>
        <source>unknown config key &apos;%1&apos;</source>
        <translation>未知的配置项“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="558"/>
        <source>unknown preset &apos;%1&apos;; one of: %2</source>
        <translation>未知的预设“%1”；可选：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="560"/>
        <source>config: &apos;%1&apos; must be below &apos;%2&apos;</source>
        <translation>配置：“%1”必须小于“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="562"/>
        <source>config key &apos;%1&apos; must be &gt;= %2</source>
        <translation>配置项“%1”必须 &gt;= %2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="564"/>
        <source>config: &apos;%1&apos; &gt; 0 needs &apos;%2&apos; or &apos;%3&apos; &gt; 0</source>
        <translation>配置：“%1” &gt; 0 时需要“%2”或“%3” &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="566"/>
        <source>config key &apos;%1&apos; must not exceed &apos;%2&apos;</source>
        <translation>配置项“%1”不能超过“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="568"/>
        <source>config key &apos;%1&apos; = &quot;%2&quot; but this LibTorch has no usable CUDA</source>
        <translation>配置项“%1” = &quot;%2&quot;，但此 LibTorch 没有可用的 CUDA</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="571"/>
        <source>cannot read config file &apos;%1&apos;: %2</source>
        <translation>无法读取配置文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="573"/>
        <source>config file &apos;%1&apos; is not valid JSON at offset %2: %3</source>
        <translation>配置文件“%1”在偏移 %2 处不是有效的 JSON：%3</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="576"/>
        <source>config file &apos;%1&apos; must hold a JSON object</source>
        <translation>配置文件“%1”必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="578"/>
        <source>cannot write config file &apos;%1&apos;: %2</source>
        <translation>无法写入配置文件“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="581"/>
        <source>session folder &apos;%1&apos; does not exist</source>
        <translation>会话文件夹“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="583"/>
        <source>&apos;%1&apos; is not a folder: a session is a folder holding %2</source>
        <translation>“%1”不是文件夹：会话是一个包含 %2 的文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="586"/>
        <source>&apos;%1&apos; holds no session (no %2 in it)</source>
        <translation>“%1”中没有会话（其中没有 %2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="588"/>
        <source>%1 is empty (0 bytes): not a session database</source>
        <translation>%1 为空（0 字节）：不是会话数据库</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="590"/>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation>“%1”是文件，不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="592"/>
        <source>cannot create the session folder &apos;%1&apos; (read-only or no permission)</source>
        <translation>无法创建会话文件夹“%1”（只读或没有权限）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="595"/>
        <source>&apos;%1&apos; already holds a session: open it instead of creating a new one</source>
        <translation>“%1”中已有会话：请打开它，而不是新建</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="598"/>
        <source>the session in &apos;%1&apos; was recorded with robot &apos;%2&apos; (state %3, action %4, image %5), not robot &apos;%6&apos; (state %7, action %8, image %9): choose another folder</source>
        <translation>“%1”中的会话是用机器人“%2”（状态 %3，动作 %4，图像 %5）录制的，不是机器人“%6”（状态 %7，动作 %8，图像 %9）：请选择其他文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="603"/>
        <source>the session in &apos;%1&apos; was recorded from robot &apos;%2&apos; with state %3, action %4 and images of %5 pixels (0: no camera); connected now, it gives state %6, action %7 and images of %8 pixels (its camera or its settings changed): connect it as it was, or choose another folder</source>
        <translation>文件夹“%1”中的会话是用机器人“%2”录制的，状态 %3 维、动作 %4 维、图像 %5 像素（0：无相机）；现在连接时它给出状态 %6 维、动作 %7 维、图像 %8 像素（其相机或设置已改变）：请按原样连接它，或选择另一个文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="610"/>
        <source>session folder &apos;%1&apos; is read-only: cannot write the session there</source>
        <translation>会话文件夹“%1”是只读的：无法在那里写入会话</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="614"/>
        <source>the session database %1 is locked by another program (pid %2%3 on %4); close it there first. A session sigent-lab serve-learner writes can be watched meanwhile in the Sessions tab (File &gt; Open session: read-only, it refreshes by itself)</source>
        <translation>会话数据库 %1 已被另一个程序锁定（%4 上的 pid %2%3）；请先在那里关闭它。sigent-lab serve-learner 正在写入的会话，可同时在“会话”标签页中查看（文件 &gt; 打开会话：只读，会自动刷新）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="620"/>
        <source>cannot create the lock file in &apos;%1&apos; (read-only folder or no permission)</source>
        <translation>无法在“%1”中创建锁文件（文件夹只读或没有权限）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="624"/>
        <source>%1 is read-only (file permissions, immutable attribute or read-only disk): the session cannot be written</source>
        <translation>%1 是只读的（文件权限、不可变属性或只读磁盘）：无法写入会话</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="629"/>
        <source>%1 is an SQLite file but not a session database (no schema version)</source>
        <translation>%1 是 SQLite 文件，但不是会话数据库（没有模式版本）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="633"/>
        <source>%1 has schema version %2, this build reads version %3 (open it read-write once to update it)</source>
        <translation>%1 的模式版本为 %2，本程序读取版本 %3（以读写方式打开一次即可更新）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="637"/>
        <source>%1 has no session row (an interrupted creation?)</source>
        <translation>%1 没有会话记录行（创建被中断？）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="639"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 已损坏：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="641"/>
        <source>%1 is damaged: its session row is invalid (%2)</source>
        <translation>%1 已损坏：其会话记录行无效（%2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="643"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="645"/>
        <source>the session database is locked by another program (%1: %2)</source>
        <translation>会话数据库已被另一个程序锁定（%1：%2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="648"/>
        <source>%1 is damaged: %2 (%3)</source>
        <translation>%1 已损坏：%2（%3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="650"/>
        <source>the session database is read-only (%1: %2)</source>
        <translation>会话数据库是只读的（%1：%2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="652"/>
        <source>the disk is full (%1: %2)</source>
        <translation>磁盘已满（%1：%2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="654"/>
        <source>the disk is full (%1: %2, %3)</source>
        <translation>磁盘已满（%1：%2，%3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="656"/>
        <source>the database file cannot be opened (%1: %2)</source>
        <translation>无法打开数据库文件（%1：%2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="658"/>
        <source>%1: %2 (SQLite error %3)</source>
        <translation>%1：%2（SQLite 错误 %3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="661"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="663"/>
        <source>cannot write %1 (disk full?): %2</source>
        <translation>无法写入 %1（磁盘已满？）：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="665"/>
        <source>cannot read %1 for its checksum: %2</source>
        <translation>无法读取 %1 以计算校验和：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="667"/>
        <source>writing %1 failed: %2%3 (disk full or folder not writable?)</source>
        <translation>写入 %1 失败：%2%3（磁盘已满或文件夹不可写？）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="670"/>
        <source>cannot move the finished export to %1</source>
        <translation>无法将完成的导出移动到 %1</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="672"/>
        <source>export: no output folder given</source>
        <translation>导出：未指定输出文件夹</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="674"/>
        <source>export: cannot create the output folder &apos;%1&apos;</source>
        <translation>导出：无法创建输出文件夹“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="676"/>
        <source>export: the policy file &apos;%1&apos; does not exist</source>
        <translation>导出：策略文件“%1”不存在</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="678"/>
        <source>export: cannot copy the policy &apos;%1&apos; to &apos;%2&apos;</source>
        <translation>导出：无法将策略“%1”复制到“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="681"/>
        <source>checkpoint &apos;%1&apos; cannot be written: %2</source>
        <translation>无法写入检查点“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="683"/>
        <source>checkpoint &apos;%1&apos; could not be written completely (disk full?): %2</source>
        <translation>检查点“%1”未能完整写入（磁盘已满？）：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="686"/>
        <source>checkpoint &apos;%1&apos; could not replace the previous file: %2</source>
        <translation>检查点“%1”无法替换之前的文件：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="689"/>
        <source>checkpoint &apos;%1&apos; cannot be opened: %2</source>
        <translation>无法打开检查点“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="691"/>
        <source>checkpoint &apos;%1&apos; is not a SigEnt Lab checkpoint (wrong header or too short)</source>
        <translation>“%1”不是 SigEnt Lab 检查点（文件头错误或过短）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="696"/>
        <source>checkpoint &apos;%1&apos; is truncated</source>
        <translation>检查点“%1”被截断</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="698"/>
        <source>checkpoint &apos;%1&apos; is truncated or has trailing data (%2 bytes, expected %3)</source>
        <translation>检查点“%1”被截断或带有多余数据（%2 字节，应为 %3）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="702"/>
        <source>checkpoint &apos;%1&apos; is corrupt: its SHA-256 checksum does not match its contents</source>
        <translation>检查点“%1”已损坏：其 SHA-256 校验和与内容不符</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="707"/>
        <source>checkpoint &apos;%1&apos; has an unreadable header: %2</source>
        <translation>检查点“%1”的文件头无法读取：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="709"/>
        <source>checkpoint &apos;%1&apos; has checksum %2 but the session recorded %3: it was replaced or damaged</source>
        <translation>检查点“%1”的校验和为 %2，但会话记录的是 %3：它已被替换或损坏</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="714"/>
        <source>checkpoint &apos;%1&apos; holds update step %2 but the session recorded step %3</source>
        <translation>检查点“%1”保存的是第 %2 次更新，但会话记录的是第 %3 次</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="718"/>
        <source>the learner did not take the stored episodes within %1 s</source>
        <translation>学习器未能在 %1 秒内接收已保存的回合</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="721"/>
        <source>checkpoint &apos;%1&apos; not written: the learner&apos;s weights are not all finite</source>
        <translation>未写入检查点“%1”：学习器的权重并非全部有限</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="725"/>
        <source>checkpoint &apos;%1&apos; does not match this learner: %2</source>
        <translation>检查点“%1”与此学习器不匹配：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="727"/>
        <source>unknown checkpoint format</source>
        <translation>未知的检查点格式</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="729"/>
        <source>state dimension %1, learner has %2</source>
        <translation>状态维度为 %1，学习器为 %2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="731"/>
        <source>action dimension %1, learner has %2</source>
        <translation>动作维度为 %1，学习器为 %2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="733"/>
        <source>&apos;%1&apos; differs (%2 in the file)</source>
        <translation>“%1”不同（文件中为 %2）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="735"/>
        <source>checkpoint &apos;%1&apos; could not be loaded: %2</source>
        <translation>无法加载检查点“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="499"/>
        <source>lost the link to the learner at %1 (%2): nothing is lost, everything not yet stored is sent again when the link returns</source>
        <translation>与 %1 处学习器的连接中断（%2）：没有丢失任何数据，连接恢复后会重新发送所有尚未保存的内容</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="410"/>
        <source>evaluation: %1 of %2 episodes succeeded, in %3 steps on average (the demo: %4 steps)</source>
        <translation>评估：%2 个回合中 %1 个成功，平均 %3 步（示范：%4 步）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="414"/>
        <source>evaluation: none of %1 episodes succeeded (the demo: %2 steps)</source>
        <translation>评估：%1 个回合均未成功（示范：%2 步）</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="503"/>
        <source>the link to the learner at %1 is back; %2 messages not yet stored were sent again</source>
        <translation>与 %1 处学习器的连接已恢复；已重新发送 %2 条尚未保存的消息</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="507"/>
        <source>the learner at %1 did not confirm storing %2 messages before the link was closed: the latest episodes or labels may be missing from its session</source>
        <translation>连接关闭前，%1 处的学习器未确认保存 %2 条消息：其会话中可能缺少最近的回合或标签</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="516"/>
        <source>the learner at %1 refused the link: %2</source>
        <translation>%1 处的学习器拒绝了连接：%2</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="536"/>
        <source>training paused while the link to the learner is down: the robot is held still and the episode kept; it resumes by itself when the link returns</source>
        <translation>训练已暂停：与学习器的连接中断；机器人保持静止，当前回合被保留；连接恢复后自动继续</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="541"/>
        <source>the link to the learner is back: training resumes</source>
        <translation>与学习器的连接已恢复：训练继续</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="27"/>
        <source>Demo</source>
        <translation>示范</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="29"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="31"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="33"/>
        <source>Intervention</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="34"/>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="39"/>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="41"/>
        <source>Learner</source>
        <translation>学习器</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="43"/>
        <source>Session store</source>
        <translation>会话数据库</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="57"/>
        <source>Checkpoint</source>
        <translation>检查点</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="59"/>
        <source>Relabelling</source>
        <translation>重新标注</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="61"/>
        <source>Recording</source>
        <translation>录制</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="45"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="47"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="49"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="51"/>
        <source>Action</source>
        <translation>动作</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="53"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="55"/>
        <source>Teleop</source>
        <translation>遥操作</translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="140"/>
        <source>%1 (state: %2)</source>
        <translation>%1（状态：%2）</translation>
    </message>
</context>
<context>
    <name>RobotCatalog</name>
    <message>
        <location filename="../app/gui/robot_catalog.cpp" line="73"/>
        <source>%1 Hz, %2 steps per episode, actions: %3</source>
        <translation>%1 Hz，每回合 %2 步，动作：%3</translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="23"/>
        <source>No checkpoint in this session yet: train (or press Save checkpoint) first, or untick the policy</source>
        <translation>此会话还没有检查点：请先训练（或按“保存检查点”），或取消勾选策略</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="30"/>
        <source>No checkpoint could be loaded: %1</source>
        <translation>无法加载任何检查点：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="41"/>
        <source>Cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="51"/>
        <source>policy</source>
        <translation>策略</translation>
    </message>
</context>
<context>
    <name>StoreSessionModel</name>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="117"/>
        <source>This session stores no camera images (state observations only)</source>
        <translation>此会话没有保存相机图像（仅有状态观测）</translation>
    </message>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="128"/>
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
        <location filename="../widgets/camera_view.cpp" line="88"/>
        <source>No camera image</source>
        <translation>无相机图像</translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="125"/>
        <source>%1x%2  %3 fps</source>
        <translation>%1x%2  %3 帧/秒</translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="127"/>
        <source>episode %1, step %2</source>
        <translation>回合 %1，第 %2 步</translation>
    </message>
</context>
<context>
    <name>lab::ui::ConfigEditor</name>
    <message>
        <location filename="../widgets/config_editor.cpp" line="28"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="32"/>
        <source>SigEnt-SAC and the baselines are presets of the same learner</source>
        <translation>SigEnt-SAC 与各基线方法是同一学习器的预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="34"/>
        <source>Load preset</source>
        <translation>载入预设</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="45"/>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="48"/>
        <source>JSON</source>
        <translation>JSON 文本</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="66"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="68"/>
        <source>Validate and use this configuration for the next connection</source>
        <translation>校验并在下次连接时使用此配置</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="69"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="71"/>
        <source>Load file...</source>
        <translation>打开文件...</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="73"/>
        <source>Save file...</source>
        <translation>保存文件...</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="195"/>
        <source>The JSON text is not valid at offset %1: %2</source>
        <translation>JSON 文本在偏移 %1 处无效：%2</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="199"/>
        <source>The JSON text must be one object: { &quot;key&quot;: value, ... }</source>
        <translation>JSON 文本必须是一个对象：{ &quot;key&quot;: value, ... }</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="243"/>
        <source>Load configuration</source>
        <translation>载入配置</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="243"/>
        <location filename="../widgets/config_editor.cpp" line="256"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="256"/>
        <source>Save configuration</source>
        <translation>保存配置</translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeControls</name>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="53"/>
        <source>Demo by the scripted expert</source>
        <translation>由脚本专家示范</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="75"/>
        <source> episodes</source>
        <translation> 个回合</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="76"/>
        <source>Number of deterministic evaluation episodes</source>
        <translation>确定性评估的回合数</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="88"/>
        <source>Zero command now and pause the learner (Space or Esc)</source>
        <translation>立即发送零指令并暂停学习器（空格键或 Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="94"/>
        <source>The robot and its surroundings are safe: allow motion again</source>
        <translation>机器人及其周围环境安全：允许再次运动</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="205"/>
        <source>Drive: %1</source>
        <translation>操控：%1</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="207"/>
        <source>Take over: %1, or hold Shift to hold it still</source>
        <translation>接管：%1；按住 Shift 让它保持不动</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="240"/>
        <source>Recording starts with your first move (time limit %1 s)</source>
        <translation>录制将在您第一次操作时开始（时间限制 %1 秒）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="241"/>
        <source>Recording: %1 s left of %2 s</source>
        <translation>录制中：剩余 %1 秒（共 %2 秒）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="243"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="299"/>
        <location filename="../widgets/episode_controls.cpp" line="309"/>
        <source>%1: not available now. %2</source>
        <translation>%1：当前不可用。%2</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="308"/>
        <source>The simulation drives the demo itself: see the whole loop without driving</source>
        <translation>仿真自行完成示范：无需操作即可看到完整流程</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="311"/>
        <source>STOPPED - acknowledge to continue</source>
        <translation>已急停 - 确认后继续</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="312"/>
        <source>EMERGENCY STOP (Space / Esc)</source>
        <translation>急停（空格 / Esc）</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="319"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="320"/>
        <source>[EMERGENCY STOP ACTIVE]</source>
        <translation>［急停已激活］</translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeStepPlot</name>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="26"/>
        <source>This episode, step by step</source>
        <translation>本回合逐步数值</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="31"/>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="32"/>
        <location filename="../widgets/episode_step_plot.cpp" line="44"/>
        <source>Q</source>
        <translation>Q 值</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="33"/>
        <source>H_sig, gate</source>
        <translation>H_sig 熵、门控</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="45"/>
        <source>H_sig</source>
        <translation>H_sig 熵</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="46"/>
        <source>Gate</source>
        <translation>门控</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="48"/>
        <source>Intervention</source>
        <translation>接管</translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="59"/>
        <source>No episode yet</source>
        <translation>尚无回合</translation>
    </message>
</context>
<context>
    <name>lab::ui::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="22"/>
        <source>Export session</source>
        <translation>导出会话</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="27"/>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="31"/>
        <source>Browse...</source>
        <translation>浏览...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="36"/>
        <source>Transitions as HDF5 (D4RL layout)</source>
        <translation>转移数据导出为 HDF5（D4RL 格式）</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="38"/>
        <source>Training metrics as CSV</source>
        <translation>训练指标导出为 CSV</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="40"/>
        <source>Policy as TorchScript</source>
        <translation>策略导出为 TorchScript</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="47"/>
        <source>A manifest (config, seeds, versions, file list) is always written.</source>
        <translation>总会写出一个清单文件（配置、随机种子、版本、文件列表）。</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="66"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="69"/>
        <source>Cancel export</source>
        <translation>取消导出</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="78"/>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="124"/>
        <source>Choose a folder to export to</source>
        <translation>请选择导出文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="129"/>
        <source>Nothing to export: no session is open</source>
        <translation>没有可导出的内容：未打开会话</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="138"/>
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="169"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="182"/>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="194"/>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="194"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="197"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export_dialog.cpp" line="200"/>
        <source>Wrote %n file(s): %1</source>
        <translation>
            <numerusform>已写入 %n 个文件：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lab::ui::GuiComposition</name>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="170"/>
        <location filename="../app/gui/gui_composition.cpp" line="421"/>
        <source>Gamepad unavailable: %1</source>
        <translation>游戏手柄不可用：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="263"/>
        <source>Configuration applied; it is used from the next connection</source>
        <translation>配置已应用；将在下次连接时使用</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="270"/>
        <source>The session is kept by the learner at %1; this window keeps none</source>
        <translation>会话由 %1 上的学习器保存；本窗口不保存会话</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="276"/>
        <source>Disconnect first: the session folder changes only without a robot</source>
        <translation>请先断开：只有在没有机器人连接时才能更改会话文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="327"/>
        <source>The session&apos;s earlier curves cannot be shown: %1</source>
        <translation>无法显示该会话之前的曲线：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="333"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation>急停：已发送零指令，学习器已暂停</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="334"/>
        <source>Emergency stop acknowledged</source>
        <translation>急停已确认</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="357"/>
        <source>%1 has no camera: the learner sees its state</source>
        <translation>%1 没有相机：学习器使用它的状态</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="363"/>
        <source>%1 Hz, jitter %2 ms, %3 environment steps
Time limit: episodes %4 steps (%5 s), demos %6 steps (%7 s)</source>
        <translation>%1 Hz，抖动 %2 毫秒，%3 个环境步
时间限制：回合 %4 步（%5 秒），示范 %6 步（%7 秒）</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="425"/>
        <source>Gamepad connected: %1</source>
        <translation>游戏手柄已连接：%1</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="426"/>
        <source>Gamepad disconnected</source>
        <translation>游戏手柄已断开</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="484"/>
        <source>Learner: in this program</source>
        <translation>学习器：在本程序中</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="486"/>
        <source>Learner: remote at %1, link down: reconnecting (training resumes by itself)</source>
        <translation>学习器：远程，位于 %1，连接已断开：正在重连（训练会自动继续）</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="489"/>
        <source>Learner: remote at %1 (the session and checkpoints are there)</source>
        <translation>学习器：远程，位于 %1（会话和检查点保存在那里）</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="498"/>
        <source>Learner link lost: training paused, the robot held still</source>
        <translation>与学习器的连接已断开：训练已暂停，机器人保持静止</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="499"/>
        <source>Learner link back: training resumes</source>
        <translation>与学习器的连接已恢复：训练继续</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="522"/>
        <source>No robot plugin named &apos;%1&apos; was found</source>
        <translation>未找到名为“%1”的机器人插件</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="541"/>
        <source>Connecting to %1...</source>
        <translation>正在连接 %1...</translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="295"/>
        <source>Connected to %1</source>
        <translation>已连接 %1</translation>
    </message>
</context>
<context>
    <name>lab::ui::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="28"/>
        <source>%1 error: %2</source>
        <translation>%1错误：%2</translation>
    </message>
</context>
<context>
    <name>lab::ui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="31"/>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>SigEnt Lab</source>
        <translation>SigEnt 实验室</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>The learner keeps up with the robot again</source>
        <translation>学习器又跟上机器人了</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>Robot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>Sessions</source>
        <translation>会话</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="112"/>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="125"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="126"/>
        <source>&amp;Open session...</source>
        <translation>打开会话(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="128"/>
        <source>Open a session folder</source>
        <translation>打开会话文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <source>&amp;New session folder...</source>
        <translation>新会话文件夹(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="133"/>
        <source>Folder for the next connection&apos;s session</source>
        <translation>下次连接所用会话的文件夹</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="136"/>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="141"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="144"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>The language changes at the next start</source>
        <translation>语言将在下次启动时更改</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="203"/>
        <source>SigEnt Lab - %1</source>
        <translation>SigEnt 实验室 - %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="212"/>
        <source>The configuration can change only while no robot is connected.</source>
        <translation>只有在没有机器人连接时才能更改配置。</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>%1 refused: %2</source>
        <translation>“%1”被拒绝：%2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>%1 episode %2 ended after %3 steps: %4</source>
        <translation>%1回合 %2 在 %3 步后结束：%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="250"/>
        <source> (%n intervention step(s))</source>
        <translation>
            <numerusform>（%n 个接管步）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="267"/>
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
        <source>Passed to the plugin when it connects. The simulated robots take raw_image_size, max_episode_steps, start_spread (0.25 to 1: how widely the starts vary), camera_noise (0 to 0.5: a noisier camera) and expert_speed (0.25 to 1: a slower scripted demo), for example {&quot;start_spread&quot;: 0.5}</source>
        <translation>连接时传递给插件。模拟机器人接受 raw_image_size、max_episode_steps、start_spread（0.25 到 1：起始位置的变化范围）、camera_noise（0 到 0.5：噪声更大的相机）和 expert_speed（0.25 到 1：更慢的脚本演示），例如 {&quot;start_spread&quot;: 0.5}</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="57"/>
        <source>Real time</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="58"/>
        <source>Lockstep (simulated robots)</source>
        <translation>锁步（仅限仿真机器人）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="60"/>
        <source>Real time: the robot runs at its control rate and the learner updates beside it as fast as it can (the only choice for a physical robot).
Lockstep, for simulated robots only: the simulation waits for the learner after every step, so each step gets exactly the configured updates (utd), and it runs faster than real time whenever the learner is quicker than the control rate.</source>
        <translation>实时：机器人按其控制频率运行，学习器在旁边尽可能快地更新（物理机器人只能用这种方式）。
锁步，仅限仿真机器人：每一步之后仿真都会等待学习器，因此每一步恰好得到配置的更新次数（utd）；只要学习器比控制频率快，它就比实时更快。</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="65"/>
        <source>Pacing</source>
        <translation>节奏</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="69"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="70"/>
        <source>automatic (3 x episode limit)</source>
        <translation>自动（回合限制的 3 倍）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="72"/>
        <source>How long a demo recording may last, counted from your first move; shown as a countdown while you record</source>
        <translation>示范录制最长可持续多久，从您第一次操作开始计时；录制时显示倒计时</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="74"/>
        <source>Demo time limit</source>
        <translation>示范时间限制</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="75"/>
        <source>Keep demos that end without Success</source>
        <translation>保留未以成功结束的示范</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="78"/>
        <source>Off: a recording that times out or is stopped before Success is discarded (it cannot teach the task) and the previous demo stays</source>
        <translation>关闭时：超时或在成功之前停止的录制会被丢弃（它无法教会任务），之前的示范保留</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="86"/>
        <source>How many of your newest demos the learner imitates; recording one more drops the oldest (1: recording again replaces the demo)</source>
        <translation>学习器模仿您最新的几个示范；再录制一个会丢弃最旧的（1：重新录制即替换示范）</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="88"/>
        <source>Demos that teach</source>
        <translation>参与教学的示范数</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="146"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="150"/>
        <source>No robot plugin found.</source>
        <translation>未找到机器人插件。</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="168"/>
        <source>Robot settings are not valid JSON at offset %1: %2</source>
        <translation>机器人设置在偏移 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="174"/>
        <source>Robot settings must be a JSON object, like {&quot;seed&quot;: 1}</source>
        <translation>机器人设置必须是 JSON 对象，例如 {&quot;seed&quot;: 1}</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="191"/>
        <source>Choose a robot first</source>
        <translation>请先选择机器人</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="231"/>
        <source>Load the plugin and activate the robot</source>
        <translation>载入插件并激活机器人</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="234"/>
        <source>Stop the robot and release it</source>
        <translation>停止机器人并释放</translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="244"/>
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
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Episode</source>
        <translation>回合</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
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
        <location filename="../widgets/session_browser.cpp" line="129"/>
        <source>Open a session folder</source>
        <translation>打开会话文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="151"/>
        <source>Opening %1...</source>
        <translation>正在打开 %1...</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="167"/>
        <source>Cannot open the session in %1</source>
        <translation>无法打开 %1 中的会话</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="277"/>
        <source>Select an episode first</source>
        <translation>请先选择一个回合</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="288"/>
        <source>Relabelling failed</source>
        <translation>重新标注失败</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="340"/>
        <source>Loading episode %1...</source>
        <translation>正在载入回合 %1...</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="363"/>
        <source>Episode %1 has no stored frames</source>
        <translation>回合 %1 没有保存的画面</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="418"/>
        <source>Step %1: Q %2, H_sig %3, gate %4%5</source>
        <translation>第 %1 步：Q 值 %2，H_sig %3，门控 %4%5</translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="423"/>
        <source> (intervention)</source>
        <translation>（接管）</translation>
    </message>
</context>
<context>
    <name>lab::ui::SessionHistoryLoader</name>
    <message>
        <location filename="../widgets/session_history_loader.cpp" line="19"/>
        <source>Cannot open the session in %1</source>
        <translation>无法打开 %1 中的会话</translation>
    </message>
</context>
<context>
    <name>lab::ui::StatusFields</name>
    <message>
        <location filename="../widgets/status_fields.cpp" line="35"/>
        <source>Control loop: measured rate and jitter (std. dev. of the tick period)</source>
        <translation>控制循环：实测频率与抖动（周期的标准差）</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="36"/>
        <source>Learner updates per second</source>
        <translation>学习器每秒更新次数</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="37"/>
        <source>Learner updates per environment step over the last second, against the configured ratio (utd)</source>
        <translation>最近一秒内每个环境步的学习器更新次数，与配置的比例（utd）对比</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="39"/>
        <source>Lockstep: simulated robot time against wall-clock time</source>
        <translation>锁步：仿真机器人时间与实际时间对比</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="40"/>
        <source>Transitions in the replay and expert buffers</source>
        <translation>回放缓冲区与专家缓冲区中的转移数</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="41"/>
        <source>Time since the last checkpoint</source>
        <translation>距上次检查点的时间</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="67"/>
        <source>Loop: -</source>
        <translation>循环：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="68"/>
        <source>Updates/s: -</source>
        <translation>更新/秒：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="69"/>
        <source>UTD -</source>
        <translation>每步更新 -</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="72"/>
        <source>Buffers: -</source>
        <translation>缓冲区：-</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="73"/>
        <location filename="../widgets/status_fields.cpp" line="98"/>
        <source>Checkpoint: none</source>
        <translation>检查点：无</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="84"/>
        <source>Loop: %1 Hz, jitter %2 ms</source>
        <translation>循环：%1 Hz，抖动 %2 毫秒</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="85"/>
        <source>Updates/s: %1</source>
        <translation>更新/秒：%1</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="86"/>
        <source>UTD %1 / %2</source>
        <translation>每步更新 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="90"/>
        <source>sim %1 in %2 (%3x)</source>
        <translation>仿真 %1，用时 %2（%3 倍）</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="93"/>
        <source>sim %1</source>
        <translation>仿真 %1</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="96"/>
        <source>Buffers: replay %1, expert %2</source>
        <translation>缓冲区：回放 %1，专家 %2</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="101"/>
        <source>Checkpoint: %1 s ago</source>
        <translation>检查点：%1 秒前</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="102"/>
        <source>Checkpoint: %1 min ago</source>
        <translation>检查点：%1 分钟前</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="115"/>
        <source>The learner cannot keep up with the robot: it managed %1 of the %2 updates per step it is configured for, so it learns from less than planned. Try a smaller batch (batch_size), fewer OOD samples (ood_policy_samples), a lower control rate, or, for a simulated robot, lockstep pacing (Robot panel).</source>
        <translation>学习器跟不上机器人：每步只完成了 %1 次更新，而配置的是 %2 次，因此学到的比计划的少。请尝试更小的批量（batch_size）、更少的 OOD 样本（ood_policy_samples）、更低的控制频率，或者对仿真机器人使用锁步节奏（机器人面板）。</translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="121"/>
        <source>Learner cannot keep up</source>
        <translation>学习器跟不上</translation>
    </message>
</context>
<context>
    <name>lab::ui::TrainingPlots</name>
    <message>
        <location filename="../widgets/training_plots.cpp" line="20"/>
        <source>Q-values</source>
        <translation>Q 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="21"/>
        <source>Q1</source>
        <translation>Q1 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="22"/>
        <source>Q2</source>
        <translation>Q2 值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="23"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="24"/>
        <source>Entropy</source>
        <translation>熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="25"/>
        <source>H_sig</source>
        <translation>H_sig 熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="26"/>
        <source>Raw entropy</source>
        <translation>原始熵</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="27"/>
        <source>Gate open</source>
        <translation>门控开启</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="28"/>
        <source>Gate-open fraction</source>
        <translation>门控开启比例</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="30"/>
        <source>BC and OOD</source>
        <translation>BC 与 OOD 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="31"/>
        <source>BC term</source>
        <translation>BC 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="32"/>
        <source>OOD term</source>
        <translation>OOD 项</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="33"/>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="34"/>
        <source>Critic</source>
        <translation>评论家</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="35"/>
        <source>Actor</source>
        <translation>演员</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="36"/>
        <location filename="../widgets/training_plots.cpp" line="37"/>
        <source>Alpha</source>
        <translation>温度系数 α</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="38"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="39"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="41"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Episode length</source>
        <translation>回合长度</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="44"/>
        <source>Updates per second</source>
        <translation>每秒更新次数</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="44"/>
        <source>Updates/s</source>
        <translation>更新/秒</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="49"/>
        <source>Episodes</source>
        <translation>回合</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="49"/>
        <source>Learner updates</source>
        <translation>学习器更新次数</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="50"/>
        <source>No training or evaluation episode yet</source>
        <translation>尚无训练或评估回合</translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="51"/>
        <source>No learner update yet</source>
        <translation>学习器尚未更新</translation>
    </message>
</context>
</TS>
