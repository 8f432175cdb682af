// PluginLoader: each metadata/load check skips its plugin with its own reason, the good plugin
// loads and runs through a RobotHandle, static factories, unknown ids; the version rules and
// extensions of the plugin contract; the SDK template built out of the tree against the
// installed SDK and loaded; and the real simulated Push-Cube plugin loaded through the real
// loader when it has been built.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "fake_robot.h"
#include "host/plugin_compat.h"
#include "host/plugin_loader.h"

using namespace lab::hw;

namespace {

const SkippedPlugin* findSkipped(const PluginLoader& loader, const QString& fileNamePart) {
  for (const auto& s : loader.skipped()) {
    if (QFileInfo(s.filePath).fileName().contains(fileNamePart)) return &s;
  }
  return nullptr;
}

class StaticFactory : public IRobotFactory {
 public:
  std::unique_ptr<IRobot> create() override {
    auto r = std::make_unique<test::FakeRobot>();
    r->id = "linked-in";
    return r;
  }
};

// An extension as a future API minor would add one (robot_interface.h).
class ITestExtension {
 public:
  static constexpr const char* kExtensionName = "org.sigentlab.hw.test.ITestExtension/1";
  virtual int answer() const = 0;

 protected:
  ~ITestExtension() = default;
};

class ExtendedRobot : public test::FakeRobot, public ITestExtension {
 public:
  int answer() const override { return 42; }
  void* queryExtension(const char* name) override {
    return offerExtension<ITestExtension>(this, name);
  }
};

// Runs one build step of the SDK test; fails the test with the tool's output otherwise.
bool runTool(const QString& program, const QStringList& args, QString& output) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(program, args);
  const bool finished = p.waitForStarted() && p.waitForFinished(600000);
  output = QString::fromLocal8Bit(p.readAll());
  if (!finished) p.kill();
  return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool copyTree(const QString& from, const QString& to) {
  QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
  while (it.hasNext()) {
    const QString file = it.next();
    const QString target = to + "/" + QDir(from).relativeFilePath(file);
    if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(file, target)) return false;
  }
  return true;
}

}  // namespace

class TestPluginLoader : public QObject {
  Q_OBJECT
 private Q_SLOTS:
  void initTestCase();
  void scan_skipsEachBadPluginWithItsReason_data();
  void scan_skipsEachBadPluginWithItsReason();
  void scan_goodPluginListedAndRuns();
  void throwingRobot_configureFailsWithMessage();
  void create_unknownId_namesAvailable();
  void loadFile_missingFile_skipped();
  void scan_missingFolder_skipped();
  void duplicateId_skipped();
  void registerFactory_staticRobotRuns();
  void pushCube_realPluginThroughLoader();
  void versions_olderMinorAcceptedOthersRefusedNamingBoth_data();
  void versions_olderMinorAcceptedOthersRefusedNamingBoth();
  void abiOfIid_currentAndLegacyIds();
  void extensions_offeredByNameNullWhenAbsent();
  void sdkTemplate_buildsOutOfTreeAndLoads();

 private:
  QTemporaryDir m_dir;
  PluginLoader m_loader;
};

void TestPluginLoader::initTestCase() {
  QVERIFY(m_dir.isValid());
  // Copy the freshly built test plugins next to two broken files, so the scan sees them all.
  const QDir src(QStringLiteral(LAB_TEST_PLUGIN_DIR));
  const QStringList libs = src.entryList({QStringLiteral("*.so")}, QDir::Files);
  QVERIFY2(libs.size() >= 8, qPrintable("test plugins missing in " + src.absolutePath()));
  for (const QString& lib : libs) QVERIFY(QFile::copy(src.filePath(lib), m_dir.filePath(lib)));
  QFile garbage(m_dir.filePath(QStringLiteral("libgarbage.so")));
  QVERIFY(garbage.open(QIODevice::WriteOnly));
  garbage.write(QByteArray(4096, 'x').prepend("this is not an ELF file\n"));
  garbage.close();
  QVERIFY(QFile::link(m_dir.filePath(QStringLiteral("libgone.so.removed")),
                      m_dir.filePath(QStringLiteral("libdangling.so"))));
  QCOMPARE(m_loader.scan(m_dir.path()), 2);
}

