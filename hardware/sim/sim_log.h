#pragma once
// The logging category of the simulated robots ("lab.hw.sim").
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHwSim)
