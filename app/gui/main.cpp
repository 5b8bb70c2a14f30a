// lingualens: the desktop app. Parses the command line, merges it with the saved settings
// and shows the main window.
//   lingualens [--library DIR] [--models DIR | --image-model FILE --text-model DIR
//              --text-head FILE] [--half-text-weights] [--search QUERY] [--evaluate SET]
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <cstdio>

#include "ui/main_window.h"
#include "ui/results_model.h"
#include "ui/settings.h"

int main(int argc, char** argv) {
  QElapsedTimer launched;
  launched.start();
  Q_INIT_RESOURCE(resources);  // the .qrc lives in the static ui library
  QApplication app(argc, argv);
  QApplication::setApplicationName("LinguaLens");
  QApplication::setOrganizationName("LinguaLens");
  QApplication::setApplicationVersion("0.1.0");
  QApplication::setWindowIcon(QIcon(":/lingualens/lingualens.svg"));

  QCommandLineParser parser;
  parser.setApplicationDescription(
      QApplication::translate("main", "Search your photos by describing them, in any language."));
  parser.addHelpOption();
  parser.addVersionOption();
  const QCommandLineOption library("library", QApplication::translate("main", "Library folder."),
                                   "DIR");
  const QCommandLineOption models(
      "models", QApplication::translate("main", "Folder with the model files."), "DIR");
  const QCommandLineOption image_model(
      "image-model", QApplication::translate("main", "CLIP RN50x4 weights."), "FILE");
  const QCommandLineOption text_model(
      "text-model", QApplication::translate("main", "M-BERT-Base-69 folder."), "DIR");
  const QCommandLineOption text_head("text-head",
                                     QApplication::translate("main", "Text head .pkl."), "FILE");
  const QCommandLineOption half_text(
      "half-text-weights",
      QApplication::translate("main", "Keep the text model in half precision (less memory)."));
  const QCommandLineOption search(
      "search", QApplication::translate("main", "Run this query at start."), "QUERY");
  const QCommandLineOption evaluate(
      "evaluate",
      QApplication::translate("main", "Open the translation evaluation with this set and run it."),
      "SET");
  const QCommandLineOption startup_time(
      "startup-time",
      QApplication::translate(
          "main",
          "Print the time from launch to the first timeline thumbnails shown (or, with --search, "
          "to the first search result), then quit."));
  parser.addOptions({library, models, image_model, text_model, text_head, half_text, search,
                     evaluate, startup_time});
  parser.process(app);

  lingualens::ui::AppOptions options;
  options.library = parser.value(library);
  options.models = parser.value(models);
  options.image_model = parser.value(image_model);
  options.text_model = parser.value(text_model);
  options.text_head = parser.value(text_head);
  options.half_text_weights = parser.isSet(half_text);
  options.search = parser.value(search);
  options.evaluate = parser.value(evaluate);
  lingualens::ui::MainWindow window(lingualens::ui::merge_with_saved(options));
  if (parser.isSet(startup_time) && options.search.isEmpty()) {
    // Launch to the first screen of the timeline with its thumbnails.
    QObject::connect(&window, &lingualens::ui::MainWindow::first_screen_shown, &app, [&launched] {
      std::printf("first timeline thumbnails after %lld ms\n",
                  static_cast<long long>(launched.elapsed()));
      QApplication::quit();
    });
  } else if (parser.isSet(startup_time)) {
    QObject::connect(
        &window, &lingualens::ui::MainWindow::results_shown, &app, [&launched, &window] {
          if (window.results()->timeline()) return;  // shown before the search
          std::printf("first result after %lld ms\n", static_cast<long long>(launched.elapsed()));
          QApplication::quit();
        });
  }
  window.show();
  return QApplication::exec();
}