void TestPluginLoader::scan_skipsEachBadPluginWithItsReason_data() {
  QTest::addColumn<QString>("file");
  QTest::addColumn<int>("reason");
  QTest::addColumn<QString>("message");
  QTest::newRow("wrong iid") << "libwrong_iid.so" << int(SkipReason::WrongInterface)
                             << "wrong interface id 'org.example.NotARobot/1.0'";
  QTest::newRow("newer api minor")
      << "libbad_api.so" << int(SkipReason::WrongApiVersion)
      << QString("built against robot plugin API %1.%2, newer than this host's API %1.%3")
             .arg(kRobotApiVersionMajor)
             .arg(kRobotApiVersionMinor + 1)
             .arg(kRobotApiVersionMinor);
  QTest::newRow("abi 3 plugin")
      << "libold_abi.so" << int(SkipReason::WrongAbiVersion)
      << QString(
             "built for robot plugin ABI 3 (interface id 'org.sigentlab.hw.IRobot/3.0'), "
             "this host has ABI %1")
             .arg(kRobotAbiVersion);
  QTest::newRow("other qt") << "libwrong_qt.so" << int(SkipReason::WrongQtVersion)
                            << QString("built with Qt 5.15 (");
  QTest::newRow("missing key") << "libmissing_key.so" << int(SkipReason::BadMetadata)
                               << "lacks required string key(s): description";
  QTest::newRow("no factory") << "libnot_a_factory.so" << int(SkipReason::InstanceFailed)
                              << "does not implement IRobotFactory";
  QTest::newRow("garbage") << "libgarbage.so" << int(SkipReason::NotAPlugin) << "not a Qt plugin";
  QTest::newRow("dangling") << "libdangling.so" << int(SkipReason::MissingFile)
                            << "file does not exist";
}

void TestPluginLoader::scan_skipsEachBadPluginWithItsReason() {
  QFETCH(QString, file);
  QFETCH(int, reason);
  QFETCH(QString, message);
  const SkippedPlugin* s = findSkipped(m_loader, file);
  QVERIFY2(s, qPrintable(file + " was not skipped"));
  QCOMPARE(int(s->reason), reason);
  QVERIFY2(s->message.contains(message), qPrintable(s->message));
  QVERIFY2(s->message.contains(file), qPrintable(s->message));  // names the file
}

void TestPluginLoader::scan_goodPluginListedAndRuns() {
  QCOMPARE(m_loader.availableIds(),
           (QStringList{QStringLiteral("fake-good"), QStringLiteral("fake-throwing")}));
  const RobotPluginInfo& info = m_loader.available().front();
  QCOMPARE(info.name, QStringLiteral("Fake good robot"));
  QCOMPARE(info.description, QStringLiteral("A well-formed test robot."));
  QCOMPARE(info.version, QStringLiteral("1.2.3"));
  QVERIFY(info.filePath.endsWith(QStringLiteral("libgood_robot.so")));
  QVERIFY(!info.isStatic);

  auto created = m_loader.create(QStringLiteral("fake-good"));
  QVERIFY2(created.ok(), created.error().c_str());
  std::unique_ptr<RobotHandle> h = created.take();
  QCOMPARE(h->info().id, std::string("fake-good"));
  QCOMPARE(h->state(), LifecycleState::Unconfigured);
  QVERIFY(h->configure(RobotConfig{}).ok());
  QVERIFY(h->activate().ok());
  QVERIFY(h->reset(5).ok());
  Observation obs;
  QVERIFY(h->read(obs).ok());
  QCOMPARE(obs.image.size(), std::size_t(64 * 64));
  QVERIFY(h->write({0.3f, -0.3f}).ok());
  std::vector<float> applied;
  QVERIFY(h->appliedCommand(applied).ok());
  QCOMPARE(applied, (std::vector<float>{0.3f, -0.3f}));
  QVERIFY(h->shutdown().ok());
}

void TestPluginLoader::throwingRobot_configureFailsWithMessage() {
  auto created = m_loader.create(QStringLiteral("fake-throwing"));
  QVERIFY2(created.ok(), created.error().c_str());
  auto h = created.take();
  const HandleResult r = h->configure(RobotConfig{});
  QCOMPARE(r.status, HandleStatus::Fatal);
  QVERIFY2(r.error.find("configure threw an exception: serial port /dev/ttyFAKE is gone") !=
               std::string::npos,
           r.error.c_str());
  QCOMPARE(h->state(), LifecycleState::Error);
}

void TestPluginLoader::create_unknownId_namesAvailable() {
  auto created = m_loader.create(QStringLiteral("xyz"));
  QVERIFY(!created.ok());
  QCOMPARE(created.error(),
           std::string("no robot plugin named 'xyz'; available: fake-good, fake-throwing"));
  PluginLoader empty;
  QCOMPARE(empty.create(QStringLiteral("xyz")).error(),
           std::string("no robot plugin named 'xyz'; available: (none)"));
}

