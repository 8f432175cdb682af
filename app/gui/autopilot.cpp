#include "autopilot.h"

#include "training_controller.h"

namespace lab::ui {

Autopilot::Autopilot(lab::TrainingController* controller, QObject* parent)
    : QObject(parent), m_controller(controller) {
  connect(controller, &lab::TrainingController::stateChanged, this, &Autopilot::onState,
          Qt::QueuedConnection);
}

void Autopilot::onState(lab::ControllerState state) {
  using S = lab::ControllerState;
  if (state == S::Connected && !m_recorded && !m_controller->hasDemo()) {
    m_recorded = true;
    m_controller->startRecording();
  } else if (state == S::Ready && !m_training) {
    m_training = true;
    m_controller->startTraining();
  } else if (state == S::Connected && m_recorded && !m_controller->hasDemo()) {
    m_recorded = false;  // the recording was discarded: try again
    onState(state);
  }
}

}  // namespace lab::ui
