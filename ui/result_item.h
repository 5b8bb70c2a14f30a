// Plain values passed between the UI thread and the workers (queued signals copy them).
#pragma once

#include "ui/understood_chips.h"

#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace lingualens::ui {

struct ResultItem {
  qint64 id = 0;
  QString path;
  float score = 0;
  qint64 taken_at = 0;  // seconds since the epoch; 0: unknown
  qint64 size = 0;
  int width = 0, height = 0;
  QString camera;
};

// What to search for: words (the CLI's syntax: "beach +sunset -people"), example images
// (files or library images), and filters applied in the library. Nothing to search for:
// the timeline (every photo in the filters, newest first). Results come a page at a time.
struct SearchRequest {
  quint64 serial = 0;  // echoed back so the window can drop answers to outdated requests
  QString text;
  QStringList example_files;
  QVector<qint64> example_ids;
  QString folder;    // only images under this folder; empty: all
  QDate from, to;    // capture date range; invalid: open
  int offset = 0;    // the page after this many results
  int top_k = 1000;  // page size
  bool include_offline = false;
  bool literal = false;  // dates and places in the text are not read (Settings)
  bool empty() const {
    return text.trimmed().isEmpty() && example_files.isEmpty() && example_ids.isEmpty();
  }
};

struct SearchOutcome {
  quint64 serial = 0;
  int offset = 0;             // > 0: a further page of the same search
  bool browse = false;        // the timeline: no query, newest first
  qint64 matches = -1;        // the timeline: photos in the filters
  bool more = false;          // further pages exist
  QVector<ResultItem> items;  // best first, no cutoff applied (the window's slider does that)
  // Capture dates of the whole library (the date filter's default range); invalid: none.
  QDate first_date, last_date;
  QVector<UnderstoodChip> understood;  // the filters read out of the query, in its order
  float adaptive_cutoff = 0;
  double encode_ms = 0, total_ms = 0;
  qint64 library_size = 0;
  // Library folders holding results whose file vanished since the last scan (left out of
  // `items`): the window queues them for a re-scan so the library forgets those files.
  QStringList rescan;
};

// A folder inside a library folder (counts include everything below it).
struct SubFolderState {
  QString path;  // absolute
  qint64 images = 0;
  qint64 failed = 0;
};

// One root folder of the library as the library panel shows it.
struct FolderState {
  QString path;
  qint64 images = 0;
  qint64 failed = 0;
  qint64 pending = 0;  // files still to process in the running job
  bool indexing = false;
  bool online = true;  // false: not connected (unplugged drive, renamed folder); photos kept
  QVector<SubFolderState> subs;  // sorted by path, parents before their children
};

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::ResultItem)
Q_DECLARE_METATYPE(lingualens::ui::SearchRequest)
Q_DECLARE_METATYPE(lingualens::ui::SearchOutcome)
Q_DECLARE_METATYPE(lingualens::ui::FolderState)
