// QtTest: the grid's models and small widgets — results and timeline rows, paging, thumbnails
// (disk cache, EXIF previews), capture dates, the filter bar, file actions.
#include "core/models/model_pairs.h"
#include "tests/ui/ui_suites.h"
#include "tests/ui/ui_test_support.h"
#include "ui/pair_size_row.h"
#include "ui/pair_speed_row.h"

#include <QComboBox>
#include <QLabel>
#include <QSettings>

#include "ui/settings.h"

using namespace lingualens::ui::testing;

class ModelTests : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() { prepare_suite(); }

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

  // Settings ▸ Model pair: choosing a pair fills the model files with its own under the models
  // folder and says what it is; the default pair is what empty fields mean.
  // Settings ▸ Model pair ▸ Measure: both towers run on a worker thread, the result is kept
  // for the pair and shown the next time it is chosen.
  void pair_speed_is_measured_off_the_ui_thread_and_remembered() {
    const QString image = kData + "/clip-rn-tiny/RN-tiny.pt", text = kData + "/mbert-tiny";
    PairSpeedRow row;
    row.set_pair(QStringLiteral("tiny-test-pair"), image, text, {});
    QSignalSpy measured(&row, &PairSpeedRow::measured);
    row.measure();
    QVERIFY(row.text().contains("Measuring"));  // returned at once: the work is elsewhere
    QVERIFY(wait_count(measured, 1, 60000));
    QVERIFY2(row.text().contains("images/s") && row.text().contains("ms per search"),
             qPrintable(row.text()));
    PairSpeedRow again;
    again.set_pair(QStringLiteral("tiny-test-pair"), image, text, {});
    QCOMPARE(again.text(), row.text());
    PairSpeedRow missing;
    missing.set_pair(QStringLiteral("pair-without-files"), kData + "/no-such.pt",
                     kData + "/no-such-folder", {});
    QVERIFY(missing.text().contains("once its files are here"));
    QVERIFY(!missing.findChild<QPushButton*>()->isEnabled());
    QSettings().remove(QStringLiteral("models/speed/tiny-test-pair"));
  }

  // The download size is asked of the servers (here a mirror folder, as LINGUALENS_MODELS_MIRROR
  // names one) off the UI thread: what is still to fetch, what no server stated, and the disk's
  // room; all files here: their size on disk. Remembered per pair.
  void pair_download_size_is_asked_and_remembered() {
    const QString pair = QStringLiteral("XLM-Roberta-Large-Vit-B-32");
    QSettings().remove("models/download_size/" + pair);
    QTemporaryDir tmp;
    const QString mirror = tmp.filePath("mirror"), models = tmp.filePath("models");
    QDir().mkpath(mirror + "/" + pair);
    QFile::copy(kData + "/zoo/clip-vit-b32-tiny/ViT-B-32-tiny.pt", mirror + "/ViT-B-32.pt");
    QFile::copy(kData + "/zoo/mclip-xlmr-tiny/config.json", mirror + "/" + pair + "/config.json");
    const qint64 stated = QFileInfo(mirror + "/ViT-B-32.pt").size() +
                          QFileInfo(mirror + "/" + pair + "/config.json").size();
    qputenv("LINGUALENS_MODELS_MIRROR", QUrl::fromLocalFile(mirror).toString().toUtf8());
    PairSizeRow row;
    row.set_pair(pair, models);
    QVERIFY(row.text().contains("not asked"));  // opening Settings asks nobody
    QSignalSpy answered(&row, &PairSizeRow::answered);
    row.ask();
    QVERIFY(row.text().contains("Asking"));  // returned at once: the work is elsewhere
    QVERIFY(wait_count(answered, 1, 60000));
    const QLocale locale;
    QVERIFY2(row.text().contains(locale.formattedDataSize(stated) + " still to fetch"),
             qPrintable(row.text()));
    QVERIFY2(row.text().contains("did not state a size") && row.text().contains("5 file"),
             qPrintable(row.text()));
    QVERIFY2(row.text().contains("free on this disk"), qPrintable(row.text()));
    QVERIFY(!QDir(models).exists());  // nothing downloaded
    PairSizeRow again;
    again.set_pair(pair, models);
    QCOMPARE(again.text(), row.text());
    // Every file of the pair here: their size on disk, no server asked.
    ModelManifest manifest = model_pair_manifest(*find_model_pair(pair.toStdString()));
    qint64 on_disk = 0;
    for (const auto& f : manifest.files) {
      const QString file = models + "/" + QString::fromStdString(f.path);
      QDir().mkpath(QFileInfo(file).path());
      QFile out(file);
      QVERIFY(out.open(QIODevice::WriteOnly));
      out.write(QByteArray(100, 'x'));
      on_disk += 100;
    }
    qunsetenv("LINGUALENS_MODELS_MIRROR");
    QSignalSpy answered_again(&again, &PairSizeRow::answered);
    again.ask();
    QVERIFY(wait_count(answered_again, 1, 60000));
    QVERIFY2(again.text().contains(locale.formattedDataSize(on_disk) + " on disk"),
             qPrintable(again.text()));
    QSettings().remove("models/download_size/" + pair);
  }

  void settings_offer_every_model_pair() {
    QTemporaryDir models;
    AppOptions current;
    current.models = models.path();
    SettingsDialog dialog(current);
    auto* pair = dialog.findChild<QComboBox*>("model_pair");
    QVERIFY(pair);
    QCOMPARE(pair->count(), 6);
    QCOMPARE(pair->currentIndex(), 0);  // empty fields: the default pair
    QVERIFY(pair->currentText().contains("M-BERT-Base-69"));
    pair->setCurrentIndex(2);  // XLM-Roberta-Large-Vit-B-32
    const AppOptions chosen = dialog.options();
    QVERIFY(chosen.image_model.endsWith("ViT-B-32.pt"));
    QVERIFY(chosen.text_model.endsWith("XLM-Roberta-Large-Vit-B-32"));
    QVERIFY(chosen.text_head.isEmpty());
    QCOMPARE(chosen.model_pair, QStringLiteral("XLM-Roberta-Large-Vit-B-32"));  // its own library
    bool told = false;
    for (auto* label : dialog.findChildren<QLabel*>())
      told =
          told || (label->text().contains("91.8") && label->text().contains("not in the models"));
    QVERIFY(told);
    const QString shot = qEnvironmentVariable("LINGUALENS_SCREENSHOT_DIR");
    if (!shot.isEmpty()) {
      dialog.show();
      QTest::qWait(100);
      dialog.grab().save(shot + "/settings_model_pair.png");
    }
    // Opened again with those files: it shows that pair.
    SettingsDialog again(chosen);
    QCOMPARE(again.findChild<QComboBox*>("model_pair")->currentIndex(), 2);
    pair->setCurrentIndex(0);  // back to the default: the fields empty again
    QVERIFY(dialog.options().image_model.isEmpty());
    QVERIFY(dialog.options().text_model.isEmpty());
    QVERIFY(dialog.options().model_pair.isEmpty());
  }
};

int run_models(int argc, char** argv) { return run_suite<ModelTests>(argc, argv); }

#include "test_models.moc"
