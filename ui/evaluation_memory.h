// What the last translation evaluation said about each language, remembered (QSettings) for
// the text model it ran with, so the search field can quietly say when a query is in a
// language that did poorly there — the script tells the language (core/text/script_language.h),
// and when it cannot, nothing is said.
#pragma once

#include <QString>

namespace lingualens {
struct EvaluationResult;
}

namespace lingualens::ui {

// `model`: names the text model (its folder and head), as the caller chooses consistently.
void remember_evaluation(const QString& model, const EvaluationResult& result);

// A short hint for `query`, or an empty string: its script names a language whose accuracy in
// the last evaluation of `model` was at most half the reference language's.
QString weak_language_hint(const QString& query, const QString& model);

}  // namespace lingualens::ui
