#pragma once
// The window's language: "en" (the source strings), "zh_CN", or "" for the system locale.
// The translations are compiled into the executable (qt_add_translations, resource prefix
// /i18n). Thread: GUI thread, before the window is built.
#include <QString>

class QTranslator;

namespace lab::ui {

// "zh_CN" when `setting` is empty and the system locale is Chinese; otherwise `setting` or "en".
QString resolveLanguage(const QString& setting);
// Installs the app's (and Qt's own, when found) translation for `language` on qApp and returns
// the app translator (owned by qApp), or null for English / when no translation exists.
QTranslator* installTranslation(const QString& language, QString& error);

}  // namespace lab::ui
