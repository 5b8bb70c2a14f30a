// The other Multilingual-CLIP text towers against the reference ids and embeddings of
// Multilingual-CLIP's own classes on Hugging Face's code (tests/data/zoo, see its README):
// new-format XLM-RoBERTa (SentencePiece) and LaBSE folders, legacy DistilBERT + head pickle.
#include <gtest/gtest.h>

#include <fstream>

#include "core/error.h"
#include "core/eval/token_diagnostics.h"
#include "core/text/text_encoder.h"
#include "core/text/text_model_layout.h"
#include "tests/test_models.h"

namespace lingualens {
namespace {

namespace fs = std::filesystem;

// The model folder as a user has it. The two BERT-vocabulary folders are stored without their
// vocab.txt (byte-identical to mbert-tiny's, tests/data/README.md): assembled once here.
fs::path model_dir(const std::string& name) {
  const fs::path stored = test::data("zoo/" + name);
  if (fs::exists(stored / "sentencepiece.bpe.model")) return stored;
  const fs::path dir = fs::temp_directory_path() / "lingualens_tests" /
                       ("zoo-" + name + "-" + std::to_string(::getpid()));
  if (!fs::exists(dir / "vocab.txt")) {
    fs::create_directories(dir.parent_path());
    fs::copy(stored, dir, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    fs::copy_file(test::data("mbert-tiny/vocab.txt"), dir / "vocab.txt",
                  fs::copy_options::overwrite_existing);
  }
  return dir;
}

TextEncoderParams params(const fs::path& dir) {
  TextEncoderParams p;
  p.model_dir = dir;
  return p;
}

struct TextCase {
  std::string name, text;
  std::vector<int32_t> ids;
  std::vector<float> embedding;
};

std::vector<TextCase> text_cases(const std::string& model) {
  std::vector<TextCase> out;
  for (const auto& j : test::read_jsonl(test::data("zoo/expected/" + model + "/cases.jsonl")))
    if (j["status"] == "ok") out.push_back({j["name"], j["text"], j["ids"], j["embedding"]});
  return out;
}

void expect_parity(const std::string& model, const TextEncoder& encoder, size_t expected_cases) {
  const auto cases = text_cases(model);
  ASSERT_EQ(cases.size(), expected_cases) << model;
  std::vector<std::string> texts;
  for (const auto& c : cases) {
    EXPECT_EQ(encoder.tokenizer().encode(c.text).ids, c.ids) << model << " " << c.name;
    texts.push_back(c.text);
  }
  // All at once: batches of similar lengths, padded — a text's embedding must not change.
  const auto got = encoder.encode(texts);
  for (size_t k = 0; k < cases.size(); ++k) {
    EXPECT_GE(test::cosine(got[k], cases[k].embedding), 0.99999) << model << " " << cases[k].name;
    EXPECT_LE(test::relative_l2(got[k], cases[k].embedding), 1e-4) << model << " " << cases[k].name;
  }
}

TEST(TextModelZoo, XlmRobertaNewFormatMatchesTheReference) {
  const TextEncoder enc(params(model_dir("mclip-xlmr-tiny")));
  EXPECT_EQ(enc.info().family, "XLM-RoBERTa");
  EXPECT_EQ(enc.info().hidden_size, 32);
  EXPECT_EQ(enc.dim(), 16);  // numDims: the head came out of the checkpoint
  EXPECT_EQ(enc.tokenizer().max_length(), 512);
  expect_parity("mclip-xlmr-tiny", enc, 158);
}

TEST(TextModelZoo, LabseNewFormatMatchesTheReference) {
  const TextEncoder enc(params(model_dir("mclip-labse-tiny")));
  EXPECT_EQ(enc.info().family, "BERT");
  EXPECT_EQ(enc.dim(), 8);
  expect_parity("mclip-labse-tiny", enc, 157);
}

TEST(TextModelZoo, DistilBertLegacyMatchesTheReference) {
  const TextEncoder enc(params(model_dir("mclip-distil40-tiny")));
  EXPECT_EQ(enc.info().family, "DistilBERT");
  EXPECT_EQ(enc.info().layers, 2);
  EXPECT_EQ(enc.dim(), 8);
  EXPECT_EQ(enc.info().head_file.filename(), "M-BERT Distil 40 Linear Weights.pkl");
  expect_parity("mclip-distil40-tiny", enc, 157);
}

// XLM-R's positions start after the padding index; a <pad> typed in the text takes the
// padding position and does not advance the count — the reference's own case checks it, here
// the tokens it depends on.
TEST(TextModelZoo, XlmRobertaSpecialTokensInTheText) {
  const TextEncoder enc(params(model_dir("mclip-xlmr-tiny")));
  const auto& tok = enc.tokenizer();
  const auto ids = tok.encode("a red <pad> apple").ids;
  EXPECT_EQ(ids.front(), 0);                                   // <s>
  EXPECT_EQ(ids.back(), 2);                                    // </s>
  EXPECT_NE(std::find(ids.begin(), ids.end(), 1), ids.end());  // the typed <pad>
  EXPECT_EQ(tok.token(0), "<s>");
  EXPECT_EQ(tok.token(static_cast<int32_t>(tok.vocab_size()) - 1), "<mask>");
  EXPECT_TRUE(tok.starts_word(tok.tokenize("apple").front()));
}

TEST(TextModelZoo, TokenDiagnosticsReadSentencePieceWords) {
  const TextEncoder enc(params(model_dir("mclip-xlmr-tiny")));
  const auto d = diagnose_caption(enc.tokenizer(), "a red apple on a table");
  ASSERT_FALSE(d.pieces.empty());
  const double words = 6;
  EXPECT_DOUBLE_EQ(d.pieces_per_word, static_cast<double>(d.pieces.size()) / words);
  EXPECT_EQ(d.unk_token, "<unk>");
}

// The long case: exactly 510 SentencePiece pieces fit beside <s> and </s>; more are cut there.
TEST(TextModelZoo, XlmRobertaLongTextsAreCutAt512Ids) {
  const TextEncoder enc(params(model_dir("mclip-xlmr-tiny")));
  std::string text;
  for (int k = 0; k < 600; ++k) text += "apple ";
  const auto t = enc.tokenizer().encode(text);
  EXPECT_EQ(t.ids.size(), 512u);
  EXPECT_TRUE(t.truncated);
  EXPECT_EQ(enc.encode({text}).front().size(), 16u);  // positions up to 513: the table's last
}

TEST(TextModelZoo, NewFormatWithoutItsBaseConfigSaysWhere) {
  const fs::path dir = test::scratch() / "mclip";
  fs::copy(test::data("zoo/mclip-xlmr-tiny"), dir, fs::copy_options::recursive);
  fs::remove_all(dir / "xlm-roberta-tiny-random");
  try {
    TextEncoder enc(params(dir));
    FAIL() << "loaded without the base model's config";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("xlm-roberta-tiny-random"), std::string::npos) << e.what();
  }
}

TEST(TextModelZoo, NewFormatWithTheWrongBaseIsRefused) {
  const fs::path dir = test::scratch() / "mclip";
  fs::copy(test::data("zoo/mclip-xlmr-tiny"), dir, fs::copy_options::recursive);
  // LaBSE's base (hidden 6) under XLM-R's name: transformerDimensions 32 does not fit it.
  fs::copy_file(test::data("zoo/mclip-labse-tiny/labse-tiny-random/config.json"),
                dir / "xlm-roberta-tiny-random/config.json", fs::copy_options::overwrite_existing);
  try {
    TextEncoder enc(params(dir));
    FAIL() << "loaded with a base config of another size";
  } catch (const Error& e) {
    EXPECT_NE(std::string(e.what()).find("transformerDimensions"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace lingualens
