#include "learner_link_options.h"

#include "learner_link_client.h"

namespace lab::link {

std::shared_ptr<LearnerSource> LinkOptions::source() const {
  if (!remote()) return nullptr;
  ClientOptions o;
  o.address = address.toStdString();
  o.token = token.toStdString();
  o.tlsRootCert = tlsRootCert.toStdString();
  o.tlsTargetName = tlsTargetName.toStdString();
  o.pollMs = pollMs;
  return std::make_shared<LearnerLinkSource>(o);
}

std::vector<LinkOptionHelp> linkOptionHelp() {
  return {{"learner", "HOST:PORT",
           "The learner and session store run there (sigent-lab serve-learner); default: in "
           "this process."},
          {"learner-token", "T", "The learner server's token (default SIGENTLAB_TOKEN)."},
          {"learner-tls-cert", "PEM", "Talk TLS to the learner, checking it against this file."},
          {"learner-tls-name", "NAME", "The name in the learner's certificate, if not its host's."},
          {"learner-poll-ms", "MS",
           "How often weights, per-step values and metrics come back (default 50)."}};
}

bool readLinkOptions(const std::function<QString(const QString&)>& value, LinkOptions& out,
                     QString& error) {
  out = LinkOptions();
  out.address = value("learner");
  if (!out.remote()) {
    // Without --learner they would be dropped in silence: a run meant for the remote learner
    // would train here, in a session nobody looks for.
    for (const QString name :
         {"learner-token", "learner-tls-cert", "learner-tls-name", "learner-poll-ms"}) {
      if (value(name).isEmpty()) continue;
      error = "--" + name +
              " is for a learner on another machine and needs --learner HOST:PORT (without "
              "--learner the learner runs in this process)";
      return false;
    }
    return true;
  }
  out.token = value("learner-token");
  if (out.token.isEmpty()) out.token = QString::fromLocal8Bit(qgetenv("SIGENTLAB_TOKEN"));
  if (out.token.isEmpty()) {
    error = "--learner needs the learner server's token (--learner-token or SIGENTLAB_TOKEN)";
    return false;
  }
  out.tlsRootCert = value("learner-tls-cert");
  out.tlsTargetName = value("learner-tls-name");
  const QString poll = value("learner-poll-ms");
  if (!poll.isEmpty()) {
    bool ok = false;
    out.pollMs = poll.toInt(&ok);
    if (!ok || out.pollMs < 1 || out.pollMs > 10000) {
      error = "--learner-poll-ms must be 1..10000, not '" + poll + "'";
      return false;
    }
  }
  return true;
}

}  // namespace lab::link