void TestPluginLoader::loadFile_missingFile_skipped() {
  PluginLoader loader;
  const QString path = m_dir.filePath(QStringLiteral("libnothere.so"));
  QVERIFY(!loader.loadFile(path));
  QCOMPARE(loader.skipped().size(), std::size_t(1));
  QCOMPARE(loader.skipped()[0].reason, SkipReason::MissingFile);
  QVERIFY(loader.skipped()[0].message.contains(path));
  QCOMPARE(QString(toString(SkipReason::MissingFile)), QStringLiteral("missing file"));
}

void TestPluginLoader::scan_missingFolder_skipped() {
  PluginLoader loader;
  QCOMPARE(loader.scan(m_dir.filePath(QStringLiteral("no/such/folder"))), 0);
  QCOMPARE(loader.skipped().size(), std::size_t(1));
  QVERIFY(loader.skipped()[0].message.contains(QStringLiteral("plugin folder does not exist")));
}

void TestPluginLoader::duplicateId_skipped() {
  PluginLoader loader;
  QVERIFY(loader.loadFile(m_dir.filePath(QStringLiteral("libgood_robot.so"))));
  QVERIFY(!loader.loadFile(m_dir.filePath(QStringLiteral("libgood_robot.so"))));
  QCOMPARE(loader.skipped().back().reason, SkipReason::DuplicateId);
}

void TestPluginLoader::registerFactory_staticRobotRuns() {
  PluginLoader loader;
  RobotPluginInfo meta;
  meta.id = QStringLiteral("linked-in");
  meta.name = QStringLiteral("Linked-in fake");
  QVERIFY(loader.registerFactory(meta, std::make_shared<StaticFactory>()));
  QVERIFY(!loader.registerFactory(meta, std::make_shared<StaticFactory>()));
  QCOMPARE(loader.skipped().back().reason, SkipReason::DuplicateId);
  QVERIFY(loader.available().front().isStatic);
  QCOMPARE(loader.available().front().filePath, QStringLiteral(":static"));
  loader.registerStaticPlugins();  // none linked into this test: must not add or crash
  QCOMPARE(loader.available().size(), std::size_t(1));
  auto created = loader.create(QStringLiteral("linked-in"));
  QVERIFY2(created.ok(), created.error().c_str());
  auto h = created.take();
  QVERIFY(h->configure(RobotConfig{}).ok());
  QVERIFY(h->activate().ok());
  QVERIFY(h->write({0.f, 0.f}).ok());
}

void TestPluginLoader::pushCube_realPluginThroughLoader() {
  QString binDir = qEnvironmentVariable("LAB_BINARY_DIR");
  const QString path = binDir.isEmpty() ? QStringLiteral(LAB_PLUGIN_DIR "/libpush_cube.so")
                                        : binDir + QStringLiteral("/bin/plugins/libpush_cube.so");
  if (!QFileInfo::exists(path)) {
#ifdef LAB_REQUIRE_PUSH_CUBE
    QFAIL(qPrintable("the push_cube target exists but " + path + " was not built"));
#else
    QSKIP(qPrintable(path + " not built (no push_cube target); skipping the real-plugin check"));
#endif
  }
  PluginLoader loader;
  QVERIFY2(loader.loadFile(path),
           qPrintable(loader.skipped().empty() ? QString() : loader.skipped().back().message));
  const QString id = loader.available().front().id;
  auto created = loader.create(id);
  QVERIFY2(created.ok(), created.error().c_str());
  auto h = created.take();
  RobotConfig cfg;
  cfg.seed = 3;
  HandleResult r = h->configure(cfg);
  QVERIFY2(r.ok(), r.error.c_str());
  QVERIFY2((r = h->activate()).ok(), r.error.c_str());
  QVERIFY2((r = h->reset(11)).ok(), r.error.c_str());
  Observation before;
  QVERIFY2((r = h->read(before)).ok(), r.error.c_str());
  QCOMPARE(before.imageWidth, 64);
  QCOMPARE(before.image.size(), std::size_t(64 * 64));
  std::vector<float> action(h->actionSpec().size(), 0.8f);
  for (int i = 0; i < 5; ++i) QVERIFY2((r = h->write(action)).ok(), r.error.c_str());
  Observation after;
  QVERIFY2((r = h->read(after)).ok(), r.error.c_str());
  QCOMPARE(h->timing(CallKind::Write).count, std::uint64_t(5));
  // The live view's in-between frame comes through the ILiveView extension of the library.
  Observation between;
  QVERIFY2((r = h->interimFrame(between)).ok(), r.error.c_str());
  QCOMPARE(between.image.size(), std::size_t(64 * 64));
  QCOMPARE(h->interimFrame(between).status, HandleStatus::Retry);  // each frame once
  QVERIFY2((r = h->shutdown()).ok(), r.error.c_str());
}

