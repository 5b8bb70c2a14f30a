#include "ui/error_list_dialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace lingualens::ui {

ErrorListDialog::ErrorListDialog(QWidget* parent) : QDialog(parent) {
  setWindowTitle(tr("Files that could not be read"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(
      tr("These files were skipped. They stay listed until they are fixed or removed; the rest "
         "of the library is not affected."),
      this);
  intro->setWordWrap(true);
  layout->addWidget(intro);
  list_ = new QTreeWidget(this);
  list_->setRootIsDecorated(false);
  list_->setHeaderLabels({tr("File"), tr("Reason")});
  list_->setWordWrap(true);
  list_->setUniformRowHeights(false);
  list_->setTextElideMode(Qt::ElideMiddle);
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->header()->setSectionResizeMode(0, QHeaderView::Interactive);
  list_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
  list_->setColumnWidth(0, 320);
  layout->addWidget(list_, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto* show = buttons->addButton(tr("Show in folder"), QDialogButtonBox::ActionRole);
  auto* copy = buttons->addButton(tr("Copy"), QDialogButtonBox::ActionRole);
  auto* retry = buttons->addButton(tr("Retry"), QDialogButtonBox::ActionRole);
  retry->setToolTip(
      tr("Try these files again (after installing a codec, or once a copy has "
         "finished)"));
  connect(show, &QPushButton::clicked, this, &ErrorListDialog::show_in_folder);
  connect(copy, &QPushButton::clicked, this,
          [this] { QApplication::clipboard()->setText(copy_text()); });
  connect(retry, &QPushButton::clicked, this, [this] {
    emit retry_requested();
    accept();
  });
  connect(list_, &QTreeWidget::itemDoubleClicked, this, &ErrorListDialog::show_in_folder);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(820, 440);
}

void ErrorListDialog::set_files(const QStringList& lines) {
  list_->clear();
  for (const auto& line : lines) {
    const int tab = line.indexOf('\t');
    const QString path = tab < 0 ? QString() : line.left(tab);
    const QString why = tab < 0 ? line : line.mid(tab + 1);
    auto* item = new QTreeWidgetItem(list_, {QDir::toNativeSeparators(path), why});
    item->setData(0, Qt::UserRole, path);
    item->setToolTip(0, QDir::toNativeSeparators(path));
    item->setToolTip(1, why);
  }
}

int ErrorListDialog::count() const { return list_->topLevelItemCount(); }
QString ErrorListDialog::file(int row) const {
  return list_->topLevelItem(row)->data(0, Qt::UserRole).toString();
}
QString ErrorListDialog::reason(int row) const { return list_->topLevelItem(row)->text(1); }

QString ErrorListDialog::copy_text() const {
  QList<QTreeWidgetItem*> items = list_->selectedItems();
  if (items.isEmpty()) {
    for (int i = 0; i < list_->topLevelItemCount(); ++i) items << list_->topLevelItem(i);
  }
  QStringList lines;
  for (const auto* item : items) lines << item->text(0) + QStringLiteral(": ") + item->text(1);
  return lines.join('\n');
}

void ErrorListDialog::show_in_folder() {
  const auto items = list_->selectedItems();
  if (items.isEmpty()) return;
  const QString folder = QFileInfo(items.first()->data(0, Qt::UserRole).toString()).absolutePath();
  if (!QFileInfo(folder).isDir() || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
    emit message(tr("Could not show %1.").arg(QDir::toNativeSeparators(folder)));
}

}  // namespace lingualens::ui
