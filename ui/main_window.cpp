#include "ui/main_window.h"

#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QVBoxLayout>

#include "index/library_location.h"

namespace lingualens::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("LinguaLens"));
  auto* central = new QWidget(this);
  auto* layout = new QVBoxLayout(central);
  search_ = new QLineEdit(central);
  search_->setPlaceholderText(tr("Describe a photo in any language — “Eisbär im Schnee”"));
  search_->setClearButtonEnabled(true);
  search_->setEnabled(false);
  layout->addWidget(search_);
  status_ = new QLabel(central);
  status_->setWordWrap(true);
  status_->setAlignment(Qt::AlignCenter);
  status_->setText(tr("Models folder: %1\nPhoto search becomes available once a photo library "
                      "has been indexed.")
                       .arg(QString::fromStdString(default_models_dir().string())));
  layout->addWidget(status_, 1);
  setCentralWidget(central);
  statusBar()->showMessage(tr("Ready"));
  resize(900, 600);
}

}  // namespace lingualens::ui
