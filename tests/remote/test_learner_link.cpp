// The learner on another machine (remote/learner): the window's engine (TrainingController)
// runs the robot loop here, its learner and session store run in `sigent-lab serve-learner`,
// another process on 127.0.0.1:
//   - point-reach through the remote learner learns exactly as in process (same seed, lockstep:
//     the same first updates' metrics, the same transitions, the same per-step Q values back);
//   - the learner killed (SIGKILL) mid-episode, lockstep and real time: the loss in plain
//     words, training paused (the robot held, the episode kept), resumed by itself once a
//     learner is back on the same session, and every completed episode and label is there,
//     once;
//   - the window (sigent-lab-gui --learner HOST:PORT) trains through serve-learner: it says
//     where its learner is, the per-step values come back to its view, the episodes are in the
//     learner's session, and a lost link is shown in plain words and comes back by itself; a
//     window at the learner machine follows the session serve-learner writes, read-only;
//   - a learner restarted mid-run keeps teaching with the demos the robot side keeps;
//   - a wrong token is refused with a clear message; the codec's bounds.
#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include "controller_test_support.h"
#include "learner_link_client.h"
#include "learner_link_codec.h"
#include "same_run.h"
#include "server_process.h"
#include "toy/point_reach_factory.h"
#ifdef LAB_TEST_HAVE_GUI
#include "autopilot.h"
#include "episode_step_plot.h"
#include "gui_command_line.h"
#include "gui_composition.h"
#include "log_panel.h"
#include "main_window.h"
#include "plot_panel.h"
#include "robot_panel.h"
#include "session_browser.h"
#include "status_fields.h"
#include "training_plots.h"
#endif

using namespace lab;
using namespace labtest;

namespace {

const QString kToken = "learner-token-9a2e";

QString binaryDir() { return qEnvironmentVariable("LAB_BINARY_DIR"); }

// `sigent-lab serve-learner` on `sessionDir` in its own process.
bool startLearner(ServerProcess& server, const QString& sessionDir,
                  const QString& listen = "127.0.0.1:0") {
  return server.startCli(
      {"serve-learner", "--session", sessionDir, "--listen", listen, "--token", kToken});
}

std::shared_ptr<LearnerSource> linkTo(const QString& address, const QString& token = kToken) {
  link::ClientOptions o;
  o.address = address.toStdString();
  o.token = token.toStdString();
  o.pollMs = 20;
  o.callTimeoutMs = 3000;
  return std::make_shared<link::LearnerLinkSource>(o);
}

ControllerSettings pointReach(const QString& sessionDir) {
  auto s = fakeSettings({}, sessionDir);
  s.robotId = "point-reach";
  s.pacing = Pacing::Lockstep;
  s.useSuccessDetector = true;
  s.keepUnsuccessfulDemos = false;
  s.autoTrain = true;
  s.sac.seed = 11;
  return s;
}

// The reason inside a LearnerLinkRefused notice, wherever it is nested in `n` (the robot loop
// wraps the link's start error in its own); an empty Notice if there is none.
Notice refusalIn(const Notice& n) {
  if (n.code == NoticeCode::LearnerLinkRefused &&
      n.args.value(1).userType() == qMetaTypeId<Notice>()) {
    return n.args.value(1).value<Notice>();
  }
  for (const QVariant& a : n.args) {
    if (a.userType() != qMetaTypeId<Notice>()) continue;
    const Notice inner = refusalIn(a.value<Notice>());
    if (!inner.isEmpty()) return inner;
  }
  return Notice();
}

// What the learner gave as its reason for refusing the link, as the first error carries it.
Notice refusal(const Harness& h) {
  for (const auto& e : h.errors) {
    const Notice why = refusalIn(e.at(1).value<Notice>());
    if (!why.isEmpty()) return why;
  }
  return Notice();
}

bool anyText(const QSignalSpy& spy, int arg, const QString& text) {
  for (const auto& e : spy) {
    if (e.at(arg).toString().contains(text, Qt::CaseInsensitive)) return true;
  }
  return false;
}

// The window shows step `steps` or later of episode `id`.
bool inEpisode(const Harness& h, qint64 id, int steps) {
  return h.lastFrame.episode == id && h.lastFrame.step >= steps;
}

bool logged(const QSignalSpy& log, NoticeCode code) {
  for (const auto& e : log) {
    if (e.at(0).value<Notice>().code == code) return true;
  }
  return false;
}

bool labelled(const QSignalSpy& log, qint64 episode, const QString& label) {
  for (const auto& e : log) {
    const auto n = e.at(0).value<Notice>();
    if (n.code == NoticeCode::Labelled && n.args.value(0).toLongLong() == episode &&
        n.args.value(1).value<Notice>() == labelNotice(label)) {
      return true;
    }
  }
  return false;
}

QString errorsText(const Harness& h) {
  QStringList all;
  for (const auto& e : h.errors) all << e.at(1).toString();
  return all.join(" | ");
}

// The step points of the completed episodes below `episodesBelow`, as text (episode, step, Q).
QStringList pointsText(const Harness& h, int64_t episodesBelow) {
  QStringList out;
  for (const auto& p : h.points) {
    const auto sp = p.at(0).value<StepPoint>();
    if (sp.episode >= episodesBelow) continue;
    out << QString("%1/%2 %3 %4 %5")
               .arg(sp.episode)
               .arg(sp.step)
               .arg(sp.q, 0, 'g', 17)
               .arg(sp.hSig, 0, 'g', 17)
               .arg(sp.gate);
  }
  return out;
}

}  // namespace

