// QtTest tests of the desktop app's models and controllers on the offscreen platform, with
// the tiny fixture models: the results model (threshold, sort, drag data, thumbnails and
// their disk cache), the index worker (progress, pause/resume, cancel, errors), the search
// flow through the engine, the download worker against a loopback HTTP server, the folder
// watcher, and the main window end to end.
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>
#include <ctime>
#include <memory>

#include "core/image/image_encoder.h"
#include "core/models/model_download.h"
#include "index/library_db.h"
#include "tests/support/exif_thumbnail_writer.h"
#include "tests/support/loopback_http_server.h"
#include "ui/download_worker.h"
#include "ui/engine.h"
#include "ui/error_list_dialog.h"
#include "ui/eval_window.h"
#include "ui/file_actions.h"
#include "ui/filter_bar.h"
#include "ui/folder_watcher.h"
#include "ui/index_worker.h"
#include "ui/library_panel.h"
#include "ui/main_window.h"
#include "ui/model_setup_dialog.h"
#include "ui/photo_viewer.h"
#include "ui/preview_pane.h"
#include "ui/results_model.h"
#include "ui/thumbnail_cache.h"

using namespace lingualens;
using namespace lingualens::ui;

namespace {

const QString kData = QStringLiteral(LINGUALENS_TEST_DATA);

AppOptions tiny_options(const QString& library) {
  AppOptions o;
  o.library = library;
  o.image_model = kData + "/clip-rn-tiny/RN-tiny.pt";
  o.text_model = kData + "/mbert-tiny";
  o.text_head = kData + "/formats/head_16x16.pkl";
  return o;
}

// A folder of the seed photos (10 images) plus one broken file.
QString make_photos(const QTemporaryDir& tmp) {
  const QString photos = tmp.filePath("photos");
  QDir().mkpath(photos + "/sub");
  const QDir seed(kData + "/images-seed");
  int i = 0;
  for (const auto& name : seed.entryList({"*.jpg", "*.png"}, QDir::Files)) {
    QFile::copy(seed.filePath(name), photos + (i++ % 2 ? "/sub/" : "/") + name);
  }
  QFile broken(photos + "/broken.jpg");
  broken.open(QIODevice::WriteOnly);
  broken.write("not a jpeg");
  return photos;
}

std::shared_ptr<const ImageEncoder> tiny_encoder() {
  static auto enc = std::make_shared<const ImageEncoder>(
      ImageEncoderParams{(kData + "/clip-rn-tiny/RN-tiny.pt").toStdString(), 8});
  return enc;
}

ResultItem item(qint64 id, const QString& path, float score, qint64 taken_at) {
  ResultItem it;
  it.id = id;
  it.path = path;
  it.score = score;
  it.taken_at = taken_at;
  return it;
}

// Runs an IndexWorker on its own thread, as the app does.
struct WorkerThread {
  QThread thread;
  IndexWorker* worker;
  explicit WorkerThread(const QString& library) : worker(new IndexWorker(library)) {
    worker->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, worker, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(
        worker, [w = worker] { w->set_encoder(tiny_encoder()); }, Qt::QueuedConnection);
  }
  ~WorkerThread() {
    worker->cancel();
    thread.quit();
    thread.wait();
  }
};

// Waits until `spy` has recorded `n` signals. QSignalSpy::wait() is not enough for signals
// from worker threads: one emitted before wait() begins is missed and wait() times out.
bool wait_count(const QSignalSpy& spy, int n, int ms) {
  QElapsedTimer timer;
  timer.start();
  while (spy.count() < n && timer.elapsed() < ms) QTest::qWait(10);
  return spy.count() >= n;
}

// Indexes `photos` into `library` with an IndexWorker on its own thread; false on timeout.
bool index_with_worker(const QString& library, const QString& photos) {
  WorkerThread w(library);
  QSignalSpy finished(w.worker, &IndexWorker::finished);
  w.worker->request_index({photos});
  return wait_count(finished, 1, 60000);
}

// App options for a freshly indexed library of the test photos that start with `query`.
AppOptions indexed_app_options(const QTemporaryDir& tmp, const QString& query) {
  const QString photos = make_photos(tmp);
  if (!index_with_worker(tmp.filePath("library"), photos)) return {};
  AppOptions o = tiny_options(tmp.filePath("library"));
  o.search = query;
  return o;
}

// A main window and the spy on its results, as open_window() leaves them.
struct OpenWindow {
  std::unique_ptr<MainWindow> window;
  std::unique_ptr<QSignalSpy> shown;  // results_shown
};

// Opens the main window on `options` and waits for its first screen (the timeline, or the
// welcome); false when the library could not be made or nothing was shown in time.
bool open_window(const AppOptions& options, OpenWindow& open) {
  if (options.library.isEmpty()) return false;
  open.window = std::make_unique<MainWindow>(options);
  open.shown = std::make_unique<QSignalSpy>(open.window.get(), &MainWindow::results_shown);
  open.window->show();
  return wait_count(*open.shown, 1, 60000);
}

// Waits for a search's results (not the timeline shown at start).
bool wait_for_search(MainWindow& window, const QSignalSpy& shown, int ms = 60000) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    if (shown.count() > 0 && !window.results()->timeline()) return true;
    QTest::qWait(10);
  }
  return false;
}

}  // namespace

