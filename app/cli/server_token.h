#pragma once
#include <string>

#include "option_parser.h"

namespace lab::cli {
// The shared token a server (serve-robot, serve-learner) checks: --token, else
// SIGENTLAB_TOKEN (not visible in the process list), else a fresh random one (`generated`,
// printed once by the caller): a server never runs without one.
std::string chooseToken(const OptionParser& opts, bool& generated);
}  // namespace lab::cli
