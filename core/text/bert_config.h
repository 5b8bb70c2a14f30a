// BERT hyper-parameters from a Hugging Face config.json.
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
  int type_vocab_size = 2;
  double layer_norm_eps = 1e-12;
  std::string hidden_act = "gelu";

  // Throws lingualens::Error naming the file when a field is missing or inconsistent.
  static BertConfig load(const std::filesystem::path& file);
};

}  // namespace lingualens
