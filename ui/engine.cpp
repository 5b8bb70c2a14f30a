#include "ui/engine.h"

#include <QDateTime>
#include <chrono>
#include <exception>

#include "core/error.h"
#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/library_location.h"
#include "index/search.h"

namespace lingualens::ui {
namespace {

std::filesystem::path or_default(const QString& chosen, const std::filesystem::path& fallback) {
  return chosen.isEmpty() ? fallback : std::filesystem::path(chosen.toStdString());
}

ResultItem to_item(const SearchHit& h) {
  ResultItem it;
  it.id = h.image.id;
  it.path = QString::fromStdString(h.image.path);
  it.score = h.score;
  it.taken_at = h.image.taken_at.value_or(0);
  it.size = h.image.size;
  it.width = h.image.width;
  it.height = h.image.height;
  it.camera = QString::fromStdString(h.image.camera);
  return it;
}

}  // namespace

Engine::Engine(AppOptions options) : options_(std::move(options)) {}

Engine::~Engine() = default;

QString Engine::library_dir() const {
  return options_.library.isEmpty() ? QString::fromStdString(default_data_dir().string())
                                    : options_.library;
}

QString Engine::models_dir() const {
  return QString::fromStdString(or_default(options_.models, default_models_dir()).string());
}

bool Engine::models_present() const {
  const auto models = or_default(options_.models, default_models_dir());
  std::error_code ec;
  return std::filesystem::exists(or_default(options_.text_model, models / "M-BERT-Base-69"), ec) &&
         std::filesystem::exists(or_default(options_.image_model, models / "RN50x4.pt"), ec);
}

void Engine::load_models() {
  try {
    if (!models_present()) {
      emit models_missing(models_dir());
      return;
    }
    const auto t0 = std::chrono::steady_clock::now();
    configure_compute_threads(options_.threads);
    const auto models = or_default(options_.models, default_models_dir());
    emit status(tr("Loading the text model…"));
    text_ = std::make_shared<TextEncoder>(
        TextEncoderParams{or_default(options_.text_model, models / "M-BERT-Base-69"),
                          or_default(options_.text_head, {}), 32});
    emit status(tr("Loading the image model…"));
    image_ = std::make_shared<ImageEncoder>(
        ImageEncoderParams{or_default(options_.image_model, models / "RN50x4.pt"), 8});
    emit models_loaded(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  } catch (const std::exception& e) {
    emit models_failed(QString::fromStdString(e.what()));
  }
}

void Engine::reload(const AppOptions& options) {
  options_ = options;
  searcher_.reset();
  load_models();
}

void Engine::library_changed() { searcher_.reset(); }

void Engine::search(const SearchRequest& request) {
  try {
    if (!text_)
      throw Error(ErrorKind::kInvalidArgument, tr("the models are not loaded yet").toStdString());
    if (!searcher_) {
      searcher_ =
          std::make_unique<Searcher>(library_dir().toStdString(), text_.get(), image_.get());
    }
    SearchParams p;
    p.query = request.text.toStdString();
    for (const auto& f : request.example_files) p.images.emplace_back(f.toStdString());
    p.image_ids.assign(request.example_ids.begin(), request.example_ids.end());
    p.top_k = request.top_k;
    if (!request.folder.isEmpty()) {
      p.path_prefix = request.folder.toStdString();
      if (p.path_prefix.back() != '/') p.path_prefix += '/';
    }
    if (request.from.isValid()) p.taken_after = request.from.startOfDay().toSecsSinceEpoch();
    if (request.to.isValid()) p.taken_before = request.to.endOfDay().toSecsSinceEpoch();
    const SearchResponse r = searcher_->search(p);
    SearchOutcome out;
    out.serial = request.serial;
    out.adaptive_cutoff = r.adaptive_cutoff;
    out.encode_ms = r.encode_ms;
    out.total_ms = r.total_ms;
    out.library_size = r.library_size;
    for (const auto& h : r.results) out.items.push_back(to_item(h));
    emit results(out);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kNotFound || e.kind() == ErrorKind::kMismatch) searcher_.reset();
    emit search_failed(request.serial, QString::fromStdString(e.what()));
  } catch (const std::exception& e) {
    searcher_.reset();
    emit search_failed(request.serial, QString::fromStdString(e.what()));
  }
}

}  // namespace lingualens::ui
