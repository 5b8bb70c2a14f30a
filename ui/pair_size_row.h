// Settings ▸ Model pair: what the chosen pair's download takes. "Ask" asks the servers each
// file's size (nothing is downloaded; core/models/model_download.h) on a worker thread and says
// how much is still to fetch and whether the disk has room; the answer is kept per pair. The
// servers are only asked when the user says so: opening Settings stays offline.
#pragma once

#include <QString>
#include <QWidget>
#include <atomic>
#include <memory>

class QLabel;
class QPushButton;

namespace lingualens::ui {

class PairSizeRow final : public QWidget {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(PairSizeRow)

 public:
  explicit PairSizeRow(QWidget* parent = nullptr);
  ~PairSizeRow() override;

  // The pair (its official name) and the models folder its files go to.
  void set_pair(const QString& name, const QString& models_dir);
  QString text() const;
  void ask();

 signals:
  void answered(const QString& text);  // the sizes, or why there are none

 private:
  QString name_, models_dir_;
  QPushButton* button_ = nullptr;
  QLabel* label_ = nullptr;
  std::shared_ptr<std::atomic<bool>> cancel_;  // the running question's, if any
};

}  // namespace lingualens::ui
