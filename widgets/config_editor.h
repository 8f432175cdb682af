#pragma once
// ConfigEditor: the SigEnt-SAC hyperparameters as a form (one field per key of
// SacConfig::toJson(), named after the key) and as raw JSON. Apply validates with
// SacConfig::fromJson, the same code that reads config files, and shows its ConfigError
// message word for word ("config key 'gamma' = 1.5 is out of range [0, 1]"); nothing is
// applied until the whole config is valid.
// Thread: GUI thread.
#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include "sac_config.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace lab::ui {

class ConfigEditor : public QWidget {
  Q_OBJECT
 public:
  explicit ConfigEditor(QWidget* parent = nullptr);

  void setConfig(const lab::SacConfig& config);       // fills the form and the JSON text
  lab::SacConfig config() const { return m_config; }  // the last valid (applied) config

  // Validates what is shown (form or JSON tab, whichever is current). True: config() is the
  // new value and configApplied() was emitted. False: errorText() holds the reason.
  bool apply();
  QString errorText() const;
  QSize sizeHint() const override { return {500, 150}; }
  QJsonObject formJson() const;  // the form's values (numbers parsed, text kept as text)
  QLineEdit* field(const QString& key) const;  // null for booleans / unknown keys
  QCheckBox* checkBox(const QString& key) const;
  void showJsonTab(bool json);
  void setJsonText(const QString& text);
  // The controller takes a new config only without a robot; the window locks the editor.
  void setEditable(bool editable, const QString& reason = {});

 Q_SIGNALS:
  void configApplied(const lab::SacConfig& config);

 private:
  void buildForm(const QJsonObject& json);
  void fillForm(const QJsonObject& json);
  bool parseJsonTab(QJsonObject& out);
  void setError(const QString& text);
  void applyPreset();
  void loadFile();
  void saveFile();

  lab::SacConfig m_config;
  QTabWidget* m_tabs;
  QWidget* m_formPage;
  QMap<QString, QLineEdit*> m_fields;
  QMap<QString, QCheckBox*> m_checks;
  QMap<QString, QJsonValue::Type> m_types;
  QPlainTextEdit* m_json;
  QComboBox* m_preset;
  QLabel* m_error;
  QLabel* m_lock;
  QWidget* m_buttons;
};

}  // namespace lab::ui
