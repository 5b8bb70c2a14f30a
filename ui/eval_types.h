// Values passed between the evaluation window and the engine thread.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

#include "core/eval/evaluation.h"
#include "core/eval/pair_comparison.h"
#include "core/eval/report_thumbnails.h"
#include "ui/result_item.h"

namespace lingualens::ui {

struct EvaluationOutcome {
  EvalSet set;
  EvaluationRun run;
  // Another pair's evaluation of the same set, when one was asked for, and both side by side.
  std::optional<EvaluationRun> second_run;
  QString second_pair;
  std::vector<LanguageComparison> comparison;
  std::vector<ReportThumbnail> thumbnails;  // one per item (heatmap row headers), or none
  double seconds = 0;
};
using EvaluationOutcomePtr = std::shared_ptr<const EvaluationOutcome>;
using EvalSetPtr = std::shared_ptr<const EvalSet>;

// One caption's top results over the whole library, for the side-by-side comparison.
struct CompareColumn {
  QString language, text;
  QVector<ResultItem> items;
  double overlap = -1;  // share of the reference's top results it also finds; -1: reference
};

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::EvaluationOutcomePtr)
Q_DECLARE_METATYPE(lingualens::ui::EvalSetPtr)
Q_DECLARE_METATYPE(lingualens::ui::CompareColumn)