class TestLearnerLink : public QObject {
  Q_OBJECT

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY2(!binaryDir().isEmpty(), "LAB_BINARY_DIR is not set (run through ctest)");
    registerControllerMetaTypes();
    labtest::robots()->add("point-reach", "Point-Reach",
                           std::make_shared<lab::hw::PointReachFactory>());
  }

  void codec_boundsAndNotices() {
    namespace pb = link::pb;
    StepRecord r;
    r.transition.obs.state = {0.5f, -1.0f};
    r.transition.action = {0.25f};
    r.transition.reward = 1;
    r.transition.terminal = true;
    r.transition.next.state = {0.75f, -0.5f};
    r.intervention = true;
    r.robotState = {1, 2, 3};
    pb::Step step;
    link::toProto(r, step);
    StepRecord back;
    QCOMPARE(QString::fromStdString(link::fromProto(step, back)), QString());
    QCOMPARE(back.transition.obs.state, r.transition.obs.state);
    QCOMPARE(back.transition.next.state, r.transition.next.state);
    QCOMPARE(back.transition.action, r.transition.action);
    QVERIFY(back.transition.terminal && back.intervention);
    QCOMPARE(back.robotState, r.robotState);
    // A state beyond the bound is refused with the reason, not taken.
    step.mutable_obs()->mutable_state()->Resize(5000, 0.0f);
    QVERIFY(QString::fromStdString(link::fromProto(step, back)).contains("more than 1024"));
    step.mutable_obs()->set_image(std::string(300 * 300, '\0'));
    QVERIFY(!link::fromProto(step, back).empty());

    // A notice keeps its code and its arguments (nested notices too) across the link.
    const Notice n(NoticeCode::SaveFailedRetrying, Notice(NoticeCode::EpisodeItem, 7),
                   QStringLiteral("disk full"), 2);
    pb::Notice pn;
    link::toProto(n, pn);
    Notice m;
    QCOMPARE(QString::fromStdString(link::fromProto(pn, m)), QString());
    QCOMPARE(m.english(), n.english());
    pn.set_code(100000);
    QVERIFY(!link::fromProto(pn, m).empty());

    // The config: numbers, flags and texts only.
    google::protobuf::Map<std::string, pb::ConfigValue> config;
    QVERIFY(link::configToProto(SacConfig().toJson(), config).empty());
    QJsonObject json;
    QVERIFY(link::configFromProto(config, json).empty());
    QCOMPARE(SacConfig::fromJson(json).toJson(), SacConfig().toJson());
    QVERIFY(!link::configToProto(QJsonObject{{"x", QJsonArray{1}}}, config).empty());
  }

  void remote_sameSeed_sameLearning_valuesComeBack() {
    constexpr int kUpdates = 60;
    QTemporaryDir dir;
    QStringList localPoints, remotePoints;
    int64_t localEpisodes = 0;
    {
      Harness h(pointReach(dir.filePath("local")));
      QVERIFY2(trainUnattended(h, kUpdates), qPrintable(errorsText(h)));
      localEpisodes = h.episodes.back().id;
      localPoints = pointsText(h, localEpisodes);
    }
    ServerProcess server;
    QVERIFY(startLearner(server, dir.filePath("remote")));
    int64_t remoteEpisodes = 0;
    {
      // The robot side keeps no session: the learner machine does.
      Harness h(pointReach({}), linkTo(server.address()));
      QVERIFY2(trainUnattended(h, kUpdates), qPrintable(errorsText(h)));
      QVERIFY2(h.errors.isEmpty(), qPrintable(errorsText(h)));
      remoteEpisodes = h.episodes.back().id;
      remotePoints = pointsText(h, remoteEpisodes);
      // The learner's stats come back too (the status bar's updates and buffer sizes).
      const auto last = h.stats.last().at(0).value<LoopStats>();
      QVERIFY(last.updates >= kUpdates);
      QVERIFY(last.expertSize > 0);
    }
    QVERIFY(server.stop());  // the store flushed
    const int64_t below = std::min(localEpisodes, remoteEpisodes);
    const Run a = readRun(dir.filePath("local"), kUpdates, below);
    const Run b = readRun(dir.filePath("remote"), kUpdates, below);
    QCOMPARE(a.metrics.size(), 8 * kUpdates);
    QCOMPARE(b.metrics, a.metrics);
    // Weights came back: the same actions, so the same transitions.
    QVERIFY2(a.steps.size() > 50, qPrintable(QString::number(a.steps.size())));
    QCOMPARE(b.steps, a.steps);
    // The per-step view: the same Q / H_sig / gate for every step of those episodes.
    QVERIFY(localPoints.size() > 50);
    QCOMPARE(remotePoints, localPoints);
  }

  void learnerKilled_robotPaused_nothingCompletedLost_data() {
    QTest::addColumn<bool>("lockstep");
    QTest::newRow("lockstep") << true;
    QTest::newRow("real time") << false;
  }

  void learnerKilled_robotPaused_nothingCompletedLost() {
    QFETCH(bool, lockstep);
    QTemporaryDir dir;
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.path()));
    const QString address = server->address();
    auto s = pointReach({});
    s.autoTrain = false;
    if (!lockstep) s.pacing = Pacing::RealTime;
    Harness h(s, linkTo(address));
    QSignalSpy log(&h.c, &TrainingController::logMessage);
    h.connect();
    QVERIFY(h.recordDemoToSuccess(60000) > 0);
    // Two training episodes ended by the operator, each then relabelled (a label message of
    // its own).
    for (int i = 0; i < 2; ++i) {
      const int before = int(h.episodes.size());
      h.c.startTraining();
      QVERIFY(h.waitState(ControllerState::EpisodeRunning));
      QTRY_VERIFY_WITH_TIMEOUT(inEpisode(h, h.episodes.back().id + 1, 2), 20000);
      h.c.markFailure();
      QVERIFY(h.waitEpisodes(before + 1));
      QVERIFY(h.waitState(ControllerState::BetweenEpisodes));
      h.c.markSuccess();  // the episode that just ended: failure -> success
      QTRY_VERIFY_WITH_TIMEOUT(labelled(log, h.episodes.back().id, "success"), 10000);
    }
    h.c.startTraining();
    QVERIFY(h.waitState(ControllerState::EpisodeRunning));
    QTRY_VERIFY_WITH_TIMEOUT(inEpisode(h, h.episodes.back().id + 1, 2), 20000);
    server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(anyText(h.errors, 1, "lost the link to the learner at " + address),
                             20000);
    // The robot stops: training pauses (the robot held at zero command), the loop's step count
    // stands still over the next reports, and the episode stays open.
    QTRY_VERIFY_WITH_TIMEOUT(h.c.state() == ControllerState::Paused, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(logged(log, NoticeCode::PausedForLearnerLink), 10000);
    const qsizetype reports = h.stats.size();
    QTRY_VERIFY_WITH_TIMEOUT(h.stats.size() >= reports + 1, 10000);
    const int64_t stepsAtLoss = h.stats.last().at(0).value<LoopStats>().envSteps;
    QTRY_VERIFY_WITH_TIMEOUT(h.stats.size() >= reports + 3, 10000);
    QCOMPARE(h.stats.last().at(0).value<LoopStats>().envSteps, stepsAtLoss);
    QVERIFY(h.c.state() == ControllerState::Paused);
    const int episodesAtLoss = int(h.episodes.size());

    // A learner back on the same session and address: the link returns by itself, what was
    // not stored is sent again, and the episode goes on.
    server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.path(), address));
    QTRY_VERIFY_WITH_TIMEOUT(anyText(log, 0, "the link to the learner at " + address + " is back"),
                             20000);
    QTRY_VERIFY_WITH_TIMEOUT(logged(log, NoticeCode::ResumedForLearnerLink), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(h.c.state() == ControllerState::EpisodeRunning ||
                                 h.c.state() == ControllerState::BetweenEpisodes,
                             10000);
    // The episode goes on (or reaches its time limit).
    QTRY_VERIFY_WITH_TIMEOUT(h.stats.last().at(0).value<LoopStats>().envSteps > stepsAtLoss ||
                                 h.c.state() == ControllerState::BetweenEpisodes,
                             20000);
    // Failure ends it; if the restarted learner is slow to answer on a loaded machine, the link
    // can drop once more and the refused Failure leaves the episode to its time limit.
    h.c.markFailure();
    QVERIFY2(h.waitEpisodes(episodesAtLoss + 1, 90000),
             qPrintable(QString("state %1, refusals %2, errors: %3")
                            .arg(int(h.c.state()))
                            .arg(h.refused.size())
                            .arg(errorsText(h))));
    h.disconnect();  // the client hands everything over before it lets go
    QVERIFY2(!anyText(h.errors, 1, "did not confirm storing"), qPrintable(errorsText(h)));
    QVERIFY(server->stop());

    SessionDb db(dir.path());
    QCOMPARE(db.episodeCount(), int(h.episodes.size()));  // each once
    for (const auto& e : h.episodes) {
      QVERIFY2(db.hasEpisode(e.id), qPrintable(QString::number(e.id)));
      QCOMPARE(db.transitionCount(e.id), e.steps);
      QCOMPARE(db.episodeKind(e.id), e.kind);
    }
    // The relabels are in the store; the last episode keeps the operator's failure.
    QCOMPARE(db.episodeLabel(h.episodes.at(1).id), QString("success"));
    QCOMPARE(db.episodeLabel(h.episodes.at(2).id), QString("success"));
    QCOMPARE(db.episodeLabel(h.episodes.back().id), QString("failure"));
  }

  void window_trainsThroughServeLearner_showsTheLink() {
#ifndef LAB_TEST_HAVE_GUI
    QSKIP("built without the window");
#else
    QTemporaryDir dir;
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath("settings"));
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.filePath("learner")));
    const QString address = server->address();
    const QString config = dir.filePath("config.json");
    pointReach({}).sac.saveFile(config);

    // The window's own command line, as a person types it.
    QCommandLineParser parser;
    ui::GuiCommandLine line;
    line.addTo(parser);
    QVERIFY(parser.parse({"sigent-lab-gui", "--robot", "point-reach", "--config", config,
                          "--lockstep", "--autopilot", "--no-connect", "--no-gamepad", "--learner",
                          address, "--learner-token", kToken, "--learner-poll-ms", "20"}));
    ui::GuiOptions o;
    QString error;
    QVERIFY2(line.read(parser, o, error), qPrintable(error));
    ui::GuiComposition root(o);
    new ui::Autopilot(root.controller(), &root);
    ui::MainWindow* w = root.window();
    // The window says where its learner is, and keeps no session of its own.
    const QString where = "Learner: remote at " + address;
    QVERIFY2(w->robotPanel()->robotStatusText().contains(where),
             qPrintable(w->robotPanel()->robotStatusText()));
    QVERIFY(w->log()->text().contains(where));
    QVERIFY(root.controllerSettings().sessionDir.isEmpty());
    root.show();
    QVERIFY(root.connectRobot("point-reach", {}));

    // The autopilot records the scripted demo and trains; the learner's per-step Q / H_sig /
    // gate reach the window's step view, its updates the status bar.
    QSignalSpy episodes(root.controller(), &TrainingController::episodeFinished);
    QTRY_VERIFY_WITH_TIMEOUT(episodes.size() >= 3, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(w->stepPlot()->pointCount() >= 5, 60000);
    const int shown = w->stepPlot()->pointCount() - 1;
    QVERIFY(std::isfinite(w->stepPlot()->valueAt(shown, 0)));
    QVERIFY(std::isfinite(w->stepPlot()->valueAt(shown, 1)));
    QTRY_VERIFY_WITH_TIMEOUT(w->statusFields()->statsReceived() > 0, 10000);
    QVERIFY2(w->robotPanel()->robotStatusText().contains(where),
             qPrintable(w->robotPanel()->robotStatusText()));

    // At the learner machine, a window on the session serve-learner writes: its Sessions tab
    // shows it read-only and follows the run, and so do its curves; connecting a robot to it is
    // refused in plain words naming serve-learner.
    {
      ui::GuiOptions watch;
      watch.robotId = "point-reach";
      watch.configFile = config;
      watch.sessionDir = dir.filePath("learner");
      watch.autoConnect = false;
      watch.gamepad = false;
      ui::GuiComposition watcher(watch);
      QSignalSpy loaded(watcher.window()->sessions(), &ui::SessionBrowser::episodesLoaded);
      watcher.show();
      QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 10000);
      // The session is in front, not behind the Log tab.
      QVERIFY(watcher.window()->sessions()->isVisible());
      const int seen = loaded.last().at(0).toInt();
      QVERIFY(seen >= 1);
      QTRY_VERIFY_WITH_TIMEOUT(loaded.last().at(0).toInt() > seen, 60000);
      // Its curves too, from the metrics serve-learner stores, redrawn as they grow.
      ui::PlotPanel* q = watcher.window()->plots()->panel("q");
      QTRY_VERIFY_WITH_TIMEOUT(q->pointCount(0) > 0, 60000);
      const int drawn = q->pointCount(0);
      QTRY_VERIFY_WITH_TIMEOUT(q->pointCount(0) > drawn, 60000);
      QVERIFY(watcher.window()->plots()->episodesSeen() >= 1);
      QVERIFY(watcher.connectRobot("point-reach", {}));
      QTRY_VERIFY_WITH_TIMEOUT(watcher.window()->log()->text().contains(
                                   "A session sigent-lab serve-learner writes can be watched"),
                               30000);
      QTRY_VERIFY_WITH_TIMEOUT(watcher.controller()->state() == ControllerState::Idle, 10000);
    }

    // The link lost: said in plain words in the status line, the log and the Robot panel;
    // training pauses and resumes by itself once serve-learner is back on the same session.
    server->kill();
    QTRY_VERIFY_WITH_TIMEOUT(w->statusLine().contains("Learner link lost"), 20000);
    QVERIFY(w->log()->text().contains("lost the link to the learner at " + address));
    QVERIFY2(w->robotPanel()->robotStatusText().contains("link down"),
             qPrintable(w->robotPanel()->robotStatusText()));
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->state() == ControllerState::Paused, 10000);
    server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.filePath("learner"), address));
    QTRY_VERIFY_WITH_TIMEOUT(w->log()->text().contains("The link to the learner is back"), 30000);
    QVERIFY(!w->robotPanel()->robotStatusText().contains("link down"));
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->state() != ControllerState::Paused, 10000);
    const int before = int(episodes.size());
    QTRY_VERIFY_WITH_TIMEOUT(episodes.size() > before, 60000);

    root.controller()->pause();
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->state() == ControllerState::Paused, 30000);
    root.controller()->disconnectRobot();
    QTRY_VERIFY_WITH_TIMEOUT(root.controller()->state() == ControllerState::Idle, 60000);
    QVERIFY(server->stop());

    // Every episode the window finished is in the learner's session. The state was read from
    // the controller, so the last episodeFinished may still be queued: wait for it.
    SessionDb db(dir.filePath("learner"));
    const int stored = db.value("SELECT COUNT(*) FROM episodes").toInt();
    QTRY_COMPARE_WITH_TIMEOUT(int(episodes.size()), stored, 10000);
    QCOMPARE(db.value("SELECT COUNT(*) FROM episodes WHERE kind = 'demo'").toInt(), 1);
    QVERIFY(db.value("SELECT COUNT(*) FROM episodes WHERE kind = 'train'").toInt() >= 3);
