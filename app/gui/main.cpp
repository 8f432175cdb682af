// sigent-lab-gui: the operator's window. Composition root: parses the command line, installs
// the translation, registers the controller's value types for queued connections, builds the
// GuiComposition (controller + window + teleop, wired) and runs the event loop.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>
#include <QTranslator>
#include <cstdio>

#include "autopilot.h"
#include "gui_composition.h"
#include "language.h"
#include "main_window.h"
#include "training_controller.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QCoreApplication::setOrganizationName("SigEntLab");
  QCoreApplication::setApplicationName("sigent-lab-gui");
  QCoreApplication::setApplicationVersion(LAB_VERSION);

  QCommandLineParser p;
  p.setApplicationDescription("SigEnt Lab: teach a robot from one demonstration.");
  p.addHelpOption();
  p.addVersionOption();
  QCommandLineOption robot("robot", "Robot plugin id (default: last used, else push-cube).", "id");
  QCommandLineOption session("session-dir", "Session folder (default: one per robot).", "dir");
  QCommandLineOption plugins("plugin-dir", "Robot plugin folder.", "dir");
  QCommandLineOption config("config", "SigEnt-SAC config JSON file.", "file");
  QCommandLineOption obs("obs", "Observation mode: state, image or both.", "mode");
  QCommandLineOption noConnect("no-connect", "Do not connect to the robot on start.");
  QCommandLineOption scripted("scripted-demo", "The robot's scripted expert drives the demo.");
  QCommandLineOption autoTrain("auto-train", "Start each training episode without the operator.");
  QCommandLineOption autopilot("autopilot",
                               "Record a scripted demo and train unattended (implies "
                               "--scripted-demo --auto-train).");
  QCommandLineOption language("language", "Language: en, zh_CN (default: settings or system).", "code");
  QCommandLineOption settingsDir("settings-dir", "Keep the window's settings in this folder.", "dir");
  QCommandLineOption screenshot("screenshot", "Save a screenshot of the window to this file and quit.", "png");
  QCommandLineOption after("after", "Seconds before the screenshot (default 60).", "seconds", "60");
  QCommandLineOption noGamepad("no-gamepad", "Do not open game controllers.");
  for (const auto& o : {robot, session, plugins, config, obs, noConnect, scripted, autoTrain,
                        autopilot, language, settingsDir, screenshot, after, noGamepad}) {
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

  lab::ui::GuiOptions o;
  o.robotId = p.value(robot);
  o.sessionDir = p.value(session);
  o.pluginDir = p.value(plugins);
  o.configFile = p.value(config);
  if (p.isSet(obs)) {
    const QString m = p.value(obs);
    if (m == "state") o.obsMode = lab::ObsMode::State;
    else if (m == "image") o.obsMode = lab::ObsMode::Image;
    else if (m == "both") o.obsMode = lab::ObsMode::Both;
    else {
      std::fprintf(stderr, "sigent-lab-gui: --obs must be state, image or both, not '%s'\n",
                   qPrintable(m));
      return 2;
    }
  }
  o.autoConnect = !p.isSet(noConnect);
  o.scriptedDemo = p.isSet(scripted) || p.isSet(autopilot);
  o.autoTrain = p.isSet(autoTrain) || p.isSet(autopilot);
  o.gamepad = !p.isSet(noGamepad);

  lab::ui::GuiComposition root(o);
  if (p.isSet(autopilot)) new lab::ui::Autopilot(root.controller(), &root);
  root.show();

  if (p.isSet(screenshot)) {
    bool ok = false;
    const double seconds = p.value(after).toDouble(&ok);
    if (!ok || seconds < 0) {
      std::fprintf(stderr, "sigent-lab-gui: --after takes seconds, not '%s'\n", qPrintable(p.value(after)));
      return 2;
    }
    const QString path = QFileInfo(p.value(screenshot)).absoluteFilePath();
    QTimer::singleShot(int(seconds * 1000), &app, [&root, path] {
      QDir().mkpath(QFileInfo(path).absolutePath());
      const bool saved = root.window()->grab().save(path);
      std::fprintf(stderr, "sigent-lab-gui: screenshot %s %s\n", saved ? "saved to" : "FAILED:",
                   qPrintable(path));
      QCoreApplication::exit(saved ? 0 : 1);
    });
  }
  return app.exec();
}
