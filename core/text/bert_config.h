// BERT hyper-parameters from a Hugging Face config.json (BERT, or XLM-RoBERTa, which is BERT
// with positions counted after the padding index; DistilBERT's are mapped onto these names by
// core/text/text_model_layout.cpp).
#pragma once

#include <filesystem>
#include <string>

namespace lingualens {

struct BertConfig {
  int vocab_size = 0;
  int hidden_size = 0;
  int num_hidden_layers = 0;
  int num_attention_heads = 0;
  int intermediate_size = 0;
  int max_position_embeddings = 512;
  int type_vocab_size = 2;  // 0: no token-type embeddings (DistilBERT)
  double layer_norm_eps = 1e-12;
  std::string hidden_act = "gelu";
  // RoBERTa: a token's position is padding_idx + its count among the non-padding tokens so
  // far; padding tokens sit at padding_idx (ref: modeling_roberta.py:
  // create_position_ids_from_input_ids). BERT: 0, 1, 2, …
  bool positions_after_padding = false;
  int pad_token_id = 0;

  // Ids one text can hold: every position the table has (RoBERTa: those after the padding).
  int max_tokens() const {
    return positions_after_padding ? max_position_embeddings - pad_token_id - 1
                                   : max_position_embeddings;
  }

  // Throws lingualens::Error naming the file when a field is missing or inconsistent.
  static BertConfig load(const std::filesystem::path& file);
};

}  // namespace lingualens
