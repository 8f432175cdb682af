// The reusable widgets on their own: plots stay bounded, the camera view takes frames, the
// episode controls follow the controller's refusal rule, the config editor shows the
// learner's own error message, the export dialog runs a job on a worker with progress.
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>
#include <atomic>
#include <cmath>
#include <thread>

#include "bounded_series.h"
#include "camera_view.h"
#include "config_editor.h"
#include "config_key_text.h"
#include "episode_controls.h"
#include "episode_step_plot.h"
#include "export_dialog.h"
#include "learner_pace_monitor.h"
#include "log_panel.h"
#include "notice_text.h"
#include "operator_text.h"
#include "plot_panel.h"
#include "qcustomplot_include.h"
#include "robot_panel.h"
#include "session_browser.h"
#include "session_history_loader.h"
#include "status_fields.h"
#include "training_plots.h"

using namespace lab::ui;
using C = lab::ControllerCommand;
using S = lab::ControllerState;

namespace {

// The %1..%9 a text uses, so a translation that drops or invents an argument is caught.
QSet<QChar> placeholders(const QString& text) {
  QSet<QChar> out;
  for (qsizetype i = 0; i + 1 < text.size(); ++i) {
    if (text.at(i) == QLatin1Char('%') && text.at(i + 1).isDigit()) out.insert(text.at(i + 1));
  }
  return out;
}

// Latin words of three letters or more: what a Chinese text must not contain (names such as
// "H_sig", "obs_mode" and file paths aside, which no refusal holds).
bool hasEnglishWords(const QString& text) {
  static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
  return word.match(text).hasMatch();
}

lab::CameraFrame frame(int w, int h, uint8_t value, qint64 episode = 1, int step = 0) {
  lab::CameraFrame f;
  f.width = w;
  f.height = h;
  f.image = QByteArray(w * h, char(value));
  f.episode = episode;
  f.step = step;
  return f;
}

// A learner update's report with the fields the curves tests look at.
lab::UpdateMetrics metricsAt(int64_t step, double q1 = 0, double updatesPerSecond = 10) {
  lab::UpdateMetrics m;
  m.step = step;
  m.q1Mean = q1;
  m.updatesPerSecond = updatesPerSecond;
  return m;
}

// A session in memory, for the browser.
class MemoryModel : public SessionModel {
 public:
  QString folder() const override { return "/memory"; }
  QString title() const override { return "memory session"; }
  QVector<SessionEpisode> episodes(QString&) override { return m_episodes; }
  QVector<SessionFrame> frames(qint64 id, QString& error) override {
    QVector<SessionFrame> out;
    for (int i = 0; i < 5; ++i) {
      SessionFrame f;
      f.image = QByteArray(16 * 16, char(i * 10));
      f.width = f.height = 16;
      f.step = i;
      f.q = 0.1 * i;
      out.push_back(f);
    }
    if (id == 99) error = "episode 99 is damaged";
    return out;
  }
  bool relabel(qint64 id, const QString& label, QString& error) override {
    for (auto& e : m_episodes) {
      if (e.id == id) {
        e.label = label;
        return true;
      }
    }
    error = QString("no episode %1").arg(id);
    return false;
  }
  SessionHistory history(int maxMetricRows, QString&) override {
    SessionHistory h;
    h.episodes = m_episodes;
    for (int i = 1; i <= std::min(maxMetricRows, 50); ++i)
      h.metrics.push_back(metricsAt(i, 0.01 * i));
    return h;
  }
  QVector<SessionEpisode> m_episodes{{1, "demo", "success", "operator", 30, 0, 0},
                                     {2, "train", "", "", 80, 5, 0},
                                     {3, "train", "failure", "operator", 40, 0, 0}};
};

// A step of the episode plot without action or robot state.
lab::StepPoint stepPoint(qint64 episode, int step, double q, double hSig, double gate,
                         bool intervention) {
  lab::StepPoint p;
  p.episode = episode;
  p.step = step;
  p.q = q;
  p.hSig = hSig;
  p.gate = gate;
  p.intervention = intervention;
  return p;
}
}  // namespace

