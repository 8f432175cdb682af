#include "teleop/teleop_log.h"

Q_LOGGING_CATEGORY(lcHwTeleop, "lab.hw.teleop")
