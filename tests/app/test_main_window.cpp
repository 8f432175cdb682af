// The operator's window end to end, against the real TrainingController and a simulated
// push-cube (wrapped by SpyRobot): record a demo with the keyboard and press Success; train
// and watch the plots and the per-step values follow the camera; emergency stop during an
// episode; pause and resume; export; and the Chinese translation covers the whole window.
// The steps run in order on one window (Qt Test runs slots in declaration order).
#include <QAbstractButton>
#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "camera_view.h"
#include "controller_types.h"
#include "episode_controls.h"
#include "episode_step_plot.h"
#include "export_dialog.h"
#include "gui_composition.h"
#include "log_panel.h"
#include "main_window.h"
#include "plot_panel.h"
#include "qcustomplot_include.h"
#include "robot_panel.h"
#include "session_browser.h"
#include "session_store.h"
#include "spy_robot.h"
#include "status_fields.h"
#include "store_session_model.h"
#include "store_test_support.h"
#include "teleop_input.h"
#include "training_plots.h"

using namespace lab::ui;
using C = lab::ControllerCommand;
using S = lab::ControllerState;
using labtest::SpyLog;

namespace {

constexpr int kShort = 20000;  // ms; for what follows a click at once, even on a loaded machine
constexpr int kLong = 180000;  // ms; the machine may be busy, the conditions are what matter

QString tempPath(QTemporaryDir& d, const QString& name) { return d.filePath(name); }

// Every visible string of a widget tree, keyed by its position in the tree, for comparing the
// English and the Chinese windows. Widgets marked labData show data (plugin metadata, config
// keys), not UI text.
void collect(QObject* o, const QString& path, QMap<QString, QString>& out) {
  if (o->property("labData").toBool()) return;
  auto put = [&](const QString& what, const QString& text) {
    if (text.trimmed().isEmpty()) return;
    out.insert(path + "|" + what, text);
  };
  if (auto* w = qobject_cast<QWidget*>(o)) {
    put("tooltip", w->toolTip());
    if (w->isWindow()) put("title", w->windowTitle());
  }
  if (auto* b = qobject_cast<QAbstractButton*>(o)) put("text", b->text());
  if (auto* l = qobject_cast<QLabel*>(o)) put("text", l->text());
  if (auto* g = qobject_cast<QGroupBox*>(o)) put("title", g->title());
  if (auto* d = qobject_cast<QDockWidget*>(o)) put("title", d->windowTitle());
  if (auto* m = qobject_cast<QMenu*>(o)) put("title", m->title());
  if (auto* s = qobject_cast<QSpinBox*>(o)) put("suffix", s->suffix());
  if (auto* t = qobject_cast<QTabWidget*>(o)) {
    for (int i = 0; i < t->count(); ++i) put(QString("tab%1").arg(i), t->tabText(i));
  }
  if (auto* t = qobject_cast<QTableWidget*>(o)) {
    for (int i = 0; i < t->columnCount(); ++i) {
      if (auto* h = t->horizontalHeaderItem(i)) put(QString("header%1").arg(i), h->text());
    }
  }
  if (auto* p = qobject_cast<QCustomPlot*>(o)) {
    for (int i = 0; i < p->graphCount(); ++i) put(QString("graph%1").arg(i), p->graph(i)->name());
    for (auto* el : p->plotLayout()->elements(true)) {
      if (auto* t = qobject_cast<QCPTextElement*>(el)) put("plotTitle", t->text());
    }
    put("xLabel", p->xAxis->label());
    put("yLabel", p->yAxis->label());
    put("y2Label", p->yAxis2->label());
  }
  if (auto* w = qobject_cast<QWidget*>(o)) {
    int n = 0;
    for (QAction* a : w->actions()) {
      ++n;
      if (a->property("labData").toBool() || a->isSeparator()) continue;
      put(QString("action%1").arg(n), a->text());
    }
  }
  int i = 0;
  for (QObject* c : o->children()) {
    collect(c,
            path + "/" + c->metaObject()->className() + ":" + c->objectName() + "#" +
                QString::number(i++),
            out);
  }
}

QMap<QString, QString> windowStrings(lab::ControllerState state, bool estop, bool demo) {
  MainWindow w(SessionModelFactory{});
  w.setControllerState(state, estop, demo);
  w.openExportDialog();
  QMap<QString, QString> out;
  collect(&w, "window", out);
  return out;
}

bool hasLetters(const QString& s) {
  for (QChar c : s) {
    if (c.isLetter()) return true;
  }
  return false;
}

}  // namespace

