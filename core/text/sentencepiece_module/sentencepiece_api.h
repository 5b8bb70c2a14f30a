// The C interface of the lingualens_sentencepiece module (see its CMakeLists.txt for why it is
// a module). Strings are UTF-8 with explicit lengths; errors are written to `err`.
#pragma once

#include <cstddef>

extern "C" {

// A loaded SentencePiece model, or null (with the reason in err).
void* llspm_load(const char* model_file, char* err, size_t err_size);
void llspm_free(void* model);
int llspm_piece_size(void* model);
// SentencePiece's own ids (0 is its unknown).
int llspm_piece_to_id(void* model, const char* piece, size_t len);
// Writes the piece of `id` (not NUL-terminated); returns its length, or more than `cap` when
// the buffer is too small (nothing written then).
size_t llspm_id_to_piece(void* model, int id, char* buf, size_t cap);
// The pieces of `text`, each as its length (uint32, native byte order) then its bytes — a
// piece may hold a NUL typed in the text — in a buffer from malloc (free with llspm_release);
// null on error.
char* llspm_encode(void* model, const char* text, size_t len, size_t* out_len, char* err,
                   size_t err_size);
void llspm_release(char* buffer);
}
