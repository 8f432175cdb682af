<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConfigKeyText</name>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="21"/>
        <source>What the learner sees: state (the robot&apos;s state vector), image (the camera) or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="25"/>
        <source>Side of the square grayscale image, in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="27"/>
        <source>Camera frames stacked as the encoder&apos;s input (2 shows motion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="30"/>
        <source>Width of the actor&apos;s and critics&apos; hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="32"/>
        <source>Hidden layers of the actor and of each critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="34"/>
        <source>Channels of each convolution of the image encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="36"/>
        <source>Convolutions of the image encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="38"/>
        <source>Features the image encoder puts out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="40"/>
        <source>LayerNorm in the critics&apos; hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="42"/>
        <source>Q networks in the critic ensemble (2: SAC&apos;s twin critics; RLPD: 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="45"/>
        <source>Critics the target takes the minimum of (a fresh random subset each update when fewer than all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="49"/>
        <source>The Q the actor climbs: min over the critics, or their mean (RLPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="52"/>
        <source>Lowest log standard deviation of the policy (before tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="55"/>
        <source>Highest log standard deviation of the policy (before tanh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="58"/>
        <source>Clip log std at its bounds (SAC&apos;s reference code, RLPD) instead of squashing it with tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="61"/>
        <source>Discount factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="63"/>
        <source>How fast the target critics follow the critics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="64"/>
        <source>Adam learning rate of the actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="66"/>
        <source>Adam learning rate of the critics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="67"/>
        <source>Adam learning rate of alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="69"/>
        <source>Transitions per update; 0: 256 with states, 128 with images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="72"/>
        <source>Learner updates per environment step (update-to-data ratio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="75"/>
        <source>The actor and alpha step on every N-th update; 0: once per utd updates (RLPD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="79"/>
        <source>Environment steps before the first update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="81"/>
        <source>sigmoid: the bounded entropy H_sig of SigEnt-SAC; standard: SAC&apos;s -log π</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="85"/>
        <source>Highest H_sig of one action dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="87"/>
        <source>The policy std at H_sig&apos;s midpoint: m = log(σ·√(2πe))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="89"/>
        <source>Temperature of H_sig&apos;s sigmoid (lower: steeper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="91"/>
        <source>Weight of the entropy term (its start value when auto_alpha is on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="94"/>
        <source>Tune alpha towards target_entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="96"/>
        <source>What auto_alpha tunes towards: auto, or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="98"/>
        <source>gated: clone the demo only where its action is better than the policy&apos;s (GBC); always_on: plain BC (SAC+BC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="102"/>
        <source>Weight of the behaviour cloning term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="104"/>
        <source>The gate&apos;s margin, in normalised action units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="106"/>
        <source>Behaviour cloning in the actor&apos;s objective (off: the no-GBC ablation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="109"/>
        <source>Images: behaviour cloning also trains the encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="111"/>
        <source>How behaviour cloning steps the encoder: own (an Adam of its own) or critic (in the critic&apos;s step)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="115"/>
        <source>Weight of the OOD regulariser (a simplified CQL); 0 turns it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="118"/>
        <source>Temperature of the OOD term&apos;s log-sum-exp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="120"/>
        <source>Policy actions per state in the OOD term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="122"/>
        <source>Uniformly random actions per state in the OOD term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="124"/>
        <source>The OOD term never pushes Q below the data&apos;s Monte-Carlo return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="127"/>
        <source>Fraction of each batch drawn from the demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="129"/>
        <source>Copy the demos into the replay buffer too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="131"/>
        <source>Random shift of the images by up to this many pixels (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="134"/>
        <source>Transitions the replay buffer keeps (oldest go first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="136"/>
        <source>Transitions the demo buffer keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="138"/>
        <source>Robustness tests: fraction of the demo&apos;s transitions the learner never sees (the session keeps them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="142"/>
        <source>Robustness tests: Gaussian noise σ on the demo&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="145"/>
        <source>Robustness tests: Gaussian noise σ on the demo&apos;s observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="147"/>
        <source>Random seed of the learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="149"/>
        <source>Threads of the learner&apos;s maths; 0: picked from measured updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="151"/>
        <source>cpu, cuda or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="153"/>
        <source>The same update with fewer operator calls (off: the plain reference it is tested against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="157"/>
        <source>The preset last loaded, kept for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="174"/>
        <source>Observation and networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="176"/>
        <source>SAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="178"/>
        <source>Entropy (H_sig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="180"/>
        <source>Gated behaviour cloning (GBC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="182"/>
        <source>OOD regulariser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="184"/>
        <source>Data and demos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_key_text.cpp" line="186"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/language.cpp" line="21"/>
        <source>no translation for language &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperatorText</name>
    <message>
        <location filename="../core/model/notice_text.cpp" line="143"/>
        <source>No emergency stop to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="150"/>
        <source>Already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="152"/>
        <source>Disconnect needs the robot at rest; pause first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="154"/>
        <source>Recording needs a connected robot at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="156"/>
        <source>Not recording a demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="158"/>
        <source>No demo recorded yet: record one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="160"/>
        <source>Replay needs the robot ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="164"/>
        <source>Undo label needs a labelled training episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="166"/>
        <source>Intervention needs a running training episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="168"/>
        <source>No intervention to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="170"/>
        <source>Training needs a demo: record one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="172"/>
        <source>Training can start only when ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="174"/>
        <source>Already paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="176"/>
        <source>Nothing is running to pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="178"/>
        <source>Nothing is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="180"/>
        <source>Evaluation needs the robot ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="182"/>
        <source>Nothing learned yet: record a demo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="184"/>
        <source>Nobody is waiting for the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="187"/>
        <source>No label to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="189"/>
        <source>Intervention is already on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="195"/>
        <source>Intervention is not on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="210"/>
        <source>Waiting for the operator to set the scene up: press Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="213"/>
        <source>The next episode is already starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="215"/>
        <source>No session folder: checkpoints need a sessionDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="191"/>
        <source>Intervention needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="206"/>
        <source>Recording needs a teleop device: no teleop action received yet (or enable scriptedDemo on a robot with a scripted expert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="203"/>
        <source>This robot has no scripted expert: record the demo by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="148"/>
        <source>%1 needs a connected robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="145"/>
        <source>%1 is blocked: the emergency stop is active, acknowledge it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="162"/>
        <source>%1 needs a running episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="197"/>
        <source>%1 needs at least one step of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="199"/>
        <source>%1: no evaluation episode is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="201"/>
        <source>%1: no finished training episode to label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="15"/>
        <source>No robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="17"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="19"/>
        <source>Recording demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="21"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="23"/>
        <source>Episode running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="25"/>
        <source>Between episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="27"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="29"/>
        <source>Evaluating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="31"/>
        <source>Replaying demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="40"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="42"/>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="44"/>
        <source>Record demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="46"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="48"/>
        <source>Replay demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="50"/>
        <location filename="../core/model/notice_text.cpp" line="384"/>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="52"/>
        <location filename="../core/model/notice_text.cpp" line="386"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="54"/>
        <source>Undo label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="56"/>
        <source>Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="58"/>
        <source>Hand back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="60"/>
        <source>Start training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="62"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="64"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="66"/>
        <source>Emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="68"/>
        <source>Acknowledge emergency stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="70"/>
        <source>Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="72"/>
        <source>Save checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="74"/>
        <source>Scene ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="217"/>
        <source>Evaluate needs at least one episode, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="219"/>
        <source>the robot refused the acknowledgement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="222"/>
        <source>Settings can change only without a robot connected (state: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="225"/>
        <source>invalid learner configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="227"/>
        <source>robot &apos;%1&apos; has no camera; use obs_mode &quot;state&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="229"/>
        <source>robot &apos;%1&apos; has no camera: this connection learns from its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="232"/>
        <source>robot &apos;%1&apos; gives %2x%3 images but the learner expects %4x%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="235"/>
        <source>robot &apos;%1&apos; has no state vector; use obs_mode &quot;image&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="238"/>
        <source>robot &apos;%1&apos; has no state vector: this connection learns from its images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="241"/>
        <source>robot &apos;%1&apos; has no action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="243"/>
        <source>robot &apos;%1&apos; reports control rate %2 Hz and %3 max steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="246"/>
        <source>robot &apos;%1&apos; is not a simulation: lockstep pacing would stop and start a physical robot at the learner&apos;s pace; use real-time pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="251"/>
        <source>replay_capacity %1 (and expert_capacity %2) %3 transitions need %4 when full, but only %5 of memory is available (MemAvailable); lower replay_capacity to about %6 or free memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="256"/>
        <source>session &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="258"/>
        <source>the learner did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="260"/>
        <source>the learner did not start within 3 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="262"/>
        <source>session reopened: %1 episodes, demo %2, %3 environment steps; buffers rebuilt from %4 of %5 stored steps (%6 episodes read, at most %7 steps in memory at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="268"/>
        <source>robot &apos;%1&apos;: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="270"/>
        <source>robot &apos;%1&apos;: loading the plugin did not finish within %2 s; abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="274"/>
        <source>robot &apos;%1&apos;: %2() did not return within %3 s: the robot is marked faulted and its plugin abandoned (reconnect to use it again). The hardware may still be executing its last command: stop it by its own means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="280"/>
        <source>robot &apos;%1&apos;: %2() was still running when the program stopped; it was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="284"/>
        <source>the robot reported a non-finite state value; observation dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="287"/>
        <source>%1 reads in a row failed (the limit is %2); the last one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="290"/>
        <source>no valid observation for %1 s (the limit is %2 s); the last one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="294"/>
        <source>the robot gives no valid observation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="296"/>
        <source>the robot takes no command: %1 commands in a row were refused (the limit is %2); the last one: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="300"/>
        <source>%1; %2 (the robot holds still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="302"/>
        <source>the recording was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="304"/>
        <source>the demo replay was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="306"/>
        <source>episode %1 ended without a label and training paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="309"/>
        <source>no episode started and training paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="311"/>
        <source>waiting for a teleop action (the robot holds still)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="314"/>
        <source>acting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="316"/>
        <source>action has %1 values, the robot takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="318"/>
        <source>the action holds a non-finite value; the robot holds still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="321"/>
        <source>new weights refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="324"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="326"/>
        <source>emergency stop acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="328"/>
        <source>the emergency stop interrupted the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="330"/>
        <source>Recording did not start: the previous episode or label is not saved yet (see the store error); press Record again once it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="334"/>
        <source>the recording was stopped before Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="336"/>
        <source>the operator marked the recording as failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="338"/>
        <source>the robot reports the task failed (for example a gate missed); record it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="342"/>
        <source>the demo&apos;s time limit of %1 steps ran out before Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="345"/>
        <source>%1: a demo must end in success to teach the task (press Success when it is done); the previous demo, if any, stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="349"/>
        <source>it has no steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="351"/>
        <source>recording discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="353"/>
        <source>demo %1 recorded: %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="355"/>
        <source>demo %1 recorded: %2 steps, replaces demo %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="357"/>
        <source>demo %1 recorded: %2 steps, %3 demos teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="359"/>
        <source>demo replay finished after %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="361"/>
        <source>demo replay finished after %1 steps: success detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="364"/>
        <source>demo replay finished after %1 steps: no success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="366"/>
        <source>intervention: the operator drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="368"/>
        <source>intervention ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="370"/>
        <source>episode %1 is already labelled %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="372"/>
        <source>episode %1 labelled &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="374"/>
        <source>relabelling needs a connected robot and a session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="377"/>
        <source>no episode %1 in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="379"/>
        <source>Set up the scene of %1 for the next episode, then press Scene ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="388"/>
        <source>Time-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="390"/>
        <source>Unlabelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="392"/>
        <source>by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="394"/>
        <source>by the robot&apos;s detector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="396"/>
        <source>by the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="398"/>
        <source>relabelled in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="400"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="403"/>
        <source>training stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="405"/>
        <source>the training budget of %1 steps is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="407"/>
        <source>every evaluation episode succeeded (%1/%1) after %2 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="417"/>
        <source>training paused: the learner met non-finite values (see the learner error); resume once the cause is fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="421"/>
        <source>training paused: the session could not save what was recorded (see the store error); it is kept and tried again every %1 s, and when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="427"/>
        <source>episode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="429"/>
        <source>the label &apos;%1&apos; of episode %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="431"/>
        <source>the training metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="433"/>
        <source>the checkpoint records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="435"/>
        <source>the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="437"/>
        <source>%1 is saved now (on a retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="439"/>
        <source>%1 could not be saved: %2. It is kept and tried again every %3 s and when you resume; training pauses until it is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="443"/>
        <source>%1 could not be saved: %2 (shown once until they are saved again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="446"/>
        <source>the session store did not finish writing within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="449"/>
        <source>disconnected with %1 write(s) the session could not save, now lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="454"/>
        <source>checkpoint at update %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="456"/>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="458"/>
        <source>no usable checkpoint in this session: the learner starts fresh (the buffers are rebuilt from the database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="462"/>
        <source>no session folder: checkpoints need ControllerSettings::sessionDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="466"/>
        <source>saving &apos;%1&apos; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="468"/>
        <source>resumed learner from checkpoint &apos;%1&apos; at update %2 (weights fingerprint %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="472"/>
        <source>learner loaded from &apos;%1&apos; at update %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="474"/>
        <source>could not build the learner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="476"/>
        <source>a message failed with an unknown exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="478"/>
        <source>episode %1: the Q, H_sig or gate values of a step are not finite (an observation with extreme values?); they are shown and stored as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="483"/>
        <source>episode %1 could not enter the training buffers (%2); it is stored but not learnt from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="487"/>
        <source>training paused: %1. The learner went back to its weights of update %2 (the last good ones); nothing non-finite was published or saved. Check the robot&apos;s observations and the learner settings, then resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="493"/>
        <source>update %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="495"/>
        <source>update %1 gave non-finite values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="497"/>
        <source>the weights at update %1 are not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="512"/>
        <source>cannot reach the learner at %1 (%2): is serve-learner running there, and the address right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="518"/>
        <source>the learner server is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="520"/>
        <source>this program speaks learner link protocol %1, the learner %2: run the same version on both machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="524"/>
        <source>this learner already learns for another robot or config; start another serve-learner (another --session) for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="528"/>
        <source>the learner&apos;s session could not be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="530"/>
        <source>the learner refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="532"/>
        <source>the learner server refused the token (--learner-token or SIGENTLAB_TOKEN must be the one serve-learner uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="543"/>
        <source>config key &apos;%1&apos; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="545"/>
        <source>config key &apos;%1&apos; = %2 is out of range [%3, %4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="603"/>
        <source>the session in &apos;%1&apos; was recorded from robot &apos;%2&apos; with state %3, action %4 and images of %5 pixels (0: no camera); connected now, it gives state %6, action %7 and images of %8 pixels (its camera or its settings changed): connect it as it was, or choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="614"/>
        <source>the session database %1 is locked by another program (pid %2%3 on %4); close it there first. A session sigent-lab serve-learner writes can be watched meanwhile in the Sessions tab (File &gt; Open session: read-only, it refreshes by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="499"/>
        <source>lost the link to the learner at %1 (%2): nothing is lost, everything not yet stored is sent again when the link returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="547"/>
        <source>config key &apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="549"/>
        <source>config key &apos;%1&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="503"/>
        <source>the link to the learner at %1 is back; %2 messages not yet stored were sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="410"/>
        <source>evaluation: %1 of %2 episodes succeeded, in %3 steps on average (the demo: %4 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="414"/>
        <source>evaluation: none of %1 episodes succeeded (the demo: %2 steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="551"/>
        <source>config key &apos;%1&apos; must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="553"/>
        <source>config key &apos;%1&apos; must be &quot;auto&quot; or a number in [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="556"/>
        <source>unknown config key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="558"/>
        <source>unknown preset &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="560"/>
        <source>config: &apos;%1&apos; must be below &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="562"/>
        <source>config key &apos;%1&apos; must be &gt;= %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="564"/>
        <source>config: &apos;%1&apos; &gt; 0 needs &apos;%2&apos; or &apos;%3&apos; &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="566"/>
        <source>config key &apos;%1&apos; must not exceed &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="568"/>
        <source>config key &apos;%1&apos; = &quot;%2&quot; but this LibTorch has no usable CUDA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="571"/>
        <source>cannot read config file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="573"/>
        <source>config file &apos;%1&apos; is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="576"/>
        <source>config file &apos;%1&apos; must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="578"/>
        <source>cannot write config file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="581"/>
        <source>session folder &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="583"/>
        <source>&apos;%1&apos; is not a folder: a session is a folder holding %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="586"/>
        <source>&apos;%1&apos; holds no session (no %2 in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="588"/>
        <source>%1 is empty (0 bytes): not a session database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="590"/>
        <source>&apos;%1&apos; is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="592"/>
        <source>cannot create the session folder &apos;%1&apos; (read-only or no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="595"/>
        <source>&apos;%1&apos; already holds a session: open it instead of creating a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="598"/>
        <source>the session in &apos;%1&apos; was recorded with robot &apos;%2&apos; (state %3, action %4, image %5), not robot &apos;%6&apos; (state %7, action %8, image %9): choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="610"/>
        <source>session folder &apos;%1&apos; is read-only: cannot write the session there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="620"/>
        <source>cannot create the lock file in &apos;%1&apos; (read-only folder or no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="624"/>
        <source>%1 is read-only (file permissions, immutable attribute or read-only disk): the session cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="629"/>
        <source>%1 is an SQLite file but not a session database (no schema version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="633"/>
        <source>%1 has schema version %2, this build reads version %3 (open it read-write once to update it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="637"/>
        <source>%1 has no session row (an interrupted creation?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="639"/>
        <source>%1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="641"/>
        <source>%1 is damaged: its session row is invalid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="643"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="645"/>
        <source>the session database is locked by another program (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="648"/>
        <source>%1 is damaged: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="650"/>
        <source>the session database is read-only (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="652"/>
        <source>the disk is full (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="654"/>
        <source>the disk is full (%1: %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="656"/>
        <source>the database file cannot be opened (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="658"/>
        <source>%1: %2 (SQLite error %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="661"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="663"/>
        <source>cannot write %1 (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="665"/>
        <source>cannot read %1 for its checksum: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="667"/>
        <source>writing %1 failed: %2%3 (disk full or folder not writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="670"/>
        <source>cannot move the finished export to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="672"/>
        <source>export: no output folder given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="674"/>
        <source>export: cannot create the output folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="676"/>
        <source>export: the policy file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="678"/>
        <source>export: cannot copy the policy &apos;%1&apos; to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="681"/>
        <source>checkpoint &apos;%1&apos; cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="683"/>
        <source>checkpoint &apos;%1&apos; could not be written completely (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="686"/>
        <source>checkpoint &apos;%1&apos; could not replace the previous file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="689"/>
        <source>checkpoint &apos;%1&apos; cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="691"/>
        <source>checkpoint &apos;%1&apos; is not a SigEnt Lab checkpoint (wrong header or too short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="696"/>
        <source>checkpoint &apos;%1&apos; is truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="698"/>
        <source>checkpoint &apos;%1&apos; is truncated or has trailing data (%2 bytes, expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="702"/>
        <source>checkpoint &apos;%1&apos; is corrupt: its SHA-256 checksum does not match its contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="707"/>
        <source>checkpoint &apos;%1&apos; has an unreadable header: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="709"/>
        <source>checkpoint &apos;%1&apos; has checksum %2 but the session recorded %3: it was replaced or damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="714"/>
        <source>checkpoint &apos;%1&apos; holds update step %2 but the session recorded step %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="718"/>
        <source>the learner did not take the stored episodes within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="721"/>
        <source>checkpoint &apos;%1&apos; not written: the learner&apos;s weights are not all finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="725"/>
        <source>checkpoint &apos;%1&apos; does not match this learner: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="727"/>
        <source>unknown checkpoint format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="729"/>
        <source>state dimension %1, learner has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="731"/>
        <source>action dimension %1, learner has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="733"/>
        <source>&apos;%1&apos; differs (%2 in the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="735"/>
        <source>checkpoint &apos;%1&apos; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="507"/>
        <source>the learner at %1 did not confirm storing %2 messages before the link was closed: the latest episodes or labels may be missing from its session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="516"/>
        <source>the learner at %1 refused the link: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="536"/>
        <source>training paused while the link to the learner is down: the robot is held still and the episode kept; it resumes by itself when the link returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="541"/>
        <source>the link to the learner is back: training resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="27"/>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="29"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="31"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="33"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="34"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="39"/>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="41"/>
        <source>Learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="43"/>
        <source>Session store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="57"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="59"/>
        <source>Relabelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="61"/>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="45"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="47"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="49"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="51"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="53"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/operator_text.cpp" line="55"/>
        <source>Teleop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/notice_text.cpp" line="140"/>
        <source>%1 (state: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotCatalog</name>
    <message>
        <location filename="../app/gui/robot_catalog.cpp" line="73"/>
        <source>%1 Hz, %2 steps per episode, actions: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionExportJob</name>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="23"/>
        <source>No checkpoint in this session yet: train (or press Save checkpoint) first, or untick the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="30"/>
        <source>No checkpoint could be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="41"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/session_export_job.cpp" line="51"/>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreSessionModel</name>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="117"/>
        <source>This session stores no camera images (state observations only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/store_session_model.cpp" line="128"/>
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
        <location filename="../widgets/camera_view.cpp" line="88"/>
        <source>No camera image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="125"/>
        <source>%1x%2  %3 fps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/camera_view.cpp" line="127"/>
        <source>episode %1, step %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::ConfigEditor</name>
    <message>
        <location filename="../widgets/config_editor.cpp" line="28"/>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="32"/>
        <source>SigEnt-SAC and the baselines are presets of the same learner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="34"/>
        <source>Load preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="45"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="48"/>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="66"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="68"/>
        <source>Validate and use this configuration for the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="69"/>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="71"/>
        <source>Load file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="73"/>
        <source>Save file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="195"/>
        <source>The JSON text is not valid at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="199"/>
        <source>The JSON text must be one object: { &quot;key&quot;: value, ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="243"/>
        <source>Load configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="243"/>
        <location filename="../widgets/config_editor.cpp" line="256"/>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/config_editor.cpp" line="256"/>
        <source>Save configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeControls</name>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="53"/>
        <source>Demo by the scripted expert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="75"/>
        <source> episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="76"/>
        <source>Number of deterministic evaluation episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="88"/>
        <source>Zero command now and pause the learner (Space or Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="94"/>
        <source>The robot and its surroundings are safe: allow motion again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="205"/>
        <source>Drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="207"/>
        <source>Take over: %1, or hold Shift to hold it still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="240"/>
        <source>Recording starts with your first move (time limit %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="241"/>
        <source>Recording: %1 s left of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="243"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="299"/>
        <location filename="../widgets/episode_controls.cpp" line="309"/>
        <source>%1: not available now. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="308"/>
        <source>The simulation drives the demo itself: see the whole loop without driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="311"/>
        <source>STOPPED - acknowledge to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="312"/>
        <source>EMERGENCY STOP (Space / Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="319"/>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_controls.cpp" line="320"/>
        <source>[EMERGENCY STOP ACTIVE]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::EpisodeStepPlot</name>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="26"/>
        <source>This episode, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="31"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="32"/>
        <location filename="../widgets/episode_step_plot.cpp" line="44"/>
        <source>Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="33"/>
        <source>H_sig, gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="45"/>
        <source>H_sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="46"/>
        <source>Gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="48"/>
        <source>Intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/episode_step_plot.cpp" line="59"/>
        <source>No episode yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::ExportDialog</name>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="22"/>
        <source>Export session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="27"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="31"/>
        <source>Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="36"/>
        <source>Transitions as HDF5 (D4RL layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="38"/>
        <source>Training metrics as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="40"/>
        <source>Policy as TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="47"/>
        <source>A manifest (config, seeds, versions, file list) is always written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="66"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="69"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="71"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="78"/>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="124"/>
        <source>Choose a folder to export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="129"/>
        <source>Nothing to export: no session is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="138"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="169"/>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="182"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="194"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="194"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_dialog.cpp" line="197"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/export_dialog.cpp" line="200"/>
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
        <location filename="../app/gui/gui_composition.cpp" line="170"/>
        <location filename="../app/gui/gui_composition.cpp" line="421"/>
        <source>Gamepad unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="263"/>
        <source>Configuration applied; it is used from the next connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="270"/>
        <source>The session is kept by the learner at %1; this window keeps none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="276"/>
        <source>Disconnect first: the session folder changes only without a robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="327"/>
        <source>The session&apos;s earlier curves cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="333"/>
        <source>EMERGENCY STOP: zero command sent, learner paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="334"/>
        <source>Emergency stop acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="357"/>
        <source>%1 has no camera: the learner sees its state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="363"/>
        <source>%1 Hz, jitter %2 ms, %3 environment steps
Time limit: episodes %4 steps (%5 s), demos %6 steps (%7 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="425"/>
        <source>Gamepad connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="426"/>
        <source>Gamepad disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="484"/>
        <source>Learner: in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="486"/>
        <source>Learner: remote at %1, link down: reconnecting (training resumes by itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="489"/>
        <source>Learner: remote at %1 (the session and checkpoints are there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="498"/>
        <source>Learner link lost: training paused, the robot held still</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="499"/>
        <source>Learner link back: training resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="522"/>
        <source>No robot plugin named &apos;%1&apos; was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="541"/>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/gui_composition.cpp" line="295"/>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::LogPanel</name>
    <message>
        <location filename="../widgets/log_panel.cpp" line="28"/>
        <source>%1 error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="31"/>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>SigEnt Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>The learner keeps up with the robot again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>Robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="109"/>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="110"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="112"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="125"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="126"/>
        <source>&amp;Open session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="128"/>
        <source>Open a session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <source>&amp;New session folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="133"/>
        <source>Folder for the next connection&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="136"/>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="139"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="141"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="144"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="146"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>The language changes at the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="203"/>
        <source>SigEnt Lab - %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="212"/>
        <source>The configuration can change only while no robot is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>%1 episode %2 ended after %3 steps: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="250"/>
        <source> (%n intervention step(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="267"/>
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
        <source>Passed to the plugin when it connects. The simulated robots take raw_image_size, max_episode_steps, start_spread (0.25 to 1: how widely the starts vary), camera_noise (0 to 0.5: a noisier camera) and expert_speed (0.25 to 1: a slower scripted demo), for example {&quot;start_spread&quot;: 0.5}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="57"/>
        <source>Real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="58"/>
        <source>Lockstep (simulated robots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="60"/>
        <source>Real time: the robot runs at its control rate and the learner updates beside it as fast as it can (the only choice for a physical robot).
Lockstep, for simulated robots only: the simulation waits for the learner after every step, so each step gets exactly the configured updates (utd), and it runs faster than real time whenever the learner is quicker than the control rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="65"/>
        <source>Pacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="69"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="70"/>
        <source>automatic (3 x episode limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="72"/>
        <source>How long a demo recording may last, counted from your first move; shown as a countdown while you record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="74"/>
        <source>Demo time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="75"/>
        <source>Keep demos that end without Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="78"/>
        <source>Off: a recording that times out or is stopped before Success is discarded (it cannot teach the task) and the previous demo stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="86"/>
        <source>How many of your newest demos the learner imitates; recording one more drops the oldest (1: recording again replaces the demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="88"/>
        <source>Demos that teach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="146"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="150"/>
        <source>No robot plugin found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="168"/>
        <source>Robot settings are not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="174"/>
        <source>Robot settings must be a JSON object, like {&quot;seed&quot;: 1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="191"/>
        <source>Choose a robot first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="231"/>
        <source>Load the plugin and activate the robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="234"/>
        <source>Stop the robot and release it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/robot_panel.cpp" line="244"/>
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
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="59"/>
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
        <location filename="../widgets/session_browser.cpp" line="129"/>
        <source>Open a session folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="151"/>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="167"/>
        <source>Cannot open the session in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="277"/>
        <source>Select an episode first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="288"/>
        <source>Relabelling failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="340"/>
        <source>Loading episode %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="363"/>
        <source>Episode %1 has no stored frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="418"/>
        <source>Step %1: Q %2, H_sig %3, gate %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/session_browser.cpp" line="423"/>
        <source> (intervention)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::SessionHistoryLoader</name>
    <message>
        <location filename="../widgets/session_history_loader.cpp" line="19"/>
        <source>Cannot open the session in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::StatusFields</name>
    <message>
        <location filename="../widgets/status_fields.cpp" line="35"/>
        <source>Control loop: measured rate and jitter (std. dev. of the tick period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="36"/>
        <source>Learner updates per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="37"/>
        <source>Learner updates per environment step over the last second, against the configured ratio (utd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="39"/>
        <source>Lockstep: simulated robot time against wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="40"/>
        <source>Transitions in the replay and expert buffers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="41"/>
        <source>Time since the last checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="67"/>
        <source>Loop: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="68"/>
        <source>Updates/s: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="69"/>
        <source>UTD -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="72"/>
        <source>Buffers: -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="73"/>
        <location filename="../widgets/status_fields.cpp" line="98"/>
        <source>Checkpoint: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="84"/>
        <source>Loop: %1 Hz, jitter %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="85"/>
        <source>Updates/s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="86"/>
        <source>UTD %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="90"/>
        <source>sim %1 in %2 (%3x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="93"/>
        <source>sim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="96"/>
        <source>Buffers: replay %1, expert %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="101"/>
        <source>Checkpoint: %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="102"/>
        <source>Checkpoint: %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="115"/>
        <source>The learner cannot keep up with the robot: it managed %1 of the %2 updates per step it is configured for, so it learns from less than planned. Try a smaller batch (batch_size), fewer OOD samples (ood_policy_samples), a lower control rate, or, for a simulated robot, lockstep pacing (Robot panel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/status_fields.cpp" line="121"/>
        <source>Learner cannot keep up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lab::ui::TrainingPlots</name>
    <message>
        <location filename="../widgets/training_plots.cpp" line="20"/>
        <source>Q-values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="21"/>
        <source>Q1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="22"/>
        <source>Q2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="23"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="24"/>
        <source>Entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="25"/>
        <source>H_sig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="26"/>
        <source>Raw entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="27"/>
        <source>Gate open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="28"/>
        <source>Gate-open fraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="30"/>
        <source>BC and OOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="31"/>
        <source>BC term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="32"/>
        <source>OOD term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="33"/>
        <source>Losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="34"/>
        <source>Critic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="35"/>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="36"/>
        <location filename="../widgets/training_plots.cpp" line="37"/>
        <source>Alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="38"/>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="39"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="41"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Episode length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="43"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="44"/>
        <source>Updates per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="44"/>
        <source>Updates/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="49"/>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="49"/>
        <source>Learner updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="50"/>
        <source>No training or evaluation episode yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/training_plots.cpp" line="51"/>
        <source>No learner update yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
