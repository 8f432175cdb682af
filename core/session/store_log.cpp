#include "store_log.h"

Q_LOGGING_CATEGORY(lcDb, "lab.db")
