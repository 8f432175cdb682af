#pragma once
// The robot side's choice of a learner on another machine as its user names it: the options
// `sigent-lab train` and the window (sigent-lab-gui) both take (--learner HOST:PORT,
// --learner-token, --learner-tls-cert, --learner-tls-name, --learner-poll-ms), read and checked
// in one place, and the LearnerSource they make. Any thread; no I/O until a robot connects.
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace lab {
class LearnerSource;
}

namespace lab::link {

struct LinkOptions {
  QString address;  // host:port of serve-learner; empty: the learner runs in this process
  QString token, tlsRootCert, tlsTargetName;
  int pollMs = 50;

  bool remote() const { return !address.isEmpty(); }
  // The learner link's client for each connect; null when !remote().
  std::shared_ptr<LearnerSource> source() const;
};

// The options' names (without dashes), value names and help, for each command line's parser.
struct LinkOptionHelp {
  QString name, valueName, help;
};
std::vector<LinkOptionHelp> linkOptionHelp();

// Reads the options through `value` (an option's value by name, empty when not given). The
// token defaults to SIGENTLAB_TOKEN. False with `error`, a sentence naming the option.
bool readLinkOptions(const std::function<QString(const QString& name)>& value, LinkOptions& out,
                     QString& error);

}  // namespace lab::link
