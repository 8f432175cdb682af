#pragma once
// The logging category of hardware/host: "lab.hw.host".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHwHost)
