#pragma once
// The logging category of hardware/teleop: "lab.hw.teleop".
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHwTeleop)
