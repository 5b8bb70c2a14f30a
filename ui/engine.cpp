#include "ui/engine.h"

#include <QDateTime>
#include <chrono>
#include <exception>

#include "core/error.h"
#include "core/eval/heatmap_png.h"
#include "core/eval/pair_comparison.h"
#include "core/eval/retrieval_overlap.h"
#include "core/image/image_encoder.h"
#include "core/models/model_manifest.h"
#include "core/models/model_pairs.h"
#include "core/places/gazetteer.h"
#include "core/query/place_names.h"
#include "core/query/understand_query.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/library_db.h"
#include "index/library_location.h"
#include "index/search.h"
#include "index/stored_embeddings.h"
#include "ui/error_text.h"

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
  return options_.library.isEmpty()
             ? QString::fromStdString(
                   default_library_dir(options_.model_pair.toStdString()).string())
             : options_.library;
}

QString Engine::models_dir() const {
  return QString::fromStdString(or_default(options_.models, default_models_dir()).string());
}

bool Engine::models_present() const {
  const auto models = or_default(options_.models, default_models_dir());
  std::error_code ec;
  return std::filesystem::exists(or_default(options_.text_model, models / "M-BERT-Base-69"), ec) &&
         std::filesystem::exists(or_default(options_.image_model, default_image_model_file(models)),
                                 ec);
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
    TextEncoderParams text_params{or_default(options_.text_model, models / "M-BERT-Base-69"),
                                  or_default(options_.text_head, {}), 32};
    text_params.half_weights = options_.half_text_weights;
    text_ = std::make_shared<TextEncoder>(text_params);
    // Text first: a search-only start is usable as soon as the text model is in.
    emit text_model_loaded(
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), load_serial_);
    emit status(tr("Loading the image model…"));
    image_ = std::make_shared<ImageEncoder>(
        ImageEncoderParams{or_default(options_.image_model, default_image_model_file(models))});
    searcher_.reset();  // reopened with the image model, which checks the library's model
    emit models_loaded(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(),
                       load_serial_, image_);
  } catch (const std::exception& e) {
    emit models_failed(error_text(e));
  }
}

void Engine::reload(const AppOptions& options, quint64 serial) {
  options_ = options;
  load_serial_ = serial;
  searcher_.reset();
  load_models();
}

void Engine::library_changed() { searcher_.reset(); }

Searcher& Engine::searcher() {
  if (!searcher_)
    searcher_ = std::make_unique<Searcher>(library_dir().toStdString(), text_.get(), image_.get());
  return *searcher_;
}

