// The learning benchmark runner (bench/learning.py) end to end on a tiny grid: point-reach on
// state, two methods x one seed, 200 steps through `sigent-lab train`. It is stopped (SIGTERM)
// once mid-run and started again; the CSV must then hold one row per run with every column,
// evaluations that go on where they stopped (the run resumed, not restarted), and a PNG with
// the curves drawn by sigent-lab-plot; a third start trains nothing.
#include <sys/file.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

class TestBenchLearning : public QObject {
  Q_OBJECT

  QTemporaryDir m_dir;
  // The plot's palette (tab10), in the order it gives curves.
  static inline const QColor kBlue{31, 119, 180}, kOrange{255, 127, 14}, kGreen{44, 160, 44},
      kRed{214, 39, 40};
  QString m_python;

  QString path(const QString& rel) const { return m_dir.filePath(rel); }

  QStringList runnerArgs() const {
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/";
    return {qEnvironmentVariable("LAB_SOURCE_DIR") + "/bench/learning.py",
            "--bin",
            path("engine/sigent-lab"),
            "--plot-bin",
            bin + "sigent-lab-plot",
            "--methods",
            "sigent,sac",
            "--robots",
            "point-reach",
            "--seeds",
            "1",
            "--steps",
            "200",
            "--eval-every",
            "100",
            "--eval-episodes",
            "5",
            "--held",
            "1",
            "--parallel",
            "1",
            "--runs",
            path("runs"),
            "--out",
            path("results/learning.csv"),
            "--warmup-updates",
            "50",
            "--q-block",
            "25",
            "--set",
            "hidden_dim=64",
            "--set",
            "batch_size=64"};
  }

  static constexpr const char* kEngineCommit = "0123abc-engine";
  static constexpr const char* kHeader =
      "method,variant,robot,observation,start_spread,seed,demo_seed,steps_budget,"
      "eval_every,eval_episodes,held_over,steps_to_solved,held,final_success_rate,"
      "learned_steps,demo_steps,q_oscillation,ood_action_ratio,minutes_to_solved,"
      "train_minutes,last_env_step,updates,commit,successes_per_evaluation,"
      "env_steps_per_evaluation\n";

