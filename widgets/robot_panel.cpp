#include "robot_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

#include "operator_text.h"

namespace lab::ui {

RobotPanel::RobotPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  auto* form = new QFormLayout;
  layout->addLayout(form);
  m_picker = new QComboBox(this);
  m_picker->setObjectName("robotPicker");
  m_picker->setToolTip(tr("Robot plugins found in the plugin folder and built in"));
  form->addRow(tr("Robot"), m_picker);
  m_description = new QLabel(this);
  m_description->setObjectName("robotDescription");
  m_description->setWordWrap(true);
  m_description->setProperty("labData", true);  // plugin metadata, not a UI string
  layout->addWidget(m_description);

  layout->addWidget(new QLabel(tr("Settings (JSON, passed to the plugin)"), this));
  m_settings = new QPlainTextEdit(this);
  m_settings->setObjectName("robotSettings");
  m_settings->setPlainText(QStringLiteral("{}"));
  m_settings->setMaximumHeight(70);
  m_settings->setToolTip(
      tr("Passed to the plugin when it connects. The simulated robots take raw_image_size, "
         "max_episode_steps, start_spread (0.25 to 1: how widely the starts vary), "
         "camera_noise (0 to 0.5: a noisier camera) and expert_speed (0.25 to 1: a slower "
         "scripted demo), for example {\"start_spread\": 0.5}"));
  layout->addWidget(m_settings);
  m_settingsError = new QLabel(this);
  m_settingsError->setObjectName("robotSettingsError");
  m_settingsError->setWordWrap(true);
  m_settingsError->setStyleSheet("color: #b00000;");
  m_settingsError->setVisible(false);
  layout->addWidget(m_settingsError);

  auto* pacingForm = new QFormLayout;
  layout->addLayout(pacingForm);
  m_pacing = new QComboBox(this);
  m_pacing->setObjectName("robotPacing");
  m_pacing->addItem(tr("Real time"), int(lab::Pacing::RealTime));
  m_pacing->addItem(tr("Lockstep (simulated robots)"), int(lab::Pacing::Lockstep));
  m_pacing->setToolTip(
      tr("Real time: the robot runs at its control rate and the learner updates beside it as "
         "fast as it can (the only choice for a physical robot).\n"
         "Lockstep, for simulated robots only: the simulation waits for the learner after "
         "every step, so each step gets exactly the configured updates (utd), and it runs "
         "faster than real time whenever the learner is quicker than the control rate."));
  pacingForm->addRow(tr("Pacing"), m_pacing);
  m_demoSeconds = new QSpinBox(this);
  m_demoSeconds->setObjectName("demoSeconds");
  m_demoSeconds->setRange(0, 3600);
  m_demoSeconds->setSuffix(tr(" s"));
  m_demoSeconds->setSpecialValueText(tr("automatic (3 x episode limit)"));
  m_demoSeconds->setToolTip(
      tr("How long a demo recording may last, counted from your first "
         "move; shown as a countdown while you record"));
  pacingForm->addRow(tr("Demo time limit"), m_demoSeconds);
  m_keepUnsuccessful = new QCheckBox(tr("Keep demos that end without Success"), this);
  m_keepUnsuccessful->setObjectName("keepUnsuccessfulDemos");
  m_keepUnsuccessful->setToolTip(
      tr("Off: a recording that times out or is stopped before "
         "Success is discarded (it cannot teach the task) and the "
         "previous demo stays"));
  pacingForm->addRow(QString(), m_keepUnsuccessful);
  m_demosKept = new QSpinBox(this);
  m_demosKept->setObjectName("demosKept");
  m_demosKept->setRange(1, 20);
  m_demosKept->setToolTip(
      tr("How many of your newest demos the learner imitates; recording "
         "one more drops the oldest (1: recording again replaces the demo)"));
  pacingForm->addRow(tr("Demos that teach"), m_demosKept);

  auto* buttons = new QHBoxLayout;
  m_connect = new QPushButton(OperatorText::command(lab::ControllerCommand::Connect), this);
  m_connect->setObjectName("connectRobot");
  m_disconnect = new QPushButton(OperatorText::command(lab::ControllerCommand::Disconnect), this);
  m_disconnect->setObjectName("disconnectRobot");
  buttons->addWidget(m_connect);
  buttons->addWidget(m_disconnect);
  layout->addLayout(buttons);

  m_state = new QLabel(this);
  m_state->setObjectName("robotState");
  m_status = new QLabel(this);
  m_status->setObjectName("robotStatus");
  m_status->setWordWrap(true);
  layout->addWidget(m_state);
  layout->addWidget(m_status);
  layout->addStretch(1);

  connect(m_picker, &QComboBox::currentIndexChanged, this, [this] {
    showDescription();
    Q_EMIT robotChanged(currentRobotId());
  });
  connect(m_connect, &QPushButton::clicked, this, &RobotPanel::onConnect);
  connect(m_disconnect, &QPushButton::clicked, this, &RobotPanel::disconnectRequested);
  setControllerState(lab::ControllerState::Idle, false, false);
}

