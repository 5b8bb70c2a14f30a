// What one does with several selected photos at once: export (copy the files into a folder)
// and move to the system trash (never delete outright). Blocking: call off the UI thread.
// Every file that could not be handled is reported with its reason, never skipped silently.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lingualens::ui {

struct FileActionResult {
  QStringList done;         // files handled (for export: the copies' paths)
  QStringList problems;     // "file: reason", one per file that was not handled
  QStringList in_trash;     // for move_to_trash: where each of `done` now is (for an undo)
  QString summary() const;  // "3 photos copied; 1 could not be: …"
};

// Copies `files` into `folder`; a name already taken there gets " (2)", " (3)", … so nothing
// is overwritten.
FileActionResult export_files(const QStringList& files, const QString& folder);

// Moves `files` to the desktop's trash (freedesktop trash on Linux); `done` holds the
// original paths of those moved.
FileActionResult move_to_trash(const QStringList& files);

// Moves `files` into `folder` (a name already taken there gets " (2)", …); `done` holds the
// new paths. Across drives the file is copied, then removed.
FileActionResult move_files(const QStringList& files, const QString& folder);

// Puts trashed files back where they were (`in_trash` of move_to_trash); `done` holds the
// restored original paths.
FileActionResult restore_from_trash(const QStringList& in_trash);

// "a", "a (2)", "a (3)"… the first name not taken in `folder` for `file_name`.
QString free_name(const QString& folder, const QString& file_name);

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::FileActionResult)