void TestPluginLoader::versions_olderMinorAcceptedOthersRefusedNamingBoth_data() {
  QTest::addColumn<int>("abi");
  QTest::addColumn<int>("major");
  QTest::addColumn<int>("minor");
  QTest::addColumn<int>("qtMinor");
  QTest::addColumn<QString>("refusal");  // empty: accepted
  // The host below is ABI 7, API 5.2, Qt 6.4.
  QTest::newRow("same") << 7 << 5 << 2 << 4 << QString();
  QTest::newRow("older minor") << 7 << 5 << 0 << 4 << QString();
  QTest::newRow("newer minor") << 7 << 5 << 3 << 4
                               << "built against robot plugin API 5.3, newer than this host's "
                                  "API 5.2";
  QTest::newRow("older major") << 7 << 4 << 9 << 4
                               << "built against robot plugin API 4.9, this host has API 5.2";
  QTest::newRow("other abi") << 6 << 5 << 2 << 4
                             << "built for robot plugin ABI 6, this host has ABI 7";
  QTest::newRow("other qt") << 7 << 5 << 2 << 5
                            << "built with Qt 6.5 (GNU 12.2.0), this host runs on Qt 6.4";
}

void TestPluginLoader::versions_olderMinorAcceptedOthersRefusedNamingBoth() {
  QFETCH(int, abi);
  QFETCH(int, major);
  QFETCH(int, minor);
  QFETCH(int, qtMinor);
  QFETCH(QString, refusal);
  const ContractVersion host{7, 5, 2, 6, 4, {}};
  const ContractVersion plugin{abi, major, minor, 6, qtMinor, QStringLiteral("GNU 12.2.0")};
  const QString why = incompatibility(plugin, host);
  if (refusal.isEmpty()) {
    QVERIFY2(why.isEmpty(), qPrintable(why));
  } else {
    QVERIFY2(why.startsWith(refusal), qPrintable(why));
  }
}

void TestPluginLoader::abiOfIid_currentAndLegacyIds() {
  QCOMPARE(abiOfIid(QStringLiteral(LAB_ROBOT_IID)), kRobotAbiVersion);
  QCOMPARE(abiOfIid(QStringLiteral("org.sigentlab.hw.IRobot/abi12")), 12);
  QCOMPARE(abiOfIid(QStringLiteral("org.sigentlab.hw.IRobot/3.0")), 3);
  QCOMPARE(abiOfIid(QStringLiteral("org.sigentlab.hw.IRobot/1.0")), 1);
  QCOMPARE(abiOfIid(QStringLiteral("org.sigentlab.hw.IRobot/abi")), -1);
  QCOMPARE(abiOfIid(QStringLiteral("org.example.NotARobot/1.0")), -1);
  // The metadata a plugin of this build carries passes the host's own check.
  ContractVersion self;
  QString problem;
  QVERIFY2(
      readContract(
          QJsonObject{
              {"abi_version", kRobotAbiVersion},
              {"api_version",
               QStringLiteral("%1.%2").arg(kRobotApiVersionMajor).arg(kRobotApiVersionMinor)},
              {"qt_version", QStringLiteral("%1.%2").arg(QT_VERSION_MAJOR).arg(QT_VERSION_MINOR)}},
          self, problem),
      qPrintable(problem));
  QVERIFY(incompatibility(self, hostContract()).isEmpty());
  QVERIFY(!readContract(QJsonObject{{"abi_version", kRobotAbiVersion}, {"api_version", 4}}, self,
                        problem));
  QVERIFY2(problem.contains("api_version"), qPrintable(problem));
}

void TestPluginLoader::extensions_offeredByNameNullWhenAbsent() {
  ExtendedRobot extended;
  test::FakeRobot plain;  // a plugin built before the extension existed
  ITestExtension* ext = queryExtension<ITestExtension>(extended);
  QVERIFY(ext != nullptr);
  QCOMPARE(ext->answer(), 42);
  QCOMPARE(queryExtension<ITestExtension>(plain), nullptr);
  QCOMPARE(extended.queryExtension("org.sigentlab.hw.test.ITestExtension/2"), nullptr);
  QCOMPARE(extended.queryExtension(nullptr), nullptr);
}

