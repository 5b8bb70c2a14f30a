#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace lingualens::ui {
namespace {

// Qt reads the window direction from this entry of the loaded translations.
struct Entry {
  const char* source;
  const char* comment;
};
[[maybe_unused]] const Entry kLayoutDirection = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in "
    "right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.");

const QString kSetting = QStringLiteral("ui/language");

QString& in_effect() {
  static QString code = QStringLiteral("en");
  return code;
}

bool have(const QString& code) {
  for (const auto& l : interface_languages())
    if (l.code == code) return true;
  return false;
}

// The system's preferred languages, in order, matched to ours ("de-AT" -> "de",
// "zh-Hans-CN" -> "zh_CN").
QString system_choice() {
  for (const QString& ui : QLocale::system().uiLanguages()) {
    const QLocale locale(ui);
    if (locale.language() == QLocale::Chinese) {
      if (locale.script() == QLocale::SimplifiedHanScript ||
          (locale.script() == QLocale::AnyScript && locale.territory() != QLocale::Taiwan &&
           locale.territory() != QLocale::HongKong))
        return QStringLiteral("zh_CN");
      continue;  // Traditional Chinese: no translation yet; try the next preference
    }
    const QString language = locale.name().section('_', 0, 0);
    if (have(language)) return language;
  }
  return QStringLiteral("en");
}

// The translators installed by the last install_translations(), replaced by the next.
QVector<QTranslator*>& installed() {
  static QVector<QTranslator*> translators;
  return translators;
}

void install(const QString& file, const QString& dir) {
  auto* translator = new QTranslator(QCoreApplication::instance());
  if (translator->load(file, dir)) {
    QCoreApplication::installTranslator(translator);
    installed().push_back(translator);
  } else {
    delete translator;
  }
}

}  // namespace

const QVector<InterfaceLanguage>& interface_languages() {
  static const QVector<InterfaceLanguage> languages = {
      {QStringLiteral("en"), QStringLiteral("English")},
      {QStringLiteral("de"), QStringLiteral("Deutsch")},
      {QStringLiteral("fr"), QStringLiteral("Français")},
      {QStringLiteral("es"), QStringLiteral("Español")},
      {QStringLiteral("sv"), QStringLiteral("Svenska")},
      {QStringLiteral("ru"), QStringLiteral("Русский")},
      {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
      {QStringLiteral("ja"), QStringLiteral("日本語")},
      {QStringLiteral("ar"), QStringLiteral("العربية")},
  };
  return languages;
}

QString saved_interface_language() {
  const QString code = QSettings().value(kSetting).toString();
  return have(code) ? code : QString();
}

void save_interface_language(const QString& code) {
  QSettings().setValue(kSetting, have(code) ? code : QString());
}

QString install_translations(const QString& code) {
  for (QTranslator* t : installed()) {
    QCoreApplication::removeTranslator(t);
    delete t;
  }
  installed().clear();
  const QString chosen = have(code) ? code : system_choice();
  in_effect() = chosen;
  if (!code.isEmpty() && have(code)) QLocale::setDefault(QLocale(chosen));
  // Qt's own strings (standard buttons, file dialogs), then ours (built into the program;
  // English's holds only its plural forms: "1 photo", "2 photos").
  if (chosen != QLatin1String("en"))
    install(QStringLiteral("qtbase_") + chosen, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
  install(QStringLiteral("lingualens_") + chosen, QStringLiteral(":/lingualens/translations"));
  return chosen;
}

QString current_interface_language() { return in_effect(); }

}  // namespace lingualens::ui
