#include "ui/library_panel.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lingualens::ui {

LibraryPanel::LibraryPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  tree_ = new QTreeWidget(this);
  tree_->setRootIsDecorated(false);
  tree_->setTextElideMode(Qt::ElideLeft);  // the end of a path says which folder it is
  tree_->setHeaderLabels({tr("Folder"), tr("Photos"), tr("To do"), tr("Errors")});
  tree_->header()->setSectionResizeMode(0, QHeaderView::Stretch);
  for (int c = 1; c < 4; ++c)
    tree_->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
  tree_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  layout->addWidget(tree_, 1);
  errors_ = new QLabel(this);
  errors_->setVisible(false);
  errors_->setWordWrap(true);
  connect(errors_, &QLabel::linkActivated, this, [this] { emit show_errors_requested(); });
  layout->addWidget(errors_);
  auto* row = new QHBoxLayout;
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
  row->addWidget(add_);
  row->addWidget(remove_);
  row->addWidget(rescan_);
  row->addWidget(locate_);
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
    QStringList chosen;
    for (auto* item : tree_->selectedItems()) chosen << item->data(0, Qt::UserRole).toString();
    emit rescan_requested(chosen.isEmpty() ? folders() : chosen);
  });
  connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
    emit folder_chosen(item->data(0, Qt::UserRole).toString());
  });
  connect(tree_, &QTreeWidget::itemSelectionChanged, this, [this] {
    remove_->setEnabled(!tree_->selectedItems().isEmpty() && add_->isEnabled());
    locate_->setEnabled(selected_offline() && add_->isEnabled());
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

bool LibraryPanel::selected_offline() const {
  const auto items = tree_->selectedItems();
  if (items.isEmpty()) return false;
  const QString path = items.first()->data(0, Qt::UserRole).toString();
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
  QStringList selected;
  for (auto* item : tree_->selectedItems()) selected << item->data(0, Qt::UserRole).toString();
  tree_->clear();
  auto add_row = [&](const QString& path, const QString& images, const QString& todo,
                     const QString& errors) {
    auto* item = new QTreeWidgetItem(tree_, {QDir::toNativeSeparators(path), images, todo, errors});
    item->setData(0, Qt::UserRole, path);
    item->setToolTip(0, QDir::toNativeSeparators(path));
    for (int c = 1; c < 4; ++c) item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    if (selected.contains(path)) item->setSelected(true);
    return item;
  };
  for (const auto& f : folders_) {
    const bool busy = indexing_.contains(f.path);
    auto* item = add_row(f.path, QString::number(f.images),
                         busy ? (left_ > 0 ? QString::number(left_) : tr("…")) : QString(),
                         f.failed > 0 ? QString::number(f.failed) : QString());
    if (!f.online) {  // greyed: its photos are kept but hidden until it is back or located
      for (int c = 0; c < 4; ++c)
        item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
      item->setText(2, tr("not connected"));
      item->setToolTip(0, tr("%1\nNot connected: its %n photo(s) are kept and hidden from "
                             "results until the drive is back, or use Locate…",
                             nullptr, static_cast<int>(f.images))
                              .arg(QDir::toNativeSeparators(f.path)));
    }
  }
  for (const auto& f : indexing_) {  // a folder being added for the first time
    bool known = false;
    for (const auto& k : folders_) known |= k.path == f;
    if (!known)
      add_row(f, QStringLiteral("0"), left_ > 0 ? QString::number(left_) : tr("…"), QString());
  }
  if (tree_->topLevelItemCount() == 0) {
    auto* hint = new QTreeWidgetItem(tree_, {tr("No folders yet: “Add folder…”")});
    hint->setFlags(Qt::NoItemFlags);
  }
}

}  // namespace lingualens::ui
