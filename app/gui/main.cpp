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
#include "gui_command_line.h"
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
  lab::ui::GuiCommandLine composition;
  composition.addTo(p);
  QCommandLineOption language("language", "Language: en, zh_CN (default: settings or system).", "code");
  QCommandLineOption settingsDir("settings-dir", "Keep the window's settings in this folder.", "dir");
  QCommandLineOption screenshot("screenshot", "Save a screenshot of the window to this file and quit.", "png");
  QCommandLineOption after("after", "Seconds before the screenshot (default 60).", "seconds", "60");
  for (const auto& o : {language, settingsDir, screenshot, after}) p.addOption(o);
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
  QString optionError;
  if (!composition.read(p, o, optionError)) {
    std::fprintf(stderr, "sigent-lab-gui: %s\n", qPrintable(optionError));
    return 2;
  }

  lab::ui::GuiComposition root(o);
  if (composition.autopilot(p)) new lab::ui::Autopilot(root.controller(), &root);
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
