#include "hdf5_exporter.h"

#include <hdf5.h>

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <algorithm>

#include "store_log.h"

namespace lab {

namespace {

// The innermost message on HDF5's error stack (the library's own words for the cause).
herr_t firstError(unsigned n, const H5E_error2_t* e, void* out) {
  if (n == 0 && e && e->desc) *static_cast<QString*>(out) = QString::fromUtf8(e->desc);
  return 0;
}

// Owns one hid_t and closes it with the matching H5?close.
class Handle {
 public:
  Handle(hid_t id, herr_t (*close)(hid_t)) : m_id(id), m_close(close) {}
  ~Handle() {
    if (m_id >= 0) m_close(m_id);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  operator hid_t() const { return m_id; }

 private:
  hid_t m_id;
  herr_t (*m_close)(hid_t);
};

// Writing one file: error reporting with the file's name, typed datasets and attributes.
class Writer {
 public:
  explicit Writer(const QString& path) : m_path(path) {}

  [[noreturn]] void fail(const QString& what) const {
    QString cause;
    H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, firstError, &cause);
    throw StoreError(Notice(NoticeCode::ExportHdf5Failed, m_path, what,
                            cause.isEmpty() ? QString() : ": " + cause));
  }
  // hid_t results: the id, or a StoreError when negative.
  hid_t check(hid_t id, const QString& what) const {
    if (id < 0) fail(what);
    return id;
  }
  // herr_t results.
  void ok(herr_t rc, const char* what) const {
    if (rc < 0) fail(what);
  }

  // rows x dims...; gzip > 0 makes it chunked and compressed (needs every extent > 0).
  hid_t dataset(hid_t loc, const char* name, hid_t type, std::vector<hsize_t> dims,
                int gzip = 0) const {
    Handle space(check(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr),
                       QString("creating the shape of %1").arg(name)),
                 H5Sclose);
    Handle dcpl(check(H5Pcreate(H5P_DATASET_CREATE), "creating a property list"), H5Pclose);
    const bool nonEmpty = std::all_of(dims.begin(), dims.end(), [](hsize_t d) { return d > 0; });
    if (gzip > 0 && nonEmpty) {
      std::vector<hsize_t> chunk = dims;
      chunk[0] = std::min<hsize_t>(dims[0], 64);  // 64 frames: 256 KiB for 64x64 images
      ok(H5Pset_chunk(dcpl, static_cast<int>(chunk.size()), chunk.data()), "setting chunks");
      ok(H5Pset_deflate(dcpl, static_cast<unsigned>(std::min(gzip, 9))), "setting gzip");
    }
    return check(H5Dcreate2(loc, name, type, space, H5P_DEFAULT, dcpl, H5P_DEFAULT),
                 QString("creating dataset %1").arg(name));
  }

  // Rows [offset, offset + rows) of a dataset from a contiguous buffer.
  void rows(hid_t ds, hid_t memType, hsize_t offset, hsize_t count, const void* data) const {
    Handle fspace(check(H5Dget_space(ds), "reading a dataset's shape"), H5Sclose);
    const int rank = H5Sget_simple_extent_ndims(fspace);
    std::vector<hsize_t> dims(rank);
    H5Sget_simple_extent_dims(fspace, dims.data(), nullptr);
    std::vector<hsize_t> start(rank, 0), size = dims;
    start[0] = offset;
    size[0] = count;
    for (hsize_t d : size) {
      if (d == 0) return;  // nothing to write (no rows, or a 0-wide observation)
    }
    ok(H5Sselect_hyperslab(fspace, H5S_SELECT_SET, start.data(), nullptr, size.data(), nullptr),
       "selecting rows");
    Handle mspace(check(H5Screate_simple(rank, size.data(), nullptr), "shaping rows"), H5Sclose);
    ok(H5Dwrite(ds, memType, mspace, fspace, H5P_DEFAULT, data), "writing rows");
  }

  void strings(hid_t loc, const char* name, const QStringList& values, hid_t strType) const {
    std::vector<QByteArray> utf8;
    std::vector<const char*> ptrs;
    for (const QString& v : values) utf8.push_back(v.toUtf8());
    for (const QByteArray& b : utf8) ptrs.push_back(b.constData());
    Handle ds(dataset(loc, name, strType, {static_cast<hsize_t>(values.size())}), H5Dclose);
    if (!ptrs.empty())
      ok(H5Dwrite(ds, strType, H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()), "writing strings");
  }

