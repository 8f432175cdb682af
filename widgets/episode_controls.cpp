#include "episode_controls.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

#include "operator_text.h"

namespace lab::ui {

using C = lab::ControllerCommand;
using S = lab::ControllerState;

namespace {
// The commands with a key (shortcutKey()); Pause and Resume share one.
constexpr C kKeyedCommands[] = {C::StartRecording, C::ReplayDemo, C::StartTraining, C::Pause,
                                C::Resume,         C::Success,    C::Failure};
}  // namespace

EpisodeControls::EpisodeControls(QWidget* parent) : QWidget(parent) {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(4, 4, 4, 4);

  m_stateLabel = new QLabel(this);
  m_stateLabel->setObjectName("stateLabel");
  QFont bold = font();
  bold.setBold(true);
  m_stateLabel->setFont(bold);
  outer->addWidget(m_stateLabel);
  m_clock = new QLabel(this);
  m_clock->setObjectName("episodeClock");
  outer->addWidget(m_clock);
  m_keys = new QLabel(this);
  m_keys->setObjectName("drivingKeys");
  m_keys->setWordWrap(true);
  m_keys->hide();
  outer->addWidget(m_keys);

  auto* grid = new QGridLayout;
  outer->addLayout(grid);
  int row = 0;
  grid->addWidget(addButton(C::StartRecording, ":/icons/record.svg"), row, 0);
  grid->addWidget(addButton(C::StopRecording, ":/icons/stop.svg"), row, 1);
  grid->addWidget(addButton(C::ReplayDemo, ":/icons/play.svg"), row, 2);
  ++row;
  m_expertDemo = new QPushButton(tr("Demo by the scripted expert"), this);
  m_expertDemo->setObjectName("expertDemo");
  m_expertDemo->setIcon(QIcon(":/icons/record.svg"));
  connect(m_expertDemo, &QPushButton::clicked, this, [this] { Q_EMIT expertDemoRequested(); });
  grid->addWidget(m_expertDemo, row, 0, 1, 3);
  ++row;
  grid->addWidget(addButton(C::Success, ":/icons/success.svg"), row, 0);
  grid->addWidget(addButton(C::Failure, ":/icons/failure.svg"), row, 1);
  grid->addWidget(addButton(C::UndoLabel, {}), row, 2);
  ++row;
  grid->addWidget(addButton(C::StartTraining, ":/icons/play.svg"), row, 0);
  m_pauseResume = addButton(C::Pause, ":/icons/pause.svg");
  m_buttons.insert(C::Resume, m_pauseResume);
  grid->addWidget(m_pauseResume, row, 1);
  grid->addWidget(addButton(C::OperatorReady, {}), row, 2);
  ++row;
  auto* evalRow = new QHBoxLayout;
  evalRow->addWidget(addButton(C::Evaluate, {}));
  m_evalCount = new QSpinBox(this);
  m_evalCount->setObjectName("evaluateCount");
  m_evalCount->setRange(1, 1000);
  m_evalCount->setValue(10);
  m_evalCount->setSuffix(tr(" episodes"));
  m_evalCount->setToolTip(tr("Number of deterministic evaluation episodes"));
  evalRow->addWidget(m_evalCount);
  grid->addLayout(evalRow, row, 0, 1, 2);
  grid->addWidget(addButton(C::CheckpointNow, {}), row, 2);

  // The e-stop is a plain button: never disabled, big, red, and reachable from the keyboard.
  m_estop = new QPushButton(this);
  m_estop->setObjectName("emergencyStop");
  m_estop->setIcon(QIcon(":/icons/estop.svg"));
  m_estop->setIconSize(QSize(32, 32));
  m_estop->setMinimumHeight(64);
  m_estop->setFocusPolicy(Qt::NoFocus);  // Space must reach the shortcut, not a focused button
  m_estop->setToolTip(tr("Zero command now and pause the learner (Space or Esc)"));
  connect(m_estop, &QPushButton::clicked, this, [this] { request(C::EmergencyStop); });
  outer->addWidget(m_estop);
  m_ack = new QPushButton(this);
  m_ack->setObjectName("acknowledgeEmergencyStop");
  m_ack->setText(OperatorText::command(C::AcknowledgeEmergencyStop));
  m_ack->setToolTip(tr("The robot and its surroundings are safe: allow motion again"));
  m_buttons.insert(C::AcknowledgeEmergencyStop, m_ack);
  connect(m_ack, &QPushButton::clicked, this, [this] { request(C::AcknowledgeEmergencyStop); });
  outer->addWidget(m_ack);
  outer->addStretch(1);

  for (auto key : {Qt::Key_Space, Qt::Key_Escape}) {
    auto* sc = new QShortcut(QKeySequence(key), this);
    sc->setContext(Qt::WindowShortcut);
    connect(sc, &QShortcut::activated, this, [this] { request(C::EmergencyStop); });
  }
  for (C command : kKeyedCommands) {
    if (command != C::Resume) addShortcut(shortcutKey(command));  // Resume shares Pause's P
  }
  refresh();
}

int EpisodeControls::shortcutKey(C command) {
  switch (command) {
    case C::StartRecording:
      return Qt::Key_R;
    case C::ReplayDemo:
      return Qt::Key_D;
    case C::StartTraining:
      return Qt::Key_T;
    case C::Pause:
    case C::Resume:
      return Qt::Key_P;
    case C::Success:
      return Qt::Key_S;
    case C::Failure:
      return Qt::Key_F;
    default:
      return 0;
  }
}

bool EpisodeControls::isShortcutKey(int key) {
  return std::any_of(std::begin(kKeyedCommands), std::end(kKeyedCommands),
                     [key](C command) { return shortcutKey(command) == key; });
}

QString EpisodeControls::withKey(C command) {
  const int key = shortcutKey(command);
  const QString name = OperatorText::command(command);
  return key ? QStringLiteral("%1 (%2)").arg(name,
                                             QKeySequence(key).toString(QKeySequence::NativeText))
             : name;
}

void EpisodeControls::addShortcut(int key) {
  auto* sc = new QShortcut(QKeySequence(key), this);
  sc->setContext(Qt::WindowShortcut);
  connect(sc, &QShortcut::activated, this, [this, key] {
    for (C command : kKeyedCommands) {
      // A refused command's key does nothing (its button is disabled and says why).
      if (shortcutKey(command) == key && reasonFor(command).isEmpty()) {
        request(command);
        return;
      }
    }
  });
}

QPushButton* EpisodeControls::addButton(C command, const QString& icon) {
  auto* b = new QPushButton(withKey(command), this);
  b->setObjectName(lab::toString(command));
  if (!icon.isEmpty()) b->setIcon(QIcon(icon));
  m_buttons.insert(command, b);
  connect(b, &QPushButton::clicked, this, [this, b, command] {
    // The pause/resume button sends whichever its state offers.
    C c = command;
    if (b == m_pauseResume) c = m_state == S::Paused ? C::Resume : C::Pause;
    request(c);
  });
  return b;
}

QPushButton* EpisodeControls::button(C command) const {
  if (command == C::EmergencyStop) return m_estop;
  return m_buttons.value(command, nullptr);
}

QString EpisodeControls::reasonFor(C command) const {
  lab::Notice why = lab::refusalReason(m_state, command, m_estopped, m_hasDemo);
  if (why.isEmpty() && command == C::OperatorReady && !m_sceneRequested) {
    why = lab::Notice(lab::NoticeCode::NobodyWaiting);
  }
  return OperatorText::notice(why);
}

QString EpisodeControls::stateText() const { return m_stateLabel->text(); }

QString EpisodeControls::episodeClockText() const {
  return m_clock->isHidden() ? QString() : m_clock->text();
}

QString EpisodeControls::drivingKeysText() const {
  return m_keys->isHidden() ? QString() : m_keys->text();
}

void EpisodeControls::setDrivingKeys(const QString& keys) {
  m_drivingKeys = keys;
  refreshDrivingKeys();
}

void EpisodeControls::refreshDrivingKeys() {
  // A person recording a demo or watching a training episode must not need the README to know
  // which keys move the robot; under an emergency stop nothing drives it.
  QString text;
  if (!m_drivingKeys.isEmpty() && !m_estopped) {
    if (m_state == S::RecordingDemo) text = tr("Drive: %1").arg(m_drivingKeys);
    if (m_state == S::EpisodeRunning)
      text = tr("Take over: %1, or hold Shift to hold it still").arg(m_drivingKeys);
  }
  m_keys->setText(text);
  m_keys->setHidden(text.isEmpty());
}

void EpisodeControls::setEpisodeProgress(int steps, int limit, double rateHz) {
  m_episodeSteps = steps;
  m_episodeLimit = limit;
  m_rateHz = rateHz;
  refreshClock();
}

void EpisodeControls::setEpisodeSteps(int steps) {
  if (steps == m_episodeSteps) return;
  m_episodeSteps = steps;
  refreshClock();
}

void EpisodeControls::refreshClock() {
  const bool recording = m_state == S::RecordingDemo;
  const bool running = m_state == S::EpisodeRunning || m_state == S::Evaluating;
  if ((!recording && !running) || m_episodeLimit <= 0) {
    m_clock->hide();
    return;
  }
  QString text;
  bool urgent = false;
  if (recording && m_rateHz > 0) {
    const double total = m_episodeLimit / m_rateHz;
    const double left = std::max(0, m_episodeLimit - m_episodeSteps) / m_rateHz;
    urgent = m_episodeSteps > 0 && left < std::min(5.0, total / 4);
    text = m_episodeSteps == 0
               ? tr("Recording starts with your first move (time limit %1 s)").arg(total, 0, 'f', 0)
               : tr("Recording: %1 s left of %2 s").arg(left, 0, 'f', 1).arg(total, 0, 'f', 0);
  } else {
    text = tr("Step %1 of %2").arg(m_episodeSteps).arg(m_episodeLimit);
  }
  m_clock->setText(text);
  m_clock->setStyleSheet(urgent ? QStringLiteral("color: #d01010; font-weight: bold;") : QString());
  m_clock->show();
}

void EpisodeControls::request(C command) {
  const int count = command == C::Evaluate ? m_evalCount->value() : 0;
  Q_EMIT commandRequested(command, count);
}

void EpisodeControls::setControllerState(S state, bool emergencyStopped, bool hasDemo) {
  m_estopped = emergencyStopped;
  m_hasDemo = hasDemo;
  setState(state);
}
void EpisodeControls::setState(S state) {
  m_state = state;
  if (state == S::Idle) m_sceneRequested = false;  // the next robot may reset itself
  refresh();
}
void EpisodeControls::setSceneRequested() {
  m_sceneRequested = true;
  refresh();
}
void EpisodeControls::setEmergencyStopped(bool active) {
  m_estopped = active;
  refresh();
}
void EpisodeControls::setScriptedExpertAvailable(bool available) {
  m_expertAvailable = available;
  refresh();
}

void EpisodeControls::setHasDemo(bool hasDemo) {
  m_hasDemo = hasDemo;
  refresh();
}

void EpisodeControls::refresh() {
  // Pause and Resume share a button: show the one that applies.
  const bool paused = m_state == S::Paused;
  m_pauseResume->setText(withKey(paused ? C::Resume : C::Pause));
  m_pauseResume->setIcon(QIcon(paused ? ":/icons/play.svg" : ":/icons/pause.svg"));

  for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
    QPushButton* b = it.value();
    C command = it.key();
    if (b == m_pauseResume)
      command = paused ? C::Resume : C::Pause;
    else if (command == C::Resume)
      continue;  // handled with Pause
    const QString reason = reasonFor(command);
    b->setEnabled(reason.isEmpty());
    const QString tip = withKey(command);
    b->setToolTip(reason.isEmpty() ? tip : tr("%1: not available now. %2").arg(tip, reason));
  }
  m_ack->setVisible(m_estopped);
  // The expert records like Record demo does, so the same rule enables it.
  const QString expertReason = reasonFor(C::StartRecording);
  m_expertDemo->setVisible(m_expertAvailable);
  m_expertDemo->setEnabled(expertReason.isEmpty());
  m_expertDemo->setToolTip(
      expertReason.isEmpty()
          ? tr("The simulation drives the demo itself: see the whole loop without driving")
          : tr("%1: not available now. %2").arg(m_expertDemo->text(), expertReason));

  m_estop->setText(m_estopped ? tr("STOPPED - acknowledge to continue")
                              : tr("EMERGENCY STOP (Space / Esc)"));
  m_estop->setStyleSheet(
      m_estopped
          ? "QPushButton { background: #7a0000; color: white; font-weight: bold; font-size: 15px; "
            "border: 3px solid #ffcc00; border-radius: 6px; }"
          : "QPushButton { background: #d01010; color: white; font-weight: bold; font-size: 15px; "
            "border: 2px solid #800000; border-radius: 6px; }");
  QString text = tr("State: %1").arg(OperatorText::state(m_state));
  if (m_estopped) text += QStringLiteral("  ") + tr("[EMERGENCY STOP ACTIVE]");
  m_stateLabel->setText(text);
  refreshClock();
  refreshDrivingKeys();
}

}  // namespace lab::ui
