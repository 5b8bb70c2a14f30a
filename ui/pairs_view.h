// The evaluation window's "Pairs side by side" tab: the same set evaluated by two
// Multilingual-CLIP pairs, language by language — both accuracies (the better in bold), the
// difference, text→image R@1, cosine to the reference and top-k overlap — under a headline
// with the mean accuracy and how many languages each pair leads.
#pragma once

#include <QWidget>

#include "ui/eval_types.h"

class QLabel;
class QTableWidget;

namespace lingualens::ui {

class PairsView final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PairsView)

 public:
  explicit PairsView(QWidget* parent = nullptr);
  // `first_pair`: what the evaluated pair is called. Empty when no second pair ran.
  void show_outcome(const EvaluationOutcome& outcome, const QString& first_pair);

 private:
  QLabel* headline_ = nullptr;
  QTableWidget* table_ = nullptr;
};

}  // namespace lingualens::ui
