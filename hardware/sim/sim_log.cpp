#include "sim/sim_log.h"

Q_LOGGING_CATEGORY(lcHwSim, "lab.hw.sim")
