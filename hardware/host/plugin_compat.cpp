#include "host/plugin_compat.h"

#include <QJsonValue>
#include <QRegularExpression>
#include <QtGlobal>

#include "api/plugin_version.h"

namespace lab::hw {

namespace {
// "4.1" -> 4, 1; false for anything else.
bool parseMajorMinor(const QJsonValue& value, int& major, int& minor) {
  static const QRegularExpression pattern(QStringLiteral("^(\\d+)\\.(\\d+)$"));
  const auto match = pattern.match(value.toString());
  if (!value.isString() || !match.hasMatch()) return false;
  major = match.captured(1).toInt();
  minor = match.captured(2).toInt();
  return true;
}

QString dotted(int major, int minor) { return QStringLiteral("%1.%2").arg(major).arg(minor); }
}  // namespace

ContractVersion hostContract() {
  ContractVersion v;
  v.abi = kRobotAbiVersion;
  v.apiMajor = kRobotApiVersionMajor;
  v.apiMinor = kRobotApiVersionMinor;
  v.qtMajor = QT_VERSION_MAJOR;
  v.qtMinor = QT_VERSION_MINOR;
  return v;
}

int abiOfIid(const QString& iid) {
  const QString family = QStringLiteral(LAB_ROBOT_IID_FAMILY);
  if (!iid.startsWith(family)) return -1;
  static const QRegularExpression current(QStringLiteral("^abi(\\d+)$"));
  static const QRegularExpression legacy(QStringLiteral("^(\\d+)\\.\\d+$"));
  const QString tail = iid.mid(family.size());
  for (const auto* pattern : {&current, &legacy}) {
    const auto match = pattern->match(tail);
    if (match.hasMatch()) return match.captured(1).toInt();
  }
  return -1;
}

bool readContract(const QJsonObject& md, ContractVersion& out, QString& problem) {
  const QJsonValue abi = md.value(QStringLiteral("abi_version"));
  if (!abi.isDouble() || abi.toDouble() != static_cast<double>(abi.toInt())) {
    problem = QStringLiteral("metadata has no integer 'abi_version'");
    return false;
  }
  out.abi = abi.toInt();
  if (!parseMajorMinor(md.value(QStringLiteral("api_version")), out.apiMajor, out.apiMinor)) {
    problem = QStringLiteral("metadata has no 'api_version' of the form \"major.minor\"");
    return false;
  }
  if (!parseMajorMinor(md.value(QStringLiteral("qt_version")), out.qtMajor, out.qtMinor)) {
    problem = QStringLiteral("metadata has no 'qt_version' of the form \"major.minor\"");
    return false;
  }
  out.compiler = md.value(QStringLiteral("compiler")).toString();
  return true;
}

QString incompatibility(const ContractVersion& plugin, const ContractVersion& host) {
  const QString rebuild = QStringLiteral("rebuild the plugin against this SigEnt Lab's plugin SDK");
  if (plugin.abi != host.abi) {
    return QStringLiteral("built for robot plugin ABI %1, this host has ABI %2: %3")
        .arg(plugin.abi)
        .arg(host.abi)
        .arg(rebuild);
  }
  if (plugin.apiMajor != host.apiMajor) {
    return QStringLiteral(
               "built against robot plugin API %1, this host has API %2 (the major "
               "versions differ): %3")
        .arg(dotted(plugin.apiMajor, plugin.apiMinor), dotted(host.apiMajor, host.apiMinor),
             rebuild);
  }
  if (plugin.apiMinor > host.apiMinor) {
    return QStringLiteral(
               "built against robot plugin API %1, newer than this host's API %2: "
               "update SigEnt Lab, or build the plugin against this host's SDK")
        .arg(dotted(plugin.apiMajor, plugin.apiMinor), dotted(host.apiMajor, host.apiMinor));
  }
  if (plugin.qtMajor != host.qtMajor || plugin.qtMinor != host.qtMinor) {
    return QStringLiteral(
               "built with Qt %1%2, this host runs on Qt %3: Qt types cross the "
               "plugin boundary, so %4 with Qt %3")
        .arg(dotted(plugin.qtMajor, plugin.qtMinor),
             plugin.compiler.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(plugin.compiler),
             dotted(host.qtMajor, host.qtMinor), rebuild);
  }
  return {};
}

}  // namespace lab::hw
