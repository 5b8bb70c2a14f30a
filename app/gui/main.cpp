// lingualens: the desktop app. Parses the command line, merges it with the saved settings
// and shows the main window.
//   lingualens [--library DIR] [--models DIR | --image-model FILE --text-model DIR
//              --text-head FILE] [--half-text-weights] [--search QUERY] [--evaluate SET]
//              [IMAGE…]
// Images given (a file manager's "Open with LinguaLens") start a search by those images.
// --help, --version and --completion answer without a display (man pages, shell completions
// and SSH sessions need them).
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <cstdio>
#include <iostream>
#include <memory>

#include "core/util/shell_completion.h"
#include "index/library_location.h"
#include "ui/instance_channel.h"
#include "ui/main_window.h"
#include "ui/results_model.h"
#include "ui/settings.h"
#include "ui/translations.h"

namespace {

struct CommandLine {
  QCommandLineOption library{"library", QCoreApplication::translate("main", "Library folder."),
                             "DIR"};
  QCommandLineOption models{
      "models", QCoreApplication::translate("main", "Folder with the model files."), "DIR"};
  QCommandLineOption image_model{
      "image-model", QCoreApplication::translate("main", "CLIP RN50x4 weights."), "FILE"};
  QCommandLineOption text_model{
      "text-model", QCoreApplication::translate("main", "M-BERT-Base-69 folder."), "DIR"};
  QCommandLineOption text_head{"text-head", QCoreApplication::translate("main", "Text head .pkl."),
                               "FILE"};
  QCommandLineOption half_text{
      "half-text-weights",
      QCoreApplication::translate("main", "Keep the text model in half precision (less memory).")};
  QCommandLineOption search{
      "search", QCoreApplication::translate("main", "Run this query at start."), "QUERY"};
  QCommandLineOption evaluate{
      "evaluate",
      QCoreApplication::translate("main",
                                  "Open the translation evaluation with this set and run it."),
      "SET"};
  QCommandLineOption startup_time{
      "startup-time",
      QCoreApplication::translate(
          "main",
          "Print the time from launch to the first timeline thumbnails shown (or, with "
          "--search, to the first search result), then quit.")};
  QCommandLineOption completion{"completion",
                                "Print the shell completion script (bash, zsh, fish).", "SHELL"};
  QCommandLineParser parser;

  CommandLine() {
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Search your photos by describing them, in any language."));
    parser.addHelpOption();
    parser.addVersionOption();
    completion.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({library, models, image_model, text_model, text_head, half_text, search,
                       evaluate, startup_time, completion});
    parser.addPositionalArgument(
        "images",
        QCoreApplication::translate("main", "Images to search by (opened from a file manager)."),
        "[IMAGE...]");
  }

  lingualens::CompletionCommand describe() const {
    lingualens::CompletionCommand c;
    c.name = "lingualens";
    c.positional = lingualens::CompletionValue::kFile;
    c.options.push_back({{"-h", "--help"},
                         "Displays help on commandline options.",
                         lingualens::CompletionValue::kNone,
                         {}});
    c.options.push_back({{"-v", "--version"},
                         "Displays version information.",
                         lingualens::CompletionValue::kNone,
                         {}});
    for (const auto* o : {&library, &models, &image_model, &text_model, &text_head, &half_text,
                          &search, &evaluate, &startup_time}) {
      lingualens::CompletionOption option;
      for (const QString& name : o->names())
        option.names.push_back((name.size() == 1 ? "-" : "--") + name.toStdString());
      option.help = o->description().toStdString();
      const QString value = o->valueName();
      option.value = value.isEmpty()                     ? lingualens::CompletionValue::kNone
                     : value == "DIR"                    ? lingualens::CompletionValue::kFolder
                     : value == "FILE" || value == "SET" ? lingualens::CompletionValue::kFile
                                                         : lingualens::CompletionValue::kText;
      c.options.push_back(option);
    }
    return c;
  }
};

// Answers that need no window: help, version, completion scripts.
bool answers_without_display(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const QByteArray arg(argv[i]);
    if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
        arg == "--version" || arg == "-?" || arg.startsWith("--completion"))
      return true;
  }
  return false;
}

void set_identity(QCoreApplication& app) {
  app.setApplicationName("LinguaLens");
  app.setOrganizationName("LinguaLens");
  app.setApplicationVersion(LINGUALENS_VERSION);
}

int answer_without_display(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  set_identity(app);
  lingualens::ui::install_translations(lingualens::ui::saved_interface_language());
  CommandLine cli;
  cli.parser.process(app);  // --help and --version print and exit here
  try {
    std::cout << lingualens::completion_script(
        cli.describe(), lingualens::parse_shell(cli.parser.value(cli.completion).toStdString()));
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "lingualens: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (answers_without_display(argc, argv)) return answer_without_display(argc, argv);
  QElapsedTimer launched;
  launched.start();
  Q_INIT_RESOURCE(resources);  // the .qrc lives in the static ui library
  QApplication app(argc, argv);
  set_identity(app);
  QGuiApplication::setDesktopFileName("org.lingualens.LinguaLens");
  QApplication::setWindowIcon(QIcon(":/lingualens/lingualens.svg"));
  lingualens::ui::install_translations(lingualens::ui::saved_interface_language());

  CommandLine cli;
  cli.parser.process(app);

  lingualens::ui::AppOptions options;
  options.library = cli.parser.value(cli.library);
  options.models = cli.parser.value(cli.models);
  options.image_model = cli.parser.value(cli.image_model);
  options.text_model = cli.parser.value(cli.text_model);
  options.text_head = cli.parser.value(cli.text_head);
  options.half_text_weights = cli.parser.isSet(cli.half_text);
  options.search = cli.parser.value(cli.search);
  options.evaluate = cli.parser.value(cli.evaluate);
  for (const QString& file : cli.parser.positionalArguments())
    options.search_images << QFileInfo(file).absoluteFilePath();
  const lingualens::ui::AppOptions merged = lingualens::ui::merge_with_saved(options);
  // One window per library: a later launch hands its images and query to this one.
  lingualens::ui::InstanceChannel channel(
      merged.library.isEmpty()
          ? QString::fromStdString(
                lingualens::default_library_dir(merged.model_pair.toStdString()).string())
          : merged.library);
  if (!cli.parser.isSet(cli.startup_time) &&
      channel.hand_over({options.search_images, options.search}))
    return 0;
  lingualens::ui::MainWindow window(merged);
  if (!cli.parser.isSet(cli.startup_time)) {
    channel.listen();
    QObject::connect(&channel, &lingualens::ui::InstanceChannel::requested, &window,
                     [&window](const lingualens::ui::OpenRequest& r) {
                       window.open_request(r.images, r.search);
                     });
  }
  if (cli.parser.isSet(cli.startup_time) && options.search.isEmpty()) {
    // Launch to the first screen of the timeline with its thumbnails.
    QObject::connect(&window, &lingualens::ui::MainWindow::first_screen_shown, &app, [&launched] {
      std::printf("first timeline thumbnails after %lld ms\n",
                  static_cast<long long>(launched.elapsed()));
      QApplication::quit();
    });
  } else if (cli.parser.isSet(cli.startup_time)) {
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