class TestWidgets : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void boundedSeries_manyPoints_staysWithinCapacityAndKeepsEnds() {
    BoundedSeries s(1000);
    for (int i = 0; i < 200000; ++i) s.append(i, std::sin(i * 0.01));
    QVERIFY(s.size() <= 1000);
    QVERIFY(s.size() > 500);  // thinned, not emptied
    QCOMPARE(s.appendedTotal(), qint64(200000));
    QCOMPARE(s.xs().first(), 0.0);      // the start of the run is kept
    QCOMPARE(s.xs().last(), 199999.0);  // and the newest point
    for (int i = 1; i < s.size(); ++i) QVERIFY(s.xs()[i] > s.xs()[i - 1]);
    // The recent past keeps full resolution.
    QCOMPARE(s.xs()[s.size() - 2], 199998.0);
    // And the distant past keeps its shape: every tenth of the run still has its share of the
    // points (an older half thinned again at every pass had left the first half of a long run
    // a few points, drawn as one straight line).
    QVector<int> perTenth(10, 0);
    for (double x : s.xs()) ++perTenth[std::min(9, int(x / 20000))];
    for (int t = 0; t < 10; ++t) {
      QVERIFY2(perTenth[t] >= 30,
               qPrintable(
                   QString("tenth %1 has %2 points of %3").arg(t).arg(perTenth[t]).arg(s.size())));
    }
  }

  void plotPanel_manyPoints_boundedAndCoalescedRedraws() {
    PlotPanel panel("test");
    panel.show();  // a hidden panel never replots (see plotPanel_hidden_...)
    const int a = panel.addSeries("a", Qt::blue);
    const int b = panel.addSeries("b", Qt::red, true);
    panel.setCapacity(500);
    for (int i = 0; i < 50000; ++i) {
      panel.append(a, i, i * 0.5);
      panel.append(b, i, -i);
    }
    panel.append(a, 50000, std::nan(""));  // NaN from a run is skipped, not plotted
    QVERIFY(panel.pointCount(a) <= 500);
    QVERIFY(panel.pointCount(b) <= 500);
    QCOMPARE(panel.appendedCount(a), qint64(50000));
    // 100000 appends, no redraw yet: it waits for the coalescing timer.
    QCOMPARE(panel.replotCount(), 0);
    QVERIFY(panel.replotPending());
    QTRY_COMPARE_WITH_TIMEOUT(panel.replotCount(), 1, 2000);
    QCOMPARE(panel.plottedCount(a), panel.pointCount(a));
    QVERIFY(panel.plottedCount(a) > 0);
    QCOMPARE(panel.seriesIndex("b"), b);
  }

  void trainingPlots_metricsAndEpisodes_reachTheirPanels() {
    TrainingPlots plots;
    for (int i = 1; i <= 30; ++i) {
      lab::UpdateMetrics m;
      m.step = i;
      m.q1Mean = 0.1 * i;
      m.hSig = 0.5;
      m.gateOpen = 0.2;
      m.updatesPerSecond = 40;
      plots.addMetrics(m);
    }
    QCOMPARE(plots.panel("q")->pointCount(0), 30);
    QCOMPARE(plots.panel("entropy")->pointCount(0), 30);
    QCOMPARE(plots.panel("updates")->pointCount(0), 30);
    plots.addEpisode({1, "demo", "success", 30, 0});  // demos are not training curves
    plots.addEpisode({2, "train", "success", 50, 0});
    plots.addEpisode({3, "train", "failure", 80, 3});
    QCOMPARE(plots.episodesSeen(), 2);
    QCOMPARE(plots.panel("length")->pointCount(0), 2);
    QCOMPARE(plots.panel("success")->pointCount(0), 2);
    QCOMPARE(plots.panelKeys().size(), 9);
  }

  void trainingPlots_emptyPanels_sayWhyUntilFed() {
    TrainingPlots plots;
    plots.show();  // hidden panels do not redraw
    for (const QString& key : plots.panelKeys()) {
      QVERIFY2(plots.panel(key)->emptyTextShown(), qPrintable(key));
    }
    QCOMPARE(plots.panel("q")->plot()->xAxis->label(), QString("Learner updates"));
    QCOMPARE(plots.panel("success")->plot()->xAxis->label(), QString("Episodes"));
    lab::UpdateMetrics m;
    m.step = 1;
    plots.addMetrics(m);
    plots.panel("q")->flush();
    plots.panel("success")->flush();
    QVERIFY(!plots.panel("q")->emptyTextShown());
    QVERIFY(plots.panel("success")->emptyTextShown());  // an update is not an episode
    plots.addEpisode({1, "demo", "success", 30, 0});    // nor is a demo
    plots.panel("success")->flush();
    QVERIFY(plots.panel("success")->emptyTextShown());
    plots.addEpisode({2, "train", "failure", 80, 0});
    plots.panel("success")->flush();
    QVERIFY(!plots.panel("success")->emptyTextShown());
    plots.clear();  // a new session: empty again, and says so
    plots.panel("q")->flush();
    plots.panel("success")->flush();
    QVERIFY(plots.panel("q")->emptyTextShown());
    QVERIFY(plots.panel("success")->emptyTextShown());
  }

  void plotPanel_smallestSizeWithAxisLabel_legendKeepsItsHeight() {
    PlotPanel panel("Entropy");
    panel.addSeries("H_sig", Qt::green);
    panel.setAxisLabels("Learner updates", QString());
    panel.resize(panel.minimumSize());
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.plot()->replot();
    // A squeezed legend row cuts its letters off at the bottom.
    const QCPLegend* legend = panel.plot()->legend;
    QVERIFY2(legend->outerRect().height() >= legend->minimumOuterSizeHint().height(),
             qPrintable(QString("legend %1 px of %2")
                            .arg(legend->outerRect().height())
                            .arg(legend->minimumOuterSizeHint().height())));
  }

  void episodeStepPlot_followsEpisodeAndCursor() {
    EpisodeStepPlot plot;
    plot.show();                     // a hidden plot does not redraw
    QVERIFY(plot.emptyTextShown());  // "No episode yet"
    for (int i = 0; i < 10; ++i) plot.addStepPoint(stepPoint(7, i, 0.1 * i, 0.5, i % 2, i == 4));
    QCOMPARE(plot.episode(), qint64(7));
    QCOMPARE(plot.pointCount(), 10);
    QCOMPARE(plot.interventionCount(), 1);
    QCOMPARE(plot.valueAt(3, 0), 0.1 * 3);
    plot.setCursor(7, 5);
    QCOMPARE(plot.cursorStep(), 5);
    plot.addLabelMarker("success");
    QCOMPARE(plot.labelMarkerCount(), 1);
    plot.addStepPoint(stepPoint(6, 11, 1, 1, 1, false));  // a late point of an older episode
    QCOMPARE(plot.pointCount(), 10);
    plot.flush();
    QVERIFY(!plot.emptyTextShown());
    plot.setCursor(8, 0);  // the camera moved on to the next episode
    QCOMPARE(plot.episode(), qint64(8));
    QCOMPARE(plot.pointCount(), 0);
    QCOMPARE(plot.labelMarkerCount(), 0);
    plot.flush();
    QVERIFY(!plot.emptyTextShown());  // an episode, its values not in yet
    plot.clearEpisode();              // e.g. the robot disconnected
    plot.flush();
    QVERIFY(plot.emptyTextShown());
  }

  // Found under Xvfb: a recording marked failed gives its id to the next one, and the plot kept
  // the discarded take's length (a 28-step demo drawn on 170 steps, its label at step 170).
  void episodeStepPlot_recordingRedoneUnderSameId_startsOver() {
    EpisodeStepPlot plot;
    plot.show();
    for (int i = 0; i <= 150; ++i) plot.setCursor(1, i);  // the discarded take
    plot.flush();
    QCOMPARE(plot.plot()->xAxis->range().upper, 151.0);
    for (int i = 0; i <= 3; ++i) plot.setCursor(1, 0);  // waiting for the first move: no restart
    for (int i = 1; i <= 28; ++i) plot.setCursor(1, i);
    for (int i = 0; i < 28; ++i) plot.addStepPoint(stepPoint(1, i, 0.1, 0.5, 1, false));
    plot.addLabelMarker("success");
    plot.flush();
    QCOMPARE(plot.episode(), qint64(1));
    QCOMPARE(plot.cursorStep(), 28);
    QCOMPARE(plot.pointCount(), 28);
    QCOMPARE(plot.labelMarkerCount(), 1);
    QCOMPARE(plot.plot()->xAxis->range().upper, 29.0);
  }

  void cameraView_acceptsFramesAndRejectsBadOnes() {
    CameraView view;
    view.resize(400, 300);
    view.show();  // a hidden view keeps the newest frame without converting it
    QSignalSpy shown(&view, &CameraView::frameShown);
    for (int i = 0; i < 20; ++i) view.setFrame(frame(64, 64, uint8_t(i * 10), 3, i));
    QCOMPARE(view.framesReceived(), 20);
    QVERIFY(view.fps() >= 20);
    // Twenty frames, one refresh: the view paints the newest only.
    QTRY_VERIFY_WITH_TIMEOUT(!view.networkImage().isNull(), 1000);
    QCOMPARE(shown.count(), 1);
    QCOMPARE(view.shownStep(), 19);
    QCOMPARE(view.networkImage().size(), QSize(64, 64));
    QCOMPARE(view.networkImage().format(), QImage::Format_Grayscale8);
    QCOMPARE(qGray(view.networkImage().pixel(10, 10)), 190);

    QCOMPARE(CameraView().emptyText(), QString("No camera image"));
    CameraView none;
    none.setEmptyText("Point-Reach has no camera: the learner sees its state");
    QCOMPARE(none.emptyText(), QString("Point-Reach has no camera: the learner sees its state"));

    lab::CameraFrame bad = frame(64, 64, 0);
    bad.image.chop(1);
    view.setFrame(bad);
    QCOMPARE(view.framesRejected(), 1);
    QVERIFY(view.lastError().contains("4095"));

    lab::CameraFrame withRaw = frame(64, 64, 50, 3, 20);
    withRaw.raw = QByteArray(256 * 256, char(200));
    withRaw.rawWidth = withRaw.rawHeight = 256;
    view.setFrame(withRaw);
    QTRY_COMPARE_WITH_TIMEOUT(view.rawImage().size(), QSize(256, 256), 1000);
    const QImage shot = view.grab().toImage();  // paints without crashing, enlarged
    QVERIFY(!shot.isNull());
  }

  // Every code the controller reports has English words and a Chinese translation with the same
  // arguments, loaded from the compiled .qm the window installs: a sentence added or changed in
  // core without its translation fails here, not silently in the Chinese window.
  void everyNotice_hasEnglishAndChinese() {
    QTranslator zh;
    QVERIFY(zh.load(":/i18n/sigent_lab_zh_CN.qm"));
    QStringList missing;
    int checked = 0;
    for (int i = 0; i < static_cast<int>(lab::NoticeCode::Count); ++i) {
      const auto code = static_cast<lab::NoticeCode>(i);
      const char* source = lab::noticeSource(code);
      QVERIFY2(source && *source, qPrintable(QString("code %1 has no text").arg(i)));
      if (code == lab::NoticeCode::Detail) continue;  // "%1": free text, shown as it is
      const QString english = QString::fromUtf8(source);
      const QString chinese = zh.translate("OperatorText", source);
      ++checked;
      if (chinese.isEmpty() || chinese == english) {
        missing << QString("%1: %2").arg(i).arg(english);
      } else if (placeholders(chinese) != placeholders(english)) {
        missing << QString("%1: arguments differ: %2 / %3").arg(i).arg(english, chinese);
      }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join("\n")));
    QCOMPARE(checked, static_cast<int>(lab::NoticeCode::Count) - 1);
    // The words inside them: every state and command.
    QVERIFY(QCoreApplication::installTranslator(&zh));
    QStringList words;
    for (int s = 0; s <= static_cast<int>(S::ReplayingDemo); ++s) words << lab::stateText(S(s));
    for (int c = 0; c <= static_cast<int>(C::OperatorReady); ++c) words << lab::commandText(C(c));
    QCoreApplication::removeTranslator(&zh);
    for (const QString& w : words) QVERIFY2(!hasEnglishWords(w), qPrintable(w));
  }

  // The old failure mode: the window matched core's English to translate a refusal, so a
  // reason it did not know stayed English in the Chinese window. Every refusal of the state
  // table, shown as the window shows it (the buttons' tooltips, the status line's refusals),
  // is Chinese when Chinese is installed, the state and command inside it included.
  void refusals_inChineseWindow_areChinese() {
    QTranslator zh;
    QVERIFY(zh.load(":/i18n/sigent_lab_zh_CN.qm"));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    EpisodeControls controls;
    controls.setControllerState(S::Idle, false, false);
    const QString tip = controls.button(C::StartRecording)->toolTip();
    QStringList english;
    int refusals = 0;
    for (int s = 0; s <= static_cast<int>(S::ReplayingDemo); ++s) {
      for (int c = 0; c <= static_cast<int>(C::OperatorReady); ++c) {
        for (bool estop : {false, true}) {
          for (bool demo : {false, true}) {
            const lab::Notice why = lab::refusalReason(S(s), C(c), estop, demo);
            if (why.isEmpty()) continue;
            ++refusals;
            const QString shown = OperatorText::notice(why);
            if (shown.isEmpty() || hasEnglishWords(shown)) english << shown;
          }
        }
      }
    }
    // A runtime refusal of the robot loop, nested in a state: "Nobody is waiting ... (state)".
    const QString nested = OperatorText::notice(
        lab::inState(lab::Notice(lab::NoticeCode::NobodyWaiting), S::EpisodeRunning));
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(!tip.isEmpty() && !hasEnglishWords(tip), qPrintable(tip));
    QVERIFY2(english.isEmpty(), qPrintable(english.join("\n")));
    QVERIFY(refusals > 100);
    QVERIFY2(!hasEnglishWords(nested), qPrintable(nested));
    // And without the translator the same notice reads in English again.
    QCOMPARE(OperatorText::notice(lab::refusalReason(S::Idle, C::StartRecording, false, false)),
             QString("Record demo needs a connected robot (state: No robot)"));
  }

  void episodeControls_enableAndReasonFollowState() {
    EpisodeControls controls;
    controls.setControllerState(S::Idle, false, false);
    QVERIFY(!controls.button(C::StartRecording)->isEnabled());
    QVERIFY(controls.button(C::StartRecording)->toolTip().contains("needs a connected robot"));
    QVERIFY(controls.emergencyStopButton()->isEnabled());  // never disabled

    controls.setControllerState(S::Connected, false, false);
    QVERIFY(controls.button(C::StartRecording)->isEnabled());
    QVERIFY(!controls.button(C::StartTraining)->isEnabled());
    QVERIFY(controls.button(C::StartTraining)->toolTip().contains("Training needs a demo"));
    QVERIFY(!controls.button(C::ReplayDemo)->isEnabled());

    controls.setControllerState(S::Ready, false, true);
    QVERIFY(controls.button(C::StartTraining)->isEnabled());
    QVERIFY(controls.button(C::ReplayDemo)->isEnabled());
    QVERIFY(!controls.button(C::Success)->isEnabled());

    controls.setControllerState(S::EpisodeRunning, false, true);
    QVERIFY(controls.button(C::Success)->isEnabled());
    QVERIFY(controls.button(C::Failure)->isEnabled());
    QCOMPARE(controls.button(C::Pause)->text(), QString("Pause (P)"));
    // Every episode action shows its key on its button.
    QCOMPARE(controls.button(C::StartRecording)->text(), QString("Record demo (R)"));
    QCOMPARE(controls.button(C::StartTraining)->text(), QString("Start training (T)"));
    QCOMPARE(controls.button(C::ReplayDemo)->text(), QString("Replay demo (D)"));
    QCOMPARE(controls.button(C::Success)->text(), QString("Success (S)"));
    QCOMPARE(controls.button(C::Failure)->text(), QString("Failure (F)"));
    QVERIFY(controls.button(C::Pause)->isEnabled());

    controls.setControllerState(S::Paused, false, true);
    QCOMPARE(controls.button(C::Pause)->text(), QString("Resume (P)"));
    QVERIFY(controls.button(C::Pause)->isEnabled());
    QSignalSpy asked(&controls, &EpisodeControls::commandRequested);
    controls.button(C::Pause)->click();
    QCOMPARE(asked.count(), 1);
    QVERIFY(asked.at(0).at(0).value<lab::ControllerCommand>() == C::Resume);

    // E-STOP active: motion commands are blocked with the reason, acknowledge appears.
    controls.setControllerState(S::Paused, true, true);
    QVERIFY(!controls.button(C::Pause)->isEnabled());
    QVERIFY(controls.button(C::Pause)->toolTip().contains("emergency stop is active"));
    QVERIFY(controls.button(C::AcknowledgeEmergencyStop)->isEnabled());
    QVERIFY(!controls.button(C::AcknowledgeEmergencyStop)->isHidden());
    QVERIFY(controls.emergencyStopButton()->text().contains("STOPPED"));
    QVERIFY(controls.stateText().contains("EMERGENCY STOP ACTIVE"));

    // Scene ready: off for a robot that resets itself (none asked), though the state allows it;
    // on once the robot asks the operator to set up the scene; off again for the next robot.
    QVERIFY(lab::refusalReason(S::BetweenEpisodes, C::OperatorReady, false, true).isEmpty());
    controls.setControllerState(S::BetweenEpisodes, false, true);
    QVERIFY(!controls.button(C::OperatorReady)->isEnabled());
    QVERIFY(controls.button(C::OperatorReady)->toolTip().contains("Nobody is waiting"));
    controls.setSceneRequested();
    QVERIFY(controls.button(C::OperatorReady)->isEnabled());
    controls.setControllerState(S::Idle, false, true);
    controls.setControllerState(S::BetweenEpisodes, false, true);
    QVERIFY(!controls.button(C::OperatorReady)->isEnabled());

    controls.setControllerState(S::Ready, false, true);
    controls.evaluateCount()->setValue(7);
    asked.clear();
    controls.button(C::Evaluate)->click();
    QCOMPARE(asked.count(), 1);
    QVERIFY(asked.at(0).at(0).value<lab::ControllerCommand>() == C::Evaluate);
    QCOMPARE(asked.at(0).at(1).toInt(), 7);
    asked.clear();
    controls.emergencyStopButton()->click();
    QVERIFY(asked.at(0).at(0).value<lab::ControllerCommand>() == C::EmergencyStop);
  }

  void episodeControls_drivingKeys_shownWhileRecordingOrRunning() {
    EpisodeControls controls;
    controls.show();
    controls.setControllerState(S::RecordingDemo, false, false);
    QVERIFY(controls.drivingKeysText().isEmpty());  // no robot's actions known yet
    controls.setDrivingKeys("Up/Down vx, Left/Right vy");
    QCOMPARE(controls.drivingKeysText(), QString("Drive: Up/Down vx, Left/Right vy"));
    controls.setControllerState(S::EpisodeRunning, false, true);
    QVERIFY2(controls.drivingKeysText().startsWith("Take over: Up/Down vx, Left/Right vy") &&
                 controls.drivingKeysText().contains("Shift"),
             qPrintable(controls.drivingKeysText()));
    controls.setControllerState(S::EpisodeRunning, true, true);  // nothing drives it now
    QVERIFY(controls.drivingKeysText().isEmpty());
    for (S idle : {S::Connected, S::Ready, S::Paused, S::Evaluating}) {
      controls.setControllerState(idle, false, true);
      QVERIFY(controls.drivingKeysText().isEmpty());
    }
  }

  void episodeControls_keyboardShortcuts() {
    EpisodeControls controls;
    controls.show();
    controls.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&controls));
    controls.setControllerState(S::EpisodeRunning, false, true);
    QSignalSpy asked(&controls, &EpisodeControls::commandRequested);
    QTest::keyClick(&controls, Qt::Key_S);
    QTest::keyClick(&controls, Qt::Key_F);
    QTest::keyClick(&controls, Qt::Key_Escape);
    QTest::keyClick(&controls, Qt::Key_Space);
    QCOMPARE(asked.count(), 4);
    QVERIFY(asked.at(0).at(0).value<lab::ControllerCommand>() == C::Success);
    QVERIFY(asked.at(1).at(0).value<lab::ControllerCommand>() == C::Failure);
    QVERIFY(asked.at(2).at(0).value<lab::ControllerCommand>() == C::EmergencyStop);
    QVERIFY(asked.at(3).at(0).value<lab::ControllerCommand>() == C::EmergencyStop);
    // S in a state where Success is refused asks nothing.
    controls.setControllerState(S::Connected, false, false);
    asked.clear();
    QTest::keyClick(&controls, Qt::Key_S);
    QCOMPARE(asked.count(), 0);
  }

  // Found under Xvfb: the Configuration tab listed 55 keys in alphabetical order with not a
  // word on what any does. Each key now says what it is (and the paper's symbol), in English
  // and in Chinese, under a heading of its part of the method.
  void configEditor_everyKey_saysWhatItIs() {
    ConfigEditor editor;
    const QStringList keys = lab::SacConfig().toJson().keys();
    QSet<int> places;
    for (const QString& key : keys) {
      const QString what = ConfigKeyText::description(key);
      QVERIFY2(!what.isEmpty(), qPrintable(key + " has no description"));
      QWidget* field = editor.field(key);
      if (!field) field = editor.checkBox(key);
      QVERIFY2(field, qPrintable(key));
      QCOMPARE(field->toolTip(), what);
      places.insert(ConfigKeyText::order(key));
    }
    QCOMPARE(places.size(), keys.size());  // no key listed twice
    QCOMPARE(ConfigKeyText::description("no_such_key"), QString());
    QCOMPARE(ConfigKeyText::group("no_such_key"), ConfigKeyText::groupCount() - 1);
    for (int g = 0; g < ConfigKeyText::groupCount(); ++g) {
      auto* heading = editor.findChild<QLabel*>(QString("configGroup%1").arg(g));
      QVERIFY2(heading, qPrintable(QString::number(g)));
      QCOMPARE(heading->text(), ConfigKeyText::groupTitle(g));
    }
    QVERIFY(editor.findChild<QLabel*>("configGroup3")->text().contains("GBC"));
    QTranslator zh;
    QVERIFY(zh.load(":/i18n/sigent_lab_zh_CN.qm"));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    QStringList untranslated;
    for (const QString& key : keys) {
      const QString what = ConfigKeyText::description(key);
      if (!what.contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]"))) untranslated << key;
    }
    for (int g = 0; g < ConfigKeyText::groupCount(); ++g) {
      if (!ConfigKeyText::groupTitle(g).contains(QRegularExpression("[\\x{4e00}-\\x{9fff}]")))
        untranslated << ConfigKeyText::groupTitle(g);
    }
    QCoreApplication::removeTranslator(&zh);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(", ")));
  }

  void configEditor_badValue_showsConfigErrorMessage() {
    ConfigEditor editor;
    QSignalSpy applied(&editor, &ConfigEditor::configApplied);
    QVERIFY(editor.field("gamma"));
    editor.field("gamma")->setText("1.5");
    QVERIFY(!editor.apply());
    QCOMPARE(applied.count(), 0);
    QVERIFY2(editor.errorText().contains("Config key 'gamma' = 1.5 is out of range"),
             qPrintable(editor.errorText()));
    QCOMPARE(editor.config().gamma, 0.99);  // nothing applied

    editor.field("gamma")->setText("abc");
    QVERIFY(!editor.apply());
    QVERIFY2(editor.errorText().contains("Config key 'gamma' must be a number"),
             qPrintable(editor.errorText()));

    editor.field("gamma")->setText("0.95");
    editor.field("batch_size")->setText("64");
    QVERIFY2(editor.apply(), qPrintable(editor.errorText()));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(editor.config().gamma, 0.95);
    QCOMPARE(editor.config().batchSize, 64);
    QVERIFY(editor.errorText().isEmpty());

    // The JSON tab: malformed text and an unknown key get their own messages.
    editor.showJsonTab(true);
    editor.setJsonText("{ \"gamma\": ");
    QVERIFY(!editor.apply());
    QVERIFY(editor.errorText().contains("not valid at offset"));
    editor.setJsonText("{ \"gamma_typo\": 0.9 }");
    QVERIFY(!editor.apply());
    QVERIFY2(editor.errorText().contains("Unknown config key 'gamma_typo'"),
             qPrintable(editor.errorText()));

    // The Chinese window says it in Chinese around the key and the numbers: the learner's
    // ConfigError carries a code, not an English sentence.
    QTranslator zh;
    QVERIFY(zh.load(":/i18n/sigent_lab_zh_CN.qm"));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    editor.setJsonText("{ \"gamma\": 1.5 }");
    const bool applied15 = editor.apply();
    const QString chinese = editor.errorText();
    QCoreApplication::removeTranslator(&zh);
    QVERIFY(!applied15);
    QVERIFY2(chinese.contains("gamma") && chinese.contains("1.5") && chinese.contains("0.9999"),
             qPrintable(chinese));
    QVERIFY2(!hasEnglishWords(QString(chinese).remove("gamma")), qPrintable(chinese));
  }

  void exportDialog_runsJobOnWorkerWithProgress() {
    std::atomic<bool> onGuiThread{true};
    const auto guiThread = QThread::currentThread();
    ExportJob job = [&](const ExportRequest& r, const ExportProgress& progress) {
      onGuiThread = QThread::currentThread() == guiThread;
      for (int i = 1; i <= 4; ++i) {
        if (!progress(i / 4.0, QString("stage %1").arg(i))) return QStringList();
        QThread::msleep(20);
      }
      return QStringList{r.outputDir + "/dataset.hdf5", r.outputDir + "/manifest.json"};
    };
    ExportDialog dialog(job);
    dialog.setOutputDir("/tmp/out");
    QSignalSpy progress(&dialog, &ExportDialog::progressChanged);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.start();
    QVERIFY(dialog.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QVERIFY(!onGuiThread);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(finished.at(0).at(1).toStringList().size(), 2);
    QVERIFY(progress.count() >= 4);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QCOMPARE(dialog.progressPercent(), 100);
    QVERIFY(!dialog.isRunning());
  }

  void exportDialog_failureAndCancel_reported() {
    ExportDialog failing([](const ExportRequest&, const ExportProgress&) -> QStringList {
      throw std::runtime_error("disk full while writing dataset.hdf5");
    });
    failing.setOutputDir("/tmp/out");
    QSignalSpy failed(&failing, &ExportDialog::exportFinished);
    failing.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY(!failed.at(0).at(0).toBool());
    QVERIFY(failing.errorText().contains("Disk full while writing dataset.hdf5"));

    std::atomic<bool> started{false};
    ExportDialog slow([&](const ExportRequest&, const ExportProgress& progress) {
      started = true;
      for (int i = 0; i < 1000; ++i) {
        if (!progress(i / 1000.0, "dataset")) return QStringList();
        QThread::msleep(5);
      }
      return QStringList{"never"};
    });
    slow.setOutputDir("/tmp/out");
    QSignalSpy done(&slow, &ExportDialog::exportFinished);
    slow.start();
    QTRY_VERIFY(started.load());
    slow.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 5000);
    QVERIFY(!done.at(0).at(0).toBool());
    QVERIFY(slow.wasCancelled());
    QVERIFY(slow.writtenFiles().isEmpty());

    ExportDialog noFolder(
        [](const ExportRequest&, const ExportProgress&) { return QStringList(); });
    noFolder.setOutputDir("");
    noFolder.start();
    QVERIFY(!noFolder.isRunning());
    QVERIFY(noFolder.errorText().contains("Choose a folder"));
  }

  void sessionBrowser_listsRelabelsAndReplays() {
    SessionBrowser browser(
        [](const QString&, QString&) { return std::make_unique<MemoryModel>(); });
    // Every model call runs off the GUI thread: the results arrive as queued calls.
    QSignalSpy loaded(&browser, &SessionBrowser::episodesLoaded);
    browser.openSession("/memory");
    QCOMPARE(browser.episodeCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5000);
    QCOMPARE(browser.episodeCount(), 3);
    QVERIFY(browser.selectEpisode(2));
    // Selecting shows the episode's first frame, ready to play or scrub (found under Xvfb: the
    // view said "No camera image" until Replay frames was pressed).
    QTRY_COMPARE_WITH_TIMEOUT(browser.replayView()->framesReceived(), 1, 5000);
    QVERIFY2(browser.replayValues().startsWith("Step 0"), qPrintable(browser.replayValues()));
    QVERIFY(browser.scrubber()->isEnabled());
    QVERIFY(!browser.isReplaying());
    browser.relabelSelected("success");
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 5000);
    QCOMPARE(browser.table()->item(1, 2)->text(), QString("Success"));
    QCOMPARE(browser.selectedEpisode(), qint64(2));       // the selection survives the reload
    QCOMPARE(browser.replayView()->framesReceived(), 1);  // the reload did not load it again
    QSignalSpy finished(&browser, &SessionBrowser::replayFinished);
    browser.replaySelected();  // on from the frame shown: the other four
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
    QCOMPARE(browser.replayFrameCount(), 5);
    QCOMPARE(browser.replayView()->framesReceived(), 5);
    // Scrubbing: the slider steps through the loaded frames one by one.
    QSlider* scrub = browser.scrubber();
    QVERIFY(scrub->isEnabled());
    QCOMPARE(scrub->maximum(), 4);
    QTest::keyClick(scrub, Qt::Key_Home);
    QTRY_COMPARE_WITH_TIMEOUT(browser.replayView()->framesReceived(), 6, 2000);
    QCOMPARE(scrub->value(), 0);
    const QString first = browser.replayValues();
    QVERIFY2(first.startsWith("Step "), qPrintable(first));
    QTest::keyClick(scrub, Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(browser.replayView()->framesReceived(), 7, 2000);
    QCOMPARE(scrub->value(), 1);
    QVERIFY2(browser.replayValues() != first, qPrintable(browser.replayValues()));
    QVERIFY(!browser.isReplaying());
    // A double click plays the row; another episode's frames are loaded for it.
    QVERIFY(browser.selectEpisode(3));
    QTRY_COMPARE_WITH_TIMEOUT(browser.replayView()->framesReceived(), 8, 5000);
    Q_EMIT browser.table()->cellDoubleClicked(2, 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
    QCOMPARE(finished.last().at(0).toLongLong(), qint64(3));
    // Another session: nothing of this one stays on show (its episode 3 is another episode).
    browser.openSession("/memory");
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 3, 5000);
    QCOMPARE(browser.replayFrameCount(), 0);
    QVERIFY(!browser.scrubber()->isEnabled());
    QVERIFY(browser.replayValues().isEmpty());

    SessionBrowser failing([](const QString& f, QString& error) -> std::unique_ptr<SessionModel> {
      error = QString("%1 holds no session.sqlite").arg(f);
      return nullptr;
    });
    QSignalSpy failed(&failing, &SessionBrowser::errorOccurred);
    failing.openSession("/nowhere");
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QCOMPARE(failing.errorText(), QString("/nowhere holds no session.sqlite"));
    QVERIFY(failing.currentFolder().isEmpty());
  }

  // 1000 learner reports at about 100 per second (the learner's rate): every point reaches
  // the plots, but each panel replots at most once per kReplotIntervalMs, and after the first
  // hand-over only the new points are added (no full re-set until BoundedSeries thins).
  void trainingPlots_thousandMetricsAt100Hz_replotsBoundedAndAppendOnly() {
    TrainingPlots plots;
    plots.resize(900, 600);
    plots.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plots));
    int fed = 0;
    QTimer feeder;
    feeder.setInterval(10);
    connect(&feeder, &QTimer::timeout, [&] {
      for (int k = 0; k < 2 && fed < 1000; ++k) {  // 2 per 10 ms tick: ~100-200 per second
        lab::UpdateMetrics m;
        m.step = ++fed;
        m.q1Mean = std::sin(fed * 0.01);
        m.updatesPerSecond = 100;
        plots.addMetrics(m);
      }
    });
    QElapsedTimer clock;
    clock.start();
    feeder.start();
    QTRY_COMPARE_WITH_TIMEOUT(fed, 1000, 30000);
    feeder.stop();
    PlotPanel* q = plots.panel("q");
    QTRY_VERIFY_WITH_TIMEOUT(!q->hasUnplottedData(), 2000);
    const double seconds = clock.elapsed() / 1000.0;
    const int bound = int(seconds * 1000 / PlotPanel::kReplotIntervalMs) + 2;
    for (const QString& key : plots.panelKeys()) {
      PlotPanel* p = plots.panel(key);
      QVERIFY2(p->replotCount() <= bound, qPrintable(QString("%1: %2 replots in %3 s, bound %4")
                                                         .arg(key)
                                                         .arg(p->replotCount())
                                                         .arg(seconds)
                                                         .arg(bound)));
    }
    QVERIFY(q->replotCount() >= 2);  // it did redraw while the data came
    QCOMPARE(q->plottedCount(0), 1000);
    // One full hand-over per series at the start (capacity 4000: no thinning yet); every later
    // redraw only added points.
    QCOMPARE(q->fullResets(), q->seriesCount());
  }

  void plotPanel_thinnedSeries_handedOverWholeAgain() {
    PlotPanel panel("thin");
    panel.show();
    const int a = panel.addSeries("a", Qt::blue);
    panel.setCapacity(100);
    for (int i = 0; i < 50; ++i) panel.append(a, i, i);
    panel.flush();
    QCOMPARE(panel.fullResets(), 1);
    for (int i = 50; i < 80; ++i) panel.append(a, i, i);
    panel.flush();
    QCOMPARE(panel.fullResets(), 1);  // appended
    QCOMPARE(panel.plottedCount(a), 80);
    for (int i = 80; i < 120; ++i) panel.append(a, i, -i);  // thins at 101
    panel.flush();
    QCOMPARE(panel.fullResets(), 2);
    QCOMPARE(panel.plottedCount(a), panel.pointCount(a));
    QCOMPARE(panel.plot()->yAxis->range().lower < -119, true);  // range follows new extremes
    panel.clear();
    panel.flush();
    QCOMPARE(panel.plottedCount(a), 0);
  }

  // A panel on a tab that is not shown (or in a hidden window) does not replot; it draws once,
  // with everything that arrived meanwhile, when it is shown.
  void plotPanel_hidden_doesNotReplotUntilShown() {
    QTabWidget tabs;
    auto* front = new PlotPanel("front");
    auto* back = new PlotPanel("back");
    tabs.addTab(front, "front");
    tabs.addTab(back, "back");
    front->addSeries("a", Qt::blue);
    back->addSeries("a", Qt::blue);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    for (int i = 0; i < 300; ++i) {
      front->append(0, i, i);
      back->append(0, i, i);
    }
    QTRY_COMPARE_WITH_TIMEOUT(front->replotCount(), 1, 2000);  // the shown one drew
    QCOMPARE(back->replotCount(), 0);
    QVERIFY(!back->replotPending());
    QVERIFY(back->hasUnplottedData());
    back->flush();  // even an explicit flush draws nothing off-screen
    QCOMPARE(back->replotCount(), 0);

    tabs.setCurrentWidget(back);
    QTRY_COMPARE_WITH_TIMEOUT(back->replotCount(), 1, 2000);
    QCOMPARE(back->plottedCount(0), 300);
    const int frontReplots = front->replotCount();
    front->append(0, 300, 1);  // now the front tab is the hidden one
    QVERIFY(!front->replotPending());

    tabs.hide();  // a hidden (e.g. minimised) window: nothing replots
    back->append(0, 300, 1);
    QVERIFY(!back->replotPending());
    tabs.show();
    QTRY_COMPARE_WITH_TIMEOUT(back->replotCount(), 2, 2000);
    QCOMPARE(front->replotCount(), frontReplots);
  }

  void episodeStepPlot_stepsAt100Hz_replotsBounded() {
    EpisodeStepPlot plot;
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QElapsedTimer clock;
    clock.start();
    int step = 0;
    QTimer feeder;
    feeder.setInterval(10);
    connect(&feeder, &QTimer::timeout, [&] {
      plot.addStepPoint(stepPoint(1, step, -0.1 * step, 2.0, 1, false));
      plot.setCursor(1, step);
      ++step;
    });
    feeder.start();
    QTRY_VERIFY_WITH_TIMEOUT(step >= 150, 30000);
    feeder.stop();
    const int bound = int(clock.elapsed() / EpisodeStepPlot::kReplotIntervalMs) + 2;
    QVERIFY2(plot.replotCount() <= bound, qPrintable(QString::number(plot.replotCount())));
    QVERIFY(plot.replotCount() >= 2);
    plot.flush();
    QVERIFY(plot.plot()->yAxis2->range().upper >= 2.0);  // H_sig above 1 stays in view
    QVERIFY(plot.plot()->yAxis->range().lower <= -0.1 * (step - 1));
  }

  void cameraView_framesAt100Hz_refreshBoundedHiddenNone() {
    CameraView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer clock;
    clock.start();
    int sent = 0;
    QTimer feeder;
    feeder.setInterval(10);
    connect(&feeder, &QTimer::timeout, [&] { view.setFrame(frame(64, 64, 9, 1, sent++)); });
    feeder.start();
    QTRY_VERIFY_WITH_TIMEOUT(sent >= 100, 30000);
    feeder.stop();
    const int bound = int(clock.elapsed() / CameraView::kRefreshIntervalMs) + 2;
    QVERIFY2(view.refreshCount() <= bound, qPrintable(QString::number(view.refreshCount())));
    QTRY_COMPARE_WITH_TIMEOUT(view.shownStep(), sent - 1, 2000);  // the newest is shown
    view.hide();
    const int before = view.refreshCount();
    view.setFrame(frame(64, 64, 9, 1, sent));
    view.refresh();
    QCOMPARE(view.refreshCount(), before);
    view.show();
    QTRY_COMPARE_WITH_TIMEOUT(view.shownStep(), sent, 2000);
  }

  void statusFields_utdAndLockstep_shown() {
    StatusFields fields;
    lab::LoopStats s;
    s.achievedUtd = 0.6;
    s.configuredUtd = 1;
    fields.setStats(s);
    QCOMPARE(fields.utdText(), QString("UTD 0.6 / 1"));
    QVERIFY(fields.paceText().isEmpty());  // real time: no sim clock
    s.achievedUtd = -1;
    fields.setStats(s);
    QCOMPARE(fields.utdText(), QString("UTD - / 1"));
    s.lockstep = true;
    s.achievedUtd = 2;
    s.configuredUtd = 2;
    s.simSeconds = 200;
    s.wallSeconds = 41;
    fields.setStats(s);
    QCOMPARE(fields.utdText(), QString("UTD 2 / 2"));
    QCOMPARE(fields.paceText(), QString("sim 3:20 in 0:41 (4.9x)"));
    QCOMPARE(StatusFields::clockText(3725), QString("1:02:05"));
  }

  // Real time, learner at half its UTD: after ~10 s of reports the warning appears (with the
  // advice), a healthy report clears it; lockstep never warns.
  void statusFields_sustainedLowUtd_warnsThenClears() {
    StatusFields fields;
    QSignalSpy changed(&fields, &StatusFields::learnerBehindChanged);
    lab::LoopStats s;
    s.configuredUtd = 2;
    s.achievedUtd = 1.0;
    for (int i = 1; i <= 9; ++i) {
      s.wallSeconds = 100 + i;
      fields.setStats(s);
    }
    QVERIFY(fields.warningText().isEmpty());  // 9 s: not yet
    s.achievedUtd = -1;  // a report without online steps (between episodes) does not reset
    s.wallSeconds = 110;
    fields.setStats(s);
    QVERIFY(!fields.learnerBehind());
    s.achievedUtd = 1.5;  // 75%: still below 80%
    s.wallSeconds = 111;
    fields.setStats(s);
    QVERIFY(fields.learnerBehind());
    QVERIFY(fields.warningText().contains("cannot keep up"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).toBool());
    const QString advice = changed.at(0).at(1).toString();
    // The UTD of the whole low stretch (9 s at 1.0, 1 s at 1.5), not the last report's.
    QVERIFY2(advice.contains("managed 1.05 of the 2"), qPrintable(advice));
    for (const char* hint : {"smaller batch", "OOD samples", "lower control rate", "lockstep"}) {
      QVERIFY2(advice.contains(hint), qPrintable(advice));
    }
    s.achievedUtd = 1.9;
    s.wallSeconds = 112;
    fields.setStats(s);
    QVERIFY(fields.warningText().isEmpty());
    QCOMPARE(changed.count(), 2);
    QVERIFY(!changed.at(1).at(0).toBool());

    LearnerPaceMonitor lockstep;
    s.lockstep = true;
    s.achievedUtd = 0.1;
    for (int i = 0; i < 30; ++i) {
      s.wallSeconds = 200 + i;
      lockstep.update(s);
    }
    QVERIFY(!lockstep.behind());
  }

  void robotPanel_pacingChoice_defaultRealTimeOnlyWhileIdle() {
    RobotPanel panel;
    QVERIFY(panel.pacing() == lab::Pacing::RealTime);
    QVERIFY(panel.pacingPicker()->toolTip().contains("simulated robots only"));
    panel.setPacing(lab::Pacing::Lockstep);
    QVERIFY(panel.pacing() == lab::Pacing::Lockstep);
    QVERIFY(panel.pacingPicker()->isEnabled());
    panel.setControllerState(S::Connected, false, false);
    QVERIFY(!panel.pacingPicker()->isEnabled());  // decided before connecting
    panel.setControllerState(S::Idle, false, false);
    QVERIFY(panel.pacingPicker()->isEnabled());
  }

  void trainingPlots_evaluation_onSuccessPlotAsDot() {
    TrainingPlots plots;
    plots.addEpisode({2, "train", "success", 50, 0});
    lab::EvaluationResult r;
    r.episodes = 20;
    r.successes = 15;
    plots.addEvaluation(r);
    PlotPanel* success = plots.panel("success");
    QCOMPARE(success->pointCount(1), 1);
    QVERIFY(success->plot()->graph(1)->scatterStyle().shape() != QCPScatterStyle::ssNone);
  }

  // Found under Xvfb: after the first training episode the success and length panels showed
  // their axes and nothing, a line of one point being no line.
  void plotPanel_singlePoint_drawnAsDotUntilItIsALine() {
    PlotPanel panel("Episode length");
    const int steps = panel.addSeries("Steps", Qt::blue);
    const int eval = panel.addSeries("Evaluation", Qt::red);
    panel.setSeriesDots(eval);
    panel.show();
    panel.append(steps, 1, 80);
    panel.flush();
    QVERIFY(panel.seriesShowsDots(steps));
    panel.append(steps, 2, 75);
    panel.append(eval, 2, 1);
    panel.flush();
    QVERIFY(!panel.seriesShowsDots(steps));  // a line now
    QVERIFY(panel.seriesShowsDots(eval));
    panel.append(eval, 3, 0.5);
    panel.clear();  // a new session
    panel.append(steps, 1, 60);
    panel.flush();
    QVERIFY(panel.seriesShowsDots(steps));
    QVERIFY(panel.seriesShowsDots(eval));  // dotted always, held points or not
  }

  // A session carried on: the live points that arrive while its stored curves load wait, and
  // are drawn after them, so the curves read in order. Evaluations come back from runs of
  // evaluation episodes; a last run shorter than the one before (cut off) is not drawn; a live
  // episode the load found stored already is drawn once.
  void trainingPlots_history_drawnBeforeHeldLivePoints() {
    TrainingPlots plots;
    plots.show();  // a hidden panel does not redraw, and the graphs are read below
    QVERIFY(QTest::qWaitForWindowExposed(&plots));
    plots.holdLive();
    for (int i = 101; i <= 110; ++i) plots.addMetrics(metricsAt(i, 1.0));
    plots.addEpisode({7, "eval", "success", 41, 0});  // stored before the load read it
    plots.addEpisode({20, "train", "success", 30, 0});
    QCOMPARE(plots.heldCount(), 12);
    QCOMPARE(plots.panel("q")->pointCount(0), 0);

    SessionHistory h;
    h.episodes = {
        {1, "demo", "success", "operator", 30, 0, 0}, {2, "train", "failure", "detector", 80, 0, 0},
        {3, "eval", "success", "detector", 40, 0, 0}, {4, "eval", "failure", "detector", 80, 0, 0},
        {5, "eval", "success", "detector", 42, 0, 0}, {6, "train", "success", "detector", 45, 0, 0},
        {7, "eval", "success", "detector", 41, 0, 0}};
    for (int i = 1; i <= 100; ++i) h.metrics.push_back(metricsAt(i, 0.5));
    plots.showHistory(h);
    QVERIFY(!plots.holdingLive());
    QCOMPARE(plots.heldCount(), 0);
    PlotPanel* q = plots.panel("q");
    q->flush();
    QCOMPARE(q->pointCount(0), 110);
    QCOMPARE(q->plot()->graph(0)->data()->begin()->key, 1.0);
    QCOMPARE((q->plot()->graph(0)->data()->end() - 1)->key, 110.0);
    QCOMPARE(plots.episodesSeen(), 7);  // six stored (no demo) and the live one
    PlotPanel* success = plots.panel("success");
    success->flush();
    QCOMPARE(success->pointCount(1), 1);  // the cut-off last run is not an evaluation
    QCOMPARE(success->plot()->graph(1)->data()->begin()->key, 4.0);  // the 4th shown episode
    QCOMPARE(success->plot()->graph(1)->data()->begin()->value, 2.0 / 3.0);
    QCOMPARE(success->pointCount(0), 3);  // training episodes 2, 6 and the live one
  }

  // A learner resumed from an earlier checkpoint redoes the updates from its count on: those
  // points go, the earlier ones and the episode curves stay.
  void trainingPlots_learnerWentBack_dropsOnlyLaterLearnerPoints() {
    TrainingPlots plots;
    plots.show();  // a hidden panel does not redraw, and the graphs are read below
    QVERIFY(QTest::qWaitForWindowExposed(&plots));
    for (int i = 1; i <= 50; ++i) plots.addMetrics(metricsAt(i));
    plots.addEpisode({2, "train", "success", 50, 0});
    plots.addMetrics(metricsAt(40));
    for (const char* key : {"q", "entropy", "updates"}) {
      QCOMPARE(plots.panel(key)->pointCount(0), 40);  // 1..39 and the new 40
    }
    QCOMPARE(plots.panel("length")->pointCount(0), 1);
    plots.panel("q")->flush();
    QCOMPARE((plots.panel("q")->plot()->graph(0)->data()->end() - 1)->key, 40.0);
  }

  // A history that never comes (its load failed, or was never asked for) must not swallow a
  // run: past kMaxHeld held points they are drawn without it.
  void trainingPlots_historyNeverComes_heldPointsDrawnAtTheCap() {
    TrainingPlots plots;
    plots.holdLive();
    for (int i = 1; i <= TrainingPlots::kMaxHeld + 1; ++i) plots.addMetrics(metricsAt(i));
    QVERIFY(!plots.holdingLive());
    QCOMPARE(plots.panel("q")->appendedCount(0), qint64(TrainingPlots::kMaxHeld + 1));
    plots.holdLive();
    plots.addEpisode({2, "train", "success", 50, 0});
    plots.releaseLive();
    QCOMPARE(plots.panel("length")->pointCount(0), 1);
  }

  // The loader reads off the GUI thread and answers every load once, with the folder.
  void sessionHistoryLoader_loadsOrSaysWhy() {
    SessionHistoryLoader loader([](const QString& folder, QString& error) {
      if (folder == "/nowhere") {
        error = "/nowhere holds no session.sqlite";
        return std::unique_ptr<SessionModel>();
      }
      return std::unique_ptr<SessionModel>(new MemoryModel);
    });
    QSignalSpy loaded(&loader, &SessionHistoryLoader::loaded);
    QSignalSpy failed(&loader, &SessionHistoryLoader::failed);
    loader.load("/memory");
    loader.load("/nowhere");
    QCOMPARE(loader.pending(), 2);
    QTRY_COMPARE(loaded.count() + failed.count(), 2);
    QCOMPARE(loader.pending(), 0);
    QCOMPARE(loaded.at(0).at(0).toString(), QString("/memory"));
    const auto h = loaded.at(0).at(1).value<SessionHistory>();
    QCOMPARE(h.episodes.size(), 3);
    QCOMPARE(int(h.metrics.size()), 50);
    QCOMPARE(failed.at(0).at(0).toString(), QString("/nowhere"));
    QCOMPARE(failed.at(0).at(1).toString(), QString("/nowhere holds no session.sqlite"));
  }

  void statusFieldsAndLog_showStatsAndErrorsOnce() {
    StatusFields fields;
    lab::LoopStats s;
    s.controlRateHz = 9.96;
    s.jitterMs = 0.42;
    s.updatesPerSecond = 31.5;
    s.replaySize = 1200;
    s.expertSize = 80;
    s.secondsSinceCheckpoint = 12;
    fields.setStats(s);
    QCOMPARE(fields.rateText(), QString("Loop: 10.0 Hz, jitter 0.4 ms"));
    QCOMPARE(fields.updatesText(), QString("Updates/s: 31.5"));
    QCOMPARE(fields.buffersText(), QString("Buffers: replay 1200, expert 80"));
    QCOMPARE(fields.checkpointText(), QString("Checkpoint: 12 s ago"));

    LogPanel log;
    QSignalSpy shown(&log, &LogPanel::errorShown);
    log.addError("robot", "camera disappeared");
    log.addError("robot", "camera disappeared");
    log.addError("store", "disk full");
    QCOMPARE(shown.count(), 2);
    QCOMPARE(shown.at(0).at(0).toString(), QString("Robot error: camera disappeared"));

    // A notice on a line of its own starts with a capital; inside another sentence it does not.
    const QString summary =
        OperatorText::notice(lab::Notice(lab::NoticeCode::EvaluationNoSuccess, 20, 28));
    QVERIFY2(summary.startsWith("evaluation: none of 20"), qPrintable(summary));
    log.addMessage(summary);
    QVERIFY2(log.text().contains(" Evaluation: none of 20 episodes succeeded"),
             qPrintable(log.text()));
    QCOMPARE(OperatorText::line(QString::fromUtf8("评估：20 个回合")),
             QString::fromUtf8("评估：20 个回合"));
    QCOMPARE(OperatorText::line("3 of 20"), QString("3 of 20"));
    QCOMPARE(OperatorText::line(QString()), QString());
  }
};

QTEST_MAIN(TestWidgets)
#include "test_widgets.moc"