class TestMainWindow : public QObject {
  Q_OBJECT
 private:
  QTemporaryDir m_dir;
  std::unique_ptr<GuiComposition> m_root;
  MainWindow* w() const { return m_root->window(); }
  lab::TrainingController* c() const { return m_root->controller(); }

  void hold(Qt::Key key, int ms, QWidget* to = nullptr) {
    QWidget* target = to ? to : w()->camera();
    QTest::keyPress(target, key);
    QTest::qWait(ms);
    QTest::keyRelease(target, key);
  }
  // Until the controller is in `s` and the window shows it: the window learns of a new state
  // through a queued signal, and its buttons act on the state it shows.
  void waitState(S s, int timeout = kLong) {
    QTRY_VERIFY2_WITH_TIMEOUT(
        c()->state() == s && w()->controls()->state() == s,
        qPrintable(QString("state is %1, expected %2; status: %3")
                       .arg(lab::toString(c()->state()), lab::toString(s), w()->statusLine())),
        timeout);
  }
  QPushButton* button(C command) const { return w()->controls()->button(command); }

 private Q_SLOTS:
  // A test that failed half-way may leave the robot stopped or paused; the next one starts
  // from a running robot so that one failure is reported once, not as a chain of timeouts.
  void init() {
    if (!m_root) return;
    if (c()->emergencyStopped()) {
      c()->acknowledgeEmergencyStop();
      QTRY_VERIFY_WITH_TIMEOUT(!c()->emergencyStopped(), kShort);
    }
    if (c()->state() == S::Paused) {
      c()->resume();
      QTRY_VERIFY_WITH_TIMEOUT(c()->state() != S::Paused, kShort);
    }
  }

  void initTestCase() {
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, tempPath(m_dir, "settings"));
    QCoreApplication::setOrganizationName("SigEntLabTest");
    QCoreApplication::setApplicationName("test_main_window");
    SpyLog::get().clock.start();

    // Small networks: the test checks the window's behaviour, not learning speed.
    lab::SacConfig sac;
    sac.obsMode = lab::ObsMode::Image;
    sac.hiddenDim = 32;
    sac.encoderChannels = 8;
    sac.encoderLayers = 2;
    sac.featureDim = 16;
    sac.batchSize = 16;
    sac.replayCapacity = 5000;
    sac.expertCapacity = 1000;
    sac.oodPolicySamples = 2;
    sac.numThreads = 1;
    const QString config = tempPath(m_dir, "config.json");
    sac.saveFile(config);

