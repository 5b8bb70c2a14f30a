// Which kind of Multilingual-CLIP text model a folder holds, read from its config.json:
//  - legacy M-CLIP (M-BERT-Base-69, M-BERT-Distil-40): a Hugging Face BERT or DistilBERT
//    folder, the linear head in a separate "<name> Linear Weights.pkl";
//  - new-format M-CLIP (XLM-Roberta-Large-Vit-*, LABSE-Vit-L-14): config.json of model_type
//    "M-CLIP", the transformer ("transformer.*") and its head ("LinearTransformation.*") in one
//    checkpoint, the transformer's sizes in the base model's own config.json, which lives in a
//    sub-folder named by `modelBase` (the downloader puts it there).
//
// ref: Multilingual-CLIP legacy_multilingual_clip.py:MultilingualClip,
//      multilingual_clip/pt_multilingual_clip.py:MultilingualCLIP and Config.py:MCLIPConfig.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "core/text/bert_config.h"
#include "core/text/text_tokenizer.h"

namespace lingualens {

struct TextModelLayout {
  enum class Family { kBert, kDistilBert, kXlmRoberta };
  Family family = Family::kBert;
  bool head_in_checkpoint = false;    // new-format M-CLIP: LinearTransformation in the weights
  int head_dim = 0;                   // new format: numDims (the embedding size)
  BertConfig transformer;             // sizes in BERT's names, whatever the family
  std::filesystem::path base_config;  // the config.json the sizes came from
  bool sentencepiece = false;         // sentencepiece.bpe.model (else vocab.txt)
};

// Throws lingualens::Error naming the file at fault (a missing base config names the folder
// it is expected in).
TextModelLayout read_text_model_layout(const std::filesystem::path& dir);

// "BERT", "DistilBERT", "XLM-RoBERTa".
const char* family_name(TextModelLayout::Family f);

// The folder's tokenizer, capped at the ids the model's positions can take.
std::unique_ptr<TextTokenizer> load_text_tokenizer(const std::filesystem::path& dir,
                                                   const TextModelLayout& layout);

}  // namespace lingualens
