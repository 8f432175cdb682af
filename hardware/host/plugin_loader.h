#pragma once
// PluginLoader: finds robot plugins and creates RobotHandles from them.
//
// Dynamic plugins: scan() looks at every library file in a folder (default:
// <QCoreApplication::applicationDirPath()>/plugins). For each file it reads
// QPluginLoader::metaData() BEFORE instance() and skips the file, with a logged reason, unless
//   the IID is this contract's for this host's ABI, the MetaData's abi_version, api_version and
//   qt_version are compatible (host/plugin_compat.h: same ABI, same API major and a minor not
//   newer than the host's, same Qt major.minor), and id, name, description, version are present,
// then instance() + qobject_cast<IRobotFactory*>. Duplicate ids: the first one found wins.
// Static robots: registerFactory() (any factory, e.g. a robot linked into the CLI) and
// registerStaticPlugins() (Qt static plugins imported with Q_IMPORT_PLUGIN; same checks).
//
// Ownership: the loader keeps every loaded library and factory alive for its own lifetime and
// never unloads them, so it must outlive every RobotHandle it created.
// Threads: use from one thread (normally the GUI/main thread). The RobotHandle returned by
// create() may then be moved to the robot loop thread.
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

#include "api/robot_interface.h"
#include "host/expected.h"
#include "host/robot_handle.h"

class QPluginLoader;
class QJsonObject;

namespace lab::hw {

struct RobotPluginInfo {
  QString id;    // "push-cube"
  QString name;  // human readable
  QString description;
  QString version;
  QString filePath;  // library path; ":static" for registered/static factories
  bool isStatic = false;
};

enum class SkipReason : std::uint8_t {
  MissingFile,      // path does not exist (or dangling symlink)
  NotAPlugin,       // not a loadable library or no Qt plugin metadata
  WrongInterface,   // the IID is not a robot plugin's of any version
  WrongAbiVersion,  // built for another ABI (plugin_version.h): the message names both
  WrongApiVersion,  // another API major, or a newer API minor than the host's
  WrongQtVersion,   // built against another Qt major.minor
  BadMetadata,      // a required metadata key is missing or has the wrong type
  InstanceFailed,   // instance() returned null or the object is not an IRobotFactory
  DuplicateId,      // another plugin with the same id was found first
};
const char* toString(SkipReason reason);

struct SkippedPlugin {
  QString filePath;
  SkipReason reason;
  QString message;  // human readable, names the file and the reason
};

class PluginLoader {
 public:
  PluginLoader();
  ~PluginLoader();
  PluginLoader(const PluginLoader&) = delete;
  PluginLoader& operator=(const PluginLoader&) = delete;

  // <applicationDirPath>/plugins, or the LAB_PLUGIN_PATH environment variable if set.
  static QString defaultPluginDir();

  // Scans `dir` (empty: defaultPluginDir()). Adds to available()/skipped(); may be called for
  // several folders. Returns the number of robots added. A missing folder is a skipped entry.
  int scan(const QString& dir = {});
  // Checks and loads one file. Returns true if a robot was added.
  bool loadFile(const QString& filePath);
  // Registers a factory linked into the executable. `meta` needs id (unique) and name; filePath
  // is set to ":static". Returns false (and logs) on a duplicate or empty id.
  bool registerFactory(RobotPluginInfo meta, std::shared_ptr<IRobotFactory> factory);
  // Registers every Qt static plugin (QPluginLoader::staticPlugins()) that passes the checks.
  int registerStaticPlugins();

  const std::vector<RobotPluginInfo>& available() const { return m_available; }
  const std::vector<SkippedPlugin>& skipped() const { return m_skipped; }
  QStringList availableIds() const;
  bool contains(const QString& id) const;

  // A new robot instance in a RobotHandle (Unconfigured, or Error if the plugin misbehaves on
  // construction). Unknown id: "no robot plugin named 'xyz'; available: a, b".
  Expected<std::unique_ptr<RobotHandle>> create(const QString& id);

 private:
  struct Entry;
  // Validates Qt plugin metadata; on failure fills reason/message and returns false.
  static bool checkMetaData(const QJsonObject& meta, const QString& where, RobotPluginInfo& out,
                            SkipReason& reason, QString& message);
  void skip(const QString& filePath, SkipReason reason, const QString& message);
  bool addEntry(RobotPluginInfo info, IRobotFactory* factory, std::shared_ptr<IRobotFactory> owned);

  std::vector<RobotPluginInfo> m_available;
  std::vector<SkippedPlugin> m_skipped;
  std::vector<std::unique_ptr<Entry>> m_entries;
  std::vector<std::unique_ptr<QPluginLoader>> m_libraries;
};

}  // namespace lab::hw
