#include "learner_link_server.h"

#include <grpcpp/grpcpp.h>

#include <mutex>

#include "learner_host.h"
#include "learner_link.grpc.pb.h"
#include "learner_link_codec.h"
#include "remote/grpc_endpoint.h"

namespace lab::link {

namespace {
// A refusal's code for the robot side, in the status's details: the message stays English for
// logs and other clients, the window shows the code in its own language.
std::string noticeDetails(const Notice& why) {
  pb::Notice n;
  toProto(why, n);
  return n.SerializeAsString();
}
}  // namespace

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
    return call(c, [&](std::string& error, std::string& details) {
      Notice why;
      if (m.host->open(*q, *r, why)) return true;
      error = why.english().toStdString();
      details = noticeDetails(why);
      return false;
    });
  }
  grpc::Status Exchange(grpc::ServerContext* c, const pb::ExchangeRequest* q,
                        pb::ExchangeReply* r) override {
    return call(c,
                [&](std::string& error, std::string&) { return m.host->exchange(*q, *r, error); });
  }

 private:
  template <typename Fn>
  grpc::Status call(grpc::ServerContext* c, Fn&& work) {
    if (!hw::bridge::callHasToken(*c, kTokenKey, m.options.token)) {
      const Notice why(NoticeCode::LearnerTokenRefused);
      return {grpc::StatusCode::UNAUTHENTICATED, why.english().toStdString(), noticeDetails(why)};
    }
    try {
      std::string error, details;
      if (!work(error, details)) return {grpc::StatusCode::FAILED_PRECONDITION, error, details};
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

bool LearnerLinkServer::start(std::string& error) {
  if (d->options.sessionDir.isEmpty()) {
    error = "the learner server needs a session folder (--session)";
    return false;
  }
  const hw::bridge::Endpoint e{d->options.listen, d->options.token, d->options.tlsCertFile,
                               d->options.tlsKeyFile};
  d->server = hw::bridge::startServer(e, "the learner server", d->service.get(), kMaxMessageBytes,
                                      d->port, error);
  return d->server != nullptr;
}

int LearnerLinkServer::port() const { return d->port; }

void LearnerLinkServer::shutdown() {
  std::call_once(d->down, [this] {
    if (d->server) d->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(1));
    d->host->shutdown();
  });
}

}  // namespace lab::link
