// sigent-lab-gui: the operator's window. Composition root: parses the command line, installs
// the translation, registers the controller's value types for queued connections, builds the
// GuiComposition (controller + window + teleop, wired) and runs the event loop. The
// composition's options live in GuiCommandLine (tested); the window-only ones here.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

#include "autopilot.h"
#include "display_check.h"
#include "gui_command_line.h"
#include "gui_composition.h"
#include "language.h"
#include "main_window.h"
#include "shutdown_signals.h"
#include "training_controller.h"

int main(int argc, char** argv) {
  if (!lab::ui::displayOrExplain(argc, argv)) return 2;
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName("SigEntLab");
  QCoreApplication::setApplicationName("sigent-lab-gui");
  QCoreApplication::setApplicationVersion(LAB_VERSION);

  QCommandLineParser p;
  p.setApplicationDescription("SigEnt Lab: teach a robot from one demonstration.");
  p.addHelpOption();
  p.addVersionOption();
  lab::ui::GuiCommandLine composition;
  composition.addTo(p);
  QCommandLineOption language("language", "Language: en, zh_CN (default: settings or system).",
                              "code");
  QCommandLineOption settingsDir("settings-dir", "Keep the window's settings in this folder.",
                                 "dir");
  QCommandLineOption screenshot("screenshot",
                                "Save a screenshot of the window to this file and quit.", "png");
  QCommandLineOption after("after", "Seconds before the screenshot (default 60).", "seconds", "60");
  QCommandLineOption whenSolved(
      "screenshot-when-solved",
      "Take the screenshot once an evaluation succeeds in every episode (--after is then the "
      "time limit: screenshot anyway and exit with status 1).");
  QCommandLineOption duringReplay(
      "screenshot-during-replay",
      "Take the screenshot two seconds into the first demo replay (--after is then the time "
      "limit: screenshot anyway and exit with status 1).");
  for (const auto& o : {language, settingsDir, screenshot, after, whenSolved, duringReplay}) {
    p.addOption(o);
  }
  p.process(app);

  if (p.isSet(settingsDir)) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, p.value(settingsDir));
  }
  const QString lang = lab::ui::resolveLanguage(
      p.isSet(language) ? p.value(language) : QSettings().value("language").toString());
  QString langError;
  lab::ui::installTranslation(lang, langError);
  if (!langError.isEmpty()) std::fprintf(stderr, "sigent-lab-gui: %s\n", qPrintable(langError));
  lab::registerControllerMetaTypes();

  // They only shape --screenshot: without it they would be dropped in silence.
  for (const QCommandLineOption* needsShot : {&after, &whenSolved, &duringReplay}) {
    if (p.isSet(*needsShot) && !p.isSet(screenshot)) {
      std::fprintf(stderr, "sigent-lab-gui: --%s needs --screenshot FILE.png\n",
                   qPrintable(needsShot->names().first()));
      return 2;
    }
  }
  lab::ui::GuiOptions o;
  QString optionError;
  if (!composition.read(p, o, optionError)) {
    std::fprintf(stderr, "sigent-lab-gui: %s\n", qPrintable(optionError));
    return 2;
  }

  lab::ui::GuiComposition root(o);
  if (composition.autopilot(p)) new lab::ui::Autopilot(root.controller(), &root);
  // SIGINT/SIGTERM close the window like its close button: zero command, shutdown checkpoint,
  // session closed (the composition's destructor); a second signal exits at once.
  lab::app::ShutdownSignals shutdown([](int) { QCoreApplication::quit(); });
  root.show();

  if (p.isSet(screenshot)) {
    bool ok = false;
    const double seconds = p.value(after).toDouble(&ok);
    if (!ok || seconds < 0) {
      std::fprintf(stderr, "sigent-lab-gui: --after takes seconds, not '%s'\n",
                   qPrintable(p.value(after)));
      return 2;
    }
    const QString path = QFileInfo(p.value(screenshot)).absoluteFilePath();
    auto grab = [&root, path](bool asked) {
      QDir().mkpath(QFileInfo(path).absolutePath());
      const bool saved = root.window()->grab().save(path);
      std::fprintf(stderr, "sigent-lab-gui: screenshot %s %s\n",
                   saved ? "saved to" : "FAILED:", qPrintable(path));
      QCoreApplication::exit(saved && asked ? 0 : 1);
    };
    const bool onSolved = p.isSet(whenSolved), onReplay = p.isSet(duringReplay);
    QTimer::singleShot(int(seconds * 1000), &app,
                       [grab, onSolved, onReplay] { grab(!onSolved && !onReplay); });
    if (onReplay) {
      QObject::connect(root.controller(), &lab::TrainingController::stateChanged, &app,
                       [grab, &app](lab::ControllerState s) {
                         if (s != lab::ControllerState::ReplayingDemo) return;
                         QTimer::singleShot(2000, &app, [grab] { grab(true); });
                       });
    }
    if (onSolved) {
      QObject::connect(root.controller(), &lab::TrainingController::evaluationFinished, &app,
                       [grab, &app](const lab::EvaluationResult& r) {
                         if (r.episodes == 0 || r.successes < r.episodes) return;
                         // Long enough for the rate-limited plots to draw the last point.
                         QTimer::singleShot(3000, &app, [grab] { grab(true); });
                       });
    }
  }
  return app.exec();
}