class UiTests : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    qRegisterMetaType<SearchOutcome>();
    qRegisterMetaType<QVector<FolderState>>();
    QStandardPaths::setTestModeEnabled(true);  // settings go to a test location
  }

  void results_model_threshold_sort_and_drag() {
    ResultsModel model(nullptr);
    model.set_results({item(1, "/p/a.jpg", 0.9f, 100), item(2, "/p/b.jpg", 0.5f, 300),
                       item(3, "/p/c.jpg", 0.2f, 200)});
    QCOMPARE(model.rowCount(), 3);  // by relevance: photos only, no headings
    model.set_min_score(0.4f);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0), ResultsModel::kPathRole).toString(), QString("/p/a.jpg"));
    model.set_sort(ResultsModel::Sort::kDate);
    // By date: the day's heading, then the photos newest first.
    QVERIFY(!model.is_photo(0));
    QVERIFY(!model.data(model.index(0), ResultsModel::kHeadingRole).toString().isEmpty());
    QCOMPARE(model.flags(model.index(0)), Qt::NoItemFlags);  // not selectable
    QCOMPARE(model.data(model.index(1), ResultsModel::kPathRole).toString(),
             QString("/p/b.jpg"));  // newest
    model.set_min_score(-2);
    QCOMPARE(model.photo_count(), 3);
    QCOMPARE(model.item(2).id, qint64(3));  // taken_at 200 between 300 and 100
    QCOMPARE(model.next_photo_row(0, +1), 1);
    QCOMPARE(model.next_photo_row(1, -1), -1);  // only the heading before it
    std::unique_ptr<QMimeData> mime(
        model.mimeData({model.index(0), model.index(1), model.index(3)}));  // heading ignored
    QCOMPARE(mime->urls(),
             (QList<QUrl>{QUrl::fromLocalFile("/p/b.jpg"), QUrl::fromLocalFile("/p/a.jpg")}));
    QVERIFY(model.flags(model.index(1)) & Qt::ItemIsDragEnabled);
    model.set_marked({2});
    QVERIFY(model.data(model.index(1), ResultsModel::kMarkedRole).toBool());
    QVERIFY(!model.data(model.index(2), ResultsModel::kMarkedRole).toBool());
    model.remove_ids({2});
    QCOMPARE(model.photo_count(), 2);
    QCOMPARE(model.row_of(2), -1);
  }

  void timeline_has_day_and_month_headings_and_pages_on_demand() {
    ResultsModel model(nullptr);
    model.set_timeline(true);
    const qint64 day = 86400;
    const qint64 jul12 = 1689120000;  // 2023-07-12 00:00 (wall clock counted as UTC)
    QSignalSpy wanted(&model, &ResultsModel::more_wanted);
    // Newest first, as the library browses: two photos on 12 July, one on 30 June.
    model.set_results(
        {item(1, "/p/a.jpg", 0, jul12 + 3600 * 15), item(2, "/p/b.jpg", 0, jul12 + 3600 * 9),
         item(3, "/p/c.jpg", 0, jul12 - 12 * day)},
        true);
    // July heading (with its month), a, b; June heading (new month), c.
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(!model.data(model.index(0), ResultsModel::kMonthHeadingRole).toString().isEmpty());
    QVERIFY(
        model.data(model.index(0), ResultsModel::kMonthHeadingRole).toString().contains("2023"));
    QCOMPARE(model.item(1).id, qint64(1));
    QCOMPARE(model.item(2).id, qint64(2));
    QVERIFY(!model.is_photo(3));
    QCOMPARE(model.item(4).id, qint64(3));
    QCOMPARE(model.photo_position(4), 2);
    QVERIFY(!model.data(model.index(1), ResultsModel::kShowScoreRole).toBool());  // no badge
    // The view reaching the end asks for the next page once, until it arrives.
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.last()[0].toInt(), 3);
    QVERIFY(!model.canFetchMore({}));
    // The next page continues 30 June (no repeated heading), then a day in June and an
    // undated photo (last, under its own heading).
    model.append_results({item(4, "/p/d.jpg", 0, jul12 - 12 * day + 60),
                          item(5, "/p/e.jpg", 0, jul12 - 20 * day), item(6, "/p/f.jpg", 0, 0)},
                         false);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.item(5).id, qint64(4));
    QVERIFY(!model.is_photo(6));
    QVERIFY(model.data(model.index(6), ResultsModel::kMonthHeadingRole).toString().isEmpty());
    QCOMPARE(model.item(7).id, qint64(5));
    QCOMPARE(model.data(model.index(8), ResultsModel::kHeadingRole).toString(),
             QString("Date unknown"));
    QCOMPARE(model.photo_count(), 6);
    QVERIFY(!model.canFetchMore({}));  // the last page
  }

  void search_results_page_while_above_the_threshold() {
    ResultsModel model(nullptr);
    QSignalSpy wanted(&model, &ResultsModel::more_wanted);
    model.set_results({item(1, "/p/a.jpg", 0.9f, 0), item(2, "/p/b.jpg", 0.5f, 0)}, true);
    model.set_min_score(0.6f);  // the last loaded result is below: nothing more to show
    QVERIFY(!model.canFetchMore({}));
    model.set_min_score(0.1f);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(wanted.count(), 1);
    model.append_results({item(3, "/p/c.jpg", 0.3f, 0), item(4, "/p/d.jpg", 0.05f, 0)}, true);
    QCOMPARE(model.rowCount(), 3);  // d is below the threshold
    QCOMPARE(model.item(2).id, qint64(3));
    QVERIFY(!model.canFetchMore({}));
  }

  void capture_dates_show_the_cameras_wall_clock_in_any_zone() {
    // 01:30 on 10 March 2024 where the photo was taken (stored as if UTC). In New York the old
    // code showed it on the 9th at 20:30.
    const qint64 wall = QDateTime(QDate(2024, 3, 10), QTime(1, 30), Qt::UTC).toSecsSinceEpoch();
    const QByteArray old_tz = qgetenv("TZ");
    for (const char* tz : {"America/New_York", "Asia/Tokyo", "UTC"}) {
      qputenv("TZ", tz);
      ::tzset();
      QCOMPARE(ResultsModel::date_text(wall),
               QLocale().toString(QDate(2024, 3, 10), QLocale::ShortFormat));
      PreviewPane pane;
      ResultItem it = item(1, "/nonexistent/a.jpg", 0.5f, wall);
      pane.show_item(it);
      QVERIFY2(pane.details_text().contains(QLocale().toString(QTime(1, 30), QLocale::ShortFormat)),
               qPrintable(pane.details_text()));
    }
    if (old_tz.isEmpty())
      qunsetenv("TZ");
    else
      qputenv("TZ", old_tz);
    ::tzset();
  }

  void thumbnails_load_lazily_and_are_cached_on_disk() {
    QTemporaryDir tmp;
    const QString photo = kData + "/images-public/exif_orientation6.jpg";
    auto cache = std::make_shared<ThumbnailCache>(tmp.filePath("thumbnails"), 64);
    ResultsModel model(cache);
    model.set_results({item(1, photo, 0.5f, 0), item(2, tmp.filePath("missing.jpg"), 0.4f, 0)});
    QSignalSpy loaded(&model, &ResultsModel::thumbnail_loaded);
    QVERIFY(
        !model.data(model.index(0), ResultsModel::kThumbnailRole).isValid());  // not yet: requested
    model.data(model.index(1), ResultsModel::kThumbnailRole);
    QTRY_COMPARE(loaded.count(), 2);
    const QImage thumb = model.data(model.index(0), ResultsModel::kThumbnailRole).value<QImage>();
    QVERIFY(!thumb.isNull());
    QVERIFY(std::max(thumb.width(), thumb.height()) <= 64);
    // EXIF orientation 6 turns the stored landscape into portrait.
    const QImage raw(photo);
    QCOMPARE(raw.width() > raw.height(), thumb.height() > thumb.width());
    QVERIFY(model.data(model.index(1), ResultsModel::kThumbnailRole)
                .value<QImage>()
                .isNull());  // no preview
    QVERIFY(QFile::exists(cache->cache_file(photo)));
    QCOMPARE(QImage(cache->cache_file(photo)).size(), thumb.size());
  }

  void thumbnails_come_from_the_cameras_embedded_preview_when_large_enough() {
    QTemporaryDir tmp;
    auto jpeg = [](QColor color, QSize size) {
      QImage image(size, QImage::Format_RGB32);
      image.fill(color);
      QByteArray bytes;
      QBuffer buffer(&bytes);
      buffer.open(QIODevice::WriteOnly);
      image.save(&buffer, "JPG", 90);
      return std::vector<uint8_t>(bytes.begin(), bytes.end());
    };
    // A blue 4:3 photo turned by EXIF orientation 6, whose embedded preview is red.
    auto photo = [&](const QString& name, QSize main, QSize preview) {
      const QString path = tmp.filePath(name);
      const auto bytes = jpeg(Qt::blue, main);
      QFile f(path);
      f.open(QIODevice::WriteOnly);
      f.write(reinterpret_cast<const char*>(bytes.data()), static_cast<qint64>(bytes.size()));
      f.close();
      test_support::embed_exif_thumbnail(path.toStdString(), jpeg(Qt::red, preview), 6);
      return path;
    };
    const ThumbnailCache cache(tmp.filePath("thumbnails"), 160);
    auto is_red = [](const QImage& i) {
      return QColor(i.pixel(i.width() / 2, i.height() / 2)).red() > 200;
    };
    // Large enough: the preview, turned like the photo (portrait), never decoding the photo.
    const QImage a = cache.load(photo("a.jpg", {1200, 900}, {200, 150}));
    QVERIFY(is_red(a));
    QCOMPARE(a.size(), QSize(120, 160));
    // Too small for the tile: the photo itself, at reduced scale, turned the same way.
    const QImage b = cache.load(photo("b.jpg", {1200, 900}, {120, 90}));
    QVERIFY(!is_red(b));
    QCOMPARE(b.size(), QSize(120, 160));
    // A preview of another shape (a 16:9 photo with a padded 4:3 preview): the photo.
    const QImage c = cache.load(photo("c.jpg", {1600, 900}, {200, 150}));
    QVERIFY(!is_red(c));
    QCOMPARE(c.size(), QSize(90, 160));
  }

  void index_worker_reports_progress_and_errors() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    WorkerThread w(tmp.filePath("library"));
    QSignalSpy started(w.worker, &IndexWorker::started);
    QSignalSpy progress(w.worker, &IndexWorker::progress);
    QSignalSpy finished(w.worker, &IndexWorker::finished);
    QSignalSpy folders(w.worker, &IndexWorker::folders);
    w.worker->request_index({photos});
    w.worker->request_index({photos});  // merged with the first
    QVERIFY(wait_count(finished, 1, 60000));
    QCOMPARE(started.count(), 1);
    QVERIFY(progress.count() > 0);
    const auto last = progress.last();
    QCOMPARE(last[0].toLongLong(), last[1].toLongLong());  // done == total at the end
    QCOMPARE(finished.last()[1].toLongLong(), qint64(1));  // broken.jpg
    QTRY_VERIFY(folders.count() > 0);
    const auto state = folders.last()[0].value<QVector<FolderState>>();
    QCOMPARE(state.size(), 1);
    QCOMPARE(state[0].images, qint64(10));
    QCOMPARE(state[0].failed, qint64(1));
    QSignalSpy failed_files(w.worker, &IndexWorker::failed_files);
    QMetaObject::invokeMethod(w.worker, &IndexWorker::list_failed, Qt::QueuedConnection);
    QVERIFY(wait_count(failed_files, 1, 10000));
    const QStringList lines = failed_files.last()[0].toStringList();
    QCOMPARE(lines.size(), 1);
    QVERIFY(lines[0].contains("broken.jpg"));
    // Read through its own connection: the same list, without the worker.
    QCOMPARE(IndexWorker::read_failed_files(tmp.filePath("library")), lines);
    // The error list shows file and reason in columns; Copy gives both.
    ErrorListDialog errors;
    errors.set_files(lines);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.file(0), photos + "/broken.jpg");
    QVERIFY(!errors.reason(0).isEmpty());
    QVERIFY(errors.copy_text().startsWith(QDir::toNativeSeparators(photos + "/broken.jpg") + ": "));
    // Retry tries the failed file again even though it did not change.
    QSignalSpy retry(&errors, &ErrorListDialog::retry_requested);
    for (auto* b : errors.findChildren<QPushButton*>()) {
      if (b->text() == "Retry") b->click();
    }
    QCOMPARE(retry.count(), 1);
    auto most_to_do = [&] {
      qint64 most = 0;
      for (const auto& p : progress) most = std::max(most, p[1].toLongLong());
      return most;
    };
    progress.clear();
    w.worker->request_index({photos}, /*retry_failed=*/true);
    QVERIFY(wait_count(finished, 2, 60000));
    QCOMPARE(most_to_do(), qint64(1));  // broken.jpg, tried again (and still broken)
    // Without retry, an unchanged failed file is left alone.
    progress.clear();
    w.worker->request_index({photos});
    QVERIFY(wait_count(finished, 3, 60000));
    QCOMPARE(most_to_do(), qint64(0));
  }

  void scan_summary_says_what_was_skipped_and_which_folder_has_no_photos() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    for (const char* name : {"/a.CR2", "/b.cr2", "/clip.MOV"}) {
      QFile f(photos + name);
      QVERIFY(f.open(QIODevice::WriteOnly));
      f.write("raw");
    }
    const QString empty = tmp.filePath("empty");
    QVERIFY(QDir().mkpath(empty));
    WorkerThread w(tmp.filePath("library"));
    QSignalSpy finished(w.worker, &IndexWorker::finished);
    w.worker->request_index({photos, empty});
    QVERIFY(wait_count(finished, 1, 60000));
    const QString summary = finished.last()[0].toString();
    // (English plurals come from the translation files; untranslated, "%n file(s)".)
    QVERIFY2(summary.contains("3 file(s) not supported: .CR2 ×2, .MOV ×1"), qPrintable(summary));
    QVERIFY2(summary.contains(QDir::toNativeSeparators(empty) + " holds no photos"),
             qPrintable(summary));
  }

  void index_worker_pauses_resumes_and_cancels() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    WorkerThread w(tmp.filePath("library"));
    QSignalSpy progress(w.worker, &IndexWorker::progress);
    QSignalSpy finished(w.worker, &IndexWorker::finished);
    w.worker->pause();  // paused before it starts: it holds at its first check
    w.worker->request_index({photos});
    QTest::qWait(1500);
    QCOMPARE(finished.count(), 0);
    w.worker->resume();
    QVERIFY(wait_count(finished, 1, 60000));
    QVERIFY(finished.last()[2].toBool());  // something changed

    // Cancel: touch every photo so all need work again, pause, then cancel.
    for (const auto& name : QDir(photos).entryList(QDir::Files)) {
      QFile f(photos + "/" + name);
      f.open(QIODevice::Append);
      f.write("\0", 1);
    }
    w.worker->pause();
    w.worker->request_index({photos});
    QTest::qWait(500);
    w.worker->cancel();
    QVERIFY(wait_count(finished, 2, 30000));
    QVERIFY(finished.last()[0].toString().contains("stopped"));
    LibraryDb db(tmp.filePath("library").toStdString(), LibraryDb::Mode::kReadOnly);
    QCOMPARE(QString::fromStdString(db.integrity_check()), QString("ok"));
  }

  void engine_searches_what_the_worker_indexed() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    Engine engine(tiny_options(tmp.filePath("library")));
    QSignalSpy loaded(&engine, &Engine::models_loaded);
    QSignalSpy results(&engine, &Engine::results);
    QSignalSpy failed(&engine, &Engine::search_failed);
    engine.load_models();
    QCOMPARE(loaded.count(), 1);
    SearchRequest r;
    r.serial = 7;
    r.text = QStringLiteral("ein roter Apfel");
    engine.search(r);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(results.count(), 1);
    const auto out = results.last()[0].value<SearchOutcome>();
    QCOMPARE(out.serial, quint64(7));
    QCOMPARE(out.items.size(), 10);  // every indexed photo, best first; the slider cuts
    QCOMPARE(out.library_size, qint64(10));
    for (int i = 1; i < out.items.size(); ++i)
      QVERIFY(out.items[i - 1].score >= out.items[i].score);
    QVERIFY(out.adaptive_cutoff <= out.items.first().score);
    // Folder filter: only the sub-folder's photos.
    r.folder = photos + "/sub";
    engine.search(r);
    const auto sub = results.last()[0].value<SearchOutcome>();
    QCOMPARE(sub.items.size(), 5);
    for (const auto& it : sub.items) QVERIFY(it.path.startsWith(photos + "/sub/"));
    // Find similar: a library photo is its own best match.
    SearchRequest similar;
    similar.example_ids = {out.items[3].id};
    engine.search(similar);
    QCOMPARE(results.last()[0].value<SearchOutcome>().items.first().id, out.items[3].id);
    // Search by an image file.
    SearchRequest by_file;
    by_file.example_files = {out.items[2].path};
    engine.search(by_file);
    QCOMPARE(results.last()[0].value<SearchOutcome>().items.first().path, out.items[2].path);
    // A photo deleted since the scan is never shown, and its folder is queued for a re-scan.
    QVERIFY(QFile::remove(out.items[0].path));
    r.folder.clear();
    engine.search(r);
    const auto after = results.last()[0].value<SearchOutcome>();
    QCOMPARE(after.items.size(), 9);
    for (const auto& it : after.items) QVERIFY(it.path != out.items[0].path);
    QCOMPARE(after.rescan, QStringList{QDir(photos).canonicalPath()});
  }

  void offline_folder_is_shown_and_located_without_reindexing() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    QVERIFY(QDir().rename(photos, tmp.filePath("moved")));  // the drive comes back elsewhere
    WorkerThread w(tmp.filePath("library"));
    QSignalSpy folders(w.worker, &IndexWorker::folders);
    QSignalSpy finished(w.worker, &IndexWorker::finished);
    QMetaObject::invokeMethod(
        w.worker, [&] { w.worker->refresh_folders(); }, Qt::QueuedConnection);
    QVERIFY(wait_count(folders, 1, 10000));
    auto state = folders.last()[0].value<QVector<FolderState>>();
    QCOMPARE(state.size(), 1);
    QVERIFY(!state[0].online);
    QCOMPARE(state[0].images, qint64(10));  // kept
    // The panel greys it and offers Locate… for it.
    LibraryPanel panel;
    panel.set_folders(state);
    panel.set_enabled_actions(true);
    auto* tree = panel.findChild<QTreeWidget*>();
    QCOMPARE(tree->topLevelItem(0)->text(0), QString("All photos"));
    tree->topLevelItem(1)->setSelected(true);
    QVERIFY(tree->topLevelItem(1)->text(0).endsWith("(not connected)"));
    QCOMPARE(tree->topLevelItem(1)->toolTip(0).section(QChar(10), 0, 0),
             QDir::toNativeSeparators(photos));
    QPushButton* locate = nullptr;
    for (auto* b : panel.findChildren<QPushButton*>()) {
      if (b->text().startsWith("Locate")) locate = b;
    }
    QVERIFY(locate && locate->isEnabled());
    // Located: same photos at the new place, nothing encoded again.
    const QString moved = QDir(tmp.filePath("moved")).canonicalPath();
    QMetaObject::invokeMethod(
        w.worker, [&] { w.worker->relink(photos, moved); }, Qt::QueuedConnection);
    QVERIFY(wait_count(finished, 2, 60000));  // the relink, then the re-scan of the new place
    QVERIFY2(finished.last()[0].toString().contains("0 new, 0 changed, 0 removed"),
             qPrintable(finished.last()[0].toString()));
    state = folders.last()[0].value<QVector<FolderState>>();
    QCOMPARE(state.size(), 1);
    QCOMPARE(state[0].path, moved);
    QVERIFY(state[0].online);
    QCOMPARE(state[0].images, qint64(10));
  }

  void engine_reports_missing_models() {
    QTemporaryDir tmp;
    AppOptions o;
    o.library = tmp.filePath("library");
    o.models = tmp.filePath("no-models");
    Engine engine(o);
    QSignalSpy missing(&engine, &Engine::models_missing);
    engine.load_models();
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.last()[0].toString(), tmp.filePath("no-models"));
    QSignalSpy failed(&engine, &Engine::search_failed);
    SearchRequest r;
    r.text = QStringLiteral("x");
    engine.search(r);
    QCOMPARE(failed.count(), 1);  // a message, not a crash
  }

  void download_worker_fetches_with_progress() {
    test::LoopbackHttpServer server;
    QFile src(kData + "/clip-rn-tiny/RN-tiny.pt");
    QVERIFY(src.open(QIODevice::ReadOnly));
    test::ServedFile f;
    f.body = src.readAll().toStdString();
    f.cut_first_requests = 1;  // interrupted once, resumed
    server.serve("/RN50x4.pt", f);
    QTemporaryDir tmp;
    const QString manifest = tmp.filePath("manifest.json");
    QFile m(manifest);
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(QStringLiteral("{\"files\": [{\"path\": \"RN50x4.pt\", \"sha256\": \"%1\"}]}")
                .arg(QString::fromStdString(
                    sha256_file((kData + "/clip-rn-tiny/RN-tiny.pt").toStdString())))
                .toUtf8());
    m.close();
    DownloadWorker worker;
    QSignalSpy list(&worker, &DownloadWorker::file_list);
    QSignalSpy progress(&worker, &DownloadWorker::progress);
    QSignalSpy finished(&worker, &DownloadWorker::finished);
    worker.run(tmp.filePath("models"), QString::fromStdString(server.url()), manifest);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.last()[0].toBool(), qPrintable(finished.last()[1].toString()));
    QCOMPARE(list.last()[0].toStringList(), QStringList{"RN50x4.pt"});
    QVERIFY(progress.count() > 0);
    QCOMPARE(QFileInfo(tmp.filePath("models/RN50x4.pt")).size(), qint64(f.body.size()));
    // A wrong checksum is a readable failure.
    QVERIFY(m.open(QIODevice::WriteOnly));
    m.write(
        QStringLiteral(
            "{\"files\": [{\"path\": \"other.pt\", \"url\": \"RN50x4.pt\", \"sha256\": \"%1\"}]}")
            .arg(QString(64, '0'))
            .toUtf8());
    m.close();
    worker.run(tmp.filePath("models"), QString::fromStdString(server.url()), manifest);
    QVERIFY(!finished.last()[0].toBool());
    QVERIFY(finished.last()[1].toString().contains("checksum"));
    // The message says what to do on a machine that cannot reach the sources.
    QVERIFY(finished.last()[1].toString().contains("choose them on disk"));
    // Offline: said in words, naming the place that could not be reached, with what to do.
    const QString offline = download_failure_text(
        "every source for RN50x4.pt failed: openaipublic.azureedge.net: no connection; "
        "huggingface.co: no connection");
    QVERIFY2(offline.startsWith("No connection to openaipublic.azureedge.net or huggingface.co"),
             qPrintable(offline));
    QVERIFY(!offline.contains("every source"));
    QVERIFY(offline.contains("Choose"));
  }

  void model_setup_dialog_checks_each_file_and_refuses_a_head_that_does_not_fit() {
    QTemporaryDir tmp;
    ModelSetupDialog dialog(AppOptions{}, tmp.filePath("models"));
    QSignalSpy checked(&dialog, &ModelSetupDialog::checked);
    QVERIFY(wait_count(checked, 1, 10000));
    for (int row = 0; row < 3; ++row) QCOMPARE(dialog.state_text(row), QString("missing"));
    QVERIFY(!dialog.can_use_files());
    // One file chosen: that one is checked, the others still say they are missing.
    dialog.choose(0, kData + "/clip-rn-tiny/RN-tiny.pt");
    QVERIFY(wait_count(checked, 2, 10000));
    QVERIFY2(dialog.state_text(0).startsWith("found, checked: 16-d"),
             qPrintable(dialog.state_text(0)));
    QCOMPARE(dialog.state_text(1), QString("missing"));
    QVERIFY(!dialog.can_use_files());
    // The text folder; its head is found in it.
    dialog.choose(1, kData + "/mbert-tiny");
    QVERIFY(wait_count(checked, 3, 10000));
    QVERIFY2(dialog.state_text(1).startsWith("found"), qPrintable(dialog.state_text(1)));
    QVERIFY2(dialog.state_text(2).startsWith("found"), qPrintable(dialog.state_text(2)));
    // A head made for another text model: readable, but refused on the spot with the reason.
    dialog.choose(2, kData + "/formats/head_in32.pkl");
    QVERIFY(wait_count(checked, 4, 10000));
    QVERIFY(!dialog.can_use_files());
    QVERIFY2(dialog.problem_text().contains("32"), qPrintable(dialog.problem_text()));
    // The right head: the files can be used, and are what the app then loads.
    dialog.choose(2, kData + "/formats/head_16x16.pkl");
    QVERIFY(wait_count(checked, 5, 10000));
    QVERIFY2(dialog.can_use_files(), qPrintable(dialog.problem_text()));
    QVERIFY(dialog.problem_text().isEmpty());
    // A broken image model says what is wrong with it.
    dialog.choose(0, kData + "/formats/not_a_checkpoint.zip");
    QVERIFY(wait_count(checked, 6, 10000));
    QVERIFY2(dialog.state_text(0).startsWith("cannot be used"), qPrintable(dialog.state_text(0)));
    QVERIFY(!dialog.can_use_files());
  }

  void download_worker_imports_files_the_user_has() {
    QTemporaryDir tmp;
    DownloadWorker worker;
    QSignalSpy imported(&worker, &DownloadWorker::imported);
    worker.import_files(tmp.filePath("models"),
                        {kData + "/mbert-tiny/config.json", kData + "/images-seed/sad.jpg"});
    QCOMPARE(imported.count(), 1);
    const QStringList lines = imported.last()[0].toStringList();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains("placed as M-BERT-Base-69/config.json"), qPrintable(lines[0]));
    QVERIFY2(lines[1].contains("not used"), qPrintable(lines[1]));
    QVERIFY(!imported.last()[1].toBool());  // the rest is still missing, and it says which
    QVERIFY(imported.last()[2].toString().contains("RN50x4.pt"));
    QVERIFY(QFileInfo::exists(tmp.filePath("models/M-BERT-Base-69/config.json")));
  }

  void folder_watcher_notices_new_photos() {
    QTemporaryDir tmp;
    QDir().mkpath(tmp.filePath("root/a/b"));
    FolderWatcher watcher(nullptr, 200, 60);
    QSignalSpy changed(&watcher, &FolderWatcher::changed);
    watcher.set_roots({tmp.filePath("root")});
    QTRY_COMPARE(watcher.watched().size(), 3);
    QFile::copy(kData + "/images-seed/sad.jpg", tmp.filePath("root/a/b/new.jpg"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.last()[0].toStringList(), QStringList{tmp.filePath("root")});
  }

  void folder_tree_shows_sub_folders_and_filters_by_a_click() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);  // 5 photos at the top, 5 in sub/, 1 broken
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    WorkerThread w(tmp.filePath("library"));
    QSignalSpy folders(w.worker, &IndexWorker::folders);
    QMetaObject::invokeMethod(
        w.worker, [&] { w.worker->refresh_folders(); }, Qt::QueuedConnection);
    QVERIFY(wait_count(folders, 1, 10000));
    const auto state = folders.last()[0].value<QVector<FolderState>>();
    QCOMPARE(state.size(), 1);
    QCOMPARE(state[0].subs.size(), 1);
    QCOMPARE(state[0].subs[0].path, photos + "/sub");
    QCOMPARE(state[0].subs[0].images, qint64(5));
    LibraryPanel panel;
    panel.set_folders(state);
    auto* tree = panel.findChild<QTreeWidget*>();
    QTreeWidgetItem* root = tree->topLevelItem(1);
    QCOMPARE(root->text(0), QString("photos"));  // its name; the full path is the tooltip
    QCOMPARE(root->toolTip(0), QDir::toNativeSeparators(photos));
    QCOMPARE(root->childCount(), 1);
    QCOMPARE(root->child(0)->text(0), QString("sub"));
    QCOMPARE(root->child(0)->text(1), QString("5"));
    QVERIFY(tree->isColumnHidden(2));       // nothing to do: no "To do" column taking room
    QCOMPARE(root->text(3), QString("1"));  // broken.jpg, in the Errors column
    QSignalSpy chosen(&panel, &LibraryPanel::folder_chosen);
    tree->setCurrentItem(root->child(0));  // a click
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.last()[0].toString(), photos + "/sub");
    tree->setCurrentItem(tree->topLevelItem(0));  // All photos
    QCOMPARE(chosen.last()[0].toString(), QString());
    // The choice survives a refresh (e.g. after indexing), without re-announcing it.
    tree->setCurrentItem(root->child(0));
    panel.set_folders(state);
    QCOMPARE(panel.selected_folder(), photos + "/sub");
    QCOMPARE(chosen.count(), 3);
  }

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

  void file_actions_never_overwrite_and_report_each_problem() {
    QTemporaryDir tmp;
    const QString out = tmp.filePath("out");
    QVERIFY(QDir().mkpath(out));
    const QString photo = kData + "/images-seed/sad.jpg";
    QCOMPARE(free_name(out, "sad.jpg"), out + "/sad.jpg");
    auto r = export_files({photo, tmp.filePath("gone.jpg")}, out);
    QCOMPARE(r.done, QStringList{out + "/sad.jpg"});
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems[0].contains("gone.jpg"));
    QCOMPARE(free_name(out, "sad.jpg"), out + "/sad (2).jpg");
    QCOMPARE(free_name(out, "README"), out + "/README");
    r = export_files({photo}, tmp.filePath("no-such-folder"));
    QVERIFY(r.done.isEmpty());
    QVERIFY(r.problems[0].contains("does not exist"));
    r = move_to_trash({tmp.filePath("gone.jpg")});
    QVERIFY(r.done.isEmpty());
    QVERIFY(r.summary().contains("gone.jpg"));
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

  void filter_bar_keeps_the_users_threshold_and_never_hides_the_best() {
    FilterBar bar;
    bar.set_relevance_enabled(true);
    bar.set_score_range(0.1f, 0.9f, 0.5f, true);
    QCOMPARE(bar.min_score(), 0.5f);
    auto* slider = bar.findChild<QSlider*>();
    QVERIFY(slider);
    slider->setValue(slider->maximum());  // the user asks for only the best
    QVERIFY(bar.min_score() <= 0.9f);
    slider->setValue(slider->maximum() / 4);
    const float chosen = bar.min_score();
    // A filter changed: another score range, the same threshold.
    bar.set_score_range(0.15f, 0.85f, 0.6f, false);
    QVERIFY(std::abs(bar.min_score() - chosen) < 0.002f);
    // A threshold above the new best comes down to it: the best match stays shown.
    slider->setValue(slider->maximum());
    bar.set_score_range(0.1f, 0.5f, 0.3f, false);
    QVERIFY(bar.min_score() <= 0.5f);
    // A new query: the adaptive cutoff again.
    bar.set_score_range(0.1f, 0.9f, 0.4f, true);
    QVERIFY(std::abs(bar.min_score() - 0.4f) < 0.002f);
    bar.set_relevance_enabled(false);
    QVERIFY(!slider->isEnabled());
    // Library dates become the date filter's range until the user picks dates.
    bar.set_library_dates(QDate(2019, 3, 1), QDate(2024, 8, 31));
    QCOMPARE(bar.shown_from(), QDate(2019, 3, 1));
    QCOMPARE(bar.shown_to(), QDate(2024, 8, 31));
    QVERIFY(!bar.from().isValid());  // the filter itself stays off
  }

  void evaluation_window_runs_a_set_and_compares_in_the_library() {
    QTemporaryDir tmp;
    const QString photos = make_photos(tmp);
    QVERIFY(index_with_worker(tmp.filePath("library"), photos));
    // The model card's first set, with its images next to it.
    const QString set_dir = tmp.filePath("set");
    QDir().mkpath(set_dir);
    for (const auto& name : QDir(kData + "/images-seed").entryList(QDir::Files)) {
      QFile::copy(kData + "/images-seed/" + name, set_dir + "/" + name);
    }
    QFile::copy(QStringLiteral(LINGUALENS_SOURCE_DIR) + "/resources/eval/model-card-set-1.json",
                set_dir + "/set.json");
    QThread thread;
    auto* engine = new Engine(tiny_options(tmp.filePath("library")));
    engine->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, engine, &QObject::deleteLater);
    thread.start();
    QSignalSpy loaded(engine, &Engine::models_loaded);
    QMetaObject::invokeMethod(engine, &Engine::load_models, Qt::QueuedConnection);
    QVERIFY(wait_count(loaded, 1, 30000));
    {
      EvalWindow window(engine, nullptr);
      window.set_models_ready(true);
      window.load_set(set_dir + "/set.json");
      window.show();
      QSignalSpy shown(&window, &EvalWindow::evaluation_shown);
      window.run();
      QVERIFY(shown.wait(60000));
      const auto outcome = window.outcome();
      QVERIFY(outcome);
      QCOMPARE(outcome->run.result.languages.size(), size_t(8));  // en fr de es ru sv el kn
      QCOMPARE(outcome->run.images_encoded + outcome->run.images_reused, qint64(6));
      QVERIFY(outcome->run.images_reused == 0);  // the set's copies are not the library's files
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
    thread.quit();
    thread.wait();
  }
};

QTEST_MAIN(UiTests)
#include "test_ui.moc"
