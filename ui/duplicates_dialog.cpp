#include "ui/duplicates_dialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QThreadPool>
#include <QVBoxLayout>
#include <exception>
#include <functional>

#include "ui/file_actions.h"
#include "ui/thumbnail_cache.h"

namespace lingualens::ui {
namespace {

QString kind_words(DuplicateKind k) {
  switch (k) {
    case DuplicateKind::kIdentical:
      return DuplicatesDialog::tr("identical files");
    case DuplicateKind::kSame:
      return DuplicatesDialog::tr("the same photo");
    case DuplicateKind::kSimilar:
      return DuplicatesDialog::tr("similar shots");
  }
  return {};
}

// What tells one copy from another: pixels, file size, format, capture date.
QString describe(const DuplicateFile& f) {
  const QLocale locale;
  QStringList lines;
  lines << QFileInfo(QString::fromStdString(f.photo.path)).fileName();
  lines << QStringLiteral("%1 × %2 · %3 · %4")
               .arg(f.photo.width)
               .arg(f.photo.height)
               .arg(locale.formattedDataSize(f.photo.size),
                    QFileInfo(QString::fromStdString(f.photo.path)).suffix().toUpper());
  if (f.photo.taken_at)  // wall-clock time counted as UTC: the camera's clock
    lines << locale.toString(QDateTime::fromSecsSinceEpoch(*f.photo.taken_at, Qt::UTC),
                             QLocale::ShortFormat);
  if (!f.removable) lines << DuplicatesDialog::tr("(%1)").arg(QString::fromStdString(f.note));
  return lines.join('\n');
}

}  // namespace

DuplicatesDialog::DuplicatesDialog(QString library_dir,
                                   std::shared_ptr<const ThumbnailCache> thumbnails,
                                   QWidget* parent)
    : QDialog(parent), library_dir_(std::move(library_dir)), thumbnails_(std::move(thumbnails)) {
  setWindowTitle(tr("Duplicates"));
  auto* layout = new QVBoxLayout(this);
  status_ = new QLabel(this);
  status_->setWordWrap(true);
  layout->addWidget(status_);
  busy_ = new QProgressBar(this);
  busy_->setRange(0, 0);
  layout->addWidget(busy_);
  // Bursts and retakes: how alike (embedding cosine, as a percentage) and how close in time.
  const QSettings saved;
  params_.similar_min_cosine = saved.value("duplicates/similar_percent", 95).toInt() / 100.0f;
  params_.similar_max_seconds = saved.value("duplicates/similar_minutes", 5).toInt() * 60;
  auto* thresholds = new QHBoxLayout;
  thresholds->addWidget(new QLabel(tr("Similar shots: at least"), this));
  similar_percent_ = new QSpinBox(this);
  similar_percent_->setRange(80, 99);
  similar_percent_->setSuffix(tr(" % alike", "how similar two photos look"));
  similar_percent_->setValue(qRound(params_.similar_min_cosine * 100));
  similar_percent_->setToolTip(
      tr("How alike two photos must look to the image model (cosine of their embeddings)."));
  thresholds->addWidget(similar_percent_);
  thresholds->addWidget(new QLabel(tr("and taken within"), this));
  similar_minutes_ = new QSpinBox(this);
  similar_minutes_->setRange(1, 24 * 60);
  similar_minutes_->setSuffix(tr(" min"));
  similar_minutes_->setValue(static_cast<int>(params_.similar_max_seconds / 60));
  thresholds->addWidget(similar_minutes_);
  thresholds->addStretch(1);
  layout->addLayout(thresholds);
  for (QSpinBox* box : {similar_percent_, similar_minutes_}) {
    box->setKeyboardTracking(false);  // one new search per value, not per digit typed
    connect(box, &QSpinBox::valueChanged, this, [this] {
      set_similar_thresholds(similar_percent_->value(), similar_minutes_->value());
    });
  }
  auto* split = new QSplitter(Qt::Horizontal, this);
  groups_list_ = new QListWidget(split);
  groups_list_->setMinimumWidth(200);
  photos_ = new QListWidget(split);
  photos_->setViewMode(QListView::IconMode);
  photos_->setIconSize(QSize(200, 200));
  photos_->setResizeMode(QListView::Adjust);
  photos_->setMovement(QListView::Static);
  photos_->setSpacing(8);
  photos_->setWordWrap(true);
  split->setStretchFactor(1, 1);
  layout->addWidget(split, 1);
  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  keep_button_ = buttons->addButton(tr("Keep this one (K)"), QDialogButtonBox::ActionRole);
  trash_ = buttons->addButton(tr("Move the others to the trash"), QDialogButtonBox::ActionRole);
  move_ = buttons->addButton(tr("Move them to a folder…"), QDialogButtonBox::ActionRole);
  undo_ = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
  undo_->setEnabled(false);
  layout->addWidget(buttons);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(keep_button_, &QPushButton::clicked, this, [this] { keep(photos_->currentRow()); });
  connect(trash_, &QPushButton::clicked, this, &DuplicatesDialog::trash_others);
  connect(undo_, &QPushButton::clicked, this, &DuplicatesDialog::undo);
  connect(move_, &QPushButton::clicked, this, [this] {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Move the others to…"));
    if (!folder.isEmpty()) move_others_to(folder);
  });
  connect(groups_list_, &QListWidget::currentRowChanged, this, &DuplicatesDialog::show_group);
  resize(980, 620);
}

void DuplicatesDialog::set_similar_thresholds(int percent, int minutes) {
  {
    const QSignalBlocker b1(similar_percent_), b2(similar_minutes_);
    similar_percent_->setValue(percent);
    similar_minutes_->setValue(minutes);
  }
  params_.similar_min_cosine = similar_percent_->value() / 100.0f;
  params_.similar_max_seconds = similar_minutes_->value() * int64_t{60};
  QSettings saved;
  saved.setValue("duplicates/similar_percent", similar_percent_->value());
  saved.setValue("duplicates/similar_minutes", similar_minutes_->value());
  start();
}

void DuplicatesDialog::start() {
  const quint64 serial = ++serial_;
  status_->setText(tr("Looking for copies in the library…"));
  busy_->setVisible(true);
  trash_->setEnabled(false);
  QPointer<DuplicatesDialog> self(this);
  QThreadPool::globalInstance()->start([self, serial, dir = library_dir_, params = params_] {
    std::vector<DuplicateGroup> groups;
    QString error;
    try {
      Library library(dir.toStdString(), Library::Access::kRead);
      groups = find_duplicates(library, params);
    } catch (const std::exception& e) {
      error = QString::fromStdString(e.what());
    }
    QMetaObject::invokeMethod(
        self,
        [self, serial, groups = std::move(groups), error]() mutable {
          if (!self || serial != self->serial_) return;
          self->busy_->setVisible(false);
          self->groups_ = std::move(groups);
          self->groups_list_->clear();
          for (const auto& g : self->groups_)
            self->groups_list_->addItem(
                tr("%1 · %n photo(s)", nullptr, static_cast<int>(g.files.size()))
                    .arg(kind_words(g.kind)));
          self->status_->setText(
              !error.isEmpty() ? error
              : self->groups_.empty()
                  ? tr("No duplicates in the library.")
                  : tr("%n group(s) of copies. ←/→ go through them, K keeps the selected photo.",
                       nullptr, static_cast<int>(self->groups_.size())));
          if (!self->groups_.empty()) self->groups_list_->setCurrentRow(0);
          emit self->searched(static_cast<int>(self->groups_.size()));
        },
        Qt::QueuedConnection);
  });
}

void DuplicatesDialog::show_group(int index) {
  if (index < 0 || index >= group_count()) return;
  current_ = index;
  keep_ = 0;  // the suggestion
  photos_->clear();
  const DuplicateGroup& g = groups_[static_cast<size_t>(index)];
  for (size_t k = 0; k < g.files.size(); ++k) {
    auto* item = new QListWidgetItem(describe(g.files[k]), photos_);
    item->setToolTip(QDir::toNativeSeparators(QString::fromStdString(g.files[k].photo.path)));
    item->setTextAlignment(Qt::AlignHCenter);
  }
  // Thumbnails from the cache on the thread pool: the dialog never waits for the disk.
  const quint64 shown = ++shown_serial_;
  for (size_t k = 0; k < g.files.size() && thumbnails_; ++k) {
    QPointer<DuplicatesDialog> self(this);
    QThreadPool::globalInstance()->start([self, shown, k, cache = thumbnails_,
                                          path = QString::fromStdString(g.files[k].photo.path)] {
      const QImage thumb = cache->load(path);
      QMetaObject::invokeMethod(
          self,
          [self, shown, k, thumb] {
            if (!self || shown != self->shown_serial_ || thumb.isNull()) return;
            if (auto* item = self->photos_->item(static_cast<int>(k)))
              item->setIcon(QPixmap::fromImage(thumb));
          },
          Qt::QueuedConnection);
    });
  }
  keep(0);
  photos_->setCurrentRow(0);
}

void DuplicatesDialog::keep(int file_index) {
  if (current_ < 0 || file_index < 0 || file_index >= photos_->count()) return;
  keep_ = file_index;
  const DuplicateGroup& g = groups_[static_cast<size_t>(current_)];
  int removable = 0;
  for (int k = 0; k < photos_->count(); ++k) {
    QListWidgetItem* item = photos_->item(k);
    QFont f = item->font();
    f.setBold(k == keep_);
    item->setFont(f);
    const QString text = describe(g.files[static_cast<size_t>(k)]);
    item->setText(k == keep_ ? tr("✔ KEEP\n%1").arg(text) : text);
    if (k != keep_ && g.files[static_cast<size_t>(k)].removable) ++removable;
  }
  const QString why =
      keep_ == 0 ? QString::fromStdString(g.files[0].note) : tr("kept: your choice");
  status_->setText(tr("Group %L1 of %L2 — %3. %4")
                       .arg(current_ + 1)
                       .arg(group_count())
                       .arg(kind_words(g.kind), why));
  trash_->setEnabled(removable > 0);
  move_->setEnabled(removable > 0);
  trash_->setText(tr("Move %n other(s) to the trash", nullptr, removable));
}

QStringList DuplicatesDialog::others() const {
  QStringList paths;
  if (current_ < 0) return paths;
  const DuplicateGroup& g = groups_[static_cast<size_t>(current_)];
  for (size_t k = 0; k < g.files.size(); ++k)
    if (static_cast<int>(k) != keep_ && g.files[k].removable)
      paths << QString::fromStdString(g.files[k].photo.path);
  return paths;
}

void DuplicatesDialog::finish_group() {
  groups_.erase(groups_.begin() + current_);
  delete groups_list_->takeItem(current_);
  photos_->clear();
  if (!groups_.empty())
    groups_list_->setCurrentRow(std::min(current_, group_count() - 1));
  else
    current_ = -1;
}

void DuplicatesDialog::run_file_job(std::function<FileActionResult()> job,
                                    std::function<QString(const FileActionResult&)> done) {
  QPointer<DuplicatesDialog> self(this);
  QThreadPool::globalInstance()->start([self, job = std::move(job), done = std::move(done)] {
    const FileActionResult r = job();
    QMetaObject::invokeMethod(
        self,
        [self, r, done] {
          if (!self) return;
          const QString ok = done(r);  // the dialog's own bookkeeping; the text when all went well
          const QString text = r.problems.isEmpty() ? ok : r.summary();
          self->status_->setText(text);
          if (self->current_ >= 0) self->keep(self->keep_);  // the next group's buttons
          emit self->action_done(text);
        },
        Qt::QueuedConnection);
  });
}

void DuplicatesDialog::trash_others() {
  const QStringList paths = others();
  if (paths.isEmpty()) return;
  // The group is done: on to the next one while the files move (on the thread pool).
  finish_group();
  trash_->setEnabled(false);
  run_file_job([paths] { return move_to_trash(paths); },
               [this](const FileActionResult& r) {
                 last_trashed_ = r.in_trash;
                 undo_->setEnabled(!r.in_trash.isEmpty());
                 emit files_changed(r.done);
                 return tr("%n photo(s) moved to the trash.", nullptr,
                           static_cast<int>(r.done.size()));
               });
}

void DuplicatesDialog::move_others_to(const QString& folder) {
  const QStringList paths = others();
  if (paths.isEmpty()) return;
  finish_group();
  run_file_job([paths, folder] { return move_files(paths, folder); },
               [this, paths, folder](const FileActionResult& r) {
                 emit files_changed(paths);  // gone from their folders
                 return tr("%n photo(s) moved to %1.", nullptr, static_cast<int>(r.done.size()))
                     .arg(QDir::toNativeSeparators(folder));
               });
}

void DuplicatesDialog::undo() {
  const QStringList trashed = last_trashed_;
  last_trashed_.clear();
  undo_->setEnabled(false);
  run_file_job([trashed] { return restore_from_trash(trashed); },
               [this](const FileActionResult& r) {
                 emit files_changed(r.done);
                 return tr("%n photo(s) restored.", nullptr, static_cast<int>(r.done.size()));
               });
}

void DuplicatesDialog::keyPressEvent(QKeyEvent* event) {
  switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_N:
      if (current_ + 1 < group_count()) groups_list_->setCurrentRow(current_ + 1);
      return;
    case Qt::Key_Left:
    case Qt::Key_P:
      if (current_ > 0) groups_list_->setCurrentRow(current_ - 1);
      return;
    case Qt::Key_K:
      keep(photos_->currentRow());
      return;
    default:
      QDialog::keyPressEvent(event);
  }
}

}  // namespace lingualens::ui