// The SDK as a plugin author gets it: installed to a temporary prefix, the template copied out
// of the tree, configured and built against the installed package only, then loaded by the
// real loader with settings that change its time limit and action size.
void TestPluginLoader::sdkTemplate_buildsOutOfTreeAndLoads() {
  QTemporaryDir tmp;
  QVERIFY(tmp.isValid());
  const QString cmake = QStringLiteral(LAB_CMAKE_COMMAND);
  const QString prefix = tmp.filePath("prefix"), src = tmp.filePath("src"),
                build = tmp.filePath("build");
  QString out;
  QVERIFY2(
      runTool(cmake, {"--install", LAB_BINARY_DIR, "--component", "sdk", "--prefix", prefix}, out),
      qPrintable(out));
  QVERIFY2(QFile::exists(prefix + "/include/sigentlab/api/robot_interface.h"), qPrintable(out));
  QVERIFY2(QFile::exists(prefix + "/include/sigentlab/api/plugin_version.h"), qPrintable(out));
  QVERIFY(copyTree(QStringLiteral(LAB_SOURCE_DIR "/hardware/sdk/template"), src));
  QStringList configure{"-S",
                        src,
                        "-B",
                        build,
                        "-G",
                        LAB_CMAKE_GENERATOR,
                        "-DCMAKE_BUILD_TYPE=Release",
                        "-DCMAKE_PREFIX_PATH=" + prefix,
                        "-DCMAKE_CXX_COMPILER=" LAB_CXX_COMPILER};
  if (!QStringLiteral(LAB_CXX_LAUNCHER).isEmpty()) {
    configure << "-DCMAKE_CXX_COMPILER_LAUNCHER=" LAB_CXX_LAUNCHER;
  }
  QVERIFY2(runTool(cmake, configure, out), qPrintable(out));
  QVERIFY2(runTool(cmake, {"--build", build}, out), qPrintable(out));
  const QString library = build + "/libtemplate_robot.so";
  QVERIFY2(QFile::exists(library), qPrintable(out));

  PluginLoader loader;
  QVERIFY2(loader.loadFile(library),
           qPrintable(loader.skipped().empty() ? QString() : loader.skipped().back().message));
  QCOMPARE(loader.availableIds(), QStringList{"template-robot"});
  QCOMPARE(loader.available().front().version, QStringLiteral("1.0.0"));

  // Defaults first, then settings that change what info() and actionSpec() say: the host reads
  // them after configure.
  auto created = loader.create(QStringLiteral("template-robot"));
  QVERIFY2(created.ok(), created.error().c_str());
  auto robot = created.take();
  QVERIFY2(robot->configure(RobotConfig{}).ok(), robot->lastError().c_str());
  QCOMPARE(robot->info().maxEpisodeSteps, 50);
  QCOMPARE(robot->actionSpec().size(), 2);
  QVERIFY(robot->cleanup().ok());
  RobotConfig config;
  config.settings = QJsonObject{{"max_episode_steps", 7}, {"axes", 3}};
  QVERIFY2(robot->configure(config).ok(), robot->lastError().c_str());
  QCOMPARE(robot->info().maxEpisodeSteps, 7);
  QCOMPARE(robot->actionSpec().size(), 3);
  QCOMPARE(robot->actionSpec().dims[2].name, std::string("wz"));

  QVERIFY(robot->activate().ok());
  QVERIFY(robot->reset(3).ok());
  Observation before, after;
  QVERIFY(robot->read(before).ok());
  QCOMPARE(before.image.size(), std::size_t(64 * 64));
  QCOMPARE(before.state.size(), std::size_t(2));
  for (int tick = 0; tick < 5; ++tick) QVERIFY(robot->write({1.f, 0.f, 0.f}).ok());
  QVERIFY(robot->read(after).ok());
  // vx = +0.2 m/s for five 0.1 s ticks, stopped at the +x edge; the dot moves up the image.
  QVERIFY2(std::abs(after.state[0] - std::min(1.f, before.state[0] + 0.1f)) < 1e-5,
           qPrintable(QString("x %1 -> %2").arg(before.state[0]).arg(after.state[0])));
  QCOMPARE(after.state[1], before.state[1]);
  QVERIFY(after.image != before.image || before.state[0] >= 0.95f);
  QVERIFY(robot->shutdown().ok());
}

QTEST_GUILESS_MAIN(TestPluginLoader)
#include "test_plugin_loader.moc"
