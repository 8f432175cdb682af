#include "headless_run.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

#include "linked_robots.h"
#include "notice_text.h"

namespace lab::cli {

namespace {
constexpr int kRecordAttempts = 3;  // a scripted expert that fails three starts is broken
}

HeadlessRun::HeadlessRun(const ControllerSettings& settings, Goal goal, int evalEpisodes,
                         std::shared_ptr<LearnerSource> learners)
    : m_controller(linkedRobotSource(), std::move(learners)),
      m_goal(goal),
      m_evalEpisodes(evalEpisodes) {
  m_controller.setSettings(settings);
  using TC = TrainingController;
  connect(&m_controller, &TC::stateChanged, this, &HeadlessRun::onState);
  connect(&m_controller, &TC::metricsReady, this, [this](const UpdateMetrics& m) { m_last = m; });
  connect(&m_controller, &TC::evaluationFinished, this, [this](const EvaluationResult& r) {
    m_evaluated = true;
    if (onEvaluation) onEvaluation(r, m_last);
  });
  connect(&m_controller, &TC::stepPoint, this, [this](const StepPoint& p) {
    if (onStep) onStep(p);
  });
  connect(&m_controller, &TC::episodeFinished, this, [this](const EpisodeSummary& e) {
    if (e.kind == "demo") {
      m_demoSteps = e.steps;
      if (e.label != "success") {
        fail(QString("the scripted expert's demo ended '%1' after %2 steps, not in success: "
                     "nothing to learn from (try another --demo-seed)")
                 .arg(e.label, QString::number(e.steps)));
      }
    }
    if (onEpisode) onEpisode(e);
  });
  // The controller's notices in words from notice_text.h (English: the CLI installs no
  // translation), the same words the window shows.
  connect(&m_controller, &TC::errorOccurred, this,
          [this](const QString& source, const Notice& message) {
            // Connecting is the one step with no way forward; everything else is reported and the
            // controller decides (it pauses on a store error, for example).
            if (source == "connect" || source == "settings")
              fail(noticeText(message));
            else
              std::fprintf(stderr, "%s: %s\n", qPrintable(source), qPrintable(noticeText(message)));
          });
  connect(&m_controller, &TC::commandRefused, this,
          [this](ControllerCommand c, const Notice& reason) {
            fail(QString("%1 refused: %2").arg(commandText(c), noticeText(reason)));
          });
  connect(&m_controller, &TC::logMessage, this, [this](const Notice& message) {
    const bool reopened = message.code == NoticeCode::SessionReopened;
    if (reopened) m_reopened = true;
    if (reopened || message.code == NoticeCode::TrainingStopped) {
      std::printf("%s\n", qPrintable(noticeText(message)));
      std::fflush(stdout);
    }
  });
}

int HeadlessRun::exec() {
  m_controller.connectRobot();
  QCoreApplication::exec();
  return m_failed ? 1 : 0;
}

void HeadlessRun::stop(const QString& why) {
  using S = ControllerState;
  if (m_failed) return;
  m_failed = true;
  std::fprintf(stderr, "%s\n", qPrintable(why));
  const S s = m_controller.state();
  if (s == S::Idle) {
    QCoreApplication::exit(1);
    return;
  }
  // Disconnect needs the robot at rest: pause what runs first (both are applied together at
  // the loop's next safe point).
  if (s == S::RecordingDemo) m_controller.stopRecording();
  if (s == S::EpisodeRunning || s == S::BetweenEpisodes || s == S::Evaluating) m_controller.pause();
  m_controller.disconnectRobot();
}

void HeadlessRun::fail(const QString& why) {
  if (m_failed) return;
  m_failed = true;
  std::fprintf(stderr, "%s\n", qPrintable(why));
  if (m_controller.state() == ControllerState::Idle)
    QCoreApplication::exit(1);
  else
    m_controller.disconnectRobot();
}

void HeadlessRun::onState(ControllerState s) {
  using S = ControllerState;
  if (s == S::Idle) {
    QCoreApplication::exit(m_failed ? 1 : 0);
    return;
  }
  if (m_failed) return;
  if (m_goal == Goal::Evaluate) {
    if ((s == S::Connected || s == S::Ready) && !m_started) {
      m_started = true;
      m_controller.evaluate(m_evalEpisodes);
    } else if ((s == S::Connected || s == S::Ready) && m_evaluated) {
      m_controller.disconnectRobot();
    }
    return;
  }
  if (s == S::Connected && !m_controller.hasDemo()) {
    // Connected without a demo: at first, or after the scripted expert's recording failed.
    if (++m_recordAttempts > kRecordAttempts) {
      fail(QString("the scripted expert failed %1 recordings").arg(kRecordAttempts));
      return;
    }
    m_controller.startRecording();
  } else if (s == S::Ready && !m_started) {
    m_started = true;
    m_controller.startTraining();
  } else if (s == S::Ready && m_started) {
    m_controller.disconnectRobot();  // the controller stopped training: budget or solved
  }
}

}  // namespace lab::cli
