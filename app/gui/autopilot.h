#pragma once
// Autopilot: drives the operator's flow without a person, for demos, screenshots and smoke
// runs: once connected it records a demo with the robot's scripted expert, then starts
// training (the composition must run with scriptedDemo and autoTrain). It only issues the
// same commands the buttons do. Thread: GUI thread.
#include <QObject>

#include "controller_types.h"

namespace lab {
class TrainingController;
}

namespace lab::ui {

class Autopilot : public QObject {
  Q_OBJECT
 public:
  explicit Autopilot(lab::TrainingController* controller, QObject* parent = nullptr);

 private:
  void onState(lab::ControllerState state);
  lab::TrainingController* m_controller;
  bool m_recorded = false;
  bool m_training = false;
};

}  // namespace lab::ui
