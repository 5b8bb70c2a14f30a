// The library's folders with their state (images, still to do, could not be read), and the
// buttons to add, remove and re-scan them. It shows what the index worker reports; it never
// touches the database itself.
#pragma once

#include <QVector>
#include <QWidget>

#include "ui/result_item.h"

class QTreeWidget;
class QPushButton;
class QLabel;

namespace lingualens::ui {

class LibraryPanel : public QWidget {
  Q_OBJECT

 public:
  explicit LibraryPanel(QWidget* parent = nullptr);
  void set_folders(const QVector<FolderState>& folders);
  void set_indexing(const QStringList& folders, qint64 left);  // empty: idle
  void set_failed_total(qint64 failed);
  QStringList folders() const;
  void set_enabled_actions(bool enabled);

 signals:
  void add_requested();
  void remove_requested(const QString& folder);
  void rescan_requested(const QStringList& folders);
  void show_errors_requested();
  void folder_chosen(const QString& folder);     // double-click: restrict the search to it
  void locate_requested(const QString& folder);  // an offline folder: where is it now?

 private:
  void refresh();

  QVector<FolderState> folders_;
  QStringList indexing_;
  qint64 left_ = 0;
  QTreeWidget* tree_ = nullptr;
  QPushButton *add_ = nullptr, *remove_ = nullptr, *rescan_ = nullptr, *locate_ = nullptr;
  bool selected_offline() const;
  QLabel* errors_ = nullptr;
};

}  // namespace lingualens::ui
