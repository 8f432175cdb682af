#pragma once
// RobotPanel: pick a robot plugin (with its description), edit its settings (a JSON object the
// plugin validates), connect / disconnect, and see the robot's state. The panel only asks
// (connectRequested / disconnectRequested); the window forwards to the controller. Plugin
// names and descriptions come from plugin metadata and are shown as they are.
// Thread: GUI thread.
#include <QJsonObject>
#include <QVector>
#include <QWidget>

#include "controller_types.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace lab::ui {

struct RobotChoice {
  QString id;    // "push-cube"
  QString name;  // "Push-Cube (simulated arm)"
  QString description;
  QString version;
  QString details;              // optional extra line: control rate, action dims, reset mode
  bool scriptedExpert = false;  // the robot can drive a demo itself (simulations)
};

class RobotPanel : public QWidget {
  Q_OBJECT
 public:
  explicit RobotPanel(QWidget* parent = nullptr);

  void setRobots(const QVector<RobotChoice>& robots);
  QVector<RobotChoice> robots() const { return m_robots; }
  bool setCurrentRobot(const QString& id);  // false if not in the list
  QString currentRobotId() const;

  void setRobotSettings(const QJsonObject& settings);
  // The settings text as an object; false with `error` set (translated) when it is not one.
  bool robotSettings(QJsonObject& out, QString& error) const;

  // How the next connection paces the robot (default real time). Chosen while disconnected.
  void setPacing(lab::Pacing pacing);
  lab::Pacing pacing() const;
  QComboBox* pacingPicker() const { return m_pacing; }
  // The demo recording's own time limit in seconds (0: automatic, three times the robot's
  // episode limit). Chosen while disconnected, like the pacing.
  void setDemoSeconds(int seconds);
  int demoSeconds() const;
  QSpinBox* demoSecondsBox() const { return m_demoSeconds; }
  // Keep a demo that ended without Success (time-out, Stop) instead of discarding it (default).
  void setKeepUnsuccessfulDemos(bool keep);
  bool keepUnsuccessfulDemos() const;
  // How many of the newest demos teach (1: recording again replaces the demo).
  void setDemosKept(int count);
  int demosKept() const;

  QPushButton* connectButton() const { return m_connect; }
  QPushButton* disconnectButton() const { return m_disconnect; }
  QString statusText() const;
  QString robotStatusText() const;  // what setRobotStatus() last showed

 public Q_SLOTS:
  void setControllerState(lab::ControllerState state, bool emergencyStopped, bool hasDemo);
  void setRobotStatus(const QString& text);  // e.g. "10.0 Hz, jitter 0.4 ms"

 Q_SIGNALS:
  void connectRequested(const QString& robotId, const QJsonObject& settings);
  void disconnectRequested();
  void robotChanged(const QString& robotId);

 private:
  void showDescription();
  void onConnect();

  QVector<RobotChoice> m_robots;
  QComboBox* m_picker;
  QLabel* m_description;
  QPlainTextEdit* m_settings;
  QLabel* m_settingsError;
  QComboBox* m_pacing;
  QSpinBox* m_demoSeconds;
  QCheckBox* m_keepUnsuccessful;
  QSpinBox* m_demosKept;
  QPushButton* m_connect;
  QPushButton* m_disconnect;
  QLabel* m_state;
  QLabel* m_status;
};

}  // namespace lab::ui
