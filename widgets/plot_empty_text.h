#pragma once
// The grey sentence in the middle of an empty plot ("No learner update yet"): a panel nothing
// has fed yet says why, instead of showing an axis from 0 to 5. The plot owns the item; the
// caller shows and hides it as its data comes and goes.
class QCustomPlot;
class QCPItemText;
class QString;

namespace lab::ui {

QCPItemText* addEmptyText(QCustomPlot* plot, const QString& text);

}  // namespace lab::ui
