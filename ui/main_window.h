// The main window. For now it shows where the app looks for its library and models;
// search and indexing views plug into it as the library (index/) grows.
#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;

namespace lingualens::ui {

class MainWindow : public QMainWindow {
  Q_OBJECT

 public:
  explicit MainWindow(QWidget* parent = nullptr);

 private:
  QLineEdit* search_ = nullptr;
  QLabel* status_ = nullptr;
};

}  // namespace lingualens::ui
