// lingualens: the desktop app. Parses arguments and shows the main window.
#include <QApplication>
#include <QIcon>

#include "ui/main_window.h"

int main(int argc, char** argv) {
  Q_INIT_RESOURCE(resources);  // the .qrc lives in the static ui library
  QApplication app(argc, argv);
  QApplication::setApplicationName("LinguaLens");
  QApplication::setOrganizationName("LinguaLens");
  QApplication::setWindowIcon(QIcon(":/lingualens/lingualens.svg"));
  lingualens::ui::MainWindow window;
  window.show();
  return QApplication::exec();
}
