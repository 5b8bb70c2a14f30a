#include "core/text/text_model_layout.h"

#include <nlohmann/json.hpp>

#include "core/error.h"
#include "core/text/sentencepiece_tokenizer.h"
#include "core/text/tokenizer.h"
#include "core/util/json_file.h"

namespace lingualens {
namespace {

int size_field(const nlohmann::json& j, const char* key, const std::filesystem::path& file,
               int min_value = 1) {
  if (!j.contains(key) || !j[key].is_number_integer() || j[key].get<int64_t>() < min_value ||
      j[key].get<int64_t>() > (1 << 24)) {
    throw Error(ErrorKind::kBadFormat, file, std::string("missing or invalid '") + key + "'");
  }
  return j[key].get<int>();
}

// ref: transformers/models/distilbert/configuration_distilbert.py (dim, n_layers, n_heads,
// hidden_dim, activation) and modeling_distilbert.py (LayerNorm eps 1e-12 in the code, no
// token types, learned absolute positions).
BertConfig distilbert_config(const nlohmann::json& j, const std::filesystem::path& file) {
  BertConfig c;
  c.vocab_size = size_field(j, "vocab_size", file);
  c.hidden_size = size_field(j, "dim", file);
  c.num_hidden_layers = size_field(j, "n_layers", file, 0);
  c.num_attention_heads = size_field(j, "n_heads", file);
  c.intermediate_size = size_field(j, "hidden_dim", file);
  if (j.contains("max_position_embeddings"))
    c.max_position_embeddings = size_field(j, "max_position_embeddings", file, 2);
  c.type_vocab_size = 0;
  c.layer_norm_eps = 1e-12;
  if (j.contains("activation") && j["activation"].is_string())
    c.hidden_act = j["activation"].get<std::string>();
  if (c.hidden_act != "gelu" && c.hidden_act != "relu") {
    throw Error(ErrorKind::kUnsupported, file,
                "activation '" + c.hidden_act + "' is not supported (DistilBERT uses gelu)");
  }
  if (j.value("sinusoidal_pos_embds", false)) {
    throw Error(ErrorKind::kUnsupported, file,
                "sinusoidal position embeddings are not supported (M-CLIP's DistilBERT learns "
                "its positions)");
  }
  if (c.hidden_size % c.num_attention_heads) {
    throw Error(ErrorKind::kBadFormat, file, "dim is not a multiple of n_heads");
  }
  return c;
}

}  // namespace

const char* family_name(TextModelLayout::Family f) {
  switch (f) {
    case TextModelLayout::Family::kDistilBert:
      return "DistilBERT";
    case TextModelLayout::Family::kXlmRoberta:
      return "XLM-RoBERTa";
    default:
      return "BERT";
  }
}

TextModelLayout read_text_model_layout(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    throw Error(ErrorKind::kNotFound, dir, "text model folder not found");
  const auto file = dir / "config.json";
  const auto j = read_json_object(file);
  const std::string type = j.contains("model_type") && j["model_type"].is_string()
                               ? j["model_type"].get<std::string>()
                               : std::string("bert");
  TextModelLayout out;
  out.base_config = file;
  if (type == "distilbert") {
    out.family = TextModelLayout::Family::kDistilBert;
    out.transformer = distilbert_config(j, file);
  } else if (type == "M-CLIP") {
    // ref: pt_multilingual_clip.py:MultilingualCLIP.__init__ — AutoModel.from_pretrained(
    // config.modelBase) builds the transformer, so its sizes are the base model's.
    if (!j.contains("modelBase") || !j["modelBase"].is_string() ||
        j["modelBase"].get<std::string>().empty() ||
        j["modelBase"].get<std::string>().find("..") != std::string::npos) {
      throw Error(ErrorKind::kBadFormat, file, "missing or invalid 'modelBase'");
    }
    const std::string base = j["modelBase"].get<std::string>();
    out.base_config = dir / base / "config.json";
    if (!std::filesystem::is_regular_file(out.base_config, ec)) {
      throw Error(ErrorKind::kNotFound, dir / base,
                  "the base model's config.json is missing: this M-CLIP model builds its "
                  "transformer as '" +
                      base +
                      "', whose config.json belongs in this sub-folder "
                      "(the model downloader puts it there)");
    }
    out.transformer = BertConfig::load(out.base_config);
    out.family = out.transformer.positions_after_padding ? TextModelLayout::Family::kXlmRoberta
                                                         : TextModelLayout::Family::kBert;
    out.head_in_checkpoint = true;
    out.head_dim = size_field(j, "numDims", file);
    const int in = size_field(j, "transformerDimensions", file);
    if (in != out.transformer.hidden_size) {
      throw Error(ErrorKind::kMismatch, file,
                  "transformerDimensions " + std::to_string(in) + " but the base model '" + base +
                      "' has hidden size " + std::to_string(out.transformer.hidden_size));
    }
  } else {
    out.transformer = BertConfig::load(file);
    out.family = out.transformer.positions_after_padding ? TextModelLayout::Family::kXlmRoberta
                                                         : TextModelLayout::Family::kBert;
  }
  out.sentencepiece = std::filesystem::is_regular_file(dir / "sentencepiece.bpe.model", ec);
  if (out.family == TextModelLayout::Family::kXlmRoberta && !out.sentencepiece) {
    throw Error(ErrorKind::kNotFound, dir / "sentencepiece.bpe.model",
                "an XLM-RoBERTa model needs its SentencePiece model");
  }
  return out;
}

std::unique_ptr<TextTokenizer> load_text_tokenizer(const std::filesystem::path& dir,
                                                   const TextModelLayout& layout) {
  const int cap = layout.transformer.max_tokens();
  if (layout.sentencepiece) return SentencePieceTokenizer::from_model_dir(dir, cap);
  BertTokenizer tok = BertTokenizer::from_model_dir(dir);
  // Positions beyond the model's table cannot be encoded: cap the tokenizer there.
  if (tok.options().max_length > cap) {
    auto opts = tok.options();
    opts.max_length = cap;
    return std::make_unique<BertTokenizer>(tok.vocab(), opts);
  }
  return std::make_unique<BertTokenizer>(std::move(tok));
}

}  // namespace lingualens
