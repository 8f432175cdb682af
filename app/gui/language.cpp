#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lab::ui {

QString resolveLanguage(const QString& setting) {
  if (!setting.isEmpty()) return setting;
  return QLocale::system().name().startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN")
                                                                  : QStringLiteral("en");
}

QTranslator* installTranslation(const QString& language, QString& error) {
  if (language.isEmpty() || language == QLatin1String("en")) return nullptr;
  auto* app = new QTranslator(QCoreApplication::instance());
  if (!app->load(QStringLiteral(":/i18n/sigent_lab_%1.qm").arg(language))) {
    error =
        QCoreApplication::translate("Language", "no translation for language '%1'").arg(language);
    delete app;
    return nullptr;
  }
  QCoreApplication::installTranslator(app);
  // Qt's own strings (standard dialogs, context menus), when the system has them.
  auto* qt = new QTranslator(QCoreApplication::instance());
  if (qt->load(QStringLiteral("qtbase_%1").arg(language),
               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
  } else {
    delete qt;
  }
  return app;
}

}  // namespace lab::ui
