// Tools ▸ Find duplicates…: the library's copies (index/duplicates.h) group by group, the
// photos side by side with the one to keep marked and what differs (pixels, file size,
// format, date), the similar-shot thresholds (saved), keyboard review (←/→ or N/P: group, K: keep
// the selected photo), and the cleaning up: move the others to the trash (never deleted; offline
// and read-only folders are left alone), with Undo, or into a folder of the user's choice. The
// search runs on the thread pool with its progress shown.
#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

#include "index/duplicates.h"
#include "ui/file_actions.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QPushButton;

namespace lingualens::ui {

class ThumbnailCache;

class DuplicatesDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(DuplicatesDialog)

 public:
  DuplicatesDialog(QString library_dir, std::shared_ptr<const ThumbnailCache> thumbnails,
                   QWidget* parent = nullptr);
  void start();  // looks for duplicates (again)
  // The similar-shot thresholds (saved for the next time; the search runs again).
  void set_similar_thresholds(int percent, int minutes);
  const DuplicateParams& params() const { return params_; }
  int group_count() const { return static_cast<int>(groups_.size()); }
  int current_group() const { return current_; }
  const DuplicateGroup& group(int i) const { return groups_[static_cast<size_t>(i)]; }
  // The photo kept in the current group (its index in the group's files).
  int kept() const { return keep_; }
  void show_group(int index);
  void keep(int file_index);
  // Moves every removable photo of the current group but the kept one to the trash (on the
  // thread pool; action_done() when finished) and goes on to the next group.
  void trash_others();
  // Puts the last batch back (the library sees them at the re-scan files_changed asks for).
  void undo();
  // Moves them into `folder` instead (on the thread pool; action_done() when finished).
  void move_others_to(const QString& folder);

 signals:
  void searched(int groups);  // tests
  // Photos moved to the trash or back: the window re-scans their folders.
  void files_changed(const QStringList& paths);
  void action_done(const QString& summary);

 protected:
  void keyPressEvent(QKeyEvent* event) override;

 private:
  QString library_dir_;
  DuplicateParams params_;
  std::shared_ptr<const ThumbnailCache> thumbnails_;
  std::vector<DuplicateGroup> groups_;
  int current_ = -1;
  int keep_ = 0;
  QStringList last_trashed_;   // where the last batch is in the trash, for Undo
  QStringList others() const;  // the current group's removable photos but the kept one
  // Runs `job` on the thread pool; then, on this thread (if the dialog is still open), `done`
  // (its bookkeeping, returning the message for success), the status line and action_done().
  void run_file_job(std::function<FileActionResult()> job,
                    std::function<QString(const FileActionResult&)> done);
  void finish_group();  // on to the next group
  quint64 serial_ = 0;
  quint64 shown_serial_ = 0;  // the group whose thumbnails are wanted
  QLabel* status_ = nullptr;
  QProgressBar* busy_ = nullptr;
  QListWidget* groups_list_ = nullptr;
  QListWidget* photos_ = nullptr;
  QSpinBox *similar_percent_ = nullptr, *similar_minutes_ = nullptr;
  QPushButton *trash_ = nullptr, *undo_ = nullptr, *keep_button_ = nullptr, *move_ = nullptr;
};

}  // namespace lingualens::ui
