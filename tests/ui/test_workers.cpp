// QtTest: the workers and panels around the library — indexing (progress, pause, errors,
// retry, skipped files), the engine, downloads and the first-run dialog, the folder watcher
// and the folder tree, offline folders.
#include "tests/ui/ui_suites.h"
#include "tests/ui/ui_test_support.h"

using namespace lingualens::ui::testing;

class WorkerTests : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { prepare_suite(); }

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
    QSignalSpy sizes(&worker, &DownloadWorker::sizes);
    worker.run(tmp.filePath("models"), QString::fromStdString(server.url()), manifest);
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.last()[0].toBool(), qPrintable(finished.last()[1].toString()));
    QCOMPARE(list.last()[0].toStringList(), QStringList{"RN50x4.pt"});
    // The size as the server states it, before the transfer, and the disk's room.
    QCOMPARE(sizes.count(), 1);
    QCOMPARE(sizes.last()[0].value<QList<qint64>>(), QList<qint64>{qint64(f.body.size())});
    QCOMPARE(sizes.last()[1].toLongLong(), qint64(f.body.size()));
    QVERIFY(sizes.last()[2].toLongLong() > 0);
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
    // No room: said so, with what to do (not "try again").
    const QString full = download_failure_text(
        "/media/stick/models: not enough disk space for the models: they need 2.3 GB, the disk "
        "has 1.1 GB free");
    QVERIFY2(full.startsWith("The models do not fit on this disk"), qPrintable(full));
    QVERIFY(full.contains("2.3 GB") && full.contains("Settings"));
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
};

int run_workers(int argc, char** argv) { return run_suite<WorkerTests>(argc, argv); }

#include "test_workers.moc"
