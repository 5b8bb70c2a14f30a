// Settings a user can change (library location, threads, thumbnail size, model files) and
// the window's remembered state, stored with QSettings (~/.config/LinguaLens/LinguaLens.conf).
#pragma once

#include <QByteArray>
#include <QDialog>

#include "ui/app_options.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QCheckBox;

namespace lingualens::ui {

class PairSizeRow;
class PairSpeedRow;

// Saved choices; command-line options given at launch override them for that session.
AppOptions load_saved_options();
void save_options(const AppOptions& options);
// Fills the fields of `options` the user did not give on the command line from the saved ones.
AppOptions merge_with_saved(const AppOptions& from_command_line);

class SettingsDialog final : public QDialog {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(SettingsDialog)

 public:
  explicit SettingsDialog(const AppOptions& current, QWidget* parent = nullptr);
  AppOptions options() const;

 private:
  QLineEdit* path_row(const QString& value, bool directory, const QString& filter);
  // The Multilingual-CLIP pairs: choosing one fills the model paths with its files.
  void add_pair_row(QFormLayout* form);
  void show_pair(int index);
  QString models_folder() const;
  QCheckBox* check_row(const QString& label, const QString& tip, bool checked);

  AppOptions base_;
  QLineEdit *library_ = nullptr, *models_ = nullptr, *image_ = nullptr, *text_ = nullptr,
            *head_ = nullptr;
  QSpinBox *threads_ = nullptr, *thumb_ = nullptr;
  QCheckBox *fast_ = nullptr, *half_text_ = nullptr, *understand_ = nullptr;
  QComboBox *pair_ = nullptr, *language_ = nullptr;
  QLabel* pair_info_ = nullptr;
  PairSpeedRow* speed_ = nullptr;
  PairSizeRow* size_ = nullptr;
};

}  // namespace lingualens::ui
