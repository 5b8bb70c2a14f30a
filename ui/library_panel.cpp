#include "ui/library_panel.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace lingualens::ui {

LibraryPanel::LibraryPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  // Margins as the centre pane's: flush with the window's edge, a mirrored (Arabic) window cut
  // the panel's first letters off.
  layout->setContentsMargins(4, 4, 4, 4);
  tree_ = new QTreeWidget(this);
  tree_->setRootIsDecorated(true);
  // "/home/…/photos" and "/home/…/photos2" stay apart; the full path is the tooltip.
  tree_->setTextElideMode(Qt::ElideMiddle);
  tree_->setHeaderLabels({tr("Folder"), tr("Photos"), tr("To do"), tr("Errors")});
  tree_->header()->setStretchLastSection(false);
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  for (int c = 1; c < 4; ++c)
    tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  tree_->setColumnHidden(2, true);  // shown while there is something to do
  tree_->setIndentation(12);
  tree_->setSelectionMode(QAbstractItemView::SingleSelection);
  tree_->setToolTip(tr("Click a folder to see only its photos"));
  layout->addWidget(tree_, 1);
  errors_ = new QLabel(this);
  errors_->setVisible(false);
  errors_->setWordWrap(true);
  connect(errors_, &QLabel::linkActivated, this, [this] { emit show_errors_requested(); });
  layout->addWidget(errors_);
  // Two rows of two: the panel stays narrow.
  auto* row = new QGridLayout;
  add_ = new QPushButton(tr("Add folder…"), this);
  remove_ = new QPushButton(tr("Remove"), this);
  rescan_ = new QPushButton(tr("Re-scan"), this);
  locate_ = new QPushButton(tr("Locate…"), this);
  locate_->setToolTip(
      tr("The selected folder is not connected: show where it is now (its photos "
         "are kept, nothing is indexed again)"));
  locate_->setEnabled(false);
  remove_->setToolTip(tr("Remove the selected folder from the library (the photos stay on disk)"));
  rescan_->setToolTip(tr("Look for new, changed and deleted photos now"));
  row->addWidget(add_, 0, 0);
  row->addWidget(rescan_, 0, 1);
  row->addWidget(remove_, 1, 0);
  row->addWidget(locate_, 1, 1);
  layout->addLayout(row);
  connect(locate_, &QPushButton::clicked, this, [this] {
    const auto items = tree_->selectedItems();
    if (!items.isEmpty()) emit locate_requested(items.first()->data(0, Qt::UserRole).toString());
  });
  connect(add_, &QPushButton::clicked, this, &LibraryPanel::add_requested);
  connect(remove_, &QPushButton::clicked, this, [this] {
    const auto items = tree_->selectedItems();
    if (items.isEmpty()) return;
    const QString folder = items.first()->data(0, Qt::UserRole).toString();
    if (QMessageBox::question(
            this, tr("Remove folder"),
            tr("Remove %1 from the library?\n\nThe photos themselves are not touched; only "
               "LinguaLens forgets them.")
                .arg(QDir::toNativeSeparators(folder))) == QMessageBox::Yes) {
      emit remove_requested(folder);
    }
  });
  connect(rescan_, &QPushButton::clicked, this, [this] {
    // A sub-folder is re-scanned as part of its library folder (a scan is per library folder).
    const QString chosen = selected_folder();
    for (const auto& f : folders_) {
      if (chosen == f.path || chosen.startsWith(f.path + '/')) {
        emit rescan_requested({f.path});
        return;
      }
    }
    emit rescan_requested(folders());
  });
  connect(tree_, &QTreeWidget::itemSelectionChanged, this, [this] {
    const QString chosen = selected_folder();
    remove_->setEnabled(is_root(chosen) && add_->isEnabled());
    locate_->setEnabled(selected_offline() && add_->isEnabled());
    emit folder_chosen(chosen);  // "" (All photos): no folder filter
  });
  refresh();
}

void LibraryPanel::set_folders(const QVector<FolderState>& folders) {
  folders_ = folders;
  refresh();
}

void LibraryPanel::set_indexing(const QStringList& folders, qint64 left) {
  indexing_ = folders;
  left_ = left;
  refresh();
}

void LibraryPanel::set_failed_total(qint64 failed) {
  errors_->setVisible(failed > 0);
  errors_->setText(tr("%n file(s) could not be read — <a href=\"#\">show</a>", nullptr,
                      static_cast<int>(failed)));
}

void LibraryPanel::set_enabled_actions(bool enabled) {
  add_->setEnabled(enabled);
  rescan_->setEnabled(enabled);
  remove_->setEnabled(enabled && !tree_->selectedItems().isEmpty());
  locate_->setEnabled(enabled && selected_offline());
}

