// QtTest: the main window end to end on the offscreen platform — timeline, search, viewer,
// selection, welcome, pause/stop, paste — and the translation evaluation window.
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QTableWidget>
#include <QToolButton>
#include <future>
#include "tests/ui/ui_suites.h"

#include "core/eval/eval_set.h"
#include "core/models/model_pairs.h"
#include "core/text/text_encoder.h"
#include "tests/ui/ui_test_support.h"
#include "ui/duplicates_dialog.h"
#include "ui/evaluation_memory.h"
#include "ui/heatmap_widget.h"
#include "ui/instance_channel.h"
#include "ui/understood_chips.h"

using namespace lingualens::ui::testing;

// An engine on its own thread, as the main window runs it; stopped when it goes out of scope.
struct EngineThread {
  QThread thread;
  Engine* engine;
  explicit EngineThread(const AppOptions& options) : engine(new Engine(options)) {
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    thread.start();
  }
  ~EngineThread() {
    thread.quit();
    thread.wait();
  }
  bool load_models() {
    QSignalSpy loaded(engine, &Engine::models_loaded);
    QMetaObject::invokeMethod(engine, &Engine::load_models, Qt::QueuedConnection);
    return wait_count(loaded, 1, 30000);
  }
};

class WindowTests : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { prepare_suite(); }

  void main_window_searches_at_start_and_previews() {
    QTemporaryDir tmp;
    const AppOptions o = indexed_app_options(tmp, QStringLiteral("белая кошка"));
    QVERIFY(!o.library.isEmpty());
    MainWindow window(o);
    QSignalSpy shown(&window, &MainWindow::results_shown);
    window.show();
    QVERIFY(wait_for_search(window, shown));
    QVERIFY(shown.last()[0].toInt() > 0);  // at least the photos above the adaptive cutoff
    QVERIFY(shown.last()[0].toInt() <= 10);
    QCOMPARE(window.search_field()->text(), o.search);
    // The best result is selected and previewed.
    QCOMPARE(window.preview()->item().path, window.results()->item(0).path);
  }

  // `lingualens photo.jpg` (a file manager's "Open with LinguaLens", Exec=lingualens %F):
  // the app opens searching by that image.
  void images_given_at_start_are_searched_by() {
    QTemporaryDir tmp;
    AppOptions o = indexed_app_options(tmp, QString());
    QVERIFY(!o.library.isEmpty());
    const QDir seed(kData + "/images-seed");
    const QString name = seed.entryList({"*.jpg"}, QDir::Files).first();
    o.search_images = {seed.filePath(name)};
    MainWindow window(o);
    QSignalSpy shown(&window, &MainWindow::results_shown);
    window.show();
    QVERIFY(wait_for_search(window, shown));
    QCOMPARE(QFileInfo(window.results()->item(0).path).fileName(), name);  // its own copy
    bool chip = false;
    for (auto* b : window.findChildren<QToolButton*>())
      chip |= b->isVisible() && b->text().contains(name);
    QVERIFY(chip);
    QVERIFY(window.search_field()->text().isEmpty());
  }

  // The app already open on a library, a file manager opens a photo "with LinguaLens": the
  // second launch hands the image over and the open window searches by it.
  void a_later_launch_hands_its_images_to_the_open_window() {
    QTemporaryDir tmp;
    const AppOptions o = indexed_app_options(tmp, QString());
    OpenWindow open;
    QVERIFY(open_window(o, open));
    InstanceChannel running(o.library);
    QVERIFY(running.listen());
    connect(&running, &InstanceChannel::requested, open.window.get(),
            [&open](const OpenRequest& r) { open.window->open_request(r.images, r.search); });
    const QDir seed(kData + "/images-seed");
    const QString name = seed.entryList({"*.jpg"}, QDir::Files).last();
    // The later launch blocks on its answer, so it runs on its own thread.
    auto later = std::async(std::launch::async, [&] {
      return InstanceChannel(o.library).hand_over({{seed.filePath(name)}, QString()});
    });
    QVERIFY(wait_for_search(*open.window, *open.shown));
    QVERIFY(later.get());
    QCOMPARE(QFileInfo(open.window->results()->item(0).path).fileName(), name);
    // Another library has its own channel: nobody answers there.
    QVERIFY(!InstanceChannel(tmp.filePath("another library")).hand_over({{}, QString()}, 500));
    QVERIFY(InstanceChannel(o.library).name() != InstanceChannel(tmp.filePath("x")).name());
  }

  void failed_search_leaves_nothing_stale_on_screen() {
    QTemporaryDir tmp;
    const AppOptions o = indexed_app_options(tmp, QStringLiteral("ein roter Apfel"));
    QVERIFY(!o.library.isEmpty());
    MainWindow window(o);
    QSignalSpy shown(&window, &MainWindow::results_shown);
    QSignalSpy failed(&window, &MainWindow::search_failed_shown);
    window.show();
    QVERIFY(wait_for_search(window, shown));
    QVERIFY(window.results()->rowCount() > 0);
    QVERIFY(!window.preview()->item().path.isEmpty());
    window.search_field()->setText(QStringLiteral("apple^abc"));  // malformed: refused
    QTest::keyClick(window.search_field(), Qt::Key_Return);
    QVERIFY(wait_count(failed, 1, 30000));
    QVERIFY2(window.message_text().contains("apple^abc"), qPrintable(window.message_text()));
    QCOMPARE(window.results()->rowCount(), 0);
    QVERIFY(window.preview()->item().path.isEmpty());
    QVERIFY2(!window.search_status().contains("Searching"), qPrintable(window.search_status()));
    // Settings answer Ctrl+, as the app's own messages say.
    bool found = false;
    for (auto* a : window.findChildren<QAction*>())
      found |= a->shortcut() == QKeySequence("Ctrl+,");
    QVERIFY(found);
  }

  void pause_says_paused_at_once_and_stop_leaves_what_is_left_with_resume() {
    QTemporaryDir tmp;
    // 150 distinct photos (a seed photo with a different trailing byte each: same picture,
    // another file), so the run lasts long enough to pause and stop on a fast machine too.
    const QString photos = tmp.filePath("many");
    QDir().mkpath(photos);
    const QDir seed(kData + "/images-seed");
    const QStringList names = seed.entryList({"*.jpg"}, QDir::Files);
    for (int i = 0; i < 150; ++i) {
      QFile in(seed.filePath(names[i % names.size()]));
      QVERIFY(in.open(QIODevice::ReadOnly));
      QFile out(photos + QStringLiteral("/p%1.jpg").arg(i));
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(in.readAll() + QByteArray::number(i));
    }
    MainWindow window(tiny_options(tmp.filePath("library")));
    window.show();
    QAction *pause = nullptr, *stop = nullptr, *resume = nullptr;
    for (auto* a : window.findChildren<QAction*>()) {
      if (a->text() == "&Pause indexing") pause = a;
      if (a->text() == "&Stop indexing") stop = a;
      if (a->text() == "Resume &indexing") resume = a;
    }
    QVERIFY(pause && stop && resume);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.library_panel()->isEnabled() && window.search_field()->isEnabled(), 60000);
    QTest::qWait(200);  // the image model is handed to the indexer
    emit window.library_panel()->rescan_requested({photos});
    QElapsedTimer waited;
    waited.start();
    while (!pause->isEnabled() && waited.elapsed() < 30000) QTest::qWait(1);  // paused promptly
    pause->trigger();
    // Said at once, not at the next progress report.
    QVERIFY2(window.statusBar()->currentMessage().startsWith("Paused"),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(pause->text(), QString("&Resume indexing"));
    QTest::qWait(300);  // nothing moves while paused
    QVERIFY2(window.statusBar()->currentMessage().startsWith("Paused"),
             qPrintable(window.statusBar()->currentMessage()));
    stop->trigger();
    // Stopped: how much is left, and the way to go on.
    QTRY_VERIFY_WITH_TIMEOUT(resume->isVisible(), 30000);
    QVERIFY2(window.statusBar()->currentMessage().contains("still to do"),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.library_panel()->findChild<QTreeWidget*>()->isColumnHidden(2));  // To do
    resume->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!resume->isVisible() && !stop->isEnabled(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(
        LibraryDb(tmp.filePath("library").toStdString(), LibraryDb::Mode::kReadOnly)
            .count_indexed(),
        qint64(150), 60000);
  }

  void timeline_at_start_and_back_after_a_search() {
    QTemporaryDir tmp;
    OpenWindow open;
    QVERIFY(open_window(indexed_app_options(tmp, QString()), open));
    MainWindow& window = *open.window;
    QSignalSpy& shown = *open.shown;
    // Every photo, newest first, under headings; no relevance without a query.
    QVERIFY(window.results()->timeline());
    QCOMPARE(window.results()->photo_count(), 10);
    QVERIFY(!window.results()->is_photo(0));
    QVERIFY(!window.filter_bar()->relevance_enabled());
    QVERIFY(window.message_text().isEmpty());
    QVERIFY(!window.welcome_shown());
    // The date filter starts at the library's own range, not "the last 12 months".
    QVERIFY(window.filter_bar()->shown_from() <= window.filter_bar()->shown_to());
    QVERIFY(window.filter_bar()->shown_to() <= QDate::currentDate());
    // A refresh of the timeline (new photos indexed) keeps the photo the user was on.
    const ResultsModel* rows = window.results();
    const int third = rows->next_photo_row(rows->next_photo_row(rows->next_photo_row(-1, 1), 1), 1);
    window.grid()->setCurrentIndex(rows->index(third));
    const qint64 on = rows->item(third).id;
    shown.clear();
    QTest::keyClick(window.search_field(), Qt::Key_Escape);  // the timeline, again
    QVERIFY(wait_count(shown, 1, 30000));
    QCOMPARE(window.results()->item(window.grid()->currentIndex().row()).id, on);
    QCOMPARE(window.preview()->item().id, on);
    // Typing narrows it to a search (once the text model is in).
    QTRY_VERIFY_WITH_TIMEOUT(window.search_field()->isEnabled(), 60000);
    shown.clear();
    window.search_field()->setText(QStringLiteral("ein roter Apfel"));
    QTest::keyClick(window.search_field(), Qt::Key_Return);
    QVERIFY(wait_for_search(window, shown));
    QVERIFY(window.filter_bar()->relevance_enabled());
    QVERIFY(window.results()->is_photo(0));  // best first: no headings
    // Esc clears the search and returns to the timeline, with nothing of the search left.
    shown.clear();
    QTest::keyClick(window.search_field(), Qt::Key_Escape);
    QVERIFY(wait_count(shown, 1, 30000));
    QVERIFY(window.results()->timeline());
    QCOMPARE(window.results()->photo_count(), 10);
    QVERIFY(window.search_field()->text().isEmpty());
    QVERIFY(window.preview()->item().path.isEmpty());
  }

  void empty_library_shows_a_welcome_with_add_folder() {
    QTemporaryDir tmp;
    MainWindow window(tiny_options(tmp.filePath("library")));  // never indexed
    QSignalSpy shown(&window, &MainWindow::results_shown);
    window.show();
    QVERIFY(wait_count(shown, 1, 30000));
    QVERIFY(window.welcome_shown());
    QVERIFY(window.message_text().isEmpty());  // not "no library here yet"
    bool add = false;
    for (auto* b : window.findChildren<QPushButton*>())
      add |= b->isVisible() && b->text().contains("Add folder");
    QVERIFY(add);
  }

  void viewer_steps_through_results_zooms_and_returns_to_the_same_place() {
    QTemporaryDir tmp;
    OpenWindow open;
    QVERIFY(open_window(indexed_app_options(tmp, QString()), open));
    MainWindow& window = *open.window;
    window.resize(1000, 700);
    const int first = window.results()->next_photo_row(-1, +1);
    QSignalSpy loaded(window.viewer(), &PhotoViewer::image_loaded);
    // Space on the grid: a quick look.
    window.grid()->setFocus();
    window.grid()->setCurrentIndex(window.results()->index(first));
    QTest::keyClick(window.grid(), Qt::Key_Space);
    QVERIFY(window.viewing());
    QVERIFY(wait_count(loaded, 1, 10000));
    QVERIFY(window.viewer()->loaded());
    QCOMPARE(window.viewer()->item().id, window.results()->item(first).id);
    QVERIFY(window.viewer()->overlay_text().contains(
        QFileInfo(window.viewer()->item().path).fileName()));
    QVERIFY(window.viewer()->overlay_text().contains("1 of 10"));
    // → to the next photo (headings skipped), ← back.
    QTest::keyClick(window.viewer(), Qt::Key_Right);
    const int second = window.results()->next_photo_row(first, +1);
    QCOMPARE(window.viewer()->item().id, window.results()->item(second).id);
    QVERIFY(window.viewer()->overlay_text().contains("2 of 10"));
    QVERIFY(wait_count(loaded, 2, 10000));
    // Z: 100 %, Z again: fit.
    QVERIFY(window.viewer()->fit());
    QTest::keyClick(window.viewer(), Qt::Key_Z);
    QVERIFY(!window.viewer()->fit());
    QTest::keyClick(window.viewer(), Qt::Key_Z);
    QVERIFY(window.viewer()->fit());
    // The overlay can be hidden.
    QTest::keyClick(window.viewer(), Qt::Key_I);
    QVERIFY(window.viewer()->overlay_text().isEmpty());
    // Esc: back at the grid, on the photo last viewed.
    QTest::keyClick(window.viewer(), Qt::Key_Escape);
    QVERIFY(!window.viewing());
    QCOMPARE(window.grid()->currentIndex().row(), second);
    QCOMPARE(window.preview()->item().id, window.results()->item(second).id);
    // Enter (activated) opens the viewer too.
    emit window.grid()->activated(window.results()->index(first));
    QVERIFY(window.viewing());
    QCOMPARE(window.viewer()->item().id, window.results()->item(first).id);
  }

  void selection_copies_exports_and_trashes_with_the_library_following() {
    // The photos live on the same drive as the (test mode's) home trash, so the trash used is
    // that one and the test can look into it.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY(QDir().mkpath(data));
    QTemporaryDir tmp(data + "/trash-test-XXXXXX");
    const AppOptions o = indexed_app_options(tmp, QString());
    OpenWindow open;
    QVERIFY(open_window(o, open));
    MainWindow& window = *open.window;
    window.grid()->selectAll();
    const QStringList paths = window.selected_paths();
    QCOMPARE(paths.size(), 10);  // photos only: headings cannot be selected
    // Ctrl+C copies every selected path, one per line.
    window.grid()->setFocus();
    QTest::keyClick(window.grid(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text().split('\n').size(), 10);
    // Drag data holds them all.
    std::unique_ptr<QMimeData> mime(
        window.results()->mimeData(window.grid()->selectionModel()->selectedIndexes()));
    QCOMPARE(mime->urls().size(), 10);
    // Export: copies, never overwriting (a second export gets " (2)" names).
    QSignalSpy done(&window, &MainWindow::file_action_done);
    const QString out = tmp.filePath("export");
    QDir().mkpath(out);
    window.export_to(paths.mid(0, 2), out);
    QVERIFY(wait_count(done, 1, 10000));
    window.export_to(paths.mid(0, 1), out);
    QVERIFY(wait_count(done, 2, 10000));
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 3);
    const QFileInfo first(paths[0]);
    QVERIFY(QFileInfo::exists(out + "/" + first.completeBaseName() + " (2)." + first.suffix()));
    // Trash: the file leaves its folder (kept in the trash), the grid at once, and the
    // library at the re-scan that follows.
    window.trash({paths[0]});
    QVERIFY(wait_count(done, 3, 10000));
    QVERIFY(!QFileInfo::exists(paths[0]));
    QVERIFY(QFileInfo::exists(data + "/Trash/files/" + QFileInfo(paths[0]).fileName()));
    QDir(data + "/Trash").removeRecursively();
    QCOMPARE(window.results()->photo_count(), 9);
    QTRY_VERIFY_WITH_TIMEOUT(
        LibraryDb(o.library.toStdString(), LibraryDb::Mode::kReadOnly).count_indexed() == 9, 60000);
  }

  void pasting_a_copied_file_searches_by_that_image() {
    QTemporaryDir tmp;
    OpenWindow open;
    QVERIFY(open_window(indexed_app_options(tmp, QString()), open));
    MainWindow& window = *open.window;
    QSignalSpy& shown = *open.shown;
    QTRY_VERIFY_WITH_TIMEOUT(window.search_field()->isEnabled(), 60000);
    // What a file manager puts on the clipboard: the file's URL, also as text.
    auto* mime = new QMimeData;
    const QString file = kData + "/images-seed/sad.jpg";
    mime->setUrls({QUrl::fromLocalFile(file)});
    mime->setText(QUrl::fromLocalFile(file).toString());
    QApplication::clipboard()->setMimeData(mime);
    window.search_field()->setFocus();
    QTest::keyClick(window.search_field(), Qt::Key_V, Qt::ControlModifier);
    QVERIFY(window.search_field()->text().isEmpty());  // not "file:///…" typed
    QVERIFY(wait_for_search(window, shown));
    QVERIFY(window.results()->photo_count() > 0);
  }

  void layout_works_at_800x560_with_panes_that_toggle_and_are_remembered() {
    QTemporaryDir tmp;
    OpenWindow open;
    QVERIFY(open_window(indexed_app_options(tmp, QString()), open));
    MainWindow& window = *open.window;
    QVERIFY(window.minimumSize().width() <= 800 && window.minimumSize().height() <= 560);
    window.resize(800, 560);
    QTest::qWait(50);
    QVERIFY(window.width() <= 820);
    // The grid keeps a usable width; side panes give way.
    QVERIFY2(window.grid()->width() >= 380, qPrintable(QString::number(window.grid()->width())));
    QAction *folders = nullptr, *help = nullptr, *about = nullptr;
    for (auto* a : window.findChildren<QAction*>()) {
      if (a->text() == "&Folders") folders = a;
      if (a->shortcut() == QKeySequence(QKeySequence::HelpContents)) help = a;
      if (a->text() == "&About LinguaLens") about = a;
    }
    QVERIFY(folders && help && about);  // F1: search tips; Help > About
    QVERIFY(folders->isChecked());
    folders->trigger();  // hidden…
    QVERIFY(!window.library_panel()->isVisible());
    QVERIFY(!QSettings().value("view/folders", true).toBool());  // …and remembered
    folders->trigger();
    QVERIFY(window.library_panel()->isVisible());
    QVERIFY(QSettings().value("view/folders", false).toBool());
  }

  void duplicates_dialog_reviews_groups_trashes_the_others_and_undoes() {
    // On the trash's drive (the test mode's home trash), as the selection test does.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QVERIFY(QDir().mkpath(data));
    QTemporaryDir tmp(data + "/dup-test-XXXXXX");
    const QString photos = tmp.filePath("photos");
    QVERIFY(QDir().mkpath(photos));
    // A photo, a half-size copy and a mirrored copy; and a different photo.
    const QImage sad(kData + "/images-seed/sad.jpg");
    QVERIFY(sad.save(photos + "/sad.jpg", "JPG", 95));
    QVERIFY(sad.scaled(sad.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                .save(photos + "/sad small.jpg", "JPG", 80));
    QVERIFY(sad.mirrored(true, false).save(photos + "/sad mirrored.png"));
    QVERIFY(QFile::copy(kData + "/images-seed/bananas.jpg", photos + "/bananas.jpg"));
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    auto cache = std::make_shared<ThumbnailCache>(tmp.filePath("thumbs"), 64);
    DuplicatesDialog dialog(tmp.filePath("library"), cache);
    QSignalSpy searched(&dialog, &DuplicatesDialog::searched);
    QSignalSpy changed(&dialog, &DuplicatesDialog::files_changed);
    QSignalSpy done(&dialog, &DuplicatesDialog::action_done);
    dialog.show();
    dialog.start();
    QVERIFY(wait_count(searched, 1, 30000));
    // The tiny test model's embeddings say nothing about bursts: look at the "same" group.
    int same = -1;
    for (int g = 0; g < dialog.group_count(); ++g)
      if (dialog.group(g).kind == DuplicateKind::kSame) same = g;
    QVERIFY(same >= 0);
    dialog.show_group(same);
    const DuplicateGroup& g = dialog.group(same);
    QCOMPARE(g.files.size(), size_t(3));
    QCOMPARE(QFileInfo(QString::fromStdString(g.files[0].photo.path)).fileName(),
             QString("sad.jpg"));  // the most pixels, the best JPEG
    QCOMPARE(dialog.kept(), 0);
    QTest::keyClick(&dialog, Qt::Key_K);  // keeps the selected photo (the first)
    dialog.keep(1);
    QCOMPARE(dialog.kept(), 1);
    dialog.keep(0);
    const QString kept = QString::fromStdString(g.files[0].photo.path);
    const QString other = QString::fromStdString(g.files[1].photo.path);
    dialog.trash_others();
    QVERIFY(wait_count(done, 1, 10000));
    QVERIFY(QFileInfo::exists(kept));
    QVERIFY(!QFileInfo::exists(other));
    QCOMPARE(changed.last()[0].toStringList().size(), 2);
    // Undo puts them back.
    dialog.undo();
    QVERIFY(wait_count(done, 2, 10000));
    QVERIFY(QFileInfo::exists(other));
    QCOMPARE(changed.last()[0].toStringList().size(), 2);
    QDir(data + "/Trash").removeRecursively();
    // Or into a folder of one's choice.
    dialog.start();
    QVERIFY(wait_count(searched, 2, 30000));
    for (int k = 0; k < dialog.group_count(); ++k)
      if (dialog.group(k).kind == DuplicateKind::kSame) dialog.show_group(k);
    const QString aside = tmp.filePath("aside");
    QVERIFY(QDir().mkpath(aside));
    dialog.move_others_to(aside);
    QVERIFY(wait_count(done, 3, 10000));
    QCOMPARE(QDir(aside).entryList(QDir::Files).size(), 2);
    QVERIFY(QFileInfo::exists(kept));
    QVERIFY(!QFileInfo::exists(other));
    // The similar-shot thresholds: a change searches again and is remembered.
    dialog.set_similar_thresholds(90, 30);
    QVERIFY(wait_count(searched, 3, 30000));
    QCOMPARE(dialog.params().similar_min_cosine, 0.90f);
    QCOMPARE(dialog.params().similar_max_seconds, int64_t{1800});
    DuplicatesDialog again(tmp.filePath("library"), cache);
    QCOMPARE(again.params().similar_min_cosine, 0.90f);
    QCOMPARE(again.params().similar_max_seconds, int64_t{1800});
    QSettings().remove("duplicates");
  }

  // A date in the query becomes a chip under the search field; a filter that leaves nothing
  // says so; one click on the chip removes the filter with its words.
  void understood_dates_become_chips_that_remove_their_filter() {
    QTemporaryDir tmp;
    OpenWindow open;
    QVERIFY(open_window(indexed_app_options(tmp, QString()), open));
    MainWindow& window = *open.window;
    QSignalSpy& shown = *open.shown;
    QTRY_VERIFY_WITH_TIMEOUT(window.search_field()->isEnabled(), 60000);
    shown.clear();
    window.search_field()->setText(QStringLiteral("ein roter Apfel im Jahr 1999"));
    QTest::keyClick(window.search_field(), Qt::Key_Return);
    QVERIFY(wait_for_search(window, shown));
    auto* chips = window.findChild<UnderstoodChips*>();
    QVERIFY(chips);
    QVERIFY(chips->isVisible());
    QCOMPARE(chips->chips().size(), 1);
    QCOMPARE(UnderstoodChips::label(chips->chips()[0]), QStringLiteral("1999"));
    QCOMPARE(chips->chips()[0].words, QStringLiteral("im Jahr 1999"));
    QCOMPARE(window.results()->photo_count(), 0);  // the test photos are from today
    QVERIFY(window.message_text().contains(QStringLiteral("1999")));
    const QString shot = qEnvironmentVariable("LINGUALENS_SCREENSHOT_DIR");
    if (!shot.isEmpty()) window.grab().save(shot + "/understood_chip.png");
    shown.clear();
    auto* chip = chips->findChild<QToolButton*>(QStringLiteral("understood_chip"));
    QVERIFY(chip);
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(wait_for_search(window, shown));
    QCOMPARE(window.search_field()->text(), QStringLiteral("ein roter Apfel"));
    QVERIFY(!chips->isVisible());
    QVERIFY(window.results()->photo_count() > 0);
  }

  // Settings ▸ "Read dates and places in queries" off: the same words are all text.
  void dates_stay_text_when_the_setting_is_off() {
    QTemporaryDir tmp;
    OpenWindow open;
    AppOptions options = indexed_app_options(tmp, QString());
    options.read_dates_and_places = false;
    QVERIFY(open_window(options, open));
    MainWindow& window = *open.window;
    QSignalSpy& shown = *open.shown;
    QTRY_VERIFY_WITH_TIMEOUT(window.search_field()->isEnabled(), 60000);
    shown.clear();
    window.search_field()->setText(QStringLiteral("ein roter Apfel im Jahr 1999"));
    QTest::keyClick(window.search_field(), Qt::Key_Return);
    QVERIFY(wait_for_search(window, shown));
    auto* chips = window.findChild<UnderstoodChips*>();
    QVERIFY(chips);
    QVERIFY(!chips->isVisible());
    QVERIFY(chips->chips().isEmpty());
    QVERIFY(window.results()->photo_count() > 0);  // not limited to 1999
  }

  void search_field_hints_when_the_query_language_did_poorly() {
    // The last evaluation of this text model: Kannada far below English, Greek close to it.
    EvaluationResult r;
    r.reference_language = "en";
    for (const auto& [code, accuracy] : std::vector<std::pair<std::string, double>>{
             {"en", 0.83}, {"kn", 0.17}, {"el", 0.67}, {"de", 0.33}, {"sv", 0.17}}) {
      LanguageResult l;
      l.language = code;
      l.accuracy = accuracy;
      r.languages.push_back(l);
    }
    remember_evaluation("model-a|", r);
    const QString kn = weak_language_hint(QStringLiteral("ಬಿಳಿ ಬೆಕ್ಕು"), "model-a|");
    QVERIFY(kn.contains("Kannada"));
    QVERIFY(kn.contains("17"));
    QVERIFY(kn.contains("English"));
    QVERIFY(weak_language_hint(QStringLiteral("Μια λευκή γάτα"), "model-a|").isEmpty());  // fine
    QVERIFY(weak_language_hint(QStringLiteral("white cat"), "model-a|").isEmpty());       // unsure
    QVERIFY(weak_language_hint(QStringLiteral("하얀 고양이"), "model-a|").isEmpty());  // not tried
    QVERIFY(weak_language_hint(QStringLiteral("ಬಿಳಿ ಬೆಕ್ಕು"), "model-b|").isEmpty());  // other model
    // Latin script: CLD2 names German from a sentence; a short Swedish query it would call
    // Norwegian gets no note at all.
    QVERIFY(weak_language_hint(QStringLiteral("zwei Hunde spielen im Park"), "model-a|")
                .contains("German"));
    QVERIFY(weak_language_hint(QStringLiteral("röd äpple på ett bord"), "model-a|").isEmpty());
    // In the window: beside the search field while the query is Kannada, gone after.
    QTemporaryDir tmp;
    auto options = tiny_options(tmp.filePath("library"));
    remember_evaluation(options.text_model + '|' + options.text_head, r);
    OpenWindow open;
    QVERIFY(open_window(options, open));
    open.window->search_field()->setText(QStringLiteral("ಬಿಳಿ ಬೆಕ್ಕು"));
    QVERIFY(open.window->language_hint().contains("Kannada"));
    open.window->search_field()->setText(QStringLiteral("white cat"));
    QVERIFY(open.window->language_hint().isEmpty());
    QSettings().remove("evaluation");
  }

  // The model card's first set, with its images next to it; returns the set file.
  static QString model_card_set(const QTemporaryDir& tmp) {
    const QString set_dir = tmp.filePath("set");
    QDir().mkpath(set_dir);
    for (const auto& name : QDir(kData + "/images-seed").entryList(QDir::Files)) {
      QFile::copy(kData + "/images-seed/" + name, set_dir + "/" + name);
    }
    QFile::copy(QStringLiteral(LINGUALENS_SOURCE_DIR) + "/resources/eval/model-card-set-1.json",
                set_dir + "/set.json");
    return set_dir + "/set.json";
  }

  void evaluation_window_runs_a_set_and_compares_in_the_library() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    const QString set_file = model_card_set(tmp);
    EngineThread running(tiny_options(tmp.filePath("library")));
    QVERIFY(running.load_models());
    Engine* engine = running.engine;
    {
      EvalWindow window(engine, nullptr);
      window.set_models_ready(true);
      window.load_set(set_file);
      window.show();
      QSignalSpy shown(&window, &EvalWindow::evaluation_shown);
      window.run();
      QVERIFY(shown.wait(60000));
      const auto outcome = window.outcome();
      QVERIFY(outcome);
      QVERIFY(!outcome->second_run);  // no second pair was asked for: no side-by-side tab
      auto* tabs = window.findChild<QTabWidget*>();
      QVERIFY(!tabs->isTabVisible(3));
      QCOMPARE(outcome->run.result.languages.size(), size_t(9));  // en fr de es ru sv el kn ar
      for (const auto& l : outcome->run.result.languages)  // the tokenizer's view, per caption
        QCOMPARE(l.caption_tokens.size(), l.caption_items.size());
      QCOMPARE(outcome->run.images_encoded + outcome->run.images_reused, qint64(6));
      QVERIFY(outcome->run.images_reused == 0);  // the set's copies are not the library's files
      // The heatmap's rows are the photos themselves; each caption's own photo is framed.
      QCOMPARE(outcome->thumbnails.size(), size_t(6));
      auto* heatmap = window.findChild<HeatmapWidget*>();
      QVERIFY(heatmap);
      const HeatmapData& shown_data = heatmap->data();
      QCOMPARE(shown_data.row_pictures.size(), 6);
      for (const QImage& picture : shown_data.row_pictures) QVERIFY(!picture.isNull());
      const auto& first = outcome->run.result.languages.front();
      QCOMPARE(shown_data.own_row,
               QVector<int>(first.caption_items.begin(), first.caption_items.end()));
      QCOMPARE(shown_data.column_labels.size(), int(first.caption_items.size()));
      const QString shot = qEnvironmentVariable("LINGUALENS_SCREENSHOT_DIR");
      if (!shot.isEmpty()) window.grab().save(shot + "/evaluation_heatmap.png");
      // Side by side in the library.
      QSignalSpy compared(engine, &Engine::comparison_done);
      emit window.compare_requested({"en", "sv"}, {"a red apple", "ett rött äpple"}, 5);
      QVERIFY(wait_count(compared, 1, 30000));
      const auto columns = compared.last()[0].value<QVector<CompareColumn>>();
      QCOMPARE(columns.size(), 2);
      QCOMPARE(columns[0].items.size(), 5);
      QCOMPARE(columns[0].overlap, -1.0);
      QVERIFY(columns[1].overlap >= 0 && columns[1].overlap <= 1);
      // The columns draw an outline around what the reference did not find.
      QSet<qint64> reference;
      for (const auto& it : columns[0].items) reference.insert(it.id);
      QTRY_VERIFY(window.findChildren<ResultsModel*>().size() >= 2);
      int outlined = 0, expected = 0;
      for (const auto& it : columns[1].items) expected += reference.contains(it.id) ? 0 : 1;
      for (auto* model : window.findChildren<ResultsModel*>()) {
        for (int row = 0; row < model->rowCount(); ++row) {
          const bool marked = model->data(model->index(row), ResultsModel::kMarkedRole).toBool();
          QCOMPARE(marked, !reference.contains(model->item(row).id));
          outlined += marked ? 1 : 0;
        }
      }
      QCOMPARE(outlined, expected);
      if (!shot.isEmpty()) {
        QTest::qWait(300);  // the window shows the columns and loads thumbnails
        window.findChild<QTabWidget*>()->setCurrentIndex(2);
        QTest::qWait(500);
        window.grab().save(shot + "/evaluation_comparison.png");
      }
    }
  }

  // "Compare with" runs the same set with a second pair from the models folder, in its own
  // space, and shows both language by language; the figures are that pair's own evaluation.
  void evaluation_window_sets_two_pairs_side_by_side() {
    QTemporaryDir tmp;
    const QString set_file = model_card_set(tmp);
    // The XLM-R pair's files under its official names: the tiny XLM-R head is 16-d like the
    // tiny ResNet, which stands in for ViT-B-32.pt so the two share one space.
    const QString models = tmp.filePath("models");
    const QString xlmr = models + "/XLM-Roberta-Large-Vit-B-32";
    QDir().mkpath(xlmr + "/xlm-roberta-tiny-random");
    const QString zoo = kData + "/zoo/mclip-xlmr-tiny";
    for (const auto& name : QDir(zoo).entryList(QDir::Files))
      QFile::copy(zoo + "/" + name, xlmr + "/" + name);
    QFile::copy(zoo + "/xlm-roberta-tiny-random/config.json",
                xlmr + "/xlm-roberta-tiny-random/config.json");
    QFile::copy(kData + "/clip-rn-tiny/RN-tiny.pt", models + "/ViT-B-32.pt");
    AppOptions options = tiny_options(tmp.filePath("library"));
    options.models = models;

    EngineThread running(options);
    QVERIFY(running.load_models());
    Engine* engine = running.engine;
    {
      EvalWindow window(engine, nullptr);
      window.set_models_ready(true);
      window.set_model_options(options);
      // Offered: every other pair; choosable: those whose files are here.
      auto* compare = window.findChild<QComboBox*>("compare_pair");
      QVERIFY(compare);
      QCOMPARE(compare->count(), 1 + int(model_pairs().size()));  // none + all (files given)
      QVERIFY(!window.choose_compare_pair("LABSE-Vit-L-14"));     // not downloaded
      QCOMPARE(compare->currentIndex(), 0);
      QVERIFY(window.choose_compare_pair("XLM-Roberta-Large-Vit-B-32"));
      window.load_set(set_file);
      window.show();
      QSignalSpy shown(&window, &EvalWindow::evaluation_shown);
      window.run();
      QVERIFY(shown.wait(120000));
      const auto outcome = window.outcome();
      QVERIFY(outcome && outcome->second_run);
      QCOMPARE(outcome->second_pair, QStringLiteral("XLM-Roberta-Large-Vit-B-32"));
      QCOMPARE(outcome->comparison.size(), outcome->run.result.languages.size());

      // The second pair's figures are its own evaluation of the set.
      const EvalSet set = load_eval_set(set_file.toStdString());
      const TextEncoder text(TextEncoderParams{(xlmr).toStdString(), {}, 32});
      const ImageEncoder image(ImageEncoderParams{(models + "/ViT-B-32.pt").toStdString()});
      const EvaluationResult alone = run_evaluation(set, text, image);
      QCOMPARE(outcome->second_run->result.languages.size(), alone.languages.size());
      for (size_t i = 0; i < alone.languages.size(); ++i) {
        QCOMPARE(outcome->second_run->result.languages[i].language, alone.languages[i].language);
        QCOMPARE(outcome->second_run->result.languages[i].accuracy, alone.languages[i].accuracy);
      }

      // On screen: the side-by-side tab, one row per language, both accuracies as computed.
      auto* tabs = window.findChild<QTabWidget*>();
      QVERIFY(tabs->isTabVisible(3));
      auto* table = window.findChild<QTableWidget*>("pairs_table");
      QCOMPARE(table->rowCount(), int(outcome->comparison.size()));
      const QLocale locale;
      for (int row = 0; row < table->rowCount(); ++row) {
        const auto& c = outcome->comparison[static_cast<size_t>(row)];
        QVERIFY(table->item(row, 0)->text().contains(QString::fromStdString(c.language)));
        QCOMPARE(table->item(row, 1)->text(),
                 locale.toString(100 * c.first.accuracy, 'f', 0) + locale.percent());
        QCOMPARE(table->item(row, 2)->text(),
                 locale.toString(100 * c.second.accuracy, 'f', 0) + locale.percent());
      }
      QVERIFY(window.findChild<QLabel*>("pairs_headline")
                  ->text()
                  .contains(QStringLiteral("② XLM-Roberta-Large-Vit-B-32")));
      QVERIFY(table->horizontalHeaderItem(2)->text().contains(QStringLiteral("②")));

      // The heatmap switches to the compared pair's.
      auto* heatmap_pair = window.findChild<QComboBox*>("heatmap_pair");
      QVERIFY(heatmap_pair->isVisibleTo(&window));
      heatmap_pair->setCurrentIndex(1);
      auto* heatmap = window.findChild<HeatmapWidget*>();
      const auto& softmax = outcome->second_run->result.languages.front().softmax;
      QCOMPARE(heatmap->data().values.size(), int(softmax.size()));
      QCOMPARE(heatmap->data().values[0][0], double(softmax[0][0]));
      // … and so does the summary under it (best first: that pair's order).
      auto* summary = window.findChild<QTableWidget*>("summary");
      QCOMPARE(summary->item(0, 0)->text(),
               QString::fromStdString(outcome->second_run->result.summary.front()));
      // Exported for sharing: the evaluated pair's report, and the compared pair's beside it.
      QSignalSpy written(&window, &EvalWindow::report_written);
      window.export_report(tmp.filePath("report"));
      QVERIFY(wait_count(written, 1, 60000));
      QCOMPARE(written.last()[0].toString(), tmp.filePath("report") + "/report.html");
      QVERIFY(QFileInfo::exists(tmp.filePath("report/report.html")));
      QVERIFY(QFileInfo::exists(tmp.filePath("report/compared/report.html")));
      QVERIFY(QFileInfo::exists(tmp.filePath("report/summary.csv")));
      const QString shot = qEnvironmentVariable("LINGUALENS_SCREENSHOT_DIR");
      if (!shot.isEmpty()) {
        window.grab().save(shot + "/evaluation_heatmap_second_pair.png");
        tabs->setCurrentIndex(3);
        QTest::qWait(200);
        window.grab().save(shot + "/evaluation_pairs.png");
      }
    }
  }
};

int run_window(int argc, char** argv) { return run_suite<WindowTests>(argc, argv); }

#include "test_window.moc"
