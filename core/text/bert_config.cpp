#include "core/text/bert_config.h"

#include "core/error.h"
#include "core/util/json_file.h"

namespace lingualens {

BertConfig BertConfig::load(const std::filesystem::path& file) {
  const nlohmann::json j = read_json_object(file);
  BertConfig c;
  if (j.contains("model_type") && j["model_type"].is_string()) {
    const auto type = j["model_type"].get<std::string>();
    if (type == "xlm-roberta" || type == "roberta") {
      c.positions_after_padding = true;
      c.pad_token_id = 1;
    } else if (type != "bert") {
      throw Error(ErrorKind::kUnsupported, file,
                  "model_type is '" + type + "', expected 'bert' or 'xlm-roberta'");
    }
  }
  auto get_int = [&](const char* key, int& out, bool required, int min_value) {
    if (!j.contains(key)) {
      if (required) throw Error(ErrorKind::kBadFormat, file, std::string("missing '") + key + "'");
      return;
    }
    if (!j[key].is_number_integer() || j[key].get<int64_t>() < min_value ||
        j[key].get<int64_t>() > (1 << 24)) {
      throw Error(ErrorKind::kBadFormat, file, std::string("'") + key + "' is not a valid size");
    }
    out = j[key].get<int>();
  };
  get_int("vocab_size", c.vocab_size, true, 1);
  get_int("hidden_size", c.hidden_size, true, 1);
  get_int("num_hidden_layers", c.num_hidden_layers, true, 0);
  get_int("num_attention_heads", c.num_attention_heads, true, 1);
  get_int("intermediate_size", c.intermediate_size, true, 1);
  get_int("max_position_embeddings", c.max_position_embeddings, false, 2);
  get_int("type_vocab_size", c.type_vocab_size, false, 1);
  if (c.positions_after_padding) {
    get_int("pad_token_id", c.pad_token_id, false, 0);
    if (c.pad_token_id + 2 > c.max_position_embeddings || c.pad_token_id >= c.vocab_size) {
      throw Error(ErrorKind::kBadFormat, file,
                  "pad_token_id leaves no positions (max_position_embeddings " +
                      std::to_string(c.max_position_embeddings) + ")");
    }
  }
  if (j.contains("layer_norm_eps")) {
    if (!j["layer_norm_eps"].is_number())
      throw Error(ErrorKind::kBadFormat, file, "bad layer_norm_eps");
    c.layer_norm_eps = j["layer_norm_eps"].get<double>();
    // LayerNorm divides by sqrt(variance + eps): a negative or huge eps gives NaN or nonsense.
    if (!(c.layer_norm_eps >= 0 && c.layer_norm_eps <= 1e-1)) {
      throw Error(ErrorKind::kBadFormat, file,
                  "layer_norm_eps must be a small non-negative number (BERT uses 1e-12), not " +
                      j["layer_norm_eps"].dump());
    }
  }
  if (j.contains("hidden_act")) {
    if (!j["hidden_act"].is_string()) throw Error(ErrorKind::kBadFormat, file, "bad hidden_act");
    c.hidden_act = j["hidden_act"].get<std::string>();
    if (c.hidden_act != "gelu" && c.hidden_act != "gelu_new" && c.hidden_act != "relu" &&
        c.hidden_act != "gelu_pytorch_tanh") {
      throw Error(ErrorKind::kUnsupported, file,
                  "hidden_act '" + c.hidden_act + "' is not supported");
    }
  }
  if (j.contains("position_embedding_type") && j["position_embedding_type"] != "absolute") {
    throw Error(ErrorKind::kUnsupported, file, "only absolute position embeddings are supported");
  }
  if (c.hidden_size % c.num_attention_heads != 0) {
    throw Error(ErrorKind::kBadFormat, file,
                "hidden_size is not a multiple of num_attention_heads");
  }
  return c;
}

}  // namespace lingualens