#endif
  }

  void learnerRestarted_keepsTheDemosThatTeach() {
    QTemporaryDir dir;
    auto server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.path()));
    const QString address = server->address();
    auto s = pointReach({});
    s.autoTrain = false;
    s.demosKept = 2;  // the Robot panel's "Demos that teach"
    Harness h(s, linkTo(address));
    QSignalSpy log(&h.c, &TrainingController::logMessage);
    h.connect();
    QVERIFY(h.recordDemoToSuccess(60000) > 0);
    QVERIFY(h.recordDemoToSuccess(60000) > 0);
    QCOMPARE(int(h.episodes.size()), 2);
    const int bothDemos = h.episodes.at(0).steps + h.episodes.at(1).steps;
    QVERIFY(h.episodes.at(0).steps > 0 && h.episodes.at(1).steps > 0);
    const auto expert = [&h] { return h.stats.last().at(0).value<LoopStats>().expertSize; };
    QTRY_VERIFY_WITH_TIMEOUT(!h.stats.isEmpty() && expert() == bothDemos, 20000);

    // The learner restarted mid-run on the same session: it rebuilds its expert buffer from its
    // store with both demos the robot side keeps, not only the newest.
    QVERIFY(server->stop());
    QTRY_VERIFY_WITH_TIMEOUT(logged(log, NoticeCode::LearnerLinkLost) ||
                                 anyText(h.errors, 1, "lost the link to the learner"),
                             20000);
    server = std::make_unique<ServerProcess>();
    QVERIFY(startLearner(*server, dir.path(), address));
    QTRY_VERIFY_WITH_TIMEOUT(anyText(log, 0, "the link to the learner at " + address + " is back"),
                             20000);
    const qsizetype reports = h.stats.size();
    QTRY_VERIFY_WITH_TIMEOUT(h.stats.size() >= reports + 2, 10000);  // the new learner's stats
    QCOMPARE(expert(), bothDemos);
    h.disconnect();
    QVERIFY(server->stop());
  }

  void wrongToken_refusedWithClearMessage() {
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY(startLearner(server, dir.path()));
    Harness h(pointReach({}), linkTo(server.address(), "not-the-token"));
    h.c.connectRobot();
    QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 30000);
    QVERIFY2(anyText(h.errors, 1, "the learner server refused the token"),
             qPrintable(errorsText(h)));
    // As a code, so the window says it in its own language (it was English in any window).
    QCOMPARE(int(refusal(h).code), int(NoticeCode::LearnerTokenRefused));
    QVERIFY(h.waitState(ControllerState::Idle));
  }

  // The learner's own reasons reach the robot side as codes too: here its session is held by a
  // window on the learner's machine (the store's SessionLocked, with the holder's pid).
  void sessionHeldOnTheLearnersMachine_refusedWithTheStoresCode() {
    QTemporaryDir dir;
    Harness holder(pointReach(dir.path()));
    holder.connect();
    ServerProcess server;
    QVERIFY(startLearner(server, dir.path()));
    Harness h(pointReach({}), linkTo(server.address()));
    h.c.connectRobot();
    QTRY_VERIFY_WITH_TIMEOUT(!h.errors.isEmpty(), 60000);
    const Notice why = refusal(h);
    QCOMPARE(int(why.code), int(NoticeCode::SessionFailed));
    const Notice inner = why.args.value(1).value<Notice>();
    QCOMPARE(int(inner.code), int(NoticeCode::SessionLocked));
    QVERIFY2(inner.english().contains(QString::number(QCoreApplication::applicationPid())),
             qPrintable(inner.english()));
    QVERIFY(h.waitState(ControllerState::Idle));
    QVERIFY(holder.c.state() != ControllerState::Idle);  // the holder keeps its session
    holder.disconnect();
    QVERIFY(server.stop());
  }
};

QTEST_MAIN(TestLearnerLink)
#include "test_learner_link.moc"
