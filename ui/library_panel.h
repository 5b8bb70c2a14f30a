// The library's folders as a tree (sub-folders at any depth) with their state (photos, still
// to do, could not be read); clicking one shows only its photos. Buttons add, remove,
// re-scan and locate them. It shows what the index worker reports; it never
// touches the database itself.
#pragma once

#include <QVector>
#include <QWidget>

#include "ui/result_item.h"

class QTreeWidget;
class QPushButton;
class QLabel;

namespace lingualens::ui {

class LibraryPanel final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(LibraryPanel)

 public:
  explicit LibraryPanel(QWidget* parent = nullptr);
  void set_folders(const QVector<FolderState>& folders);
  void set_indexing(const QStringList& folders, qint64 left);  // empty: idle
  void set_failed_total(qint64 failed);
  QStringList folders() const;
  void set_enabled_actions(bool enabled);
  // The folder chosen in the tree ("" for All photos), and choosing one from outside.
  QString selected_folder() const;
  void select_folder(const QString& path);

 signals:
  void add_requested();
  void remove_requested(const QString& folder);
  void rescan_requested(const QStringList& folders);
  void show_errors_requested();
  void folder_chosen(const QString& folder);     // clicked: only its photos ("" for all)
  void locate_requested(const QString& folder);  // an offline folder: where is it now?

 private:
  void refresh();

  QVector<FolderState> folders_;
  QStringList indexing_;
  qint64 left_ = 0;
  QTreeWidget* tree_ = nullptr;
  QPushButton *add_ = nullptr, *remove_ = nullptr, *rescan_ = nullptr, *locate_ = nullptr;
  bool selected_offline() const;
  bool is_root(const QString& path) const;
  QLabel* errors_ = nullptr;
};

}  // namespace lingualens::ui
