// lingualens-cli tokenize / encode-text
#include <spdlog/spdlog.h>

#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "app/cli/model_options.h"
#include "app/cli/text_input.h"
#include "core/runtime.h"
#include "core/text/text_encoder.h"
#include "core/text/text_model_layout.h"

namespace lingualens::cli {
namespace {

struct TextCommandOptions {
  ModelOptions model;
  TextSources sources;
  bool json = false;
  bool show_tokens = false;
  int batch = 32;
};

void add_text_sources(CLI::App& cmd, TextCommandOptions& o) {
  cmd.add_option("texts", o.sources.args,
                 "Texts to process; '-' reads one text per line from stdin");
  cmd.add_option("--jsonl", o.sources.jsonl_file,
                 "File with one JSON string or {\"text\": ...} object per line")
      ->type_name("FILE");
  cmd.add_flag("--json", o.json, "Machine-readable JSON on stdout");
}

void warn_truncated(const std::vector<TokenizedText>& tokenized, int max_length) {
  for (size_t k = 0; k < tokenized.size(); ++k) {
    if (tokenized[k].truncated) {
      spdlog::warn(
          "text {} has {} word pieces; only the first {} are used (the model reads at "
          "most {} positions)",
          k + 1, tokenized[k].word_pieces, max_length - 2, max_length);
    }
  }
}

int run_tokenize(const TextCommandOptions& o) {
  const auto dir = o.model.text_model_path();
  // Only the tokenizer files are needed; the network is not loaded.
  const auto tok = load_text_tokenizer(dir, read_text_model_layout(dir));
  const auto texts = gather_texts(o.sources, std::cin);
  std::vector<TokenizedText> encoded;
  for (const auto& t : texts) encoded.push_back(tok->encode(t));
  warn_truncated(encoded, tok->max_length());
  if (o.json) {
    nlohmann::json j;
    j["ids"] = nlohmann::json::array();
    j["truncated"] = nlohmann::json::array();
    if (o.show_tokens) j["tokens"] = nlohmann::json::array();
    for (const auto& e : encoded) {
      j["ids"].push_back(e.ids);
      j["truncated"].push_back(e.truncated);
      if (o.show_tokens) {
        auto& toks = j["tokens"].emplace_back(nlohmann::json::array());
        for (int32_t id : e.ids) toks.push_back(tok->token(id));
      }
    }
    std::cout << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    return kExitOk;
  }
  for (const auto& e : encoded) {
    std::string line;
    for (size_t k = 0; k < e.ids.size(); ++k) {
      if (k) line += ' ';
      line += o.show_tokens ? tok->token(e.ids[k]) : std::to_string(e.ids[k]);
    }
    std::cout << line << "\n";
  }
  return kExitOk;
}

int run_encode_text(const TextCommandOptions& o) {
  const TextEncoderParams params = o.model.text_params(o.batch);
  const auto texts = gather_texts(o.sources, std::cin);
  TextEncoder encoder(params);
  std::vector<TokenizedText> tokenized;
  std::vector<std::vector<int32_t>> ids;
  for (const auto& t : texts) {
    tokenized.push_back(encoder.tokenizer().encode(t));
    ids.push_back(tokenized.back().ids);
  }
  warn_truncated(tokenized, encoder.tokenizer().max_length());
  const auto embeddings = encoder.encode_ids(ids);
  if (o.json) {
    nlohmann::json j;
    j["dim"] = encoder.dim();
    j["embeddings"] = embeddings;
    std::cout << j.dump() << "\n";
    return kExitOk;
  }
  for (const auto& e : embeddings) {
    std::string line;
    char buf[32];
    for (size_t k = 0; k < e.size(); ++k) {
      std::snprintf(buf, sizeof buf, "%s%.9g", k ? " " : "", static_cast<double>(e[k]));
      line += buf;
    }
    std::cout << line << "\n";
  }
  return kExitOk;
}

}  // namespace

void register_text_commands(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto tok_opts = std::make_shared<TextCommandOptions>();
  auto* tok = app.add_subcommand("tokenize", "Print the token ids of each text");
  tok_opts->model.add_to(*tok, false, true, false);
  add_text_sources(*tok, *tok_opts);
  tok->add_flag("--tokens", tok_opts->show_tokens, "Also print the word pieces");
  tok->callback([tok_opts, &exit_code] { exit_code = run_tokenize(*tok_opts); });

  auto enc_opts = std::make_shared<TextCommandOptions>();
  auto* enc = app.add_subcommand("encode-text", "Print each text's raw (not normalised) embedding");
  enc_opts->model.add_to(*enc, false, true, true);
  add_text_sources(*enc, *enc_opts);
  enc->add_option("--batch", enc_opts->batch, "Texts per forward pass")->check(CLI::Range(1, 4096));
  enc->callback([enc_opts, &global, &exit_code] {
    configure_compute_threads(global.threads);
    exit_code = run_encode_text(*enc_opts);
  });
}

}  // namespace lingualens::cli
