// Export: the HDF5 (D4RL layout) read back with Python's h5py and compared number by number
// with the store, the metrics CSV, the JSON manifest, kind filters, cancel, and bad input.
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

#include <sqlite3.h>
#include <unistd.h>

#include "checkpoint_file.h"
#include "csv_exporter.h"
#include "export_manifest.h"
#include "session_exporter.h"
#include "session_policy.h"
#include "session_store.h"
#include "sigent_sac.h"
#include "store_test_support.h"

using lab::SessionExporter;
using lab::SessionStore;

namespace {

// Dumps every dataset (shape, dtype, flattened values) and the root attributes as JSON.
const char* kDumpScript = R"py(
import h5py, json, sys
out = {}
with h5py.File(sys.argv[1], "r") as f:
    def visit(name, obj):
        if isinstance(obj, h5py.Dataset):
            vals = obj[()].reshape(-1).tolist()
            vals = [v.decode() if isinstance(v, bytes) else v for v in vals]
            out[name] = {"shape": list(obj.shape), "dtype": str(obj.dtype), "values": vals}
    f.visititems(visit)
    attrs = {}
    for k, v in f.attrs.items():
        attrs[k] = v.decode() if isinstance(v, bytes) else (v.item() if hasattr(v, "item") else v)
    attrs["seed"] = str(int(f.attrs["seed"]))  # 64-bit: JSON numbers would round it
    out["@attrs"] = attrs
print(json.dumps(out))
)py";

QJsonObject dumpHdf5(const QString& path) {
  QProcess py;
  py.start("/usr/bin/python3", {"-c", kDumpScript, path});
  if (!py.waitForFinished(120000) || py.exitCode() != 0) {
    qWarning().noquote() << "h5py dump failed:" << py.readAllStandardError();
    return {};
  }
  return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}

QJsonArray shapeOf(const QJsonObject& dump, const char* name) {
  return dump[name].toObject()["shape"].toArray();
}

QJsonArray valuesOf(const QJsonObject& dump, const char* name) {
  return dump[name].toObject()["values"].toArray();
}

struct Fixture {
  lab::SessionMeta meta;
  std::vector<lab::EpisodeRecord> episodes;
  std::vector<lab::UpdateMetrics> metrics;
};

// A small state learner's config (3 state values, 2 actions) and the session row that records it.
lab::SacConfig tinyLearner() {
  lab::SacConfig config;
  config.obsMode = lab::ObsMode::State;
  config.hiddenDim = 16;
  return config;
}
lab::SessionMeta tinyLearnerMeta() {
  auto meta = labtest::storeMeta(3, 2, 0);
  meta.config = tinyLearner().toJson();
  return meta;
}

// A fresh learner's checkpoint written to `file` and recorded in the session at `step`.
void addLearnerCheckpoint(SessionStore& s, const QString& file, int64_t step) {
  QVERIFY(QDir().mkpath(QFileInfo(file).path()));
  lab::SigEntSac(tinyLearner(), 3, 2).save(file);
  s.addCheckpoint({-1, file, step, lab::CheckpointFile::checksum(file), "periodic", 0, {}});
}

// demo (success, terminal), train with one intervention (failure, not terminal), eval (timeout).
Fixture fill(SessionStore& s) {
  Fixture f;
  f.meta = s.meta();
  auto demo = labtest::makeEpisode(f.meta, 1, "demo", 3, 101);
  demo.label = "success";
  demo.labelledBy = "operator";
  demo.steps.back().transition.reward = 1.0f;
  demo.steps.back().transition.terminal = true;
  auto train = labtest::makeEpisode(f.meta, 2, "train", 4, 102, {1});
  train.label = "failure";
  train.labelledBy = "operator";
  auto eval = labtest::makeEpisode(f.meta, 3, "eval", 2, 103);
  eval.label = "timeout";
  eval.labelledBy = "timer";
  f.episodes = {demo, train, eval};
  for (const auto& e : f.episodes) s.writeEpisode(e);
  for (int i = 1; i <= 4; ++i) {
    lab::UpdateMetrics m;
    m.step = i * 10;
    m.q1Mean = 0.1 * i;
    m.q2Mean = -1.0 / 3.0 * i;
    m.hSig = 0.9;
    m.alpha = 0.002;
    m.bcLoss = i == 2 ? std::nan("") : 1e-7 * i;
    m.updatesPerSecond = 250.0 + i;
    f.metrics.push_back(m);
  }
  s.appendMetrics(f.metrics);
  s.addCheckpoint({-1, "checkpoints/step40.ckpt", 40, "abcd", "periodic", 0, {}});
  return f;
}

