#include "remote/grpc_endpoint.h"

#include <QFile>
#include <QString>

#include "remote/bridge_codec.h"

namespace lab::hw::bridge {

namespace {
bool readFile(const std::string& path, std::string& out, std::string& error) {
  QFile f(QString::fromStdString(path));
  if (!f.open(QIODevice::ReadOnly)) {
    error = "cannot read " + path + ": " + f.errorString().toStdString();
    return false;
  }
  out = f.readAll().toStdString();
  return true;
}
}  // namespace

bool callHasToken(const grpc::ServerContext& call, const char* key, const std::string& token) {
  const auto& md = call.client_metadata();
  const auto it = md.find(key);
  return it != md.end() && tokensEqual(std::string(it->second.data(), it->second.size()), token);
}

std::unique_ptr<grpc::Server> startServer(const Endpoint& e, const std::string& who,
                                          grpc::Service* service, int maxMessageBytes, int& port,
                                          std::string& error) {
  if (e.token.empty()) {
    error = who + " needs a token (--token)";
    return nullptr;
  }
  if (e.tlsCertFile.empty() != e.tlsKeyFile.empty()) {
    error = "TLS needs both a certificate and its key file";
    return nullptr;
  }
  std::shared_ptr<grpc::ServerCredentials> creds;
  if (!e.tlsCertFile.empty()) {
    grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
    if (!readFile(e.tlsKeyFile, pair.private_key, error) ||
        !readFile(e.tlsCertFile, pair.cert_chain, error)) {
      return nullptr;
    }
    grpc::SslServerCredentialsOptions tls;
    tls.pem_key_cert_pairs.push_back(pair);
    creds = grpc::SslServerCredentials(tls);
  } else {
    creds = grpc::InsecureServerCredentials();
  }
  grpc::ServerBuilder builder;
  builder.AddListeningPort(e.listen, creds, &port);
  builder.RegisterService(service);
  builder.SetMaxReceiveMessageSize(maxMessageBytes);
  builder.SetMaxSendMessageSize(maxMessageBytes);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  if (!server || port == 0) {
    error =
        "cannot listen on " + e.listen + " (address in use, or not an address of this machine?)";
    return nullptr;
  }
  return server;
}

}  // namespace lab::hw::bridge
