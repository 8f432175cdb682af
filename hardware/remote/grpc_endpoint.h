#pragma once
// What the robot bridge's server (serve-robot) and the learner link's (serve-learner) share:
// the shared token checked on every call, and a gRPC server started on an address with TLS
// when certificate files are given and bounded message sizes. Any thread.
#include <grpcpp/grpcpp.h>

#include <memory>
#include <string>

namespace lab::hw::bridge {

struct Endpoint {
  std::string listen;                   // host:port; port 0 picks a free one
  std::string token;                    // required
  std::string tlsCertFile, tlsKeyFile;  // PEM; both or neither
};

// The call's metadata `key` holds `token` (compared in constant time).
bool callHasToken(const grpc::ServerContext& call, const char* key, const std::string& token);

// Builds and starts a server answering `service`. Null with `error`, a sentence naming `who`
// ("the robot server") when the endpoint is incomplete or the address cannot be bound.
std::unique_ptr<grpc::Server> startServer(const Endpoint& endpoint, const std::string& who,
                                          grpc::Service* service, int maxMessageBytes, int& port,
                                          std::string& error);

}  // namespace lab::hw::bridge