  void attr(hid_t loc, const char* name, hid_t type, const void* value) const {
    Handle space(check(H5Screate(H5S_SCALAR), "creating a scalar"), H5Sclose);
    Handle a(check(H5Acreate2(loc, name, type, space, H5P_DEFAULT, H5P_DEFAULT),
                   QString("creating attribute %1").arg(name)),
             H5Aclose);
    ok(H5Awrite(a, type, value), "writing an attribute");
  }
  void attr(hid_t loc, const char* name, const QString& value, hid_t strType) const {
    const QByteArray utf8 = value.toUtf8();
    const char* p = utf8.constData();
    attr(loc, name, strType, &p);
  }
  void attr(hid_t loc, const char* name, int64_t value) const {
    attr(loc, name, H5T_NATIVE_INT64, &value);
  }

 private:
  QString m_path;
};

// Turns HDF5's automatic error printing off for this scope (we report through StoreError).
class QuietErrors {
 public:
  QuietErrors() {
    H5Eget_auto2(H5E_DEFAULT, &m_func, &m_data);
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
  }
  ~QuietErrors() { H5Eset_auto2(H5E_DEFAULT, m_func, m_data); }

 private:
  H5E_auto2_t m_func = nullptr;
  void* m_data = nullptr;
};

}  // namespace