void RobotPanel::setRobots(const QVector<RobotChoice>& robots) {
  const QString keep = currentRobotId();
  m_robots = robots;
  QSignalBlocker block(m_picker);
  m_picker->clear();
  for (const auto& r : robots) {
    m_picker->addItem(r.name.isEmpty() ? r.id : r.name, r.id);
    m_picker->setItemData(m_picker->count() - 1, r.description, Qt::ToolTipRole);
  }
  if (!keep.isEmpty()) setCurrentRobot(keep);
  showDescription();
}

bool RobotPanel::setCurrentRobot(const QString& id) {
  const int i = m_picker->findData(id);
  if (i < 0) return false;
  m_picker->setCurrentIndex(i);
  showDescription();
  return true;
}

QString RobotPanel::currentRobotId() const { return m_picker->currentData().toString(); }

void RobotPanel::showDescription() {
  const QString id = currentRobotId();
  for (const auto& r : m_robots) {
    if (r.id != id) continue;
    QString text = r.description;
    if (!r.details.isEmpty()) text += QStringLiteral("\n") + r.details;
    if (!r.version.isEmpty()) text += QStringLiteral("\n") + tr("Version %1").arg(r.version);
    m_description->setText(text);
    return;
  }
  m_description->setText(m_robots.isEmpty() ? tr("No robot plugin found.") : QString());
  m_description->setProperty("labData", !m_robots.isEmpty());
}

void RobotPanel::setRobotSettings(const QJsonObject& settings) {
  m_settings->setPlainText(
      QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
}

bool RobotPanel::robotSettings(QJsonObject& out, QString& error) const {
  const QString text = m_settings->toPlainText().trimmed();
  if (text.isEmpty()) {
    out = {};
    return true;
  }
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
  if (pe.error != QJsonParseError::NoError) {
    error = tr("Robot settings are not valid JSON at offset %1: %2")
                .arg(pe.offset)
                .arg(pe.errorString());
    return false;
  }
  if (!doc.isObject()) {
    error = tr("Robot settings must be a JSON object, like {\"seed\": 1}");
    return false;
  }
  out = doc.object();
  return true;
}

void RobotPanel::onConnect() {
  QJsonObject settings;
  QString error;
  if (!robotSettings(settings, error)) {
    m_settingsError->setText(error);
    m_settingsError->setVisible(true);
    return;
  }
  m_settingsError->setVisible(false);
  if (currentRobotId().isEmpty()) {
    m_settingsError->setText(tr("Choose a robot first"));
    m_settingsError->setVisible(true);
    return;
  }
  Q_EMIT connectRequested(currentRobotId(), settings);
}

void RobotPanel::setPacing(lab::Pacing pacing) {
  m_pacing->setCurrentIndex(std::max(0, m_pacing->findData(int(pacing))));
}

void RobotPanel::setDemoSeconds(int seconds) { m_demoSeconds->setValue(seconds); }

int RobotPanel::demoSeconds() const { return m_demoSeconds->value(); }

void RobotPanel::setKeepUnsuccessfulDemos(bool keep) { m_keepUnsuccessful->setChecked(keep); }

bool RobotPanel::keepUnsuccessfulDemos() const { return m_keepUnsuccessful->isChecked(); }

void RobotPanel::setDemosKept(int count) { m_demosKept->setValue(count); }

int RobotPanel::demosKept() const { return m_demosKept->value(); }

lab::Pacing RobotPanel::pacing() const {
  return m_pacing->currentData().toInt() == int(lab::Pacing::Lockstep) ? lab::Pacing::Lockstep
                                                                       : lab::Pacing::RealTime;
}

QString RobotPanel::statusText() const { return m_state->text(); }

QString RobotPanel::robotStatusText() const { return m_status->text(); }

void RobotPanel::setControllerState(lab::ControllerState state, bool emergencyStopped,
                                    bool hasDemo) {
  using C = lab::ControllerCommand;
  const QString connectWhy =
      OperatorText::notice(lab::refusalReason(state, C::Connect, emergencyStopped, hasDemo));
  const QString disconnectWhy =
      OperatorText::notice(lab::refusalReason(state, C::Disconnect, emergencyStopped, hasDemo));
  m_connect->setEnabled(connectWhy.isEmpty());
  m_connect->setToolTip(connectWhy.isEmpty() ? tr("Load the plugin and activate the robot")
                                             : connectWhy);
  m_disconnect->setEnabled(disconnectWhy.isEmpty());
  m_disconnect->setToolTip(disconnectWhy.isEmpty() ? tr("Stop the robot and release it")
                                                   : disconnectWhy);
  // The robot is chosen and configured only while disconnected.
  const bool idle = state == lab::ControllerState::Idle;
  m_picker->setEnabled(idle);
  m_pacing->setEnabled(idle);
  m_demoSeconds->setEnabled(idle);
  m_keepUnsuccessful->setEnabled(idle);
  m_demosKept->setEnabled(idle);
  m_settings->setReadOnly(!idle);
  m_state->setText(tr("State: %1").arg(OperatorText::state(state)));
}

void RobotPanel::setRobotStatus(const QString& text) { m_status->setText(text); }

}  // namespace lab::ui
