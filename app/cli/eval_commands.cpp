// lingualens-cli eval: how well captions survive translation.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "app/cli/commands.h"
#include "app/cli/model_options.h"
#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"
#include "core/eval/pair_comparison.h"
#include "core/eval/report.h"
#include "core/image/image_encoder.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "index/stored_embeddings.h"

namespace lingualens::cli {
namespace {

struct EvalOptions {
  ModelOptions model;
  // A second pair to evaluate on the same set, side by side (--compare-*).
  std::string compare_pair, compare_text, compare_image, compare_head;
  std::string set_file, out, images_dir, languages, library;
  bool json = false;

  bool comparing() const {
    return !compare_pair.empty() || !compare_text.empty() || !compare_image.empty();
  }
  // The second pair's files: its own pair's, else the first's with the --compare-* files in.
  ModelOptions compared() const {
    ModelOptions m;
    m.models_dir = model.models_dir;
    m.half_text = model.half_text;
    m.model_pair = compare_pair;
    if (compare_pair.empty()) {
      m.image_model = compare_image.empty() ? model.image_model_path().string() : compare_image;
      m.text_model = compare_text.empty() ? model.text_model_path().string() : compare_text;
      m.text_head = compare_text.empty() && compare_head.empty() ? model.text_head : compare_head;
    } else {
      m.image_model = compare_image;
      m.text_model = compare_text;
      m.text_head = compare_head;
    }
    return m;
  }
};

// What a pair is called in the comparison: its name, else its files.
std::string pair_label(const ModelOptions& m) {
  if (!m.model_pair.empty()) return m.model_pair;
  return m.text_model_path().filename().string() + " + " + m.image_model_path().filename().string();
}

nlohmann::json figures_json(const PairFigures& f) {
  nlohmann::json j = {{"accuracy", f.accuracy}, {"recall_t2i_1", f.recall_t2i_1}};
  j["mean_cosine_to_reference"] =
      f.mean_cosine_to_reference ? nlohmann::json(*f.mean_cosine_to_reference) : nlohmann::json();
  j["overlap_at_k"] = f.overlap_at_k ? nlohmann::json(*f.overlap_at_k) : nlohmann::json();
  return j;
}

std::string or_dash(const std::optional<double>& v) {
  if (!v) return "-";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", *v);
  return buf;
}

nlohmann::json recall_json(const std::map<int, double>& r) {
  nlohmann::json j;
  for (const auto& [k, v] : r) j[std::to_string(k)] = v;
  return j;
}

int run_eval(const EvalOptions& o) {
  const EvalSet set = load_eval_set(o.set_file, o.images_dir);
  std::vector<std::string> langs;
  std::stringstream ss(o.languages);
  for (std::string l; std::getline(ss, l, ',');) {
    if (l.empty()) continue;
    if (!is_language_tag(l)) {
      throw Error(ErrorKind::kInvalidArgument,
                  "--languages: \"" + l + "\" is not a language code (BCP-47, such as en, sv)");
    }
    langs.push_back(l);
  }
  const TextEncoder text(o.model.text_params());
  const ImageEncoder image(ImageEncoderParams{o.model.image_model_path()});
  EvaluationParams params;
  params.languages = langs;
  std::unique_ptr<StoredEmbeddings> stored;
  if (!o.library.empty()) {
    stored = std::make_unique<StoredEmbeddings>(o.library, image);
    params.stored_embedding = [&](const std::filesystem::path& p) { return stored->find(p); };
  }
  const EvaluationRun run = run_evaluation(set, text, image, params);
  const EvaluationResult& r = run.result;
  if (!o.out.empty()) write_evaluation_report(r, set, o.out);
  // The second pair, in its own space: its own encoders, no stored embeddings.
  std::optional<EvaluationRun> second;
  std::vector<LanguageComparison> comparison;
  const ModelOptions other = o.comparing() ? o.compared() : ModelOptions{};
  if (o.comparing()) {
    PairEvaluationParams p2;
    p2.text = other.text_params();
    p2.image = ImageEncoderParams{other.image_model_path()};
    p2.evaluation.languages = langs;
    std::error_code ec;
    if (std::filesystem::equivalent(p2.image.weights_file, o.model.image_model_path(), ec)) {
      p2.loaded_image =
          &image;  // the same image model: loaded once, the library's embeddings apply
      p2.evaluation.stored_embedding = params.stored_embedding;
    }
    second = evaluate_with_pair(set, p2);
    comparison = compare_evaluations(r, second->result);
    if (!o.out.empty())
      write_evaluation_report(second->result, set, std::filesystem::path(o.out) / "compared");
  }
  if (o.json) {
    nlohmann::json j;
    j["reference_language"] = r.reference_language;
    j["languages"] = nlohmann::json::object();
    for (const auto& l : r.languages) {
      nlohmann::json e;
      e["images"] = nlohmann::json::array();
      for (const auto& item : set.items) e["images"].push_back(item.image.string());
      e["captions"] = nlohmann::json::array();
      for (int c : l.caption_items) e["captions"].push_back(set.items[c].captions.at(l.language));
      e["caption_items"] = l.caption_items;
      e["cosine"] = l.cosine;
      e["softmax"] = l.softmax;
      e["accuracy"] = l.accuracy;
      e["recall_t2i"] = recall_json(l.recall_t2i);
      e["recall_i2t"] = recall_json(l.recall_i2t);
      if (l.mean_cosine_to_reference) e["mean_cosine_to_reference"] = *l.mean_cosine_to_reference;
      if (l.overlap_at_k) e["overlap_at_k"] = *l.overlap_at_k;
      // Per caption: the overlap_k items it retrieves (best first), its cosine to the
      // reference caption of the same image (null without one).
      e["retrieved"] = l.retrieved;
      e["cosine_to_reference"] = nlohmann::json::array();
      for (const auto& c : l.cosine_to_reference)
        e["cosine_to_reference"].push_back(c ? nlohmann::json(*c) : nlohmann::json());
      e["caption_tokens"] = nlohmann::json::array();
      for (const auto& t : l.caption_tokens)
        e["caption_tokens"].push_back({{"text", t.text},
                                       {"pieces", t.pieces},
                                       {"unk_share", t.unk_share},
                                       {"pieces_per_word", t.pieces_per_word},
                                       {"truncated", t.truncated}});
      const TokenStats stats = token_stats(l.caption_tokens);
      e["unk_share"] = stats.unk_share;
      e["pieces_per_word"] = stats.pieces_per_word;
      e["truncated_captions"] = stats.truncated;
      e["token_reading"] = token_reading(stats);
      j["languages"][l.language] = std::move(e);
    }
    j["summary"] = nlohmann::json::array();
    for (const auto& lang : r.summary) {
      const auto& l = j["languages"][lang];
      nlohmann::json s = {
          {"language", lang}, {"accuracy", l["accuracy"]}, {"recall_t2i_1", l["recall_t2i"]["1"]}};
      if (l.contains("mean_cosine_to_reference"))
        s["mean_cosine_to_reference"] = l["mean_cosine_to_reference"];
      if (l.contains("overlap_at_k")) s["overlap_at_k"] = l["overlap_at_k"];
      for (const char* key : {"unk_share", "pieces_per_word", "truncated_captions"})
        s[key] = l[key];
      j["summary"].push_back(std::move(s));
    }
    if (second) {
      nlohmann::json c = {{"first", pair_label(o.model)},
                          {"second", pair_label(other)},
                          {"languages", nlohmann::json::array()}};
      for (const auto& l : comparison)
        c["languages"].push_back({{"language", l.language},
                                  {"first", figures_json(l.first)},
                                  {"second", figures_json(l.second)},
                                  {"accuracy_gain", l.accuracy_gain}});
      j["comparison"] = std::move(c);
    }
    j["overlap_k"] = r.overlap_k;
    j["images_encoded"] = run.images_encoded;
    j["images_reused"] = run.images_reused;
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    // Best first, with how the tokenizer saw the captions: the why beside the how well.
    std::printf("%-10s %9s %9s %12s %10s %7s %12s\n", "language", "accuracy", "t2i R@1",
                "cos to ref", "overlap@k", "[UNK]", "pieces/word");
    for (const auto& lang : r.summary) {
      const auto& l = *std::find_if(r.languages.begin(), r.languages.end(),
                                    [&](const auto& x) { return x.language == lang; });
      const TokenStats t = token_stats(l.caption_tokens);
      std::printf(
          "%-10s %9.3f %9.3f %12s %10s %6.0f%% %12.2f%s\n", lang.c_str(), l.accuracy,
          l.recall_t2i.at(1),
          l.mean_cosine_to_reference ? std::to_string(*l.mean_cosine_to_reference).c_str() : "-",
          l.overlap_at_k ? std::to_string(*l.overlap_at_k).c_str() : "-", 100 * t.unk_share,
          t.pieces_per_word, t.truncated > 0 ? "  (captions cut short)" : "");
    }
    if (second) {
      std::printf("\nSide by side: 1 = %s, 2 = %s\n", pair_label(o.model).c_str(),
                  pair_label(other).c_str());
      std::printf("%-10s %9s %9s %11s %11s %10s %10s\n", "language", "accuracy1", "accuracy2",
                  "cos to ref1", "cos to ref2", "overlap1", "overlap2");
      for (const auto& l : comparison) {
        std::printf("%-10s %9.3f %9.3f %11s %11s %10s %10s\n", l.language.c_str(), l.first.accuracy,
                    l.second.accuracy, or_dash(l.first.mean_cosine_to_reference).c_str(),
                    or_dash(l.second.mean_cosine_to_reference).c_str(),
                    or_dash(l.first.overlap_at_k).c_str(), or_dash(l.second.overlap_at_k).c_str());
      }
    }
    if (!o.out.empty()) std::printf("Report: %s/report.html\n", o.out.c_str());
    if (second && !o.out.empty())
      std::printf("The second pair's report: %s/compared/report.html\n", o.out.c_str());
  }
  return kExitOk;
}

}  // namespace

void register_eval_commands(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto o = std::make_shared<EvalOptions>();
  auto* cmd = app.add_subcommand(
      "eval", "How well do captions survive translation? (images x captions per language)");
  o->model.add_to(*cmd, true, true, true);
  cmd->add_option("set", o->set_file, "Evaluation set (.json or .tsv)")
      ->required()
      ->type_name("FILE");
  cmd->add_option("--languages", o->languages,
                  "Comma-separated language codes (default: all in the set)");
  cmd->add_option("--out", o->out, "Write CSVs, PNG heatmaps and report.html here")
      ->type_name("DIR");
  cmd->add_option("--images", o->images_dir,
                  "Folder the set's relative image paths are in (default: the set's folder)")
      ->type_name("DIR");
  cmd->add_option(
         "--library", o->library,
         "Reuse the embeddings of photos already indexed in this library (same image model)")
      ->type_name("DIR");
  cmd->add_option("--compare-model-pair", o->compare_pair,
                  "Evaluate this model pair too, on the same set, and show both side by side");
  cmd->add_option("--compare-text-model", o->compare_text,
                  "… or this text model folder (with the first pair's image model unless "
                  "--compare-image-model)")
      ->type_name("DIR");
  cmd->add_option("--compare-image-model", o->compare_image, "… or this image model file")
      ->type_name("FILE");
  cmd->add_option("--compare-text-head", o->compare_head, "The compared text model's head")
      ->type_name("FILE");
  cmd->add_flag("--json", o->json, "Machine-readable JSON on stdout");
  cmd->callback([o, &global, &exit_code] {
    configure_compute_threads(global.threads);
    exit_code = run_eval(*o);
  });
}

}  // namespace lingualens::cli
