#include "checkpoint_file.h"

#include <fcntl.h>
#include <unistd.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QtEndian>
#include <cerrno>
#include <cstring>

namespace lab {

namespace {
constexpr char kMagic[] = "SGNTCKP1";
constexpr int kMagicLen = 8;
constexpr int kShaLen = 32;

template <typename... A>
[[noreturn]] void fail(NoticeCode code, const QString& path, const A&... args) {
  throw CheckpointError(Notice(code, path, args...));
}

QByteArray u64(quint64 v) {
  QByteArray b(8, '\0');
  qToLittleEndian(v, b.data());
  return b;
}

void fsyncPath(const QString& path, bool directory) {
  const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY : O_RDWR);
  if (fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}
}  // namespace

QByteArray CheckpointFile::write(const QString& path, const QJsonObject& header,
                                 const QByteArray& payload) {
  const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
  QByteArray body = QByteArray(kMagic, kMagicLen) + u64(json.size()) + json +
                    u64(static_cast<quint64>(payload.size())) + payload;
  const QByteArray sha = QCryptographicHash::hash(body, QCryptographicHash::Sha256);
  body += sha;

  const QString tmp = path + ".tmp";
  QFile file(tmp);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
    fail(NoticeCode::CheckpointUnwritable, path, file.errorString());
  }
  if (file.write(body) != body.size() || !file.flush()) {
    const QString why = file.errorString();
    file.close();
    QFile::remove(tmp);
    fail(NoticeCode::CheckpointIncomplete, path, why);
  }
  ::fsync(file.handle());
  file.close();
  // rename(2) replaces atomically; QFile::rename refuses to overwrite.
  if (::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(path).constData()) != 0) {
    const QString why = QString::fromLocal8Bit(std::strerror(errno));
    QFile::remove(tmp);
    fail(NoticeCode::CheckpointNotReplaced, path, why);
  }
  fsyncPath(QFileInfo(path).absolutePath(), true);
  return sha.toHex();
}

CheckpointFile::Contents CheckpointFile::read(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    fail(NoticeCode::CheckpointUnopenable, path, file.errorString());
  }
  const QByteArray all = file.readAll();
  if (all.size() < kMagicLen + 8 + 8 + kShaLen || !all.startsWith(QByteArray(kMagic, kMagicLen))) {
    fail(NoticeCode::CheckpointWrongFormat, path);
  }
  const QByteArray body = all.left(all.size() - kShaLen);
  const QByteArray sha = all.right(kShaLen);
  auto readU64 = [&](qsizetype at) -> quint64 {
    if (at + 8 > body.size()) fail(NoticeCode::CheckpointTruncated, path);
    return qFromLittleEndian<quint64>(body.constData() + at);
  };
  const quint64 jsonLen = readU64(kMagicLen);
  const qsizetype jsonAt = kMagicLen + 8;
  if (jsonLen > quint64(body.size())) fail(NoticeCode::CheckpointTruncated, path);
  const quint64 payloadLen = readU64(jsonAt + qsizetype(jsonLen));
  const qsizetype payloadAt = jsonAt + qsizetype(jsonLen) + 8;
  // payloadLen is checked on its own first: a crafted huge one must not wrap the sum around.
  if (payloadLen > quint64(body.size()) ||
      quint64(payloadAt) + payloadLen != quint64(body.size())) {
    fail(NoticeCode::CheckpointWrongSize, path, qint64(all.size()),
         quint64(payloadAt) + payloadLen + kShaLen);
  }
  if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != sha) {
    fail(NoticeCode::CheckpointCorrupt, path);
  }
  QJsonParseError err;
  const auto doc = QJsonDocument::fromJson(body.mid(jsonAt, qsizetype(jsonLen)), &err);
  if (err.error != QJsonParseError::NoError || !doc.isObject()) {
    fail(NoticeCode::CheckpointBadHeader, path, err.errorString());
  }
  return {doc.object(), body.mid(payloadAt, qsizetype(payloadLen)), sha.toHex()};
}

QByteArray CheckpointFile::checksum(const QString& path) { return read(path).sha256; }

}  // namespace lab
