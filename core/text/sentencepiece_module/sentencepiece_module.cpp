#include <sentencepiece_processor.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/text/sentencepiece_module/sentencepiece_api.h"

namespace {

void set_error(char* err, size_t size, const std::string& what) {
  if (!err || !size) return;
  const size_t n = std::min(size - 1, what.size());
  std::memcpy(err, what.data(), n);
  err[n] = '\0';
}

sentencepiece::SentencePieceProcessor* sp(void* model) {
  return static_cast<sentencepiece::SentencePieceProcessor*>(model);
}

}  // namespace

#define LLSPM_EXPORT __attribute__((visibility("default")))

extern "C" {

LLSPM_EXPORT void* llspm_load(const char* model_file, char* err, size_t err_size) {
  try {
    auto* p = new sentencepiece::SentencePieceProcessor();
    const auto status = p->Load(model_file);
    if (!status.ok()) {
      set_error(err, err_size, status.ToString());
      delete p;
      return nullptr;
    }
    return p;
  } catch (const std::exception& e) {
    set_error(err, err_size, e.what());
    return nullptr;
  }
}

LLSPM_EXPORT void llspm_free(void* model) { delete sp(model); }

LLSPM_EXPORT int llspm_piece_size(void* model) { return sp(model)->GetPieceSize(); }

LLSPM_EXPORT int llspm_piece_to_id(void* model, const char* piece, size_t len) {
  return sp(model)->PieceToId(std::string(piece, len));
}

LLSPM_EXPORT size_t llspm_id_to_piece(void* model, int id, char* buf, size_t cap) {
  const std::string& piece = sp(model)->IdToPiece(id);
  if (piece.size() <= cap) std::memcpy(buf, piece.data(), piece.size());
  return piece.size();
}

LLSPM_EXPORT char* llspm_encode(void* model, const char* text, size_t len, size_t* out_len,
                                char* err, size_t err_size) {
  try {
    std::vector<std::string> pieces;
    const auto status = sp(model)->Encode(std::string(text, len), &pieces);
    if (!status.ok()) {
      set_error(err, err_size, status.ToString());
      return nullptr;
    }
    size_t total = 0;
    for (const auto& p : pieces) total += sizeof(uint32_t) + p.size();
    char* out = static_cast<char*>(std::malloc(total ? total : 1));
    if (!out) {
      set_error(err, err_size, "out of memory");
      return nullptr;
    }
    size_t at = 0;
    for (const auto& p : pieces) {
      const auto n = static_cast<uint32_t>(p.size());
      std::memcpy(out + at, &n, sizeof n);
      at += sizeof n;
      std::memcpy(out + at, p.data(), p.size());
      at += p.size();
    }
    *out_len = total;
    return out;
  } catch (const std::exception& e) {
    set_error(err, err_size, e.what());
    return nullptr;
  }
}

LLSPM_EXPORT void llspm_release(char* buffer) { std::free(buffer); }
}
