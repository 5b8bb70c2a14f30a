#include "core/eval/evaluation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "core/error.h"
#include "core/eval/retrieval_overlap.h"
#include "core/image/decode.h"
#include "core/image/encode_files.h"
#include "core/image/image_encoder.h"
#include "core/text/text_encoder.h"

namespace lingualens {
namespace {

Embedding normalized(const Embedding& e) {
  double n = 0;
  for (float v : e) n += double(v) * v;
  Embedding out = e;
  if (n > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(n));
    for (float& v : out) v *= inv;
  }
  return out;
}

float dot(const Embedding& a, const Embedding& b) {
  double s = 0;
  for (size_t k = 0; k < a.size(); ++k) s += double(a[k]) * b[k];
  return static_cast<float>(s);
}

// Indexes of `scores` from best to worst (ties: lower index first).
std::vector<int> ranking(const std::vector<float>& scores) {
  std::vector<int> order(scores.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
  return order;
}

int rank_of(const std::vector<float>& scores, int target) {
  const auto order = ranking(scores);
  return static_cast<int>(std::find(order.begin(), order.end(), target) - order.begin());
}

}  // namespace

EvaluationResult evaluate(const EvalSet& set, const std::vector<Embedding>& image_embeddings,
                          const std::map<std::string, std::map<int, Embedding>>& text_embeddings,
                          const std::vector<std::string>& languages) {
  const int n = static_cast<int>(set.items.size());
  if (static_cast<int>(image_embeddings.size()) != n) {
    throw Error(ErrorKind::kInvalidArgument, "one image embedding per item is needed");
  }
  EvaluationResult result;
  result.reference_language = set.reference_language;
  result.overlap_k = std::min(5, n);
  std::vector<Embedding> images;
  for (const auto& e : image_embeddings) images.push_back(normalized(e));
  const size_t dim = images.empty() ? 0 : images.front().size();
  for (const auto& im : images) {
    if (im.size() != dim) throw Error(ErrorKind::kMismatch, "image embeddings of different sizes");
  }
  for (const auto& [lang, per_item] : text_embeddings) {
    for (const auto& [i, e] : per_item) {
      if (e.size() != dim) {
        throw Error(ErrorKind::kMismatch, "the text model gives " + std::to_string(e.size()) +
                                              "-d embeddings but the image model " +
                                              std::to_string(dim) +
                                              "-d: they do not share a space");
      }
      if (i < 0 || i >= n) throw Error(ErrorKind::kInvalidArgument, "caption of an unknown item");
    }
  }

  // The images a caption retrieves, best first (for overlap@k and the report).
  auto top_k = [&](const Embedding& text) {
    std::vector<float> s;
    for (const auto& im : images) s.push_back(dot(im, text));
    auto order = ranking(s);
    order.resize(static_cast<size_t>(result.overlap_k));
    return order;
  };
  std::map<int, Embedding> reference;
  if (auto it = text_embeddings.find(set.reference_language); it != text_embeddings.end()) {
    for (const auto& [i, e] : it->second) reference[i] = normalized(e);
  }

  for (const auto& lang : languages) {
    LanguageResult r;
    r.language = lang;
    std::vector<Embedding> captions;
    if (auto it = text_embeddings.find(lang); it != text_embeddings.end()) {
      for (const auto& [i, e] : it->second) {
        r.caption_items.push_back(i);
        captions.push_back(normalized(e));
      }
    }
    const int m = static_cast<int>(captions.size());
    r.cosine.assign(static_cast<size_t>(n), std::vector<float>(static_cast<size_t>(m)));
    r.softmax = r.cosine;
    for (int i = 0; i < n; ++i) {
      for (int j = 0; j < m; ++j) r.cosine[i][j] = dot(images[i], captions[j]);
      // softmax(100 · cosine) over the captions, in percent (max subtracted for stability)
      const float mx = m ? *std::max_element(r.cosine[i].begin(), r.cosine[i].end()) : 0.f;
      double z = 0;
      for (int j = 0; j < m; ++j) z += std::exp(100.0 * (r.cosine[i][j] - mx));
      for (int j = 0; j < m; ++j)
        r.softmax[i][j] = static_cast<float>(100.0 * std::exp(100.0 * (r.cosine[i][j] - mx)) / z);
    }
    int correct = 0;
    std::map<int, int> t2i, i2t;
    for (int j = 0; j < m; ++j) {
      const int own = r.caption_items[j];
      // image → text: the captions ranked for the image that this caption describes
      const int ri = rank_of(r.cosine[own], j);
      correct += ri == 0;
      // text → image: the images ranked for this caption
      std::vector<float> col;
      for (int i = 0; i < n; ++i) col.push_back(r.cosine[i][j]);
      const int rt = rank_of(col, own);
      for (int k : {1, 5, 10}) {
        t2i[k] += rt < k;
        i2t[k] += ri < k;
      }
    }
    for (const auto& c : captions) r.retrieved.push_back(top_k(c));
    r.cosine_to_reference.assign(static_cast<size_t>(m), std::nullopt);
    r.accuracy = m ? double(correct) / m : 0;
    for (int k : {1, 5, 10}) {
      r.recall_t2i[k] = m ? double(t2i[k]) / m : 0;
      r.recall_i2t[k] = m ? double(i2t[k]) / m : 0;
    }
    if (lang != set.reference_language) {
      double cos_sum = 0, overlap_sum = 0;
      int both = 0;
      for (int j = 0; j < m; ++j) {
        auto ref = reference.find(r.caption_items[j]);
        if (ref == reference.end()) continue;
        const double cos = dot(captions[j], ref->second);
        r.cosine_to_reference[static_cast<size_t>(j)] = cos;
        cos_sum += cos;
        overlap_sum += retrieval_overlap(top_k(ref->second), r.retrieved[static_cast<size_t>(j)]);
        ++both;
      }
      if (both) {
        r.mean_cosine_to_reference = cos_sum / both;
        r.overlap_at_k = overlap_sum / both;
      }
    }
    result.languages.push_back(std::move(r));
  }
  std::vector<const LanguageResult*> order;
  for (const auto& r : result.languages) order.push_back(&r);
  std::stable_sort(
      order.begin(), order.end(), [](const LanguageResult* a, const LanguageResult* b) {
        if (a->accuracy != b->accuracy) return a->accuracy > b->accuracy;
        return a->mean_cosine_to_reference.value_or(2) > b->mean_cosine_to_reference.value_or(2);
      });
  for (const auto* r : order) result.summary.push_back(r->language);
  return result;
}

EvaluationRun run_evaluation(const EvalSet& set, const TextEncoder& text, const ImageEncoder& image,
                             const EvaluationParams& params, const ProgressFn& progress,
                             const CancelFn& cancel) {
  const std::vector<std::string> languages =
      params.languages.empty() ? set.languages() : params.languages;
  EvaluationRun run;
  const int n = static_cast<int>(set.items.size());
  std::vector<Embedding> image_embeddings(static_cast<size_t>(n));
  std::vector<std::filesystem::path> to_encode;
  std::vector<int> to_encode_items;
  for (int i = 0; i < n; ++i) {
    std::optional<Embedding> stored;
    if (params.stored_embedding) stored = params.stored_embedding(set.items[i].image);
    if (stored && static_cast<int>(stored->size()) == image.dim()) {
      image_embeddings[static_cast<size_t>(i)] = std::move(*stored);
      ++run.images_reused;
    } else {
      to_encode.push_back(set.items[i].image);
      to_encode_items.push_back(i);
    }
  }
  int64_t total_captions = 0;
  for (const auto& lang : languages) {
    for (const auto& item : set.items) total_captions += item.captions.count(lang);
  }
  const int64_t total = static_cast<int64_t>(to_encode.size()) + total_captions;
  auto results = encode_image_files(
      image, to_encode, {},
      [&](int64_t done, int64_t) {
        if (progress) progress(done, total);
      },
      cancel);
  for (size_t k = 0; k < results.size(); ++k) {
    if (!results[k].embedding)
      throw Error(ErrorKind::kBadFormat, results[k].path, results[k].error);
    image_embeddings[static_cast<size_t>(to_encode_items[k])] = std::move(*results[k].embedding);
  }
  run.images_encoded = static_cast<int64_t>(to_encode.size());
  int64_t done = run.images_encoded;
  std::map<std::string, std::map<int, Embedding>> texts;
  for (const auto& lang : languages) {
    std::vector<std::string> captions;
    std::vector<int> items;
    for (int i = 0; i < n; ++i) {
      auto c = set.items[static_cast<size_t>(i)].captions.find(lang);
      if (c == set.items[static_cast<size_t>(i)].captions.end()) continue;
      captions.push_back(c->second);
      items.push_back(i);
    }
    // In batches, so progress moves and cancel is honoured on large sets.
    const size_t batch = static_cast<size_t>(std::max(1, params.text_batch));
    for (size_t from = 0; from < captions.size(); from += batch) {
      if (cancel && cancel()) throw Error(ErrorKind::kCancelled, "evaluation cancelled");
      const size_t to = std::min(captions.size(), from + batch);
      auto embs =
          text.encode(std::vector<std::string>(captions.begin() + static_cast<std::ptrdiff_t>(from),
                                               captions.begin() + static_cast<std::ptrdiff_t>(to)));
      for (size_t k = from; k < to; ++k) texts[lang][items[k]] = std::move(embs[k - from]);
      done += static_cast<int64_t>(to - from);
      if (progress) progress(done, total);
    }
  }
  run.result = evaluate(set, image_embeddings, texts, languages);
  for (auto& l : run.result.languages)
    for (int item : l.caption_items)
      l.caption_tokens.push_back(diagnose_caption(
          text.tokenizer(), set.items[static_cast<size_t>(item)].captions.at(l.language)));
  return run;
}

EvaluationResult run_evaluation(const EvalSet& set, const TextEncoder& text,
                                const ImageEncoder& image, std::vector<std::string> languages) {
  EvaluationParams params;
  params.languages = std::move(languages);
  return run_evaluation(set, text, image, params).result;
}

}  // namespace lingualens