    GuiOptions o;
    o.robotId = "spy-cube";
    o.sessionDir = tempPath(m_dir, "session");
    o.configFile = config;
    o.autoConnect = false;
    o.autoTrain = true;
    o.gamepad = false;
    o.checkpointEverySteps = 40;
    m_root = std::make_unique<GuiComposition>(o);
    m_root->robots().add("spy-cube", "Spy cube (test)", std::make_shared<labtest::SpyFactory>());
    m_root->show();
    w()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w()));
    // The keys map onto the actions the connected robot reports once configured: none before
    // (the spy is in no plugin list the window could read an unconfigured layout from), the
    // push-cube's it wraps after.
    QVERIFY(!m_root->teleop()->hasSpec());
    QVERIFY(m_root->connectRobot("spy-cube", {}));
    waitState(S::Connected);
    QVERIFY(m_root->teleop()->hasSpec());
    const auto pushCube = lab::hw::SimRobotFactory("push-cube").create()->actionSpec();
    QCOMPARE(m_root->teleop()->action().size(), pushCube.size());
  }

  // Reconnects with robot settings and the robot panel's demo choices, as an operator would.
  void reconnect(const QJsonObject& robotSettings, int demoSeconds) {
    c()->disconnectRobot();
    waitState(S::Idle, kShort);
    w()->robotPanel()->setDemoSeconds(demoSeconds);
    QVERIFY(m_root->connectRobot("spy-cube", robotSettings));
    waitState(S::Connected);
  }

  // The settings change the time limits and the panel shows them; a recording's clock starts
  // at the first move and counts down its own (longer) limit; a time-out, Failure or Stop
  // before Success discards the recording with the reason, and nothing reaches the store.
  void demoLimits_settingsTakeEffect_unsuccessfulRecordingsDiscarded() {
    reconnect(QJsonObject{{"max_episode_steps", 20}}, 3);  // demos: 3 s = 30 steps at 10 Hz
    QTRY_VERIFY2_WITH_TIMEOUT(
        w()->robotPanel()->robotStatusText().contains("episodes 20 steps") &&
            w()->robotPanel()->robotStatusText().contains("demos 30 steps (3 s)"),
        qPrintable(w()->robotPanel()->robotStatusText()), kShort);

    QSpinBox* count = w()->controls()->evaluateCount();
    const int countBefore = count->value();
    const auto episodesStored = [&] {
      auto store = lab::SessionStore::open(tempPath(m_dir, "session"),
                                           {lab::SessionStore::Mode::ReadOnly, 500, false});
      return store ? int(store->episodes().size()) : -1;
    };
    for (int attempt = 0; attempt < 2; ++attempt) {
      count->setFocus();
      QTest::keyClick(count, Qt::Key_R);  // Record (R), the focus on a spin box
      waitState(S::RecordingDemo, kShort);
      QTRY_VERIFY_WITH_TIMEOUT(
          w()->controls()->episodeClockText().contains("starts with your first move"), kShort);
      // The robot's own action names with the keys that drive them (push-cube: vx, vy).
      QCOMPARE(w()->controls()->drivingKeysText(), QString("Drive: Up/Down vx, Left/Right vy"));
      const int writes = SpyLog::get().writesNow();
      QTRY_VERIFY_WITH_TIMEOUT(SpyLog::get().writesNow() > writes + 15, kLong);  // 1.5 s idle
      QVERIFY(c()->state() == S::RecordingDemo);  // not timed out: the clock has not started
      QTest::keyPress(count, Qt::Key_Right);
      QTRY_VERIFY_WITH_TIMEOUT(w()->controls()->episodeClockText().contains("s left of 3 s"),
                               kShort);
      QTest::keyRelease(count, Qt::Key_Right);
      // 30 steps, not the episode limit of 20: then the recording ends, discarded.
      waitState(S::Connected);
      QTRY_VERIFY_WITH_TIMEOUT(
          w()->log()->text().contains("the demo's time limit of 30 steps ran out before Success"),
          kShort);
      QVERIFY(w()->log()->text().contains("Recording discarded"));
      QVERIFY(!c()->hasDemo());
      QTRY_VERIFY_WITH_TIMEOUT(!button(C::StartTraining)->isEnabled(), kShort);
      QVERIFY(button(C::StartTraining)->toolTip().contains("Training needs a demo"));
    }
    // Failure (F) while recording, and Stop, discard too.
    QTest::keyClick(count, Qt::Key_R);
    waitState(S::RecordingDemo, kShort);
    hold(Qt::Key_Up, 400, count);
    QTest::keyClick(count, Qt::Key_F);
    waitState(S::Connected, kShort);
    QTRY_VERIFY_WITH_TIMEOUT(w()->log()->text().contains("marked the recording as failed"), kShort);
    QTest::keyClick(count, Qt::Key_R);
    waitState(S::RecordingDemo, kShort);
    hold(Qt::Key_Up, 400, count);
    button(C::StopRecording)->click();
    waitState(S::Connected, kShort);
    QTRY_VERIFY_WITH_TIMEOUT(w()->log()->text().contains("stopped before Success"), kShort);
    QVERIFY(!c()->hasDemo());
    QCOMPARE(episodesStored(), 0);
    QCOMPARE(count->value(), countBefore);  // no key changed a setting

    reconnect({}, 0);  // back to the robot's own limits for the tests that follow
    QTRY_VERIFY_WITH_TIMEOUT(w()->robotPanel()->robotStatusText().contains("episodes 80 steps"),
                             kShort);
  }

  // A first-time user's demo without driving: the simulation's scripted expert records it, the
  // success detector ends it, and it is stored as the demo.
  void expertDemo_recordedWithoutTheOperator() {
    QVERIFY(w()->controls()->expertDemoButton()->isHidden());  // the spy is not in the catalog
    w()->controls()->setScriptedExpertAvailable(true);
    QVERIFY(!w()->controls()->expertDemoButton()->isHidden());
    QTRY_VERIFY_WITH_TIMEOUT(w()->controls()->expertDemoButton()->isEnabled(), kShort);
    const int movingBefore = SpyLog::get().movingNow();
    w()->controls()->expertDemoButton()->click();
    waitState(S::RecordingDemo, kShort);
    waitState(S::Ready);
    QVERIFY(c()->hasDemo());
    QVERIFY(SpyLog::get().movingNow() > movingBefore + 5);
    auto store = lab::SessionStore::open(tempPath(m_dir, "session"),
                                         {lab::SessionStore::Mode::ReadOnly, 500, false});
    QTRY_VERIFY_WITH_TIMEOUT(!store->episodes().empty(), kShort);
    QCOMPARE(store->episodes().back().kind, QString("demo"));
    QCOMPARE(store->episodes().back().label, QString("success"));
    QCOMPARE(store->episodes().back().labelledBy, QString("detector"));
  }

  void recordWithKeys_pressSuccess_demoStored() {
    QSignalSpy stored(c(), &lab::TrainingController::episodeStored);
    qint64 lastIdBefore = -1;
    const int storedBefore = [&] {
      auto store = lab::SessionStore::open(tempPath(m_dir, "session"),
                                           {lab::SessionStore::Mode::ReadOnly, 500, false});
      const auto before = store->episodes();
      if (!before.empty()) lastIdBefore = before.back().id;
      return int(before.size());
    }();
    // The previous test's episodeStored may still be on its way: wait for this demo's.
    const auto storedNew = [&]() -> QList<QVariant> {
      for (const auto& s : stored) {
        if (s.at(0).toLongLong() > lastIdBefore) return s;
      }
      return {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(button(C::StartRecording)->isEnabled(), kShort);
    QVERIFY(w()->controls()->episodeClockText().isEmpty());
    button(C::StartRecording)->click();
    waitState(S::RecordingDemo);
    // The focus on a setting that takes arrow keys: while recording they drive the robot only.
    QSpinBox* count = w()->controls()->evaluateCount();
    count->setFocus();
    const int countBefore = count->value();
    const int movingBefore = SpyLog::get().movingNow();
    hold(Qt::Key_Right, 1200, count);  // ~12 control ticks at 10 Hz
    hold(Qt::Key_Up, 800, count);
    QVERIFY2(SpyLog::get().movingNow() > movingBefore + 5, "the keys did not drive the robot");
    QCOMPARE(count->value(), countBefore);
    QTest::keyClick(count, Qt::Key_S);  // Success (S), the focus still on the spin box
    waitState(S::Ready);
    QCOMPARE(count->value(), countBefore);
    QVERIFY(c()->hasDemo());
    QTRY_VERIFY_WITH_TIMEOUT(!storedNew().isEmpty(), kLong);
    QCOMPARE(storedNew().at(1).toString(), QString("success"));
    auto store = lab::SessionStore::open(tempPath(m_dir, "session"),
                                         {lab::SessionStore::Mode::ReadOnly, 500, false});
    const auto episodes = store->episodes();
    QCOMPARE(int(episodes.size()), storedBefore + 1);
    QCOMPARE(episodes.back().kind, QString("demo"));
    QCOMPARE(episodes.back().label, QString("success"));
    QCOMPARE(episodes.back().labelledBy, QString("operator"));
    QVERIFY(episodes.back().steps >= 10);
    // The browser shows the session the controller writes.
    QTRY_COMPARE_WITH_TIMEOUT(w()->sessions()->episodeCount(), storedBefore + 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(button(C::StartTraining)->isEnabled(), kShort);
  }

  void startTraining_plotsReceivePoints_stepValuesFollowCamera() {
    button(C::StartTraining)->click();
    waitState(S::EpisodeRunning);
    PlotPanel* q = w()->plots()->panel("q");
    QTRY_VERIFY_WITH_TIMEOUT(q->appendedCount(0) > 0, kLong);
    QTRY_VERIFY_WITH_TIMEOUT(q->plottedCount(0) > 0, kShort);
    QVERIFY(w()->plots()->panel("entropy")->appendedCount(0) > 0);
    QVERIFY(w()->plots()->panel("gate")->appendedCount(0) > 0);
    // Per-step values: the plot is on the episode the camera shows, its cursor on the shown step.
    EpisodeStepPlot* steps = w()->stepPlot();
    QTRY_VERIFY_WITH_TIMEOUT(steps->pointCount() >= 5, kLong);
    QTRY_VERIFY_WITH_TIMEOUT(w()->camera()->shownEpisode() == steps->episode() &&
                                 steps->cursorStep() == w()->camera()->shownStep() &&
                                 steps->cursorStep() >= 0,
                             10000);
    QVERIFY(w()->camera()->framesReceived() > 10);
    QTRY_VERIFY_WITH_TIMEOUT(w()->statusFields()->statsReceived() > 0, 10000);
    QVERIFY(w()->statusFields()->rateText().contains("Hz"));
  }

  void holdingDriveKey_duringEpisode_operatorTakesOver() {
    waitState(S::EpisodeRunning);
    QSignalSpy finished(c(), &lab::TrainingController::episodeFinished);
    w()->camera()->setFocus();
    hold(Qt::Key_Left, 1500);  // held: the controller's intervention is on, keys drive
    auto intervened = [&] {
      for (const auto& args : finished) {
        if (args.at(0).value<lab::EpisodeSummary>().interventionSteps > 0) return true;
      }
      return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(intervened(), kLong);
    QVERIFY(w()->log()->text().contains("Intervention: the operator drives"));
  }

  void emergencyStop_duringEpisode_zeroNowAndNothingMovesUntilAcknowledged() {
    waitState(S::EpisodeRunning);
    // The policy is acting: the robot is moving.
    const int moving = SpyLog::get().movingNow();
    QTRY_VERIFY_WITH_TIMEOUT(SpyLog::get().movingNow() > moving + 2, kLong);
    const int writesAtPress = SpyLog::get().writesNow();
    {
      std::lock_guard<std::mutex> l(SpyLog::get().mutex);
      SpyLog::get().movingWritesAfterEstop = 0;
    }
    const int estopsBefore = SpyLog::get().estops;
    QTest::keyClick(w()->camera(), Qt::Key_Space);
    QTRY_VERIFY_WITH_TIMEOUT(SpyLog::get().estops > estopsBefore, kShort);
    {
      auto& log = SpyLog::get();
      std::lock_guard<std::mutex> l(log.mutex);
      // Within one control tick: at most one write went out between the key and the stop.
      QVERIFY2(
          log.writesAtLastEstop - writesAtPress <= 1,
          qPrintable(
              QString("%1 writes before the stop").arg(log.writesAtLastEstop - writesAtPress)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(c()->emergencyStopped(), kShort);
    waitState(S::Paused, kShort);
    QTRY_VERIFY_WITH_TIMEOUT(w()->controls()->emergencyStopButton()->text().contains("STOPPED"),
                             kShort);
    QTRY_VERIFY_WITH_TIMEOUT(!button(C::Pause)->isEnabled(),
                             kShort);  // Resume blocked until acknowledged
    QVERIFY(button(C::Pause)->toolTip().contains("acknowledge it first"));
    // Asking anyway is refused by the controller, and nothing moves.
    QSignalSpy refused(c(), &lab::TrainingController::commandRefused);
    c()->resume();
    QTRY_VERIFY_WITH_TIMEOUT(refused.count() >= 1, kShort);
    QTest::qWait(1500);
    {
      auto& log = SpyLog::get();
      std::lock_guard<std::mutex> l(log.mutex);
      QCOMPARE(log.movingWritesAfterEstop, 0);
    }
    QVERIFY(w()->statusLine().contains("refused"));

    // Acknowledge, then resume: the robot moves again.
    QTRY_VERIFY_WITH_TIMEOUT(button(C::AcknowledgeEmergencyStop)->isEnabled(), kShort);
    button(C::AcknowledgeEmergencyStop)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!c()->emergencyStopped(), kShort);
    QVERIFY(c()->state() == S::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(button(C::Pause)->text(), QString("Resume (P)"), kShort);
    QTRY_VERIFY_WITH_TIMEOUT(button(C::Pause)->isEnabled(), kShort);
    button(C::Pause)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        c()->state() == S::EpisodeRunning || c()->state() == S::BetweenEpisodes, kShort);
  }

  void escapeInAnotherWindow_stopsTheRobotToo() {
    // The window's shortcuts do not reach a dialog (or a floating dock): the application-wide
    // key filter must.
    QTRY_VERIFY_WITH_TIMEOUT(c()->state() == S::EpisodeRunning, kLong);
    QDialog dialog;
    auto* field = new QPushButton("a button with focus", &dialog);
    dialog.show();
    field->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(field, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(c()->emergencyStopped(), kShort);
    dialog.close();
    waitState(S::Paused, kShort);  // the stop paused training; the shared button says Resume
    QTRY_VERIFY_WITH_TIMEOUT(button(C::AcknowledgeEmergencyStop)->isEnabled(), kShort);
    button(C::AcknowledgeEmergencyStop)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!c()->emergencyStopped(), kShort);
    QTRY_VERIFY_WITH_TIMEOUT(button(C::Pause)->isEnabled(), kShort);
    QCOMPARE(button(C::Pause)->text(), QString("Resume (P)"));
    button(C::Pause)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        c()->state() == S::EpisodeRunning || c()->state() == S::BetweenEpisodes, kShort);
  }

  void pauseResume_robotHoldsAndLearnerStops() {
    waitState(S::EpisodeRunning);
    QTRY_VERIFY_WITH_TIMEOUT(button(C::Pause)->isEnabled(), kShort);
    button(C::Pause)->click();
    waitState(S::Paused, kShort);
    QTest::qWait(800);  // in-flight metrics land
    const int moving = SpyLog::get().movingNow();
    const qint64 metrics = w()->plots()->panel("q")->appendedCount(0);
    QTest::qWait(1500);
    QCOMPARE(SpyLog::get().movingNow(), moving);
    QCOMPARE(w()->plots()->panel("q")->appendedCount(0), metrics);
    QTRY_COMPARE_WITH_TIMEOUT(button(C::Pause)->text(), QString("Resume (P)"), kShort);
    QTRY_VERIFY_WITH_TIMEOUT(button(C::Pause)->isEnabled(), kShort);
    button(C::Pause)->click();
    QTRY_VERIFY_WITH_TIMEOUT(SpyLog::get().movingNow() > moving, kLong);
    QTRY_VERIFY_WITH_TIMEOUT(w()->plots()->panel("q")->appendedCount(0) > metrics, kLong);
  }

  void exportDialog_writesFiles() {
    // A checkpoint to export the policy from.
    const QString session = tempPath(m_dir, "session");
    c()->checkpointNow();
    QTRY_VERIFY_WITH_TIMEOUT(
        !lab::SessionStore::open(session, {lab::SessionStore::Mode::ReadOnly, 500, false})
             ->latestCheckpoints(1)
             .empty(),
        kLong);
    ExportDialog* dialog = w()->openExportDialog();
    QVERIFY(dialog);
    const QString out = tempPath(m_dir, "export");
    dialog->setOutputDir(out);
    QSignalSpy finished(dialog, &ExportDialog::exportFinished);
    dialog->findChild<QPushButton*>("exportStart")->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLong);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(2).toString()));
    for (const char* f : {"dataset.hdf5", "metrics.csv", "manifest.json", "policy.pt"}) {
      QVERIFY2(QFile::exists(out + "/" + f), f);
      QVERIFY2(QFileInfo(out + "/" + f).size() > 0, f);
    }
    QCOMPARE(dialog->progressPercent(), 100);
    dialog->close();
  }

  void sessionBrowser_replaysTheDemoFrames() {
    SessionBrowser* b = w()->sessions();
    QSignalSpy loaded(b, &SessionBrowser::episodesLoaded);
    b->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
    QVERIFY(b->episodeCount() >= 1);
    QVERIFY(b->selectEpisode(b->table()->item(0, 0)->data(Qt::UserRole).toLongLong()));
    QSignalSpy done(b, &SessionBrowser::replayFinished);
    b->replaySelected();
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QVERIFY(b->replayFrameCount() >= 10);
    QCOMPARE(b->replayView()->framesReceived(), b->replayFrameCount());
    // Frame by frame with the scrubber: with the focus on it the arrows step the frames (they do
    // not drive the robot; the policy keeps acting, no intervention starts).
    QSlider* scrub = b->scrubber();
    auto* dock = w()->findChild<QDockWidget*>("sessionsDock");
    QVERIFY(dock);
    dock->raise();  // the Sessions tab in front, as a click on it does
    w()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w()));
    scrub->setFocus();
    QTRY_VERIFY2_WITH_TIMEOUT(
        scrub->hasFocus(),
        qPrintable(QString("focus on %1, scrubber visible %2")
                       .arg(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                                        : QString("nothing"))
                       .arg(scrub->isVisible())),
        kShort);
    QTest::keyClick(scrub, Qt::Key_Home);
    QTRY_COMPARE_WITH_TIMEOUT(scrub->value(), 0, kShort);
    QTest::keyClick(scrub, Qt::Key_Right);
    QTest::keyClick(scrub, Qt::Key_Right);
    QTRY_COMPARE_WITH_TIMEOUT(scrub->value(), 2, kShort);
    QTRY_VERIFY_WITH_TIMEOUT(b->replayValues().startsWith("Step "), kShort);
  }

  void chineseTranslation_coversEveryVisibleString() {
    const auto english = windowStrings(S::Connected, false, false);
    const auto englishStopped = windowStrings(S::Paused, true, true);
    QTranslator zh;
    QVERIFY(zh.load(":/i18n/sigent_lab_zh_CN.qm"));
    QVERIFY(QCoreApplication::installTranslator(&zh));
    const auto chinese = windowStrings(S::Connected, false, false);
    const auto chineseStopped = windowStrings(S::Paused, true, true);
    QCoreApplication::removeTranslator(&zh);

    QStringList untranslated;
    int compared = 0;
    auto compare = [&](const QMap<QString, QString>& en, const QMap<QString, QString>& zhs) {
      QCOMPARE(en.keys(), zhs.keys());  // the same widgets, the same strings shown
      for (auto it = en.begin(); it != en.end(); ++it) {
        if (!hasLetters(it.value())) continue;  // numbers, "-", symbols
        ++compared;
        if (zhs.value(it.key()) == it.value()) untranslated << it.key() + " = " + it.value();
      }
    };
    compare(english, chinese);
    compare(englishStopped, chineseStopped);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join("\n")));
    QVERIFY2(compared > 150, qPrintable(QString::number(compared)));
  }

  // Carrying a session on: after a reconnect the curves start with the stored ones (read off
  // the GUI thread while live points wait), then go on live. The browser's model hands them
  // over thinned evenly, the first and the last row kept.
  void reconnect_curvesStartWithTheStoredSession() {
    const QString session = tempPath(m_dir, "session");
    QTRY_VERIFY_WITH_TIMEOUT(w()->plots()->panel("q")->appendedCount(0) > 0, kLong);
    c()->pause();  // a robot is disconnected at rest
    waitState(S::Paused, kShort);
    c()->disconnectRobot();
    waitState(S::Idle, kShort);
    lab::MetricsTable stored;
    int storedEpisodes = 0;
    {
      auto store =
          lab::SessionStore::open(session, {lab::SessionStore::Mode::ReadOnly, 500, false});
      stored = store->metrics();
      for (const auto& e : store->episodes()) storedEpisodes += e.kind != "demo" ? 1 : 0;
    }
    QVERIFY(stored.rows.size() >= 2);
    const double firstStep = stored.rows.front()[0], lastStep = stored.rows.back()[0];

    QString error;
    auto model = StoreSessionModel::open(session, {}, error);
    QVERIFY2(model, qPrintable(error));
    const auto thinned = model->history(5, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(int(thinned.metrics.size()), std::min(5, int(stored.rows.size())));
    QCOMPARE(double(thinned.metrics.front().step), firstStep);
    QCOMPARE(double(thinned.metrics.back().step), lastStep);
    for (size_t i = 1; i < thinned.metrics.size(); ++i) {
      QVERIFY(thinned.metrics[i].step > thinned.metrics[i - 1].step);
    }

    QVERIFY(m_root->connectRobot("spy-cube", {}));
    QTRY_VERIFY_WITH_TIMEOUT(!w()->plots()->holdingLive(), kLong);
    PlotPanel* q = w()->plots()->panel("q");
    QVERIFY(q->appendedCount(0) >= std::min<qint64>(qint64(stored.rows.size()), 4000));
    QVERIFY(w()->plots()->episodesSeen() >= storedEpisodes);
    q->flush();
    QVERIFY(q->plottedCount(0) > 0);
    QCOMPARE(q->plot()->graph(0)->data()->begin()->key, firstStep);
  }

  // Two evaluations asked for back to back are stored as one run of evaluation episodes; their
  // seeds (kEvalSeedBase + i) tell where the second begins, so a reopened session's curve shows
  // two evaluations, not one averaged. A last evaluation shorter than the one before was cut off.
  void storedEvaluationsBackToBack_readAsTwo() {
    QTemporaryDir dir;
    const auto meta = labtest::storeMeta();
    {
      auto store = lab::SessionStore::create(dir.path(), meta);
      const auto write = [&](const QString& kind, std::uint64_t seed, const QString& label) {
        auto ep = labtest::makeEpisode(meta, -1, kind, 3, static_cast<unsigned>(seed));
        ep.label = label;
        ep.labelledBy = "detector";
        store->writeEpisode(ep);
      };
      const std::uint64_t base = lab::kEvalSeedBase;
      write("demo", 42, "success");
      write("train", 7, "failure");
      write("eval", base, "success");
      write("eval", base + 1, "failure");
      write("eval", base, "success");  // the second evaluation, right after the first
      write("eval", base + 1, "success");
      write("train", 8, "success");
      write("eval", base, "success");  // cut off
    }
    QString error;
    auto model = StoreSessionModel::open(dir.path(), {}, error);
    QVERIFY2(model, qPrintable(error));
    const auto history = model->history(10, error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVector<int> indices;
    for (const auto& e : history.episodes) indices << e.evalIndex;
    QCOMPARE(indices, (QVector<int>{-1, -1, 0, 1, 0, 1, -1, 0}));

    TrainingPlots plots;
    plots.show();  // a hidden panel does not redraw, and the graph is read below
    QVERIFY(QTest::qWaitForWindowExposed(&plots));
    plots.showHistory(history);
    PlotPanel* success = plots.panel("success");
    success->flush();
    QCOMPARE(success->pointCount(1), 2);
    const auto* dots = success->plot()->graph(1)->data().data();
    QCOMPARE(dots->at(0)->key, 3.0);  // after the 3rd shown episode (the demo is not shown)
    QCOMPARE(dots->at(0)->value, 0.5);
    QCOMPARE(dots->at(1)->key, 5.0);
    QCOMPARE(dots->at(1)->value, 1.0);
  }

  void cleanupTestCase() {
    if (m_root) {
      c()->pause();
      m_root.reset();  // stops the controller's threads, flushes the store
    }
  }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
