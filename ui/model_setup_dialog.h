// First run: the models are not there yet. Offers to download them (per-file progress,
// resumable, verified before use) or to point to files already on disk.
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

class ModelSetupDialog : public QDialog {
  Q_OBJECT

 public:
  ModelSetupDialog(const AppOptions& options, const QString& models_dir, QWidget* parent = nullptr);
  ~ModelSetupDialog() override;
  // After accept(): the options to load the models with (changed when files were chosen).
  AppOptions options() const { return options_; }

 signals:
  void download_requested(const QString& models_dir, const QString& mirror,
                          const QString& manifest);
  void import_requested(const QString& models_dir, const QStringList& files);

 private:
  void start_download();
  void choose_files();
  void import_files();

  AppOptions options_;
  QString models_dir_;
  QThread thread_;
  DownloadWorker* worker_ = nullptr;
  QTreeWidget* files_ = nullptr;
  QLineEdit* mirror_ = nullptr;
  QLabel* status_ = nullptr;
  QPushButton *download_ = nullptr, *choose_ = nullptr, *stop_ = nullptr, *import_ = nullptr;
};

}  // namespace lingualens::ui
