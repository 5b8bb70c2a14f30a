#include "ui/evaluation_memory.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QSettings>

#include "core/eval/evaluation.h"
#include "core/text/language_guess.h"
#include "core/text/language_name.h"
#include "ui/translations.h"

namespace lingualens::ui {
namespace {

QString group_for(const QString& model) {
  return QStringLiteral("evaluation/") +
         QString::fromLatin1(
             QCryptographicHash::hash(model.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString percent(double v) { return QLocale().toString(qRound(100 * v)) + QStringLiteral(" %"); }

}  // namespace

void remember_evaluation(const QString& model, const EvaluationResult& result) {
  QSettings settings;
  settings.remove(group_for(model));  // languages of an earlier set must not linger
  settings.beginGroup(group_for(model));
  settings.setValue("reference", QString::fromStdString(result.reference_language));
  for (const auto& l : result.languages)
    settings.setValue("accuracy/" + QString::fromStdString(l.language), l.accuracy);
  settings.endGroup();
}

QString weak_language_hint(const QString& query, const QString& model) {
  const auto language = guess_language(query.toStdString());
  if (!language) return {};
  QSettings settings;
  settings.beginGroup(group_for(model));
  const QString code = QString::fromStdString(*language);
  const QString reference = settings.value("reference").toString();
  const QVariant mine = settings.value("accuracy/" + code);
  const QVariant theirs = settings.value("accuracy/" + reference);
  if (!mine.isValid() || !theirs.isValid() || code == reference) return {};
  const double a = mine.toDouble(), r = theirs.toDouble();
  if (a > 0.5 * r) return {};
  const auto name = [](const QString& c) {
    return QString::fromStdString(
        language_name(c.toStdString(), current_interface_language().toStdString()));
  };
  return QCoreApplication::translate(
             "lingualens::ui::MainWindow",
             "%1 scored %2 in your last evaluation (%3 %4): results may be weak.")
      .arg(name(code), percent(a), name(reference), percent(r));
}

}  // namespace lingualens::ui