QString LibraryPanel::selected_folder() const {
  const auto items = tree_->selectedItems();
  return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

bool LibraryPanel::is_root(const QString& path) const {
  for (const auto& f : folders_) {
    if (f.path == path) return true;
  }
  return false;
}

void LibraryPanel::select_folder(const QString& path) {
  QTreeWidgetItemIterator it(tree_);
  for (; *it; ++it) {
    if ((*it)->data(0, Qt::UserRole).toString() == path &&
        ((*it)->flags() & Qt::ItemIsSelectable)) {
      tree_->setCurrentItem(*it);
      return;
    }
  }
}

bool LibraryPanel::selected_offline() const {
  const QString path = selected_folder();
  if (path.isEmpty()) return false;
  for (const auto& f : folders_) {
    if (f.path == path) return !f.online;
  }
  return false;
}

QStringList LibraryPanel::folders() const {
  QStringList out;
  for (const auto& f : folders_) out << f.path;
  return out;
}

void LibraryPanel::refresh() {
  const QString selected = selected_folder();
  QSet<QString> expanded;
  for (QTreeWidgetItemIterator it(tree_); *it; ++it) {
    if ((*it)->isExpanded()) expanded.insert((*it)->data(0, Qt::UserRole).toString());
  }
  const QSignalBlocker quiet(tree_);  // rebuilding is not the user choosing a folder
  tree_->clear();
  auto counts = [](QTreeWidgetItem* item, qint64 images, qint64 failed) {
    item->setText(1, QLocale().toString(images));
    if (failed > 0) item->setText(3, QLocale().toString(failed));
    for (int c = 1; c < 4; ++c) item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
  };
  // A library folder is shown by its name ("photos"); where two share a name, with their
  // parent's ("photos — anna", "photos — ben"). The full path is the tooltip.
  QHash<QString, int> names;
  for (const auto& f : folders_) ++names[QFileInfo(f.path).fileName()];
  auto add_root = [&](const QString& path) {
    const QFileInfo info(path);
    QString label = info.fileName().isEmpty() ? QDir::toNativeSeparators(path) : info.fileName();
    if (names.value(info.fileName()) > 1)
      label += QStringLiteral(" — ") + QFileInfo(info.path()).fileName();
    auto* item = new QTreeWidgetItem(tree_, {label});
    item->setData(0, Qt::UserRole, path);
    item->setToolTip(0, QDir::toNativeSeparators(path));
    return item;
  };
  bool todo = false;
  if (!folders_.isEmpty()) {
    auto* all = new QTreeWidgetItem(tree_, {tr("All photos")});
    all->setData(0, Qt::UserRole, QString());
    qint64 images = 0, failed = 0;
    for (const auto& f : folders_) {
      images += f.online ? f.images : 0;
      failed += f.failed;
    }
    counts(all, images, failed);
    QFont bold = all->font(0);
    bold.setBold(true);
    all->setFont(0, bold);
  }
  for (const auto& f : folders_) {
    const bool busy = indexing_.contains(f.path);
    auto* item = add_root(f.path);
    counts(item, f.images, f.failed);
    if (busy) {
      item->setText(2, left_ > 0 ? QLocale().toString(left_) : tr("…"));
      todo = true;
    }
    // Sub-folders at any depth, each under its parent (parents come first in path order).
    QHash<QString, QTreeWidgetItem*> by_path{{f.path, item}};
    for (const auto& sub : f.subs) {
      QTreeWidgetItem* parent = by_path.value(QFileInfo(sub.path).path(), item);
      auto* child = new QTreeWidgetItem(parent, {QFileInfo(sub.path).fileName()});
      child->setData(0, Qt::UserRole, sub.path);
      child->setToolTip(0, QDir::toNativeSeparators(sub.path));
      counts(child, sub.images, sub.failed);
      by_path.insert(sub.path, child);
      if (!f.online) child->setDisabled(true);
    }
    item->setExpanded(expanded.contains(f.path) || expanded.isEmpty());
    for (auto it = by_path.begin(); it != by_path.end(); ++it) {
      if (it.key() != f.path && expanded.contains(it.key())) it.value()->setExpanded(true);
    }
    if (!f.online) {  // greyed: its photos are kept but hidden until it is back or located
      for (int c = 0; c < 4; ++c)
        item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
      item->setText(0, tr("%1 (not connected)").arg(item->text(0)));
      item->setToolTip(0, tr("%1\nNot connected: its %n photo(s) are kept and hidden from "
                             "results until the drive is back, or use Locate…",
                             nullptr, static_cast<int>(f.images))
                              .arg(QDir::toNativeSeparators(f.path)));
    }
  }
  for (const auto& f : indexing_) {  // a folder being added for the first time
    if (is_root(f)) continue;
    auto* item = add_root(f);
    counts(item, 0, 0);
    item->setText(2, left_ > 0 ? QLocale().toString(left_) : tr("…"));
    todo = true;
  }
  tree_->setColumnHidden(2, !todo);
  bool errors = false;
  for (const auto& f : folders_) errors |= f.failed > 0;
  tree_->setColumnHidden(3, !errors);  // the Errors column when there are errors
  if (tree_->topLevelItemCount() == 0) {
    auto* hint = new QTreeWidgetItem(tree_, {tr("No folders yet: “Add folder…”")});
    hint->setFlags(Qt::NoItemFlags);
  }
  if (!selected.isEmpty()) select_folder(selected);  // none selected: all photos
}

}  // namespace lingualens::ui
