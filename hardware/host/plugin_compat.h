#pragma once
// Whether a robot plugin's binary may be loaded by this host, decided from its Qt plugin
// metadata alone (nothing from the library runs). The rules are those of
// api/plugin_version.h: the same ABI version, the same API major with a minor not newer than
// the host's, and the same Qt major.minor.
#include <QJsonObject>
#include <QString>

namespace lab::hw {

struct ContractVersion {
  int abi = 0;
  int apiMajor = 0;
  int apiMinor = 0;
  int qtMajor = 0;
  int qtMinor = 0;
  QString compiler;  // as the plugin's build recorded it; only quoted in messages
};

// This host's versions (plugin_version.h and the Qt it was compiled against).
ContractVersion hostContract();

// The ABI a plugin IID names: "org.sigentlab.hw.IRobot/abi4" -> 4, and the IIDs before ABI
// versions existed, "org.sigentlab.hw.IRobot/3.0" -> 3. -1 for an IID that is not ours.
int abiOfIid(const QString& iid);

// Reads "abi_version", "api_version" ("major.minor"), "qt_version" ("major.minor") and
// "compiler" from a plugin's MetaData object. False with `problem` naming the key when one is
// missing or malformed.
bool readContract(const QJsonObject& metaData, ContractVersion& out, QString& problem);

// Empty when a plugin built for `plugin` may be loaded by a host of `host`; otherwise one
// sentence naming both versions and what to do ("rebuild the plugin against ...").
QString incompatibility(const ContractVersion& plugin, const ContractVersion& host);

}  // namespace lab::hw
