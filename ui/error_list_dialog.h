// The files that could not be read, with the reason for each: file and reason in columns
// (reasons wrapped), and what one does about them: show the file in its folder, copy the
// list, or retry (after installing a codec or finishing a copy). Never modal: the library
// stays usable while it is open.
#pragma once

#include <QDialog>
#include <QStringList>

class QTreeWidget;

namespace lingualens::ui {

class ErrorListDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ErrorListDialog)

 public:
  explicit ErrorListDialog(QWidget* parent = nullptr);
  // Lines of "absolute path<TAB>reason", as IndexWorker::failed_files sends them.
  void set_files(const QStringList& lines);
  int count() const;
  QString file(int row) const;
  QString reason(int row) const;
  // What Copy puts on the clipboard: the selected rows (all when none), "path: reason" each.
  QString copy_text() const;

 signals:
  void retry_requested();
  void message(const QString& text);

 private:
  void show_in_folder();

  QTreeWidget* list_ = nullptr;
};

}  // namespace lingualens::ui
