#pragma once
// Logging category of the session store and the exporters ("lab.db").
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcDb)