void Engine::evaluate(const EvalSetPtr& set, const QStringList& languages,
                      const QString& compare_pair) {
  cancel_evaluation_ = false;
  try {
    if (!text_ || !image_)
      throw Error(ErrorKind::kInvalidArgument, tr("the models are not loaded yet").toStdString());
    // The second pair's files are looked for before the long first run.
    const ModelPair* other = nullptr;
    ModelPairFiles other_files;
    if (!compare_pair.isEmpty()) {
      other = find_model_pair(compare_pair.toStdString());
      if (!other) {
        throw Error(ErrorKind::kInvalidArgument,
                    tr("“%1” is not a model pair").arg(compare_pair).toStdString());
      }
      other_files = model_pair_files(*other, or_default(options_.models, default_models_dir()));
      if (!other_files.present) {
        throw Error(ErrorKind::kNotFound, other_files.text_model,
                    tr("the %1 models are not in the models folder (lingualens-cli models "
                       "download --model-pair %1)")
                        .arg(compare_pair)
                        .toStdString());
      }
    }
    const auto t0 = std::chrono::steady_clock::now();
    EvaluationParams params;
    for (const auto& l : languages) params.languages.push_back(l.toStdString());
    const StoredEmbeddings stored(library_dir().toStdString(), *image_);
    params.stored_embedding = [&](const std::filesystem::path& p) { return stored.find(p); };
    auto outcome = std::make_shared<EvaluationOutcome>();
    outcome->set = *set;
    outcome->run = run_evaluation(
        *set, *text_, *image_, params,
        [this](int64_t done, int64_t total) { emit evaluation_progress(done, total); },
        [this] { return cancel_evaluation_.load(); });
    if (other) {
      emit evaluation_stage(tr("Loading the %1 models…").arg(compare_pair));
      PairEvaluationParams second;
      second.text = TextEncoderParams{other_files.text_model, {}, 32};
      second.text.half_weights = options_.half_text_weights;
      second.image = ImageEncoderParams{other_files.image_model};
      second.evaluation.languages = params.languages;
      std::error_code ec;
      if (std::filesystem::equivalent(other_files.image_model, image_->info().weights_file, ec)) {
        // The same image model (Distil-40 beside Base-69): no second copy, and the library's
        // embeddings of indexed photos apply.
        second.loaded_image = image_.get();
        second.evaluation.stored_embedding = params.stored_embedding;
      }
      bool announced = false;
      outcome->second_run = evaluate_with_pair(
          *set, second,
          [&](int64_t done, int64_t total) {
            if (!announced) {
              announced = true;
              emit evaluation_stage(tr("Evaluating with %1…").arg(compare_pair));
            }
            emit evaluation_progress(done, total);
          },
          [this] { return cancel_evaluation_.load(); });
      outcome->second_pair = QString::fromStdString(other->name);
      outcome->comparison = compare_evaluations(outcome->run.result, outcome->second_run->result);
    }
    // Pictures for the heatmap's rows, made here so the window only converts them.
    if (static_cast<int>(set->items.size()) <= kHeatmapMaxItems)
      outcome->thumbnails = report_thumbnails(*set);
    outcome->seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    emit evaluation_done(outcome);
  } catch (const Error& e) {
    emit evaluation_failed(e.kind() == ErrorKind::kCancelled ? tr("Evaluation stopped.")
                                                             : error_text(e));
  } catch (const std::exception& e) {
    emit evaluation_failed(error_text(e));
  }
}

void Engine::compare(const QStringList& languages, const QStringList& texts, int top_k) {
  try {
    if (!text_)
      throw Error(ErrorKind::kInvalidArgument, tr("the models are not loaded yet").toStdString());
    QVector<CompareColumn> columns;
    std::vector<qint64> reference;
    for (int i = 0; i < texts.size(); ++i) {
      if (texts[i].trimmed().isEmpty()) continue;
      SearchParams p;
      p.query = texts[i].toStdString();
      p.top_k = top_k;
      CompareColumn column;
      column.language = languages.value(i);
      column.text = texts[i];
      for (const auto& h : searcher().search(p).results) column.items.push_back(to_item(h));
      std::vector<qint64> found;
      for (const auto& it : column.items) found.push_back(it.id);
      if (columns.isEmpty())
        reference = found;
      else
        column.overlap = retrieval_overlap(reference, found);
      columns.push_back(column);
    }
    emit comparison_done(columns);
  } catch (const std::exception& e) {
    searcher_.reset();
    emit comparison_failed(error_text(e));
  }
}

