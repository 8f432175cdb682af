#pragma once
// Builders shared by test_session_store and test_export: a session meta and episodes whose
// every byte is distinct and reproducible, so round trips compare exactly.
#include <QJsonObject>
#include <QtTest>
#include <cstdint>
#include <random>

#include "episode_record.h"
#include "store_types.h"

// Expects `expr` to throw lab::StoreError of `wantKind` whose message contains `substr`.
#define EXPECT_STORE_ERROR(expr, wantKind, substr)                                        \
  do {                                                                                    \
    QString msg_;                                                                         \
    bool thrown_ = false;                                                                 \
    lab::StoreError::Kind kind_ = lab::StoreError::Kind::Generic;                         \
    try {                                                                                 \
      expr;                                                                               \
    } catch (const lab::StoreError& e) {                                                  \
      thrown_ = true;                                                                     \
      msg_ = QString::fromUtf8(e.what());                                                 \
      kind_ = e.kind();                                                                   \
    }                                                                                     \
    QVERIFY2(thrown_, "no StoreError from " #expr);                                       \
    qDebug().noquote() << "expected error:" << msg_;                                      \
    QVERIFY2(kind_ == (wantKind), qPrintable("wrong kind, message: " + msg_));            \
    QVERIFY2(msg_.contains(substr, Qt::CaseInsensitive), qPrintable("message: " + msg_)); \
  } while (0)

namespace labtest {

inline lab::SessionMeta storeMeta(int stateDim = 3, int actionDim = 2, int imageSize = 8) {
  lab::SessionMeta m;
  m.robotId = "push_cube";
  m.robotName = "Push-Cube (sim)";
  m.pluginVersion = "1.2.3";
  m.appVersion = "0.1.0";
  m.torchVersion = "1.13.0";
  m.config = QJsonObject{{"gamma", 0.99}, {"preset", "sigent"}, {"batchSize", 256}};
  m.seed = 0xFEDCBA9876543210ULL;  // above 2^63: checks the uint64 round trip
  m.seeds = QJsonObject{{"env", 7}, {"torch", 1}};
  m.stateDim = stateDim;
  m.actionDim = actionDim;
  m.imageSize = imageSize;
  return m;
}

inline lab::Observation randomObs(std::mt19937& rng, const lab::SessionMeta& m) {
  lab::Observation o;
  std::uniform_int_distribution<int> byte(0, 255);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  o.image.resize(static_cast<std::size_t>(m.imageSize) * m.imageSize);
  for (auto& p : o.image) p = static_cast<std::uint8_t>(byte(rng));
  o.state.resize(m.stateDim);
  for (auto& v : o.state) v = normal(rng);
  return o;
}

// `steps` steps; next of step i = obs of step i+1 (a real trajectory), the last step's next is
// its own. `interventions` lists the steps driven by the operator.
inline lab::EpisodeRecord makeEpisode(const lab::SessionMeta& m, int64_t id, const QString& kind,
                                      int steps, unsigned seed,
                                      std::vector<int> interventions = {}) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<float> unit(-1.0f, 1.0f);
  lab::EpisodeRecord ep;
  ep.id = id;
  ep.kind = kind;
  ep.seed = seed;
  ep.startedMs = 1700000000000LL + seed;
  ep.endedMs = ep.startedMs + 1000 * steps;
  std::vector<lab::Observation> obs;
  for (int i = 0; i <= steps; ++i) obs.push_back(randomObs(rng, m));
  for (int i = 0; i < steps; ++i) {
    lab::StepRecord s;
    s.transition.obs = obs[i];
    s.transition.next = obs[i + 1];
    s.transition.action.resize(m.actionDim);
    for (auto& a : s.transition.action) a = unit(rng);
    s.transition.reward = 0.0f;
    s.intervention =
        std::find(interventions.begin(), interventions.end(), i) != interventions.end();
    s.values.q = 0.5 + i;
    s.values.hSig = 0.25 * i;
    s.values.gate = i % 2;
    ep.steps.push_back(s);
  }
  return ep;
}

inline void compareSteps(const std::vector<lab::StepRecord>& got,
                         const std::vector<lab::StepRecord>& want) {
  QCOMPARE(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    const auto& g = got[i].transition;
    const auto& w = want[i].transition;
    QVERIFY2(g.obs.image == w.obs.image, qPrintable(QString("image of step %1").arg(i)));
    QVERIFY2(g.obs.state == w.obs.state, qPrintable(QString("state of step %1").arg(i)));
    QVERIFY2(g.action == w.action, qPrintable(QString("action of step %1").arg(i)));
    QVERIFY2(g.next.image == w.next.image, qPrintable(QString("next image of step %1").arg(i)));
    QVERIFY2(g.next.state == w.next.state, qPrintable(QString("next state of step %1").arg(i)));
    QCOMPARE(g.reward, w.reward);
    QCOMPARE(g.terminal, w.terminal);
    QCOMPARE(got[i].intervention, want[i].intervention);
    QCOMPARE(got[i].values.q, want[i].values.q);
    QCOMPARE(got[i].values.hSig, want[i].values.hSig);
    QCOMPARE(got[i].values.gate, want[i].values.gate);
  }
}

}  // namespace labtest