QByteArray sha256Of(const QString& path) {
  QFile f(path);
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

bool rawExec(sqlite3* db, const char* sql) {
  return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

// `sigent-lab export` as the operator runs it: exit code and everything it printed.
struct CliRun {
  int exitCode = -1;
  QString output;
};
CliRun runExportCli(const QStringList& args) {
  QProcess p;
  p.setProcessChannelMode(QProcess::MergedChannels);
  p.start(QDir(qEnvironmentVariable("LAB_BINARY_DIR")).filePath("bin/sigent-lab"),
          QStringList{"export"} + args);
  if (!p.waitForFinished(120000)) p.kill();
  return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
          QString::fromLocal8Bit(p.readAll())};
}

}  // namespace

class TestExport : public QObject {
  Q_OBJECT

 private:
  QTemporaryDir m_tmp;

 private Q_SLOTS:
  void initTestCase() {
    // LAB_KEEP_TEST_FILES=1 keeps the exports for a look with h5py.
    m_tmp.setAutoRemove(qEnvironmentVariableIsEmpty("LAB_KEEP_TEST_FILES"));
    if (!m_tmp.autoRemove()) qInfo() << "keeping" << m_tmp.path();
    QProcess py;
    py.start("/usr/bin/python3", {"-c", "import h5py"});
    QVERIFY2(py.waitForFinished(60000) && py.exitCode() == 0,
             "these tests need Debian's python3-h5py for /usr/bin/python3");
  }

