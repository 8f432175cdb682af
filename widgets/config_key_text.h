#pragma once
// What each SacConfig key means, for the Configuration tab: the group it is shown in, the
// paper's symbol where it has one (docs/SIGENT_SAC.md), and a sentence for its tooltip, all
// translated with tr(). The keys themselves stay as in the JSON file. A key this table does not
// know (one added to SacConfig later) goes to the last group with no sentence, and
// test_widgets' configEditor_everyKey_saysWhatItIs fails until it has one.
// Thread: GUI thread (uses the installed QTranslator).
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lab::ui {

class ConfigKeyText {
  Q_DECLARE_TR_FUNCTIONS(ConfigKeyText)

 public:
  static int groupCount();
  static QString groupTitle(int group);            // translated
  static int group(const QString& key);            // groupCount() - 1 for an unknown key
  static int order(const QString& key);            // its place in the table; unknown keys last
  static QString symbol(const QString& key);       // "λ", "ε", ... or ""
  static QString description(const QString& key);  // translated; "" for an unknown key
};

}  // namespace lab::ui
