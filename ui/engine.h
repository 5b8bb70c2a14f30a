// Model loading and searching, kept off the UI thread. Lives on its own QThread (see
// MainWindow); slots run there, signals arrive queued. No exception ever leaves it: failures
// become readable messages.
#pragma once

#include <QObject>
#include <QString>
#include <memory>

#include <atomic>
#include "ui/app_options.h"
#include "ui/eval_types.h"
#include "ui/result_item.h"

namespace lingualens {
class TextEncoder;
class ImageEncoder;
class Searcher;
}  // namespace lingualens

namespace lingualens {
class PlaceNames;
}

namespace lingualens::ui {

using ImageEncoderPtr = std::shared_ptr<const lingualens::ImageEncoder>;

class Engine final : public QObject {
  Q_OBJECT
  Q_DISABLE_COPY_MOVE(Engine)

 public:
  explicit Engine(AppOptions options);
  ~Engine() override;

  // Valid after models_loaded() (set before that signal is sent).
  std::shared_ptr<const ImageEncoder> image_encoder() const { return image_; }
  QString library_dir() const;
  // Where the models are expected, for the first-run dialog.
  QString models_dir() const;
  // Whether the model files are on disk (cheap; any thread).
  bool models_present() const;
  // Thread-safe: stops a running evaluation after its current batch.
  void cancel_evaluation() { cancel_evaluation_ = true; }

 public slots:
  void load_models();
  // New model files chosen (first-run dialog, settings): load those. `serial` comes back
  // with the loaded signals, so a window can tell this load from an earlier one.
  void reload(const lingualens::ui::AppOptions& options, quint64 serial);
  void search(const lingualens::ui::SearchRequest& request);
  // The library changed on disk (indexing finished): reopen it on the next search.
  void library_changed();
  // Translation evaluation of a set (reusing the library's embeddings of indexed photos), and
  // when `compare_pair` names another Multilingual-CLIP pair whose files are in the models
  // folder, the same set evaluated by that pair in its own space, side by side.
  void evaluate(const lingualens::ui::EvalSetPtr& set, const QStringList& languages,
                const QString& compare_pair = QString());
  // Each caption's top results in the library, side by side with the first (the reference).
  void compare(const QStringList& languages, const QStringList& texts, int top_k);

 signals:
  void status(const QString& message);
  void models_missing(const QString& models_dir);
  // The text model is ready: text searches can start (the image model is still loading).
  void text_model_loaded(double seconds, quint64 serial);
  // Both models are in; `encoder` is the image model just loaded (hand it to the indexer).
  void models_loaded(double seconds, quint64 serial, lingualens::ui::ImageEncoderPtr encoder);
  void models_failed(const QString& message);
  void results(const lingualens::ui::SearchOutcome& outcome);
  void search_failed(quint64 serial, const QString& message);
  void evaluation_progress(qint64 done, qint64 total);
  void evaluation_stage(const QString& what);  // "Loading XLM-Roberta-Large-Vit-B-32…"
  void evaluation_done(const lingualens::ui::EvaluationOutcomePtr& outcome);
  void evaluation_failed(const QString& message);
  void comparison_done(const QVector<lingualens::ui::CompareColumn>& columns);
  void comparison_failed(const QString& message);

 private:
  AppOptions options_;
  std::shared_ptr<TextEncoder> text_;
  std::shared_ptr<ImageEncoder> image_;
  std::unique_ptr<Searcher> searcher_;
  std::unique_ptr<PlaceNames> places_;  // city names for query understanding, made once
  bool places_tried_ = false;
  std::atomic<bool> cancel_evaluation_{false};
  quint64 load_serial_ = 0;

  Searcher& searcher();
};

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::ImageEncoderPtr)
