#include "ui/engine.h"

#include <exception>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/indexer.h"
#include "index/library_db.h"
#include "index/library_location.h"
#include "index/search.h"

namespace lingualens::ui {
namespace {

std::filesystem::path or_default(const QString& chosen, const std::filesystem::path& fallback) {
  return chosen.isEmpty() ? fallback : std::filesystem::path(chosen.toStdString());
}

}  // namespace

Engine::Engine(AppOptions options) : options_(std::move(options)) {
  qRegisterMetaType<lingualens::ui::ResultItem>();
  qRegisterMetaType<QVector<lingualens::ui::ResultItem>>();
}

Engine::~Engine() = default;

QString Engine::library_dir() const {
  return options_.library.isEmpty() ? QString::fromStdString(default_data_dir().string()) : options_.library;
}

void Engine::load_models() {
  try {
    configure_compute_threads(0);
    const auto models = or_default(options_.models, default_models_dir());
    const auto text_dir = or_default(options_.text_model, models / "M-BERT-Base-69");
    const auto image_file = or_default(options_.image_model, models / "RN50x4.pt");
    std::error_code ec;
    if (!std::filesystem::exists(text_dir, ec) || !std::filesystem::exists(image_file, ec)) {
      emit models_failed(tr("LinguaLens needs two models, which are not in %1 yet:\n"
                            "• OpenAI's CLIP image model RN50x4.pt\n"
                            "• the Multilingual-CLIP text model: the M-CLIP/M-BERT-Base-69 files and "
                            "“M-BERT-Base-69 Linear Weights.pkl” in a folder M-BERT-Base-69\n"
                            "Put them there, or start LinguaLens with --models, --image-model and --text-model.")
                             .arg(QString::fromStdString(models.string())));
      return;
    }
    emit status(tr("Loading the text model…"));
    text_ = std::make_shared<TextEncoder>(TextEncoderParams{text_dir, or_default(options_.text_head, {}), 32});
    emit status(tr("Loading the image model…"));
    image_ = std::make_shared<ImageEncoder>(ImageEncoderParams{image_file, 8});
    emit models_loaded();
  } catch (const std::exception& e) {
    emit models_failed(QString::fromStdString(e.what()));
  }
}

void Engine::search(const QString& query, int top_k) {
  try {
    if (!text_) throw Error(ErrorKind::kInvalidArgument, "the models are not loaded yet");
    if (!searcher_) {
      searcher_ = std::make_unique<Searcher>(library_dir().toStdString(), text_.get(), image_.get());
    }
    SearchParams p;
    p.query = query.toStdString();
    p.top_k = top_k;
    const SearchResponse r = searcher_->search(p);
    QVector<ResultItem> items;
    for (const auto& h : r.results) {
      items.push_back({QString::fromStdString(h.image.path), h.score, h.image.taken_at.value_or(0)});
    }
    emit results(query, items, r.total_ms, r.adaptive_cutoff);
  } catch (const std::exception& e) {
    searcher_.reset();  // reopen next time (e.g. the library appeared meanwhile)
    emit search_failed(QString::fromStdString(e.what()));
  }
}

IndexWorker::IndexWorker(QString library_dir, std::shared_ptr<const ImageEncoder> encoder)
    : library_dir_(std::move(library_dir)), encoder_(std::move(encoder)) {}

void IndexWorker::run(const QStringList& folders) {
  cancel_ = false;
  try {
    LibraryDb db(library_dir_.toStdString(), LibraryDb::Mode::kReadWrite);
    IndexParams p;
    for (const auto& f : folders) p.folders.emplace_back(f.toStdString());
    const IndexSummary s = lingualens::index_folders(
        db, *encoder_, p,
        [this](const IndexProgress& pr) { emit progress(pr.done, pr.total, pr.images_per_second, pr.eta_seconds); },
        [this] { return cancel_.load(); });
    QString summary = tr("%1 added, %2 updated, %3 reused, %4 removed")
                          .arg(s.added).arg(s.updated).arg(s.reused).arg(s.removed);
    if (s.failed > 0) summary += tr(" — %n file(s) could not be read", nullptr, static_cast<int>(s.failed));
    emit finished(summary);
  } catch (const Error& e) {
    emit failed(e.kind() == ErrorKind::kCancelled ? tr("Indexing stopped; what was finished is saved.")
                                                  : QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    emit failed(QString::fromStdString(e.what()));
  }
}

}  // namespace lingualens::ui
