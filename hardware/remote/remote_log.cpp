#include "remote/remote_log.h"

Q_LOGGING_CATEGORY(lcHwRemote, "lab.hw.remote")
