#include "host/host_log.h"

Q_LOGGING_CATEGORY(lcHwHost, "lab.hw.host")
