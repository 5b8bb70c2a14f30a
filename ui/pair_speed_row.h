// Settings ▸ Model pair: what the chosen pair costs on this computer. "Measure" runs a short
// run of both towers on a worker thread (core/models/pair_speed.h); the result is kept per pair
// in the settings and shown whenever the pair is chosen again.
#pragma once

#include <QString>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QPushButton;

namespace lingualens::ui {

class PairSpeedRow final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PairSpeedRow)

 public:
  explicit PairSpeedRow(QWidget* parent = nullptr);
  ~PairSpeedRow() override;

  // The pair and its files (empty head: found in the text folder or inside its checkpoint).
  void set_pair(const QString& name, const QString& image_file, const QString& text_dir,
                const QString& head_file);
  QString text() const;
  void measure();

 signals:
  void measured(const QString& text);  // the new result, or why it failed

 private:
  void show_saved();

  QString name_, image_, text_dir_, head_;
  QPushButton* button_ = nullptr;
  QLabel* label_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;  // the running measurement's, if any
};

}  // namespace lingualens::ui
