#include "config_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

#include "config_key_text.h"
#include "operator_text.h"

namespace lab::ui {

ConfigEditor::ConfigEditor(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);

  auto* presetRow = new QHBoxLayout;
  presetRow->addWidget(new QLabel(tr("Preset"), this));
  m_preset = new QComboBox(this);
  m_preset->setObjectName("configPreset");
  m_preset->addItems(lab::SacConfig::presetNames());
  m_preset->setToolTip(tr("SigEnt-SAC and the baselines are presets of the same learner"));
  presetRow->addWidget(m_preset, 1);
  auto* presetButton = new QPushButton(tr("Load preset"), this);
  presetButton->setObjectName("loadPreset");
  presetRow->addWidget(presetButton);
  layout->addLayout(presetRow);

  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName("configTabs");
  auto* scroll = new QScrollArea(m_tabs);
  scroll->setWidgetResizable(true);
  m_formPage = new QWidget(scroll);
  scroll->setWidget(m_formPage);
  m_tabs->addTab(scroll, tr("Form"));
  m_json = new QPlainTextEdit(m_tabs);
  m_json->setObjectName("configJson");
  m_tabs->addTab(m_json, tr("JSON"));
  layout->addWidget(m_tabs, 1);

  m_error = new QLabel(this);
  m_error->setObjectName("configError");
  m_error->setWordWrap(true);
  m_error->setStyleSheet("color: #b00000;");
  m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(m_error);
  m_lock = new QLabel(this);
  m_lock->setObjectName("configLock");
  m_lock->setWordWrap(true);
  m_lock->setVisible(false);
  layout->addWidget(m_lock);

  m_buttons = new QWidget(this);
  auto* buttons = new QHBoxLayout(m_buttons);
  buttons->setContentsMargins(0, 0, 0, 0);
  auto* apply = new QPushButton(tr("Apply"), m_buttons);
  apply->setObjectName("applyConfig");
  apply->setToolTip(tr("Validate and use this configuration for the next connection"));
  auto* revert = new QPushButton(tr("Revert"), m_buttons);
  revert->setObjectName("revertConfig");
  auto* load = new QPushButton(tr("Load file..."), m_buttons);
  load->setObjectName("loadConfig");
  auto* save = new QPushButton(tr("Save file..."), m_buttons);
  save->setObjectName("saveConfig");
  for (auto* b : {apply, revert, load, save}) buttons->addWidget(b);
  layout->addWidget(m_buttons);

  connect(apply, &QPushButton::clicked, this, &ConfigEditor::apply);
  connect(revert, &QPushButton::clicked, this, [this] { setConfig(m_config); });
  connect(load, &QPushButton::clicked, this, &ConfigEditor::loadFile);
  connect(save, &QPushButton::clicked, this, &ConfigEditor::saveFile);
  connect(presetButton, &QPushButton::clicked, this, &ConfigEditor::applyPreset);
  // Switching tabs carries the edits across, so neither view goes stale.
  connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
    if (index == 1) {
      m_json->setPlainText(QString::fromUtf8(QJsonDocument(formJson()).toJson()));
    } else {
      QJsonObject obj;
      if (parseJsonTab(obj)) fillForm(obj);
    }
  });

  buildForm(m_config.toJson());
  setConfig(m_config);
}

void ConfigEditor::buildForm(const QJsonObject& json) {
  auto* form = new QFormLayout(m_formPage);
  form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  // The paper's terms together under headings, not 55 keys in alphabetical order.
  QStringList keys = json.keys();
  std::stable_sort(keys.begin(), keys.end(), [](const QString& a, const QString& b) {
    return ConfigKeyText::order(a) < ConfigKeyText::order(b);
  });
  int shownGroup = -1;
  for (const QString& key : keys) {
    const QJsonValue value = json.value(key);
    m_types.insert(key, value.type());
    const int group = ConfigKeyText::group(key);
    if (group != shownGroup) {
      auto* heading = new QLabel(ConfigKeyText::groupTitle(group), m_formPage);
      heading->setObjectName(QStringLiteral("configGroup%1").arg(group));
      QFont bold = heading->font();
      bold.setBold(true);
      heading->setFont(bold);
      form->addRow(heading);
      shownGroup = group;
    }
    const QString symbol = ConfigKeyText::symbol(key);
    auto* label = new QLabel(symbol.isEmpty() ? key : QStringLiteral("%1  (%2)").arg(key, symbol),
                             m_formPage);
    label->setProperty("labData", true);  // config keys are identifiers, as in the JSON file
    QWidget* field = nullptr;
    if (value.isBool()) {
      auto* box = new QCheckBox(m_formPage);
      m_checks.insert(key, box);
      field = box;
    } else {
      auto* edit = new QLineEdit(m_formPage);
      m_fields.insert(key, edit);
      field = edit;
    }
    field->setObjectName(key);
    const QString what = ConfigKeyText::description(key);
    label->setToolTip(what);
    field->setToolTip(what);
    form->addRow(label, field);
  }
}

