// QtTest: the interface's translations. Every .ts keeps each message's placeholders, markup and
// plural forms (a lost %1 or a missing plural form shows wrong numbers at run time, and
// lrelease does not check it); the built-in translations load; Arabic lays the whole window
// out right to left and Japanese reaches the windows; core's errors get a sentence in the
// interface's language; the language setting round-trips.
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include "core/error.h"
#include "tests/ui/ui_suites.h"
#include "tests/ui/ui_test_support.h"
#include "ui/error_text.h"
#include "ui/settings.h"
#include "ui/translations.h"

using namespace lingualens::ui::testing;

namespace {

struct Message {
  QString context, source;
  QStringList translations;  // one, or the plural forms
  bool numerus = false;
};

QVector<Message> read_ts(const QString& path, QString& language) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return {};
  QXmlStreamReader xml(&file);
  QVector<Message> messages;
  QString context;
  while (!xml.atEnd()) {
    xml.readNext();
    if (!xml.isStartElement()) continue;
    if (xml.name() == QLatin1String("TS")) {
      language = xml.attributes().value("language").toString();
    } else if (xml.name() == QLatin1String("name")) {
      context = xml.readElementText();
    } else if (xml.name() == QLatin1String("message")) {
      Message m;
      m.context = context;
      m.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
      messages.push_back(m);
    } else if (xml.name() == QLatin1String("source")) {
      messages.back().source = xml.readElementText();
    } else if (xml.name() == QLatin1String("translation")) {
      if (!messages.back().numerus) messages.back().translations << xml.readElementText();
    } else if (xml.name() == QLatin1String("numerusform")) {
      messages.back().translations << xml.readElementText();
    }
  }
  return messages;
}

// %1…%9 in any order, %L1 counted as %1; %n separately.
QStringList placeholders(const QString& text) {
  static const QRegularExpression re(QStringLiteral("%L?([1-9])"));
  QStringList found;
  for (auto it = re.globalMatch(text); it.hasNext();) found << it.next().captured(1);
  found.removeDuplicates();
  found.sort();
  return found;
}

// Plural forms Qt asks for (its numerus rules): Arabic six, Russian three, Chinese and
// Japanese one, the others two.
int plural_forms(const QString& language) {
  if (language.startsWith("ar")) return 6;
  if (language.startsWith("ru")) return 3;
  if (language.startsWith("zh") || language.startsWith("ja")) return 1;
  return 2;
}

QString first_menu_title(const QMainWindow& window) {
  const auto menus = window.menuBar()->actions();
  return menus.isEmpty() ? QString() : menus.first()->text();
}

}  // namespace

