#include "learner_link_server.h"

#include <grpcpp/grpcpp.h>

#include <QFile>
#include <mutex>

#include "learner_host.h"
#include "learner_link.grpc.pb.h"
#include "learner_link_codec.h"

namespace lab::link {

struct LearnerLinkServer::State {
  Options options;
  std::unique_ptr<LearnerHost> host;
  std::unique_ptr<Service> service;
  std::unique_ptr<grpc::Server> server;
  int port = 0;
  std::once_flag down;
};

class LearnerLinkServer::Service final : public pb::LearnerLink::Service {
 public:
  explicit Service(State& s) : m(s) {}

  grpc::Status Open(grpc::ServerContext* c, const pb::OpenRequest* q, pb::OpenReply* r) override {
    return call(c, [&](std::string& error) { return m.host->open(*q, *r, error); });
  }
  grpc::Status Exchange(grpc::ServerContext* c, const pb::ExchangeRequest* q,
                        pb::ExchangeReply* r) override {
    return call(c, [&](std::string& error) { return m.host->exchange(*q, *r, error); });
  }

 private:
  template <typename Fn>
  grpc::Status call(grpc::ServerContext* c, Fn&& work) {
    const auto& md = c->client_metadata();
    const auto it = md.find(kTokenKey);
    if (it == md.end() ||
        !tokensEqual(std::string(it->second.data(), it->second.size()), m.options.token)) {
      return {grpc::StatusCode::UNAUTHENTICATED, "the learner server refused the token"};
    }
    try {
      std::string error;
      if (!work(error)) return {grpc::StatusCode::FAILED_PRECONDITION, error};
    } catch (const std::exception& e) {
      return {grpc::StatusCode::INTERNAL, std::string("learner server error: ") + e.what()};
    }
    return grpc::Status::OK;
  }

  State& m;
};

LearnerLinkServer::LearnerLinkServer(Options options) : d(std::make_unique<State>()) {
  d->options = std::move(options);
  d->host = std::make_unique<LearnerHost>(d->options.sessionDir);
  d->service = std::make_unique<Service>(*d);
}

LearnerLinkServer::~LearnerLinkServer() { shutdown(); }

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

bool LearnerLinkServer::start(std::string& error) {
  if (d->options.token.empty()) {
    error = "the learner server needs a token (--token)";
    return false;
  }
  if (d->options.sessionDir.isEmpty()) {
    error = "the learner server needs a session folder (--session)";
    return false;
  }
  if (d->options.tlsCertFile.empty() != d->options.tlsKeyFile.empty()) {
    error = "TLS needs both a certificate and its key file";
    return false;
  }
  std::shared_ptr<grpc::ServerCredentials> creds;
  if (!d->options.tlsCertFile.empty()) {
    grpc::SslServerCredentialsOptions::PemKeyCertPair pair;
    if (!readFile(d->options.tlsKeyFile, pair.private_key, error) ||
        !readFile(d->options.tlsCertFile, pair.cert_chain, error)) {
      return false;
    }
    grpc::SslServerCredentialsOptions tls;
    tls.pem_key_cert_pairs.push_back(pair);
    creds = grpc::SslServerCredentials(tls);
  } else {
    creds = grpc::InsecureServerCredentials();
  }
  grpc::ServerBuilder builder;
  builder.AddListeningPort(d->options.listen, creds, &d->port);
  builder.RegisterService(d->service.get());
  builder.SetMaxReceiveMessageSize(kMaxMessageBytes);
  builder.SetMaxSendMessageSize(kMaxMessageBytes);
  d->server = builder.BuildAndStart();
  if (!d->server || d->port == 0) {
    error = "cannot listen on " + d->options.listen +
            " (address in use, or not an address of this machine?)";
    d->server.reset();
    return false;
  }
  return true;
}

int LearnerLinkServer::port() const { return d->port; }

void LearnerLinkServer::shutdown() {
  std::call_once(d->down, [this] {
    if (d->server) d->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
    d->host->shutdown();
  });
}

}  // namespace lab::link
