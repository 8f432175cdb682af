#pragma once
// The logging category of hardware/remote (the robot bridge's client and server): "lab.hw.remote".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHwRemote)