void ConfigEditor::fillForm(const QJsonObject& json) {
  for (auto it = json.begin(); it != json.end(); ++it) {
    if (auto* box = m_checks.value(it.key())) {
      box->setChecked(it.value().toBool());
    } else if (auto* edit = m_fields.value(it.key())) {
      const QJsonValue v = it.value();
      edit->setText(v.isDouble() ? QString::number(v.toDouble(), 'g', 10)
                                 : v.toVariant().toString());
    }
  }
}

void ConfigEditor::setConfig(const lab::SacConfig& config) {
  m_config = config;
  const QJsonObject json = config.toJson();
  fillForm(json);
  m_json->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
  const int preset = m_preset->findText(config.preset);
  if (preset >= 0) m_preset->setCurrentIndex(preset);
  setError({});
}

QJsonObject ConfigEditor::formJson() const {
  QJsonObject out;
  for (auto it = m_checks.begin(); it != m_checks.end(); ++it)
    out.insert(it.key(), it.value()->isChecked());
  for (auto it = m_fields.begin(); it != m_fields.end(); ++it) {
    const QString text = it.value()->text().trimmed();
    // Text that parses as a number is sent as a number (target_entropy takes "auto" or a
    // number); anything else goes as text, so fromJson names the key ("must be a number")
    // instead of this editor guessing.
    bool ok = false;
    const double x = text.toDouble(&ok);
    if (ok)
      out.insert(it.key(), x);
    else
      out.insert(it.key(), text);
  }
  return out;
}

QLineEdit* ConfigEditor::field(const QString& key) const { return m_fields.value(key, nullptr); }
QCheckBox* ConfigEditor::checkBox(const QString& key) const { return m_checks.value(key, nullptr); }
void ConfigEditor::showJsonTab(bool json) { m_tabs->setCurrentIndex(json ? 1 : 0); }
void ConfigEditor::setJsonText(const QString& text) { m_json->setPlainText(text); }
QString ConfigEditor::errorText() const { return m_error->text(); }

void ConfigEditor::setError(const QString& text) { m_error->setText(OperatorText::line(text)); }

bool ConfigEditor::parseJsonTab(QJsonObject& out) {
  QJsonParseError pe;
  const QJsonDocument doc = QJsonDocument::fromJson(m_json->toPlainText().toUtf8(), &pe);
  if (pe.error != QJsonParseError::NoError) {
    setError(
        tr("The JSON text is not valid at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    return false;
  }
  if (!doc.isObject()) {
    setError(tr("The JSON text must be one object: { \"key\": value, ... }"));
    return false;
  }
  out = doc.object();
  return true;
}

bool ConfigEditor::apply() {
  QJsonObject json;
  if (m_tabs->currentIndex() == 1) {
    if (!parseJsonTab(json)) return false;
  } else {
    json = formJson();
  }
  try {
    lab::SacConfig c = lab::SacConfig::fromJson(json);
    c.validate();
    setConfig(c);
    Q_EMIT configApplied(c);
    return true;
  } catch (const lab::ConfigError& e) {
    // The learner's own notice: it names the key and the allowed values.
    setError(OperatorText::notice(e.notice()));
    return false;
  }
}

void ConfigEditor::applyPreset() {
  lab::SacConfig c = m_config;
  try {
    c.applyPreset(m_preset->currentText());
  } catch (const lab::ConfigError& e) {
    setError(OperatorText::notice(e.notice()));
    return;
  }
  // Shown, not applied: the operator reviews and presses Apply.
  const QJsonObject json = c.toJson();
  fillForm(json);
  m_json->setPlainText(QString::fromUtf8(QJsonDocument(json).toJson()));
  setError({});
}

void ConfigEditor::loadFile() {
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Load configuration"), {}, tr("JSON files (*.json)"));
  if (path.isEmpty()) return;
  try {
    const lab::SacConfig c = lab::SacConfig::fromFile(path);
    setConfig(c);
    Q_EMIT configApplied(c);
  } catch (const lab::ConfigError& e) {
    setError(OperatorText::notice(e.notice()));
  }
}

void ConfigEditor::saveFile() {
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save configuration"), {}, tr("JSON files (*.json)"));
  if (path.isEmpty()) return;
  try {
    m_config.saveFile(path);
  } catch (const lab::ConfigError& e) {
    setError(OperatorText::notice(e.notice()));
  }
}

void ConfigEditor::setEditable(bool editable, const QString& reason) {
  m_formPage->setEnabled(editable);
  m_json->setReadOnly(!editable);
  m_buttons->setEnabled(editable);
  m_preset->setEnabled(editable);
  m_lock->setText(reason);
  m_lock->setVisible(!editable && !reason.isEmpty());
}

}  // namespace lab::ui
