#include "ui/file_actions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <exception>

#include "core/util/trash.h"

namespace lingualens::ui {
namespace {
struct FileActions {
  Q_DECLARE_TR_FUNCTIONS(FileActions)
};

QString problem(const QString& file, const QString& reason) {
  return QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), reason);
}
}  // namespace

QString FileActionResult::summary() const {
  QString text = FileActions::tr("%n photo(s) done", nullptr, static_cast<int>(done.size()));
  if (!problems.isEmpty()) {
    text +=
        FileActions::tr("; %n could not be handled: ", nullptr, static_cast<int>(problems.size())) +
        problems.first();
    if (problems.size() > 1) text += FileActions::tr(" (and more)");
  }
  return text;
}

QString free_name(const QString& folder, const QString& file_name) {
  const QDir dir(folder);
  if (!dir.exists(file_name)) return dir.filePath(file_name);
  const QFileInfo info(file_name);
  const QString base = info.completeBaseName();
  const QString suffix = info.suffix().isEmpty() ? QString() : "." + info.suffix();
  for (int n = 2;; ++n) {
    const QString candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    if (!dir.exists(candidate)) return dir.filePath(candidate);
  }
}

namespace {

// Copies or moves (`move`) each file into `folder` under a name not taken there.
FileActionResult place_files(const QStringList& files, const QString& folder, bool move) {
  FileActionResult r;
  if (!QFileInfo(folder).isDir()) {
    for (const auto& f : files)
      r.problems << problem(
          f, FileActions::tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder)));
    return r;
  }
  for (const auto& f : files) {
    QFile file(f);
    if (!file.exists()) {
      r.problems << problem(f, FileActions::tr("the file is not there any more"));
      continue;
    }
    const QString target = free_name(folder, QFileInfo(f).fileName());
    if (move ? file.rename(target) : file.copy(target))
      r.done << target;
    else
      r.problems << problem(f, file.errorString());
  }
  return r;
}

}  // namespace

FileActionResult export_files(const QStringList& files, const QString& folder) {
  return place_files(files, folder, /*move=*/false);
}

FileActionResult move_files(const QStringList& files, const QString& folder) {
  return place_files(files, folder, /*move=*/true);
}

FileActionResult move_to_trash(const QStringList& files) {
  FileActionResult r;
  for (const auto& f : files) {
    QFile file(f);
    if (!file.exists()) {
      r.problems << problem(f, FileActions::tr("the file is not there any more"));
    } else if (file.moveToTrash()) {
      r.done << f;
      r.in_trash << file.fileName();  // Qt leaves the file object naming its place in the trash
    } else {
      r.problems << problem(f, file.errorString().isEmpty()
                                   ? FileActions::tr("there is no trash for this drive")
                                   : file.errorString());
    }
  }
  return r;
}

FileActionResult restore_from_trash(const QStringList& in_trash) {
  FileActionResult r;
  for (const auto& t : in_trash) {
    try {
      r.done << QString::fromStdString(lingualens::restore_from_trash(t.toStdString()).string());
    } catch (const std::exception& e) {
      r.problems << problem(t, QString::fromStdString(e.what()));
    }
  }
  return r;
}

}  // namespace lingualens::ui
