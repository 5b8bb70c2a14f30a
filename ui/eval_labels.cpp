#include "ui/eval_labels.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/text/language_name.h"
#include "ui/translations.h"

namespace lingualens::ui {

QString percent(double share) {
  const QLocale locale;
  return locale.toString(100 * share, 'f', 0) + locale.percent();
}

QString language_label(const std::string& code) {
  const QString c = QString::fromStdString(code);
  const std::string name = language_name(code, current_interface_language().toStdString());
  if (name == code) return c;  // no name known for it
  // The evaluation window's context: its translations were made there.
  return QCoreApplication::translate("lingualens::ui::EvalWindow", "%1 (%2)")
      .arg(QString::fromStdString(name), c);
}

QString pair_mark(int index) { return QString(QChar(0x2460 + index)); }

}  // namespace lingualens::ui
