// Help ▸ Search tips (F1, or "?" beside the search field) and Help ▸ About: what a query can
// say, and what the app is built from (versions, the model files in use, licences).
#pragma once

#include <QStringList>

class QWidget;

namespace lingualens::ui {

void show_search_tips(QWidget* parent);
// `model_files`: the model files (or folders) this window uses.
void show_about_box(QWidget* parent, const QStringList& model_files);

}  // namespace lingualens::ui
