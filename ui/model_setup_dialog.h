// First run: the models are not there yet. Lists the three model files (image model, text
// model folder, text head) with their state — found, missing, unreadable, checked — and a
// "Choose…" for each, checked on the spot (readable, and fitting together: the head between
// the text model's hidden size and the image model's embedding size). Offers to download them
// (per-file progress, resumable, verified before use) or to copy files the user has.
#pragma once

#include <QDialog>
#include <QThread>

#include "ui/app_options.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace lingualens::ui {

class DownloadWorker;

class ModelSetupDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(ModelSetupDialog)

 public:
  ModelSetupDialog(const AppOptions& options, const QString& models_dir, QWidget* parent = nullptr);
  ~ModelSetupDialog() override;
  // After accept(): the options to load the models with (changed when files were chosen).
  AppOptions options() const { return options_; }
  // For tests: choose a file for row 0 (image), 1 (text folder) or 2 (head) as "Choose…" does.
  void choose(int row, const QString& path);
  // The state column of a row ("found, 640-d image embeddings", "missing", …).
  QString state_text(int row) const;
  QString problem_text() const;
  bool can_use_files() const;

 signals:
  void checked();  // a check of the three files finished (tests)

 signals:
  void download_requested(const QString& models_dir, const QString& mirror,
                          const QString& manifest);
  void import_requested(const QString& models_dir, const QStringList& files);

 private:
  void start_download();
  void import_files();
  void check_files();
  void use_files();
  QString chosen_path(int row) const;

  AppOptions options_;
  QString models_dir_;
  QThread thread_;
  DownloadWorker* worker_ = nullptr;
  QTreeWidget* files_ = nullptr;
  QTreeWidget* checks_ = nullptr;
  QLabel* problem_ = nullptr;
  QString paths_[3];      // as chosen (the head may be empty: found with the text model)
  QString checked_head_;  // the head file the last check found and checked
  quint64 check_serial_ = 0;
  QLineEdit* mirror_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton *download_ = nullptr, *use_ = nullptr, *stop_ = nullptr, *import_ = nullptr;
};

}  // namespace lingualens::ui