class TranslationTests : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    prepare_suite();
    locale_before_ = QLocale();
  }
  void cleanup() {
    install_translations(QStringLiteral("en"));
    QLocale::setDefault(locale_before_);
    QCoreApplication::processEvents();
  }

  void every_translation_keeps_placeholders_markup_and_plural_forms() {
    const QDir dir(QStringLiteral(LINGUALENS_SOURCE_DIR "/resources/translations"));
    const QStringList files = dir.entryList({"lingualens_*.ts"}, QDir::Files);
    QCOMPARE(files.size(), interface_languages().size());  // English: its plural forms
    for (const QString& name : files) {
      QString language;
      const QVector<Message> messages = read_ts(dir.filePath(name), language);
      QVERIFY2(messages.size() > (language == QLatin1String("en") ? 20 : 300), qPrintable(name));
      for (const Message& m : messages) {
        const QString where = name + ": " + m.source.left(60);
        QCOMPARE(m.translations.size(), m.numerus ? plural_forms(language) : 1);
        bool has_n = false;
        for (const QString& t : m.translations) {
          QVERIFY2(!t.trimmed().isEmpty() || m.source.trimmed().isEmpty(), qPrintable(where));
          QVERIFY2(placeholders(t) == placeholders(m.source), qPrintable(where + " → " + t));
          QVERIFY2(t.count('<') == m.source.count('<'), qPrintable(where + " → " + t));
          has_n |= t.contains(QLatin1String("%n")) || t.contains(QLatin1String("%Ln"));
        }
        if (m.numerus) QVERIFY2(has_n, qPrintable(where));
      }
    }
  }

  void arabic_lays_the_whole_window_out_right_to_left() {
    QCOMPARE(install_translations(QStringLiteral("ar")), QStringLiteral("ar"));
    QCoreApplication::processEvents();  // the LanguageChange that sets the direction
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::RightToLeft);
    QTemporaryDir tmp;
    MainWindow window(tiny_options(tmp.filePath("library")));
    window.show();
    QVERIFY(window.isRightToLeft());
    QCOMPARE(first_menu_title(window), QStringLiteral("&المكتبة"));
    // Numbers follow the chosen language's locale, in counts too (%Ln), with Arabic's plural
    // forms: two is a word of its own, three to ten take the plural, eleven the singular.
    QCOMPARE(QLocale().language(), QLocale::Arabic);
    const auto photos = [](int n) {
      return QCoreApplication::translate("lingualens::ui::FilterBar", "%n photo(s)", nullptr, n);
    };
    QCOMPARE(photos(2), QStringLiteral("صورتان"));
    QCOMPARE(photos(3), QStringLiteral("٣ صور"));
    QCOMPARE(photos(11), QStringLiteral("١١ صورة"));
  }

  void japanese_reaches_the_windows_and_dialogs() {
    QCOMPARE(install_translations(QStringLiteral("ja")), QStringLiteral("ja"));
    QCoreApplication::processEvents();
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    QTemporaryDir tmp;
    MainWindow window(tiny_options(tmp.filePath("library")));
    QCOMPARE(first_menu_title(window), QStringLiteral("ライブラリ(&L)"));
    SettingsDialog settings(tiny_options(tmp.filePath("library")));
    QCOMPARE(settings.windowTitle(), QStringLiteral("設定"));
    // Plural forms come through %n.
    QCOMPARE(QCoreApplication::translate("lingualens::ui::FilterBar", "%n photo(s)", nullptr, 3),
             QStringLiteral("3 枚の写真"));
  }

  void russian_plurals_follow_the_number() {
    install_translations(QStringLiteral("ru"));
    const auto photos = [](int n) {
      return QCoreApplication::translate("lingualens::ui::FilterBar", "%n photo(s)", nullptr, n);
    };
    QCOMPARE(photos(1), QStringLiteral("1 фотография"));
    QCOMPARE(photos(3), QStringLiteral("3 фотографии"));
    QCOMPARE(photos(11), QStringLiteral("11 фотографий"));
    QCOMPARE(photos(21), QStringLiteral("21 фотография"));
  }

  void english_keeps_the_source_text_with_its_plural_forms() {
    QCOMPARE(install_translations(QStringLiteral("en")), QStringLiteral("en"));
    QTemporaryDir tmp;
    MainWindow window(tiny_options(tmp.filePath("library")));
    QCOMPARE(first_menu_title(window), QStringLiteral("&Library"));
    QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
    const auto photos = [](int n) {
      return QCoreApplication::translate("lingualens::ui::FilterBar", "%n photo(s)", nullptr, n);
    };
    QCOMPARE(photos(1), QStringLiteral("1 photo"));
    QCOMPARE(photos(2), QStringLiteral("2 photos"));
  }

  // A core failure in a translated dialog: the sentence in the user's language, naming the
  // file, then core's exact words; in English those words alone, as before.
  void core_errors_read_in_the_interfaces_language() {
    const Error damaged(ErrorKind::kBadFormat, std::filesystem::path("/photos/x.jpg"),
                        "corrupt JPEG: Not a JPEG file");
    const QString english = error_text(damaged);
    QCOMPARE(english, QString::fromUtf8(damaged.what()));
    install_translations(QStringLiteral("de"));
    const QString german = error_text(damaged);
    QVERIFY2(german.startsWith(QStringLiteral("/photos/x.jpg ist beschädigt")), qPrintable(german));
    QVERIFY(german.endsWith(QString::fromUtf8(damaged.what())));
    install_translations(QStringLiteral("ja"));
    QVERIFY2(error_text(Error(ErrorKind::kBusy, "library busy"))
                 .startsWith(QStringLiteral("別のプログラム")),
             qPrintable(error_text(Error(ErrorKind::kBusy, "library busy"))));
    QVERIFY(error_text(std::runtime_error("bad_alloc")).endsWith(QStringLiteral("bad_alloc")));
  }

  void the_language_setting_round_trips_through_settings() {
    QTemporaryDir tmp;
    AppOptions o = tiny_options(tmp.filePath("library"));
    o.interface_language = QStringLiteral("sv");
    save_options(o);
    QCOMPARE(load_saved_options().interface_language, QStringLiteral("sv"));
    QCOMPARE(saved_interface_language(), QStringLiteral("sv"));
    SettingsDialog dialog(load_saved_options());
    auto* combo = dialog.findChild<QComboBox*>("interface_language");
    QVERIFY(combo);
    QCOMPARE(combo->currentData().toString(), QStringLiteral("sv"));
    QCOMPARE(combo->currentText(), QStringLiteral("Svenska"));
    combo->setCurrentIndex(0);  // "System language"
    QCOMPARE(dialog.options().interface_language, QString());
    save_options(dialog.options());
    QCOMPARE(saved_interface_language(), QString());
  }

 private:
  QLocale locale_before_;
};

int run_translations(int argc, char** argv) { return run_suite<TranslationTests>(argc, argv); }

#include "test_translations.moc"
