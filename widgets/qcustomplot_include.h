#pragma once
// qcustomplot.h is written with Qt's `signals`, `slots`, `emit` and `foreach` keywords, which
// the project turns off globally (QT_NO_KEYWORDS, to keep them from clashing with torch).
// Include QCustomPlot only through this header, and only from .cpp files.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef signals
#undef slots
#undef emit
#undef foreach
