// Child process of test_crash_resume: trains the fake point robot unattended in a session
// folder until it is killed. Prints, one line each and flushed at once:
//   READY <state>                     connected (a fresh or a reopened session)
//   RESUMED <step> <fingerprint>      the learner came back from a checkpoint
//   EPISODE <id> <label>              an episode is durable in the database
//   LABEL <id> <label>                a label change is durable in the database
//   CHECKPOINT <step>                 a checkpoint file was written
//   EXPORT <n>                        export n is complete in <exportRoot>/<n> (manifest last)
//   EXPORT_FAILED <n>: <message>      export n failed (it runs while training writes)
//   UPDATES <n>                       learner update count (once a second)
//   ERROR <source>: <message>
// Usage: crash_resume_child <sessionDir> [seconds] [--chaos-crash-after N] [--image]
//                           [--export-to DIR]
//   seconds: stop cleanly after that long
//   --chaos-crash-after N: drive the chaos robot plugin (hardware/chaos) instead of the fake,
//   whose write() aborts the whole process after N writes (a plugin that crashes)
//   --image: learn from the camera image instead of the state
//   --export-to DIR: export the session (HDF5, CSV, manifest) over and over while it trains,
//   each into its own folder DIR/<n>, as the window's Export does on a worker thread
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimer>
#include <atomic>
#include <cstdio>
#include <thread>

#include "chaos_control.h"
#include "controller_test_support.h"
#include "session_exporter.h"

using namespace lab;

namespace {
void out(const QString& line) {
  std::fputs(qPrintable(line + '\n'), stdout);
  std::fflush(stdout);
}
}  // namespace

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  QStringList args = app.arguments();
  int crashAfter = -1;
  if (const int i = args.indexOf("--chaos-crash-after"); i > 0 && i + 1 < args.size()) {
    crashAfter = args.at(i + 1).toInt();
    args.remove(i, 2);
  }
  const bool image = args.removeAll("--image") > 0;
  QString exportRoot;
  if (const int i = args.indexOf("--export-to"); i > 0 && i + 1 < args.size()) {
    exportRoot = args.at(i + 1);
    args.remove(i, 2);
  }
  if (args.size() < 2) {
    std::fputs(
        "usage: crash_resume_child <sessionDir> [seconds] [--chaos-crash-after N] "
        "[--image] [--export-to DIR]\n",
        stderr);
    return 2;
  }
  labtest::registerFakeRobot();
  auto s = labtest::fakeSettings({{"rate_hz", 200}, {"max_steps", 20}}, args.at(1));
  labtest::FakeProbe::get().configureFrom(s.robotSettings);
  if (image) {  // the camera: the fake draws the point and the goal into a 64x64 image
    s.sac.obsMode = ObsMode::Image;
    s.sac.encoderChannels = 8;
  }
  if (crashAfter >= 0) {
    s.robotId = "chaos";
    s.pluginDir = labtest::chaosPluginDir();
    s.robotSettings = QJsonObject{{"rate_hz", 200},
                                  {"max_steps", 20},
                                  {"fault", "crash"},
                                  {"fault_after_writes", crashAfter}};
  }
  s.autoTrain = true;
  s.useSuccessDetector = true;
  s.checkpointEverySteps = 40;
  s.publishPolicyEvery = 10;

  TrainingController c(labtest::robots());
  c.setSettings(s);
  int stored = 0;
  QObject::connect(&c, &TrainingController::episodeStored, [&](qint64 id, const QString& label) {
    out(QString("EPISODE %1 %2").arg(id).arg(label.isEmpty() ? "-" : label));
    // Every third stored training episode gets relabelled: labels are under test too.
    if (++stored % 3 == 0 && label != "success") c.relabelEpisode(id, true);
  });
  QObject::connect(&c, &TrainingController::labelStored, [&](qint64 id, const QString& label) {
    out(QString("LABEL %1 %2").arg(id).arg(label.isEmpty() ? "-" : label));
  });
  QObject::connect(&c, &TrainingController::logMessage, [&](const Notice& n) {
    const QString m = n.english();
    static const QRegularExpression resumed("at update (\\d+) \\(weights fingerprint (\\S+)\\)");
    static const QRegularExpression ckpt("checkpoint at update (\\d+)");
    auto r = resumed.match(m);
    if (r.hasMatch()) out(QString("RESUMED %1 %2").arg(r.captured(1), r.captured(2)));
    auto k = ckpt.match(m);
    if (k.hasMatch()) out(QString("CHECKPOINT %1").arg(k.captured(1)));
  });
  QObject::connect(&c, &TrainingController::loopStats,
                   [&](const LoopStats& st) { out(QString("UPDATES %1").arg(st.updates)); });
  QObject::connect(&c, &TrainingController::errorOccurred,
                   [&](const QString& src, const Notice& m) {
                     out(QString("ERROR %1: %2").arg(src, m.english()));
                   });
  QObject::connect(&c, &TrainingController::stateChanged, [&](ControllerState st) {
    if (st == ControllerState::Connected || (st == ControllerState::Ready && stored == 0)) {
      out("READY " + toString(st));
      if (st == ControllerState::Connected)
        c.startRecording();
      else
        c.startTraining();
    } else if (st == ControllerState::Ready) {
      c.startTraining();  // after the demo
    }
  });
  // Exports, one at a time on their own thread, numbered on from what earlier runs left.
  std::atomic<bool> exporting{false};
  std::thread exporter;
  int exportNumber = exportRoot.isEmpty()
                         ? 0
                         : QDir(exportRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size();
  QTimer exportTimer;
  QObject::connect(&exportTimer, &QTimer::timeout, [&] {
    if (exporting.load() || c.state() == ControllerState::Idle) return;
    if (exporter.joinable()) exporter.join();
    exporting = true;
    const int n = ++exportNumber;
    const QString session = args.at(1);
    const QString to = QDir(exportRoot).filePath(QString::number(n));
    exporter = std::thread([&exporting, n, session, to] {
      try {
        SessionExporter::Options o;
        o.outputDir = to;
        SessionExporter(session).run(o);
        out(QString("EXPORT %1").arg(n));
      } catch (const std::exception& e) {
        out(QString("EXPORT_FAILED %1: %2").arg(n).arg(e.what()));
      }
      exporting = false;
    });
  });
  if (!exportRoot.isEmpty()) exportTimer.start(700);
  c.connectRobot();
  if (args.size() > 2) {
    QTimer::singleShot(static_cast<int>(args.at(2).toDouble() * 1000), &app, [&] {
      c.pause();
      QTimer::singleShot(300, &app, [&] {
        c.disconnectRobot();
        QTimer::singleShot(100, &app, [&] { app.quit(); });
      });
    });
  }
  const int code = app.exec();
  exportTimer.stop();
  if (exporter.joinable()) exporter.join();
  return code;
}