  void export_hdf5CsvManifest_matchTheStore() {
    const QString dir = m_tmp.filePath("session");
    const QString out = m_tmp.filePath("export");
    Fixture fx;
    {
      auto s = SessionStore::create(dir, labtest::storeMeta(3, 2, 4));
      fx = fill(*s);
    }
    const QString policy = m_tmp.filePath("elsewhere/policy.pt");  // stands in for TorchScript
    QVERIFY(QDir().mkpath(QFileInfo(policy).path()));
    QFile pf(policy);
    QVERIFY(pf.open(QIODevice::WriteOnly));
    pf.write("not really torchscript");
    pf.close();

    std::vector<double> fractions;
    SessionExporter::Options opt;
    opt.outputDir = out;
    opt.policyFile = policy;
    const auto r = SessionExporter(dir).run(opt, [&](double f, const QString&) {
      fractions.push_back(f);
      return true;
    });
    QVERIFY(!r.cancelled);
    QCOMPARE(r.transitions, int64_t(9));
    QCOMPARE(r.episodes, 3);
    QCOMPARE(r.metricRows, int64_t(4));
    QVERIFY(std::is_sorted(fractions.begin(), fractions.end()));
    QCOMPARE(fractions.back(), 1.0);

    // ---- HDF5 through h5py ----
    const QJsonObject d = dumpHdf5(QDir(out).filePath("dataset.hdf5"));
    QVERIFY2(!d.isEmpty(), "h5py could not read the export");
    QCOMPARE(shapeOf(d, "observations"), (QJsonArray{9, 3}));
    QCOMPARE(shapeOf(d, "next_observations"), (QJsonArray{9, 3}));
    QCOMPARE(shapeOf(d, "actions"), (QJsonArray{9, 2}));
    QCOMPARE(shapeOf(d, "rewards"), (QJsonArray{9}));
    QCOMPARE(shapeOf(d, "images"), (QJsonArray{9, 4, 4}));
    QCOMPARE(shapeOf(d, "next_images"), (QJsonArray{9, 4, 4}));
    QCOMPARE(d["observations"].toObject()["dtype"].toString(), QString("float32"));
    QCOMPARE(d["images"].toObject()["dtype"].toString(), QString("uint8"));
    QCOMPARE(d["terminals"].toObject()["dtype"].toString(), QString("bool"));
    QCOMPARE(d["timeouts"].toObject()["dtype"].toString(), QString("bool"));
    QCOMPARE(d["infos/episode_id"].toObject()["dtype"].toString(), QString("int64"));

    const QJsonArray obs = valuesOf(d, "observations"), next = valuesOf(d, "next_observations");
    const QJsonArray act = valuesOf(d, "actions"), rew = valuesOf(d, "rewards");
    const QJsonArray img = valuesOf(d, "images"), nimg = valuesOf(d, "next_images");
    const QJsonArray term = valuesOf(d, "terminals"), tout = valuesOf(d, "timeouts");
    const QJsonArray epId = valuesOf(d, "infos/episode_id"),
                     itv = valuesOf(d, "infos/intervention");
    const QJsonArray expert = valuesOf(d, "infos/expert"), q = valuesOf(d, "infos/q");
    int row = 0;
    for (const auto& ep : fx.episodes) {
      for (int i = 0; i < static_cast<int>(ep.steps.size()); ++i, ++row) {
        const auto& s = ep.steps[i];
        const auto& t = s.transition;
        for (int k = 0; k < 3; ++k) {
          QCOMPARE(float(obs[row * 3 + k].toDouble()), t.obs.state[k]);
          QCOMPARE(float(next[row * 3 + k].toDouble()), t.next.state[k]);
        }
        for (int k = 0; k < 2; ++k) QCOMPARE(float(act[row * 2 + k].toDouble()), t.action[k]);
        for (int k = 0; k < 16; ++k) {
          QCOMPARE(img[row * 16 + k].toInt(), int(t.obs.image[k]));
          QCOMPARE(nimg[row * 16 + k].toInt(), int(t.next.image[k]));
        }
        QCOMPARE(float(rew[row].toDouble()), t.reward);
        QCOMPARE(term[row].toBool(), t.terminal);
        const bool last = i + 1 == static_cast<int>(ep.steps.size());
        QCOMPARE(tout[row].toBool(), last && !t.terminal);
        QCOMPARE(epId[row].toInteger(), ep.id);
        QCOMPARE(itv[row].toBool(), s.intervention);
        QCOMPARE(expert[row].toBool(), ep.kind == "demo" || s.intervention);
        QCOMPARE(q[row].toDouble(), s.values.q);
      }
    }
    QCOMPARE(valuesOf(d, "episodes/start"), (QJsonArray{0, 3, 7}));
    QCOMPARE(valuesOf(d, "episodes/length"), (QJsonArray{3, 4, 2}));
    QCOMPARE(valuesOf(d, "episodes/kind"), (QJsonArray{"demo", "train", "eval"}));
    QCOMPARE(valuesOf(d, "episodes/label"), (QJsonArray{"success", "failure", "timeout"}));
    const QJsonObject attrs = d["@attrs"].toObject();
    QCOMPARE(attrs["robot_id"].toString(), fx.meta.robotId);
    QCOMPARE(attrs["plugin_version"].toString(), fx.meta.pluginVersion);
    QCOMPARE(attrs["seed"].toString(), QString::number(fx.meta.seed));
    QCOMPARE(attrs["image_size"].toInt(), 4);
    QCOMPARE(QJsonDocument::fromJson(attrs["config"].toString().toUtf8()).object(), fx.meta.config);

    // ---- CSV ----
    QFile csv(QDir(out).filePath("metrics.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0], lab::UpdateMetrics::names().join(','));
    for (int r2 = 0; r2 < 4; ++r2) {
      const QStringList cells = lines[r2 + 1].split(',');
      const std::vector<double> want = fx.metrics[r2].values();
      QCOMPARE(cells.size(), static_cast<int>(want.size()));
      for (int c = 0; c < cells.size(); ++c) {
        if (std::isnan(want[c])) {
          QCOMPARE(cells[c], QString("nan"));
        } else {
          QCOMPARE(cells[c].toDouble(), want[c]);  // exact: shortest round-trip text
        }
      }
    }
    QCOMPARE(lines[1].section(',', 0, 0), QString("10"));  // step as an integer

    // ---- manifest ----
    QFile mf(QDir(out).filePath("manifest.json"));
    QVERIFY(mf.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(mf.readAll()).object();
    QCOMPARE(m["format"].toString(), QString("sigent-lab-export"));
    QCOMPARE(m["config"].toObject(), fx.meta.config);
    QCOMPARE(m["session"].toObject()["seed"].toString(), QString::number(fx.meta.seed));
    QCOMPARE(m["session"].toObject()["seeds"].toObject(), fx.meta.seeds);
    const QJsonObject v = m["versions"].toObject();
    QCOMPARE(v["robot_plugin"].toString(), fx.meta.pluginVersion);
    QCOMPARE(v["app_recorded"].toString(), fx.meta.appVersion);
    QCOMPARE(v["torch"].toString(), lab::ExportManifest::torchVersion());
    QVERIFY(!v["hdf5"].toString().isEmpty() && !v["sqlite"].toString().isEmpty());
    const QJsonObject counts = m["counts"].toObject();
    QCOMPARE(counts["episodes"].toInt(), 3);
    QCOMPARE(counts["transitions"].toInt(), 9);
    QCOMPARE(counts["transitions_exported"].toInt(), 9);
    QCOMPARE(counts["metric_rows"].toInt(), 4);
    QCOMPARE(counts["intervention_steps"].toInt(), 1);
    QCOMPARE(counts["episodes_by_kind"].toObject()["train"].toInt(), 1);
    QCOMPARE(counts["episodes_by_label"].toObject()["success"].toInt(), 1);
    QCOMPARE(counts["latest_checkpoint_step"].toInt(), 40);
    QStringList names;
    for (const auto& fileValue : m["files"].toArray()) {
      const QJsonObject file = fileValue.toObject();
      names << file["name"].toString();
      const QString path = QDir(out).filePath(file["name"].toString());
      QCOMPARE(file["sha256"].toString().toLatin1(), lab::ExportManifest::sha256Hex(path));
      QCOMPARE(file["bytes"].toInteger(), QFileInfo(path).size());
    }
    QCOMPARE(names, (QStringList{"dataset.hdf5", "metrics.csv", "policy.pt"}));
    QCOMPARE(r.files.size(), 4);  // dataset, csv, copied policy, manifest
  }

  void export_imageOnlySession_kindFilter() {
    const QString dir = m_tmp.filePath("images-only");
    const QString out = m_tmp.filePath("export-images");
    {
      auto s = SessionStore::create(dir, labtest::storeMeta(0, 2, 4));
      fill(*s);
    }
    SessionExporter::Options opt;
    opt.outputDir = out;
    opt.csv = false;
    opt.kinds = {"demo"};
    const auto r = SessionExporter(dir).run(opt);
    QCOMPARE(r.transitions, int64_t(3));
    QVERIFY(!QFile::exists(QDir(out).filePath("metrics.csv")));
    const QJsonObject d = dumpHdf5(QDir(out).filePath("dataset.hdf5"));
    QCOMPARE(shapeOf(d, "observations"), (QJsonArray{3, 0}));  // no state: images carry it
    QCOMPARE(shapeOf(d, "images"), (QJsonArray{3, 4, 4}));
    QCOMPARE(valuesOf(d, "terminals"), (QJsonArray{false, false, true}));
    QCOMPARE(d["@attrs"].toObject()["episode_kinds"].toString(), QString("demo"));
  }

  void export_stateOnlySession_hasNoImageDatasets() {
    const QString dir = m_tmp.filePath("state-only");
    const QString out = m_tmp.filePath("export-state");
    {
      auto s = SessionStore::create(dir, labtest::storeMeta(5, 2, 0));
      fill(*s);
    }
    SessionExporter::Options opt;
    opt.outputDir = out;
    SessionExporter(dir).run(opt);
    const QJsonObject d = dumpHdf5(QDir(out).filePath("dataset.hdf5"));
    QCOMPARE(shapeOf(d, "observations"), (QJsonArray{9, 5}));
    QVERIFY(!d.contains("images"));
    QVERIFY(!d.contains("next_images"));
  }

  void export_cancelled_leavesNoFiles() {
    const QString dir = m_tmp.filePath("cancel");
    const QString out = m_tmp.filePath("export-cancel");
    {
      auto s = SessionStore::create(dir, labtest::storeMeta(3, 2, 4));
      fill(*s);
    }
    SessionExporter::Options opt;
    opt.outputDir = out;
    int calls = 0;
    const auto r = SessionExporter(dir).run(opt, [&](double, const QString&) {
      return ++calls < 2;  // cancel during the dataset
    });
    QVERIFY(r.cancelled);
    QCOMPARE(QDir(out).entryList(QDir::Files), QStringList());
  }

  // A blob of the wrong length (damaged or crafted file) is refused with the episode and the
  // column named, before any buffer is read past; nothing is left in the output folder.
  void export_blobOfWrongLength_clearErrorNoFile() {
    const char* sqls[] = {
        "UPDATE transitions SET image = x'0102' WHERE episode_id = 2 AND step = 0",
        "UPDATE transitions SET state = zeroblob(4) WHERE episode_id = 2 AND step = 0",
        "UPDATE transitions SET action = x'00000000' WHERE episode_id = 2 AND step = 0"};
    const char* columns[] = {"'image'", "'state'", "'action'"};
    for (int i = 0; i < 3; ++i) {
      const QString dir = m_tmp.filePath(QString("crafted%1").arg(i));
      const QString out = m_tmp.filePath(QString("export-crafted%1").arg(i));
      {
        auto s = SessionStore::create(dir, labtest::storeMeta(3, 2, 4));
        fill(*s);
        QVERIFY(rawExec(s->handle(), sqls[i]));
      }
      SessionExporter::Options opt;
      opt.outputDir = out;
      EXPECT_STORE_ERROR(SessionExporter(dir).run(opt), lab::StoreError::Kind::Damaged,
                         QString("episode 2 step 0: column %1").arg(columns[i]));
      QCOMPARE(QDir(out).entryList(QDir::Files), QStringList());
    }
  }

  // The window's Export and `sigent-lab export` write the policy through exportNewestPolicy: a
  // damaged newest checkpoint is skipped with its own code and the next older one exported; a
  // session without checkpoints says so instead of throwing.
  void exportNewestPolicy_skipsDamagedNewest_exportsOlder() {
    const QString dir = m_tmp.filePath("policy-fallback");
    auto meta = tinyLearnerMeta();
    meta.config.insert("failure_is_terminal", true);  // a controller key the learner must ignore
    const QString out = m_tmp.filePath("policy-fallback-out.pt");
    {
      auto s = SessionStore::create(dir, meta);
      const auto none = lab::exportNewestPolicy(dir, out);
      QCOMPARE(none.checkpoints, 0);
      QVERIFY(none.file.isEmpty());
      QVERIFY(!QFile::exists(out));
      for (int step : {10, 20})
        addLearnerCheckpoint(*s, dir + QString("/checkpoints/learner_%1.ckpt").arg(step), step);
    }
    QFile newest(dir + "/checkpoints/learner_20.ckpt");
    QVERIFY(newest.open(QIODevice::ReadWrite));
    QVERIFY(newest.resize(newest.size() / 2));  // a crash mid-write, say
    newest.close();
    const auto written = lab::exportNewestPolicy(dir, out);
    QCOMPARE(written.checkpoints, 2);
    QCOMPARE(written.file, out);
    QCOMPARE(written.step, int64_t(10));  // the older one
    QVERIFY(QFileInfo(out).size() > 0);
    QCOMPARE(int(written.skipped.size()), 1);
    QVERIFY2(written.skipped[0].code != lab::NoticeCode::Detail,
             qPrintable(written.skipped[0].english()));
  }

  // `sigent-lab export` reads the session read-only: it works while the window trains (the
  // session's lock file held, another connection inside a write transaction), from a read-only
  // folder, and leaves session.sqlite byte-identical.
  void cliExport_readOnly_whileTraining_leavesFileIdentical() {
    if (!QFile::exists(QDir(qEnvironmentVariable("LAB_BINARY_DIR")).filePath("bin/sigent-lab"))) {
      QFAIL("bin/sigent-lab not built (LAB_BINARY_DIR not set: run through ctest)");
    }
    const QString dir = m_tmp.filePath("cli");
    {
      auto s = SessionStore::create(dir, tinyLearnerMeta());
      fill(*s);
      addLearnerCheckpoint(*s, dir + "/checkpoints/learner_000000000.ckpt", 0);
    }
    const QString db = dir + "/session.sqlite";
    const QByteArray before = sha256Of(db);
    QVERIFY(!before.isEmpty());
    {
      auto training = SessionStore::open(dir);  // holds session.sqlite.lock, as the window does
      sqlite3* other = nullptr;
      QCOMPARE(sqlite3_open(QFile::encodeName(db).constData(), &other), SQLITE_OK);
      QVERIFY(rawExec(other, "BEGIN IMMEDIATE"));
      QVERIFY(rawExec(other,
                      "INSERT INTO events(time_ms, level, source, message) "
                      "VALUES (1, 'info', 'test', 'uncommitted')"));
      const CliRun r = runExportCli({"--session", dir, "--out", m_tmp.filePath("cli-out1")});
      QVERIFY2(r.exitCode == 0, qPrintable(r.output));
      QVERIFY2(r.output.contains("policy from checkpoint step 0"), qPrintable(r.output));
      QVERIFY(QFile::exists(m_tmp.filePath("cli-out1/dataset.hdf5")));
      QVERIFY(QFile::exists(m_tmp.filePath("cli-out1/policy.pt")));
      QCOMPARE(sha256Of(db), before);
      QVERIFY(rawExec(other, "ROLLBACK"));
      sqlite3_close_v2(other);
    }
    QCOMPARE(sha256Of(db), before);

    // Read-only folder (root ignores permission bits: the immutable attribute, as in
    // test_session_store).
    const bool root = ::geteuid() == 0;
    bool readOnly = false;
    if (root) {
      readOnly = QProcess::execute("chattr", {"+i", db, dir}) == 0;
    } else {
      readOnly = QFile::setPermissions(db, QFile::ReadOwner) &&
                 QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner);
    }
    const auto restore = qScopeGuard([&] {
      if (root) {
        QProcess::execute("chattr", {"-i", db, dir});
      } else {
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
      }
    });
    if (!readOnly) QSKIP("cannot make a folder read-only here (chattr not supported)");
    const CliRun r = runExportCli({"--session", dir, "--out", m_tmp.filePath("cli-out2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY(QFile::exists(m_tmp.filePath("cli-out2/dataset.hdf5")));
    QVERIFY(QFile::exists(m_tmp.filePath("cli-out2/policy.pt")));
    QCOMPARE(sha256Of(db), before);
    QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden),
             QStringList({"session.sqlite"}));  // no -wal, -shm or lock file left behind
  }

  void export_badInput_givesClearErrors() {
    SessionExporter::Options opt;
    opt.outputDir = m_tmp.filePath("export-bad");
    try {
      SessionExporter(m_tmp.filePath("no-such-session")).run(opt);
      QFAIL("no error for a missing session");
    } catch (const lab::StoreError& e) {
      QVERIFY2(QString(e.what()).contains("does not exist"), e.what());
    }
    const QString dir = m_tmp.filePath("bad-policy");
    SessionStore::create(dir, labtest::storeMeta());
    opt.policyFile = m_tmp.filePath("missing-policy.pt");
    try {
      SessionExporter(dir).run(opt);
      QFAIL("no error for a missing policy file");
    } catch (const lab::StoreError& e) {
      QVERIFY2(QString(e.what()).contains("policy file"), e.what());
    }
    QCOMPARE(lab::CsvExporter::formatNumber(0.1), QString("0.1"));
    QCOMPARE(lab::CsvExporter::formatNumber(-std::numeric_limits<double>::infinity()),
             QString("-inf"));
  }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
