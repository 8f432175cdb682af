#pragma once
// LearnerLinkServer: serves the learner link (learner_link.proto) for `sigent-lab
// serve-learner`: a LearnerHost (the LearnerWorker and the session store) behind gRPC. It
// checks the shared token on every call (constant time; a wrong or missing one is refused with
// UNAUTHENTICATED "the learner server refused the token ..."), uses TLS when certificate files
// are given, and bounds message sizes. A refused Open or token carries its lab::Notice in the
// status's error details (a serialised learner_link.proto Notice), the English in its message.
// Threads: start()/shutdown() from the owner's thread; gRPC answers on its own pool.
#include <QString>
#include <memory>
#include <string>

namespace lab::link {

class LearnerLinkServer {
 public:
  struct Options {
    std::string listen = "127.0.0.1:50052";  // host:port; port 0 picks a free one
    std::string token;                       // required
    std::string tlsCertFile, tlsKeyFile;     // PEM; both or neither
    QString sessionDir;                      // required: the session store and checkpoints
  };

  explicit LearnerLinkServer(Options options);
  ~LearnerLinkServer();  // shutdown()
  LearnerLinkServer(const LearnerLinkServer&) = delete;
  LearnerLinkServer& operator=(const LearnerLinkServer&) = delete;

  // Binds and starts answering. False with `error` (a sentence) if it cannot.
  bool start(std::string& error);
  int port() const;  // after start()
  // Stops answering; the learner writes its shutdown checkpoint and the store is flushed.
  void shutdown();

 private:
  class Service;
  struct State;
  std::unique_ptr<State> d;
};

}  // namespace lab::link