namespace {

QVector<UnderstoodChip> chips_of(const UnderstoodQuery& u) {
  QVector<UnderstoodChip> out;
  for (const auto& part : u.parts) {
    UnderstoodChip c;
    c.words = QString::fromStdString(part.words);
    if (part.kind == UnderstoodPart::Kind::kDate) {
      c.kind = UnderstoodChip::Kind::kDate;
      c.after = QDate(u.after->year, u.after->month, u.after->day);
      c.before = QDate(u.before->year, u.before->month, u.before->day);
      if (u.south_after && u.south_before) {
        c.south_after = QDate(u.south_after->year, u.south_after->month, u.south_after->day);
        c.south_before = QDate(u.south_before->year, u.south_before->month, u.south_before->day);
      }
    } else if (part.kind == UnderstoodPart::Kind::kCountry) {
      c.kind = UnderstoodChip::Kind::kCountry;
      c.code = QString::fromStdString(u.country.value_or(""));
    } else {
      c.kind = UnderstoodChip::Kind::kPlace;
      c.name = QString::fromStdString(u.place.value_or(""));
      c.code = QString::fromStdString(u.place_country.value_or(""));
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace

void Engine::search(const SearchRequest& request) {
  try {
    // The timeline needs no model: it is served before (and while) the models load.
    if (!text_ && !request.empty())
      throw Error(ErrorKind::kInvalidArgument, tr("the models are not loaded yet").toStdString());
    if (!searcher_) {
      searcher_ =
          std::make_unique<Searcher>(library_dir().toStdString(), text_.get(), image_.get());
    }
    SearchParams p;
    p.query = request.text.toStdString();
    // Dates, countries and cities in the query become filters; the rest is what is searched.
    UnderstandParams understand;
    understand.literal = request.literal;
    if (!places_tried_) {
      places_tried_ = true;
      if (auto gazetteer = Gazetteer::shared()) places_ = std::make_unique<PlaceNames>(gazetteer);
    }
    understand.places = places_.get();
    const UnderstoodQuery understood = understand_query(p.query, understand);
    for (const auto& f : request.example_files) p.images.emplace_back(f.toStdString());
    p.image_ids.assign(request.example_ids.begin(), request.example_ids.end());
    p.top_k = request.top_k;
    p.offset = request.offset;
    p.scope.include_offline = request.include_offline;
    if (!request.folder.isEmpty())
      p.scope.under = FolderPath::from_user(request.folder.toStdString());
    // Capture times are wall-clock times counted as UTC: compare calendar dates the same way,
    // never through this machine's time zone.
    if (request.from.isValid())
      p.scope.taken_after = QDateTime(request.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    if (request.to.isValid())
      p.scope.taken_before = QDateTime(request.to, QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch();
    apply_understood(understood, p);
    const SearchResponse r = searcher().search(p);
    SearchOutcome out;
    out.understood = chips_of(understood);
    out.serial = request.serial;
    out.offset = request.offset;
    out.browse = r.browse;
    out.matches = r.matches;
    // Vanished files are left out of a page but still took their place in it.
    const auto served = static_cast<qint64>(r.results.size() + r.vanished.size());
    out.more = r.browse ? request.offset + served < r.matches : served >= request.top_k;
    if (request.offset == 0) {
      if (const auto range = searcher().library().db().taken_range()) {
        out.first_date = QDateTime::fromSecsSinceEpoch(range->first, Qt::UTC).date();
        out.last_date = QDateTime::fromSecsSinceEpoch(range->second, Qt::UTC).date();
      }
    }
    out.adaptive_cutoff = r.adaptive_cutoff;
    out.encode_ms = r.encode_ms;
    out.total_ms = r.total_ms;
    out.library_size = r.library_size;
    for (const auto& h : r.results) out.items.push_back(to_item(h));
    for (const auto& gone : r.vanished) {
      if (const auto folder = searcher().library().folder_of(gone)) {
        const QString root = QString::fromStdString(folder->path.str());
        if (!out.rescan.contains(root)) out.rescan << root;
      }
    }
    emit results(out);
  } catch (const Error& e) {
    if (e.kind() == ErrorKind::kNotFound || e.kind() == ErrorKind::kMismatch) searcher_.reset();
    if (e.kind() == ErrorKind::kNotFound && request.empty()) {
      // No library yet: an empty timeline (the window welcomes the user), not an error.
      SearchOutcome out;
      out.serial = request.serial;
      out.browse = true;
      out.matches = 0;
      emit results(out);
      return;
    }
    emit search_failed(request.serial, error_text(e));
  } catch (const std::exception& e) {
    searcher_.reset();
    emit search_failed(request.serial, error_text(e));
  }
}

}  // namespace lingualens::ui
