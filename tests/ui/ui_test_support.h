// Shared by the desktop app's QtTest suites: the tiny fixture models' options, a folder of the
// seed photos, an index worker on its own thread, waiting for signals from worker threads, and
// a main window opened on an indexed library.
#pragma once

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

namespace lingualens::ui::testing {

inline const QString kData = QStringLiteral(LINGUALENS_TEST_DATA);

inline AppOptions tiny_options(const QString& library) {
  AppOptions o;
  o.library = library;
  o.image_model = kData + "/clip-rn-tiny/RN-tiny.pt";
  o.text_model = kData + "/mbert-tiny";
  o.text_head = kData + "/formats/head_16x16.pkl";
  return o;
}

// A folder of the seed photos (10 images) plus one broken file.
inline QString make_photos(const QTemporaryDir& tmp) {
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

inline std::shared_ptr<const ImageEncoder> tiny_encoder() {
  static auto enc = std::make_shared<const ImageEncoder>(
      ImageEncoderParams{(kData + "/clip-rn-tiny/RN-tiny.pt").toStdString(), 8});
  return enc;
}

inline ResultItem item(qint64 id, const QString& path, float score, qint64 taken_at) {
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
inline bool wait_count(const QSignalSpy& spy, int n, int ms) {
  QElapsedTimer timer;
  timer.start();
  while (spy.count() < n && timer.elapsed() < ms) QTest::qWait(10);
  return spy.count() >= n;
}

// Indexes `photos` into `library` with an IndexWorker on its own thread; false on timeout.
inline bool index_with_worker(const QString& library, const QString& photos) {
  WorkerThread w(library);
  QSignalSpy finished(w.worker, &IndexWorker::finished);
  w.worker->request_index({photos});
  return wait_count(finished, 1, 60000);
}

// App options for a freshly indexed library of the test photos that start with `query`.
inline AppOptions indexed_app_options(const QTemporaryDir& tmp, const QString& query) {
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
inline bool open_window(const AppOptions& options, OpenWindow& open) {
  if (options.library.isEmpty()) return false;
  open.window = std::make_unique<MainWindow>(options);
  open.shown = std::make_unique<QSignalSpy>(open.window.get(), &MainWindow::results_shown);
  open.window->show();
  return wait_count(*open.shown, 1, 60000);
}

// Waits for a search's results (not the timeline shown at start).
inline bool wait_for_search(MainWindow& window, const QSignalSpy& shown, int ms = 60000) {
  QElapsedTimer timer;
  timer.start();
  while (timer.elapsed() < ms) {
    if (shown.count() > 0 && !window.results()->timeline()) return true;
    QTest::qWait(10);
  }
  return false;
}

// What every suite needs first: the types its signals carry, and settings in a test location.
inline void prepare_suite() {
  qRegisterMetaType<SearchOutcome>();
  qRegisterMetaType<QVector<FolderState>>();
  QStandardPaths::setTestModeEnabled(true);
}

// Runs one suite. Test function names on the command line choose what runs; a suite that has
// none of them is skipped (several suites share one executable).
template <class Suite>
int run_suite(int argc, char** argv) {
  Suite suite;
  QStringList args{QString::fromLocal8Bit(argv[0])}, wanted;
  bool any_named = false;
  for (int i = 1; i < argc; ++i) {
    const QString a = QString::fromLocal8Bit(argv[i]);
    const bool takes_value =
        i > 1 && QString::fromLocal8Bit(argv[i - 1]).startsWith('-') &&
        QStringList{"-o", "-maxwarnings", "-eventdelay", "-keydelay", "-mousedelay", "-platform"}
            .contains(QString::fromLocal8Bit(argv[i - 1]));
    if (a.startsWith('-') || takes_value) {
      args << a;
      continue;
    }
    any_named = true;
    const QString name = a.section(':', 0, 0);  // "function:data tag"
    if (suite.metaObject()->indexOfMethod(qPrintable(name + "()")) >= 0) wanted << a;
  }
  if (any_named && wanted.isEmpty()) return 0;
  return QTest::qExec(&suite, args + wanted);
}

}  // namespace lingualens::ui::testing
