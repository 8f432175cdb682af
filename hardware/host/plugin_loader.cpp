#include "host/plugin_loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLibrary>
#include <QPluginLoader>
#include <exception>

#include "host/host_log.h"
#include "host/plugin_compat.h"

namespace lab::hw {

namespace {
const QString kStaticPath = QStringLiteral(":static");

// The plugin contract's versions: the IID and the metadata's versions against this host's
// (host/plugin_compat.h). An older plugin's metadata may lack the version keys, so the ABI in
// its IID is checked first and named in the message.
bool checkContract(const QJsonObject& meta, const QString& where, SkipReason& reason,
                   QString& message) {
  const QString iid = meta.value(QStringLiteral("IID")).toString();
  const int iidAbi = abiOfIid(iid);
  const ContractVersion host = hostContract();
  if (iidAbi < 0) {
    reason = SkipReason::WrongInterface;
    message = QStringLiteral("'%1': wrong interface id '%2' (this host expects '%3')")
                  .arg(where, iid, QStringLiteral(LAB_ROBOT_IID));
    return false;
  }
  if (iidAbi != host.abi) {
    reason = SkipReason::WrongAbiVersion;
    message = QStringLiteral(
                  "'%1': built for robot plugin ABI %2 (interface id '%3'), this host "
                  "has ABI %4: rebuild the plugin against this SigEnt Lab's plugin SDK")
                  .arg(where)
                  .arg(iidAbi)
                  .arg(iid)
                  .arg(host.abi);
    return false;
  }
  ContractVersion plugin;
  QString problem;
  if (!readContract(meta.value(QStringLiteral("MetaData")).toObject(), plugin, problem)) {
    reason = SkipReason::BadMetadata;
    message = QStringLiteral(
                  "'%1': %2 (build it with the SDK's sigentlab_add_robot_plugin, "
                  "docs/PLUGINS.md)")
                  .arg(where, problem);
    return false;
  }
  if (plugin.abi != iidAbi) {
    reason = SkipReason::BadMetadata;
    message = QStringLiteral("'%1': metadata says ABI %2 but the interface id '%3' says ABI %4")
                  .arg(where)
                  .arg(plugin.abi)
                  .arg(iid)
                  .arg(iidAbi);
    return false;
  }
  const QString incompatible = incompatibility(plugin, host);
  if (incompatible.isEmpty()) return true;
  const bool api = plugin.apiMajor != host.apiMajor || plugin.apiMinor > host.apiMinor;
  reason = api ? SkipReason::WrongApiVersion : SkipReason::WrongQtVersion;
  message = QStringLiteral("'%1': %2").arg(where, incompatible);
  return false;
}
}  // namespace

struct PluginLoader::Entry {
  RobotPluginInfo info;
  IRobotFactory* factory = nullptr;  // owned by the QPluginLoader instance or `owned`
  std::shared_ptr<IRobotFactory> owned;
};

const char* toString(SkipReason reason) {
  switch (reason) {
    case SkipReason::MissingFile:
      return "missing file";
    case SkipReason::NotAPlugin:
      return "not a plugin";
    case SkipReason::WrongInterface:
      return "wrong interface id";
    case SkipReason::WrongAbiVersion:
      return "wrong abi version";
    case SkipReason::WrongApiVersion:
      return "wrong api version";
    case SkipReason::WrongQtVersion:
      return "wrong qt version";
    case SkipReason::BadMetadata:
      return "bad metadata";
    case SkipReason::InstanceFailed:
      return "instance failed";
    case SkipReason::DuplicateId:
      return "duplicate id";
  }
  return "?";
}

PluginLoader::PluginLoader() = default;

// Libraries stay loaded on purpose (QPluginLoader's destructor does not unload): robots created
// from them may still be running code from those libraries.
PluginLoader::~PluginLoader() = default;

QString PluginLoader::defaultPluginDir() {
  const QString env = qEnvironmentVariable("LAB_PLUGIN_PATH");
  if (!env.isEmpty()) return env;
  return QCoreApplication::applicationDirPath() + QStringLiteral("/plugins");
}

void PluginLoader::skip(const QString& filePath, SkipReason reason, const QString& message) {
  qCWarning(lcHwHost).noquote() << "skipped robot plugin" << message;
  m_skipped.push_back({filePath, reason, message});
}

int PluginLoader::scan(const QString& dirIn) {
  const QString dirPath = dirIn.isEmpty() ? defaultPluginDir() : dirIn;
  QDir dir(dirPath);
  if (!dir.exists()) {
    skip(dirPath, SkipReason::MissingFile,
         QStringLiteral("'%1': plugin folder does not exist").arg(dirPath));
    return 0;
  }
  qCInfo(lcHwHost).noquote() << "scanning for robot plugins in" << dir.absolutePath();
  int added = 0;
  // System entries too, so a dangling symlink shows up as "missing file" instead of vanishing.
  const auto entries = dir.entryInfoList(QDir::Files | QDir::System, QDir::Name);
  for (const QFileInfo& fi : entries) {
    if (!QLibrary::isLibrary(fi.fileName())) continue;
    if (loadFile(fi.absoluteFilePath())) ++added;
  }
  return added;
}

bool PluginLoader::checkMetaData(const QJsonObject& meta, const QString& where,
                                 RobotPluginInfo& out, SkipReason& reason, QString& message) {
  if (!checkContract(meta, where, reason, message)) return false;
  const QJsonObject md = meta.value(QStringLiteral("MetaData")).toObject();
  QStringList missing;
  for (const char* key : {"id", "name", "description", "version"}) {
    const QJsonValue v = md.value(QLatin1String(key));
    if (!v.isString() || (QLatin1String(key) == QLatin1String("id") && v.toString().isEmpty())) {
      missing << QLatin1String(key);
    }
  }
  if (!missing.isEmpty()) {
    reason = SkipReason::BadMetadata;
    message = QStringLiteral("'%1': metadata lacks required string key(s): %2")
                  .arg(where, missing.join(QStringLiteral(", ")));
    return false;
  }
  out.id = md.value(QStringLiteral("id")).toString();
  out.name = md.value(QStringLiteral("name")).toString();
  out.description = md.value(QStringLiteral("description")).toString();
  out.version = md.value(QStringLiteral("version")).toString();
  return true;
}

bool PluginLoader::loadFile(const QString& filePath) {
  const QFileInfo fi(filePath);
  if (!fi.exists()) {  // also false for a dangling symlink
    skip(filePath, SkipReason::MissingFile,
         QStringLiteral("'%1': file does not exist").arg(filePath));
    return false;
  }
  auto lib = std::make_unique<QPluginLoader>(fi.absoluteFilePath());
  // metaData() only reads the file's .qtmetadata section: nothing from the plugin runs yet.
  const QJsonObject meta = lib->metaData();
  if (meta.isEmpty()) {
    skip(filePath, SkipReason::NotAPlugin,
         QStringLiteral("'%1': not a Qt plugin (%2)").arg(filePath, lib->errorString()));
    return false;
  }
  RobotPluginInfo info;
  SkipReason reason{};
  QString message;
  if (!checkMetaData(meta, filePath, info, reason, message)) {
    skip(filePath, reason, message);
    return false;
  }
  if (contains(info.id)) {
    skip(filePath, SkipReason::DuplicateId,
         QStringLiteral("'%1': a robot with id '%2' is already loaded").arg(filePath, info.id));
    return false;
  }
  QObject* object = lib->instance();
  if (!object) {
    skip(filePath, SkipReason::InstanceFailed,
         QStringLiteral("'%1': instance() failed: %2").arg(filePath, lib->errorString()));
    return false;
  }
  auto* factory = qobject_cast<IRobotFactory*>(object);
  if (!factory) {
    skip(filePath, SkipReason::InstanceFailed,
         QStringLiteral("'%1': instance() failed: class %2 does not implement IRobotFactory")
             .arg(filePath, QString::fromLatin1(object->metaObject()->className())));
    return false;
  }
  info.filePath = fi.absoluteFilePath();
  m_libraries.push_back(std::move(lib));
  return addEntry(std::move(info), factory, nullptr);
}

bool PluginLoader::registerFactory(RobotPluginInfo meta, std::shared_ptr<IRobotFactory> factory) {
  if (meta.id.isEmpty() || !factory) {
    skip(kStaticPath, SkipReason::BadMetadata,
         QStringLiteral("static robot '%1': empty id or null factory").arg(meta.name));
    return false;
  }
  if (contains(meta.id)) {
    skip(kStaticPath, SkipReason::DuplicateId,
         QStringLiteral("static robot: a robot with id '%1' is already loaded").arg(meta.id));
    return false;
  }
  meta.filePath = kStaticPath;
  meta.isStatic = true;
  IRobotFactory* raw = factory.get();
  return addEntry(std::move(meta), raw, std::move(factory));
}

int PluginLoader::registerStaticPlugins() {
  int added = 0;
  const auto plugins = QPluginLoader::staticPlugins();
  for (const QStaticPlugin& sp : plugins) {
    RobotPluginInfo info;
    SkipReason reason{};
    QString message;
    const QJsonObject meta = sp.metaData();
    const QString where =
        QStringLiteral("static plugin %1").arg(meta.value(QStringLiteral("className")).toString());
    // Other kinds of static plugins (e.g. Qt's own) are not ours: ignore them silently.
    if (abiOfIid(meta.value(QStringLiteral("IID")).toString()) < 0) continue;
    if (!checkMetaData(meta, where, info, reason, message)) {
      skip(kStaticPath, reason, message);
      continue;
    }
    if (contains(info.id)) continue;  // already registered explicitly
    auto* factory = qobject_cast<IRobotFactory*>(sp.instance());
    if (!factory) {
      skip(kStaticPath, SkipReason::InstanceFailed,
           QStringLiteral("%1: instance() is not an IRobotFactory").arg(where));
      continue;
    }
    info.filePath = kStaticPath;
    info.isStatic = true;
    if (addEntry(std::move(info), factory, nullptr)) ++added;
  }
  return added;
}

bool PluginLoader::addEntry(RobotPluginInfo info, IRobotFactory* factory,
                            std::shared_ptr<IRobotFactory> owned) {
  qCInfo(lcHwHost).noquote() << "robot plugin" << info.id << info.version << "from"
                             << info.filePath;
  auto e = std::make_unique<Entry>();
  e->info = info;
  e->factory = factory;
  e->owned = std::move(owned);
  m_entries.push_back(std::move(e));
  m_available.push_back(std::move(info));
  return true;
}

QStringList PluginLoader::availableIds() const {
  QStringList ids;
  for (const auto& a : m_available) ids << a.id;
  return ids;
}

bool PluginLoader::contains(const QString& id) const {
  for (const auto& a : m_available) {
    if (a.id == id) return true;
  }
  return false;
}

Expected<std::unique_ptr<RobotHandle>> PluginLoader::create(const QString& id) {
  using R = Expected<std::unique_ptr<RobotHandle>>;
  const Entry* entry = nullptr;
  for (const auto& e : m_entries) {
    if (e->info.id == id) entry = e.get();
  }
  if (!entry) {
    const QString avail =
        m_available.empty() ? QStringLiteral("(none)") : availableIds().join(QStringLiteral(", "));
    return R::failure(
        QStringLiteral("no robot plugin named '%1'; available: %2").arg(id, avail).toStdString());
  }
  std::unique_ptr<IRobot> robot;
  std::string thrown;
  try {  // factory code is plugin code: it may throw
    robot = entry->factory->create();
  } catch (const std::exception& ex) {
    thrown = ex.what();
  } catch (...) {
    thrown = "unknown exception";
  }
  if (!thrown.empty() || !robot) {
    const std::string why = thrown.empty() ? "the factory returned null" : "threw: " + thrown;
    return R::failure("robot plugin '" + id.toStdString() + "' (" +
                      entry->info.filePath.toStdString() + ") could not create a robot: " + why);
  }
  auto handle = std::make_unique<RobotHandle>(std::move(robot), entry->info.filePath.toStdString());
  if (handle->state() == LifecycleState::Error) {
    return R::failure("robot plugin '" + id.toStdString() +
                      "' is unusable: " + handle->lastError());
  }
  if (QString::fromStdString(handle->info().id) != id) {
    qCWarning(lcHwHost).noquote() << "robot plugin" << id << "reports id"
                                  << QString::fromStdString(handle->info().id)
                                  << "in info(); the metadata id is used for lookup";
  }
  return R(std::move(handle));
}

}  // namespace lab::hw
