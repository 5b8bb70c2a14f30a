// lingualens: the desktop app. Parses arguments and shows the main window.
#include <QApplication>

#include "ui/main_window.h"

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setApplicationName("LinguaLens");
  QApplication::setOrganizationName("LinguaLens");
  lingualens::ui::MainWindow window;
  window.show();
  return QApplication::exec();
}
