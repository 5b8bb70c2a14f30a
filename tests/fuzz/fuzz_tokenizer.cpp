// libFuzzer target: the BERT tokenizer (ICU normalisation, punctuation and CJK splitting,
// WordPiece) on arbitrary bytes, cased and uncased-with-accent-stripping, with the real
// 119,547-token multilingual vocabulary; and the script-based language guess the search
// field's hint makes from the same query text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/error.h"
#include "core/text/language_guess.h"
#include "core/text/script_language.h"
#include "core/text/tokenizer.h"

namespace {
const lingualens::Vocab& vocab() {
  static const lingualens::Vocab v = lingualens::Vocab::load(LINGUALENS_FUZZ_VOCAB);
  return v;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace lingualens;
  static const BertTokenizer cased(vocab(), TokenizerOptions{});
  static const BertTokenizer uncased = [] {
    TokenizerOptions o;
    o.lower_case = true;
    o.strip_accents = true;
    return BertTokenizer(vocab(), o);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  language_by_script(text);  // never throws: invalid UTF-8 is skipped
  guess_language(text);      // CLD2 on untrusted bytes: its UTF-8-checking entry point
  try {
    cased.encode(text);
    uncased.encode(text);
  } catch (const Error&) {  // invalid UTF-8 is refused with a message
  }
  return 0;
}