  // Pixels of exactly this colour: a curve's line and legend sample (its band is blended).
  static int pixelsOf(const QImage& image, const QColor& color) {
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
      for (int x = 0; x < image.width(); ++x) n += image.pixelColor(x, y) == color;
    }
    return n;
  }

  static int lineCount(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return 0;
    return f.readAll().count('\n');
  }

  struct Csv {
    QStringList header;
    QList<QMap<QString, QString>> rows;
  };
  static Csv readCsv(const QString& file) {
    QFile f(file);
    Csv csv;
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) return csv;
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    csv.header = lines.value(0).split(',');
    for (const QString& line : lines.mid(1)) {
      const QStringList fields = line.split(',');
      QMap<QString, QString> row;
      for (int i = 0; i < csv.header.size(); ++i) row[csv.header[i]] = fields.value(i);
      row["#fields"] = QString::number(fields.size());
      csv.rows << row;
    }
    return csv;
  }

 private Q_SLOTS:
  void initTestCase() {
    QVERIFY(m_dir.isValid());
    // The runner trains through a link to the built engine with a BUILD_COMMIT of its own, as a
    // copied bin/ of another commit would have: the rows must name it, not the source tree.
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/";
    QVERIFY2(QFileInfo(bin + "BUILD_COMMIT").size() > 0, "the build writes bin/BUILD_COMMIT");
    QVERIFY(QDir().mkpath(path("engine")));
    QVERIFY(QFile::link(bin + "sigent-lab", path("engine/sigent-lab")));
    QFile stamp(path("engine/BUILD_COMMIT"));
    QVERIFY(stamp.open(QIODevice::WriteOnly));
    stamp.write(QByteArray(kEngineCommit) + "\n");
    m_python = QStandardPaths::findExecutable("python3");
    if (m_python.isEmpty()) QSKIP("python3 is not installed");
  }

  // What each run still needs, judged from its evaluations alone: to the first solved one, then
  // on to --held more on the same grid (eval_every 500: first solved at 1003 -> train to 2000).
  // One --dry-run over seven seeds whose folders hold the evaluations below.
  void held_runsOnPastFirstSolved_untilVerdict() {
    const QList<QPair<QString, QString>> cases = {
        // env_step:success_rate ..., expected
        {"", "would train to 3000 steps (stop at solved)"},
        {"510:0.5", "would train to 3000 steps (stop at solved)"},
        {"510:0.5 3004:0.9", "done"},
        {"510:0.5 1003:1", "would train to 2000 steps (stop at steps)"},
        {"510:0.5 1003:1 1510:1", "would train to 2000 steps (stop at steps)"},
        {"510:0.5 1003:1 1510:1 2004:1", "done"},
        {"510:0.5 1003:1 1510:0.95", "done"}};
    const QString runs = path("dry");
    QStringList seeds;
    for (int i = 0; i < cases.size(); ++i) {
      seeds << QString::number(i + 1);
      const QString folder =
          QString("%1/sigent-point-reach-state-seed%2-demo42").arg(runs).arg(i + 1);
      QVERIFY(QDir().mkpath(folder));
      QFile progress(folder + "/progress.csv");
      QVERIFY(progress.open(QIODevice::WriteOnly));
      progress.write("env_step,success_rate,mean_steps,demo_steps,seconds\n");
      for (const QString& e : cases[i].first.split(' ', Qt::SkipEmptyParts)) {
        progress.write((e.section(':', 0, 0) + "," + e.section(':', 1) + ",10,10,5\n").toUtf8());
      }
    }
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/sigent-lab";
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_python, {qEnvironmentVariable("LAB_SOURCE_DIR") + "/bench/learning.py",
                       "--bin",
                       bin,
                       "--methods",
                       "sigent",
                       "--robots",
                       "point-reach",
                       "--seeds",
                       seeds.join(','),
                       "--steps",
                       "3000",
                       "--eval-every",
                       "500",
                       "--held",
                       "2",
                       "--runs",
                       runs,
                       "--out",
                       runs + "/learning.csv",
                       "--dry-run"});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAll());
    QCOMPARE(p.exitCode(), 0);
    for (int i = 0; i < cases.size(); ++i) {
      const QString line =
          QString("sigent-point-reach-state-seed%1-demo42: %2\n").arg(i + 1).arg(cases[i].second);
      QVERIFY2(out.contains(line), qPrintable(cases[i].first + " -> " + line + " in " + out));
    }
    QVERIFY(!QFile::exists(runs + "/learning.csv"));
  }

  void grid_stoppedAndResumed_oneRowPerRun_andPlot() {
    const QString first = path(
        "runs/sigent-point-reach-state-seed1-demo42-"
        "batch_size=64+hidden_dim=64");
    QProcess runner;
    runner.setProcessChannelMode(QProcess::MergedChannels);
    runner.start(m_python, runnerArgs());
    QVERIFY(runner.waitForStarted());
    // Stop once the first run has written its first evaluation (header + 1 row).
    QTRY_VERIFY_WITH_TIMEOUT(
        lineCount(first + "/progress.csv") >= 2 || runner.state() == QProcess::NotRunning, 120000);
    QVERIFY2(runner.state() == QProcess::Running, runner.readAll().constData());
    runner.terminate();
    QVERIFY(runner.waitForFinished(60000));
    const QByteArray stopped = runner.readAll();
    QCOMPARE(runner.exitCode(), 130);
    QVERIFY2(stopped.contains("the same command resumes"), stopped.constData());
    QVERIFY(!QFile::exists(first + "/final.ckpt"));
    QVERIFY(readCsv(path("results/learning.csv")).rows.isEmpty());

    runner.start(m_python, runnerArgs());
    // Another runner's row, written while this one trains (after it started): kept, not
    // overwritten by what this runner read at its start.
    QByteArray resumed;
    QTRY_VERIFY_WITH_TIMEOUT((resumed += runner.readAll()).contains("train to") ||
                                 runner.state() == QProcess::NotRunning,
                             120000);
    writeForeignRow(path("results/learning.csv"));
    QVERIFY(runner.waitForFinished(300000));
    resumed += runner.readAll();
    QVERIFY2(runner.exitCode() == 0, resumed.constData());
    QFile log(first + ".log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("session reopened"), "the stopped run was not reopened");

    const Csv csv = readCsv(path("results/learning.csv"));
    const QStringList columns = {"method",
                                 "variant",
                                 "robot",
                                 "observation",
                                 "start_spread",
                                 "seed",
                                 "demo_seed",
                                 "steps_budget",
                                 "eval_every",
                                 "eval_episodes",
                                 "held_over",
                                 "steps_to_solved",
                                 "held",
                                 "final_success_rate",
                                 "learned_steps",
                                 "demo_steps",
                                 "q_oscillation",
                                 "ood_action_ratio",
                                 "minutes_to_solved",
                                 "train_minutes",
                                 "last_env_step",
                                 "updates",
                                 "commit",
                                 "successes_per_evaluation",
                                 "env_steps_per_evaluation"};
    QCOMPARE(csv.header, columns);
    QCOMPARE(csv.rows.size(), 3);
    QSet<QString> methods;
    for (const auto& row : csv.rows) {
      if (row["method"] == "sac_bc") {  // the other runner's
        QCOMPARE(row["robot"], QString("push-cube"));
        QCOMPARE(row["steps_to_solved"], QString("1234"));
        continue;
      }
      const QString what = row["method"] + ": " + QStringList(row.values()).join(",");
      QCOMPARE(row["#fields"].toInt(), columns.size());
      methods << row["method"];
      QCOMPARE(row["robot"], QString("point-reach"));
      QCOMPARE(row["variant"], QString("batch_size=64+hidden_dim=64"));
      QCOMPARE(row["demo_seed"], QString("42"));
      const QStringList steps = row["env_steps_per_evaluation"].split(' ');
      const QStringList successes = row["successes_per_evaluation"].split(' ');
      QCOMPARE(successes.size(), steps.size());
      // One evaluation per 100 steps (at the episode boundary after each), none repeated: the
      // resumed run went on where it stopped.
      QVERIFY2(steps.size() >= 2, qPrintable(what));
      for (int i = 1; i < steps.size(); ++i) {
        QVERIFY2(steps[i].toInt() / 100 > steps[i - 1].toInt() / 100, qPrintable(what));
      }
      for (const QString& s : successes) QVERIFY(s.toInt() >= 0 && s.toInt() <= 5);
      const bool solved = row["steps_to_solved"] != "not reached";
      QVERIFY2(solved || row["last_env_step"].toInt() >= 200, qPrintable(what));
      QCOMPARE(row["last_env_step"], steps.last());
      QVERIFY2(row["updates"].toInt() >= 100, qPrintable(what));
      bool ok = false;
      const double ood = row["ood_action_ratio"].toDouble(&ok);
      QVERIFY2(ok && ood >= 0 && ood <= 1, qPrintable(what));
      QVERIFY2(row["q_oscillation"].toDouble(&ok) >= 0 && ok, qPrintable(what));
      QVERIFY2(row["train_minutes"].toDouble() > 0, qPrintable(what));
      // The engine's commit: what the build wrote beside the binary, not the runner's tree.
      QCOMPARE(row["commit"], QString(kEngineCommit));
    }
    QCOMPARE(methods, (QSet<QString>{"sigent", "sac"}));

    const QString png = path("results/plots/learning-point-reach.png");
    QVERIFY2(QFileInfo(png).size() > 5000, qPrintable(png));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1000, 600));
    // The two curves' colours (the palette's blue and orange) are on the image: they were drawn
    // (where both are at the same rate the second covers the first).
    const int drawn = pixelsOf(image, kBlue) + pixelsOf(image, kOrange);
    QVERIFY2(drawn > 300, qPrintable(QString::number(drawn)));

    // Everything is done: a third start trains nothing and keeps the rows.
    runner.start(m_python, runnerArgs() << "--no-plot");
    QVERIFY(runner.waitForFinished(60000));
    const QByteArray again = runner.readAll();
    QCOMPARE(runner.exitCode(), 0);
    QVERIFY2(!again.contains("train to"), again.constData());
    QCOMPARE(readCsv(path("results/learning.csv")).rows.size(), 3);

    // Each finished run's final policy once from the demo's own start, beside the demo.
    runner.start(m_python, runnerArgs() << "--from-demo-start");
    QVERIFY(runner.waitForFinished(120000));
    const QString lengths = QString::fromUtf8(runner.readAll());
    QVERIFY2(runner.exitCode() == 0, qPrintable(lengths));
    int lines = 0;
    for (const auto& row : csv.rows) {
      if (row["robot"] != "point-reach") continue;
      // | method | variant | robot | observation | spread | seed | demo steps | here | there |
      const QRegularExpression line(
          "\\| " + row["method"] + " \\| [^|]+ \\| point-reach \\| state \\|  \\| " + row["seed"] +
          " \\| " + QString::number(row["demo_steps"].toDouble(), 'f', 0) +
          " \\| (failed|\\d+ \\([+-]\\d+%\\)) \\| ");
      lines += line.match(lengths).hasMatch() ? 1 : 0;
    }
    QVERIFY2(lines == 2, qPrintable(lengths));
  }

  // A robot's curves are split: the methods in learning-ROBOT.png, each swept key beside the
  // same method without it in learning-ROBOT-KEY.png. A variant of a method that has no rows
  // without one (here sac_bc utd=5) is no sweep and stays with the methods.
  void plot_sweepsGetTheirOwnChart_besideTheirMethod() {
    const QString csvPath = path("split/learning.csv");
    const char* rows[][3] = {{"sigent", "", "0 10 20"},
                             {"sac", "", "0 0 0"},
                             {"sac_bc", "utd=5", "0 5 5"},
                             {"sigent", "bc_lambda=2", "5 20 20"},
                             {"sigent", "bc_lambda=0.1", "0 5 10"}};
    QStringList lines;
    for (const auto& r : rows) {
      lines << QString(
                   "%1,%2,point-reach,state,1,1,42,3000,1000,20,0,not reached,,0.5,10,10,"
                   "0.1,0.5,,1,3000,3000,abc1234,%3,1000 2000 3000\n")
                   .arg(r[0], r[1], r[2]);
    }
    writeCsv(csvPath, lines);
    QString out;
    QVERIFY(drawPlots(csvPath, path("split/plots"), out));
    QCOMPARE(QDir(path("split/plots")).entryList({"*.png"}, QDir::Files),
             (QStringList{"learning-point-reach-bc_lambda.png", "learning-point-reach.png"}));
    // Three curves in each chart: the first three colours drawn, the fourth not.
    for (const QString png : {"learning-point-reach.png", "learning-point-reach-bc_lambda.png"}) {
      const QImage image(path("split/plots/") + png);
      QCOMPARE(image.size(), QSize(1000, 600));
      for (const QColor& c : {kBlue, kOrange, kGreen}) {
        QVERIFY2(pixelsOf(image, c) > 20, qPrintable(png + " lacks " + c.name()));
      }
      QVERIFY2(pixelsOf(image, kRed) == 0, qPrintable(png + " has a fourth curve"));
    }
  }

  // A robot's settings get charts of their own: the headline's (images, full spread) keeps the
  // plain name, another is named by its observation and spread, and a sweep made at one setting
  // is charted beside the method at that setting only.
  void plot_eachSettingItsOwnChart_sweepBesideItsOwnSetting() {
    const QString csvPath = path("settings/learning.csv");
    const char* rows[][4] = {{"", "image", "1", "0 10 20"},
                             {"", "state", "0.5", "0 5 20"},
                             {"demo_drop=0.5", "state", "0.5", "0 0 5"}};
    QStringList lines;
    for (const auto& r : rows) {
      lines << QString(
                   "sigent,%1,ball-to-goal,%2,%3,1,42,3000,1000,20,0,not reached,,0.5,10,10,"
                   "0.1,0.5,,1,3000,3000,abc1234,%4,1000 2000 3000\n")
                   .arg(r[0], r[1], r[2], r[3]);
    }
    writeCsv(csvPath, lines);
    QString out;
    QVERIFY(drawPlots(csvPath, path("settings/plots"), out));
    QCOMPARE(
        QDir(path("settings/plots")).entryList({"*.png"}, QDir::Files),
        (QStringList{"learning-ball-to-goal-state-spread0.5-demo_drop.png",
                     "learning-ball-to-goal-state-spread0.5.png", "learning-ball-to-goal.png"}));
    const QString dir = path("settings/plots/");
    for (const char* line :
         {"learning-ball-to-goal.png: sigent (1 seed)",
          "learning-ball-to-goal-state-spread0.5.png: sigent (1 seed)",
          "learning-ball-to-goal-state-spread0.5-demo_drop.png: sigent (1 seed); sigent "
          "demo_drop=0.5 (1 seed)"}) {
      QVERIFY2(out.contains("wrote " + dir + QString(line) + "\n"), qPrintable(out));
    }
    // Two curves in the sweep's chart, not three: the image run is not its reference.
    const QImage sweep(dir + "learning-ball-to-goal-state-spread0.5-demo_drop.png");
    QVERIFY(pixelsOf(sweep, kBlue) > 20 && pixelsOf(sweep, kOrange) > 20);
    QCOMPARE(pixelsOf(sweep, kGreen), 0);
  }

  // A variant of two keys is charted beside its own base where that has rows
  // ("demo_drop=0.5+utd=2" beside "utd=2"), not beside the method with no variant; one whose
  // base has no rows ("h_max=2+t=3") stays beside the plain method.
  void plot_twoKeyVariant_besideItsBase() {
    const QString csvPath = path("base/learning.csv");
    const char* rows[][2] = {{"", "0 10 20"},
                             {"utd=2", "10 20 20"},
                             {"demo_drop=0.5+utd=2", "0 5 10"},
                             {"h_max=2+t=3", "0 0 5"}};
    QStringList lines;
    for (const auto& r : rows) {
      lines << QString(
                   "sigent,%1,point-reach,state,1,1,42,3000,1000,20,0,not reached,,0.5,10,10,"
                   "0.1,0.5,,1,3000,3000,abc1234,%2,1000 2000 3000\n")
                   .arg(r[0], r[1]);
    }
    writeCsv(csvPath, lines);
    QString out;
    QVERIFY(drawPlots(csvPath, path("base/plots"), out));
    const QString dir = path("base/plots/");
    for (const char* line :
         {"learning-point-reach.png: sigent (1 seed)",
          "learning-point-reach-utd.png: sigent (1 seed); sigent utd=2 (1 seed)",
          "learning-point-reach-demo_drop+utd.png: sigent demo_drop=0.5+utd=2 (1 seed); sigent "
          "utd=2 (1 seed)",
          "learning-point-reach-h_max+t.png: sigent (1 seed); sigent h_max=2+t=3 (1 seed)"}) {
      QVERIFY2(out.contains("wrote " + dir + QString(line) + "\n"), qPrintable(out));
    }
  }

  // --table: one Markdown line per method and variant over its seeds, an unsolved seed counting
  // as never (the median of 3000, never, 1000 is 3000; of one unsolved run "not in" the budget).
  // It reads the CSV only: no engine needed.
  // A robot setting (--robot-set) names the variant and reaches the simulated robot: a value the
  // sim refuses fails the run at once with the sim's own message in the run's log, nothing
  // trained and no row written.
  void robotSet_namesTheVariant_reachesTheSim() {
    const QString runs = path("robotset");
    const QString bin = qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/sigent-lab";
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_python, {qEnvironmentVariable("LAB_SOURCE_DIR") + "/bench/learning.py", "--bin", bin,
                       "--methods", "sigent", "--robots", "push-cube", "--seeds", "1", "--set",
                       "utd=2", "--robot-set", "camera_noise=0.9", "--runs", runs, "--out",
                       runs + "/learning.csv", "--no-plot"});
    QVERIFY(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAll());
    QVERIFY2(p.exitCode() != 0, qPrintable(out));
    const QString name = "sigent-push-cube-image-spread0.5-seed1-demo42-camera_noise=0.9+utd=2";
    QVERIFY2(out.contains(name + ": sigent-lab train failed"), qPrintable(out));
    QFile log(runs + "/" + name + ".log");
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains("camera_noise") && text.contains("[0, 0.5]"), qPrintable(text));
    QVERIFY(!QFile::exists(runs + "/learning.csv"));
  }

  void table_oneLinePerMethodOverItsSeeds() {
    const QString csvPath = path("table/learning.csv");
    const char* rows[][5] = {{"sigent", "3", "1000", "yes", "12"},
                             {"sigent", "1", "3000", "no", "10"},
                             {"sigent", "2", "not reached", "", ""},
                             {"sac", "1", "not reached", "", ""}};
    QStringList lines;
    for (const auto& r : rows) {
      lines << QString(
                   "%1,,point-reach,state,1,%2,42,3000,1000,20,2,%3,%4,0.5,%5,10,0.1,0.5,,1,"
                   "3000,3000,abc1234,0 10 20,1000 2000 3000\n")
                   .arg(r[0], r[1], r[2], r[3], r[4]);
    }
    writeCsv(csvPath, lines);
    QProcess table;
    table.start(m_python, {qEnvironmentVariable("LAB_SOURCE_DIR") + "/bench/learning.py", "--table",
                           "--out", csvPath, "--bin", path("no-engine")});
    QVERIFY(table.waitForFinished(60000));
    const QString out = QString::fromUtf8(table.readAllStandardOutput());
    QVERIFY2(table.exitCode() == 0, table.readAllStandardError().constData());
    QVERIFY2(out.startsWith("point-reach, state, start spread 1\n"), qPrintable(out));
    QVERIFY2(out.contains("| sigent |  | 3 | 2 of 3 | 3,000 | s1 3,000; s2 -; s3 "
                          "1,000 | 1 of 2 | 0.50 | 11.0 / 10 |"),
             qPrintable(out));
    QVERIFY2(out.contains("| sac |  | 1 | 0 of 1 | not in 3,000 | s1 - | - |"), qPrintable(out));
    QVERIFY(out.indexOf("| sigent |") < out.indexOf("| sac |"));
  }

 private:
  // sigent-lab-plot on `csvPath` into `outDir`; false (with its stderr as a warning) unless it
  // exits 0 within a minute. `out` gets what it printed.
  static bool drawPlots(const QString& csvPath, const QString& outDir, QString& out) {
    QProcess plot;
    plot.start(qEnvironmentVariable("LAB_BINARY_DIR") + "/bin/sigent-lab-plot",
               {"--csv", csvPath, "--out", outDir});
    if (!plot.waitForFinished(60000) || plot.exitCode() != 0) {
      qWarning().noquote() << "sigent-lab-plot failed:" << plot.readAllStandardError();
      return false;
    }
    out = QString::fromUtf8(plot.readAllStandardOutput());
    return true;
  }

  // A CSV of the runner's header and `lines` (each a row ending in a newline).
  static void writeCsv(const QString& csvPath, const QStringList& lines) {
    QVERIFY(QDir().mkpath(QFileInfo(csvPath).path()));
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Text));
    f.write(kHeader);
    for (const QString& line : lines) f.write(line.toUtf8());
  }

  // One row as another runner would write it (header first if the file is new).
  static void writeForeignRow(const QString& csvPath) {
    // The runner's lock, so this cannot fall between its read and its write.
    QVERIFY(QDir().mkpath(QFileInfo(csvPath).path()));
    QFile lock(QString(csvPath).replace(".csv", ".csv.lock"));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    QCOMPARE(::flock(lock.handle(), LOCK_EX), 0);
    const bool fresh = !QFile::exists(csvPath);
    QFile f(csvPath);
    QVERIFY(f.open(QIODevice::Append | QIODevice::Text));
    if (fresh) f.write(kHeader);
    f.write(
        "sac_bc,,push-cube,image,1,9,42,2000,1000,20,0,1234,,1.0,20,18,0.1,0.5,3,3,1234,1234,"
        "abc1234,0 20,1000 1234\n");
  }
};

QTEST_GUILESS_MAIN(TestBenchLearning)
#include "test_bench_learning.moc"