Hdf5Exporter::Result Hdf5Exporter::write(const SessionStore& store, const QString& path,
                                         const Options& options, const Progress& progress) {
  QuietErrors quiet;
  const SessionMeta& meta = store.meta();
  std::vector<EpisodeRow> episodes;
  for (const EpisodeRow& e : store.episodes()) {
    if (options.kinds.isEmpty() || options.kinds.contains(e.kind)) episodes.push_back(e);
  }
  hsize_t n = 0;
  for (const EpisodeRow& e : episodes) {
    if (e.steps < 0) {
      throw StoreError(StoreError::Kind::Damaged,
                       QString("%1 is damaged: episode %2 has an invalid step count")
                           .arg(store.databasePath())
                           .arg(e.id));
    }
    n += static_cast<hsize_t>(e.steps);
  }
  const hsize_t s = meta.stateDim, a = meta.actionDim, side = meta.imageSize;

  const QString part = path + ".part";
  QFile::remove(part);
  Writer w(path);
  Result result;
  try {
    Handle file(w.check(H5Fcreate(QFile::encodeName(part).constData(), H5F_ACC_TRUNC, H5P_DEFAULT,
                                  H5P_DEFAULT),
                        "creating the file"),
                H5Fclose);
    // h5py reads an int8 enum {FALSE, TRUE} as numpy bool (D4RL's terminals/timeouts).
    Handle boolType(w.check(H5Tenum_create(H5T_NATIVE_INT8), "creating the bool type"), H5Tclose);
    const int8_t f = 0, t = 1;
    w.ok(H5Tenum_insert(boolType, "FALSE", &f), "creating the bool type");
    w.ok(H5Tenum_insert(boolType, "TRUE", &t), "creating the bool type");
    Handle strType(w.check(H5Tcopy(H5T_C_S1), "creating the string type"), H5Tclose);
    w.ok(H5Tset_size(strType, H5T_VARIABLE), "creating the string type");
    w.ok(H5Tset_cset(strType, H5T_CSET_UTF8), "creating the string type");

    const hid_t f32 = H5T_IEEE_F32LE, f64 = H5T_IEEE_F64LE;
    Handle obs(w.dataset(file, "observations", f32, {n, s}), H5Dclose);
    Handle nextObs(w.dataset(file, "next_observations", f32, {n, s}), H5Dclose);
    Handle actions(w.dataset(file, "actions", f32, {n, a}), H5Dclose);
    Handle rewards(w.dataset(file, "rewards", f32, {n}), H5Dclose);
    Handle terminals(w.dataset(file, "terminals", boolType, {n}), H5Dclose);
    Handle timeouts(w.dataset(file, "timeouts", boolType, {n}), H5Dclose);
    const bool images = side > 0;
    const int gzip = options.imageCompression;
    Handle img(images ? w.dataset(file, "images", H5T_STD_U8LE, {n, side, side}, gzip) : -1,
               H5Dclose);
    Handle nextImg(
        images ? w.dataset(file, "next_images", H5T_STD_U8LE, {n, side, side}, gzip) : -1,
        H5Dclose);
    Handle infos(w.check(H5Gcreate2(file, "infos", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                         "creating group infos"),
                 H5Gclose);
    Handle epId(w.dataset(infos, "episode_id", H5T_STD_I64LE, {n}), H5Dclose);
    Handle stepIdx(w.dataset(infos, "step", H5T_STD_I32LE, {n}), H5Dclose);
    Handle interv(w.dataset(infos, "intervention", boolType, {n}), H5Dclose);
    Handle expert(w.dataset(infos, "expert", boolType, {n}), H5Dclose);
    Handle q(w.dataset(infos, "q", f64, {n}), H5Dclose);
    Handle hSig(w.dataset(infos, "h_sig", f64, {n}), H5Dclose);
    Handle gate(w.dataset(infos, "gate", f64, {n}), H5Dclose);

    hsize_t offset = 0;
    for (const EpisodeRow& e : episodes) {
      const std::vector<StepRecord> steps = store.transitions(e.id);
      if (static_cast<int>(steps.size()) != e.steps) {
        throw StoreError(StoreError::Kind::Damaged,
                         QString("episode %1 lists %2 steps but has %3 transitions: the session "
                                 "database is inconsistent")
                             .arg(e.id)
                             .arg(e.steps)
                             .arg(steps.size()));
      }
      const hsize_t m = steps.size();
      std::vector<float> o, no, act, rew(m);
      std::vector<std::uint8_t> im, nim;
      std::vector<int8_t> term(m), tout(m), itv(m), exp(m);
      std::vector<int64_t> ids(m, e.id);
      std::vector<int32_t> idx(m);
      std::vector<double> qv(m), hv(m), gv(m);
      for (hsize_t i = 0; i < m; ++i) {
        const StepRecord& r = steps[i];
        const Transition& tr = r.transition;
        o.insert(o.end(), tr.obs.state.begin(), tr.obs.state.end());
        no.insert(no.end(), tr.next.state.begin(), tr.next.state.end());
        act.insert(act.end(), tr.action.begin(), tr.action.end());
        im.insert(im.end(), tr.obs.image.begin(), tr.obs.image.end());
        nim.insert(nim.end(), tr.next.image.begin(), tr.next.image.end());
        rew[i] = tr.reward;
        term[i] = tr.terminal ? 1 : 0;
        // D4RL's timeouts: the episode ended here without a terminal (time limit, failure
        // configured as non-terminal, unlabelled), so terminals | timeouts splits episodes.
        tout[i] = (i + 1 == m && !tr.terminal) ? 1 : 0;
        itv[i] = r.intervention ? 1 : 0;
        exp[i] = (e.kind == "demo" || r.intervention) ? 1 : 0;
        idx[i] = static_cast<int32_t>(i);
        qv[i] = r.values.q;
        hv[i] = r.values.hSig;
        gv[i] = r.values.gate;
      }
      // Every buffer must hold exactly rows x shape values before HDF5 reads it: a blob of
      // another length (a damaged or crafted file) would make it read past the buffer.
      // SessionStore's readers refuse such rows already; this is the last line.
      const auto fits = [&](std::size_t have, hsize_t perRow, const char* column) {
        if (have == m * perRow) return;
        throw StoreError(StoreError::Kind::Damaged,
                         QString("%1 is damaged: episode %2 column '%3' holds %4 values, its "
                                 "%5 steps x the session's shape %6 need %7")
                             .arg(store.databasePath())
                             .arg(e.id)
                             .arg(column)
                             .arg(have)
                             .arg(m)
                             .arg(perRow)
                             .arg(m * perRow));
      };
      fits(o.size(), s, "state");
      fits(no.size(), s, "next_state");
      fits(act.size(), a, "action");
      if (images) {
        fits(im.size(), side * side, "image");
        fits(nim.size(), side * side, "next_image");
      }
      w.rows(obs, H5T_NATIVE_FLOAT, offset, m, o.data());
      w.rows(nextObs, H5T_NATIVE_FLOAT, offset, m, no.data());
      w.rows(actions, H5T_NATIVE_FLOAT, offset, m, act.data());
      w.rows(rewards, H5T_NATIVE_FLOAT, offset, m, rew.data());
      w.rows(terminals, boolType, offset, m, term.data());
      w.rows(timeouts, boolType, offset, m, tout.data());
      if (images) {
        w.rows(img, H5T_NATIVE_UINT8, offset, m, im.data());
        w.rows(nextImg, H5T_NATIVE_UINT8, offset, m, nim.data());
      }
      w.rows(epId, H5T_NATIVE_INT64, offset, m, ids.data());
      w.rows(stepIdx, H5T_NATIVE_INT32, offset, m, idx.data());
      w.rows(interv, boolType, offset, m, itv.data());
      w.rows(expert, boolType, offset, m, exp.data());
      w.rows(q, H5T_NATIVE_DOUBLE, offset, m, qv.data());
      w.rows(hSig, H5T_NATIVE_DOUBLE, offset, m, hv.data());
      w.rows(gate, H5T_NATIVE_DOUBLE, offset, m, gv.data());
      offset += m;
      ++result.episodes;
      if (progress && !progress(n ? double(offset) / double(n) : 1.0)) {
        result.cancelled = true;
        break;
      }
    }
    result.transitions = static_cast<int64_t>(offset);

    if (!result.cancelled) {
      // Per-episode index: rows [start, start + length) of the datasets above.
      Handle eg(w.check(H5Gcreate2(file, "episodes", H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT),
                        "creating group episodes"),
                H5Gclose);
      const hsize_t ne = episodes.size();
      std::vector<int64_t> ids, starts, lengths;
      QStringList kinds, labels;
      int64_t start = 0;
      for (const EpisodeRow& e : episodes) {
        ids.push_back(e.id);
        starts.push_back(start);
        lengths.push_back(e.steps);
        kinds << e.kind;
        labels << e.label;
        start += e.steps;
      }
      Handle dsId(w.dataset(eg, "id", H5T_STD_I64LE, {ne}), H5Dclose);
      Handle dsStart(w.dataset(eg, "start", H5T_STD_I64LE, {ne}), H5Dclose);
      Handle dsLen(w.dataset(eg, "length", H5T_STD_I64LE, {ne}), H5Dclose);
      w.rows(dsId, H5T_NATIVE_INT64, 0, ne, ids.data());
      w.rows(dsStart, H5T_NATIVE_INT64, 0, ne, starts.data());
      w.rows(dsLen, H5T_NATIVE_INT64, 0, ne, lengths.data());
      w.strings(eg, "kind", kinds, strType);
      w.strings(eg, "label", labels, strType);

      w.attr(file, "format", "d4rl", strType);
      w.attr(file, "exporter", "SigEnt Lab", strType);
      w.attr(file, "robot_id", meta.robotId, strType);
      w.attr(file, "robot_name", meta.robotName, strType);
      w.attr(file, "plugin_version", meta.pluginVersion, strType);
      w.attr(file, "app_version", meta.appVersion, strType);
      w.attr(file, "torch_version", meta.torchVersion, strType);
      w.attr(file, "config",
             QString::fromUtf8(QJsonDocument(meta.config).toJson(QJsonDocument::Compact)), strType);
      w.attr(file, "seeds",
             QString::fromUtf8(QJsonDocument(meta.seeds).toJson(QJsonDocument::Compact)), strType);
      const std::uint64_t seed = meta.seed;
      w.attr(file, "seed", H5T_NATIVE_UINT64, &seed);
      w.attr(file, "state_dim", int64_t(meta.stateDim));
      w.attr(file, "action_dim", int64_t(meta.actionDim));
      w.attr(file, "image_size", int64_t(meta.imageSize));
      w.attr(file, "episode_kinds",
             options.kinds.isEmpty() ? QString("all") : options.kinds.join(","), strType);
      w.attr(file, "exported", QDateTime::currentDateTimeUtc().toString(Qt::ISODate), strType);
      w.ok(H5Fflush(file, H5F_SCOPE_GLOBAL), "flushing the file");
    }
  } catch (...) {
    QFile::remove(part);  // every handle is closed by now
    throw;
  }
  if (result.cancelled) {
    QFile::remove(part);
    return result;
  }
  QFile::remove(path);
  if (!QFile::rename(part, path)) {
    QFile::remove(part);
    throw StoreError(Notice(NoticeCode::ExportNotMoved, path));
  }
  qCInfo(lcDb) << "exported" << result.transitions << "transitions of" << result.episodes
               << "episodes to" << path;
  return result;
}

}  // namespace lab
