// The interface's languages: which translations exist, loading the chosen one (or the
// system's) together with Qt's own, before any window is built. Arabic lays the windows out
// right to left through Qt's QT_LAYOUT_DIRECTION entry.
#pragma once

#include <QString>
#include <QVector>

namespace lingualens::ui {

struct InterfaceLanguage {
  QString code;         // "de", "zh_CN"; "en" is the source language
  QString native_name;  // in its own language: "Deutsch", "简体中文"
};

// Every language the interface speaks, English first.
const QVector<InterfaceLanguage>& interface_languages();

// The setting: "" follows the system, else a code from interface_languages().
QString saved_interface_language();
void save_interface_language(const QString& code);

// Installs the translators for `code` ("" = the system locale's first language we have) into
// the running application and makes its locale the default for dates, numbers and sizes when
// a language was chosen. Returns the code in effect ("en" when nothing matched). Replaces the
// translators an earlier call installed. Call after the QCoreApplication exists and before any
// text is built (windows built before keep their text).
QString install_translations(const QString& code);
// The interface language in effect (what install_translations returned; "en" before).
QString current_interface_language();

}  // namespace lingualens::ui
