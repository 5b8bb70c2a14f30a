// The Multilingual-CLIP projection head: `M-BERT-Base-69 Linear Weights.pkl`, a pickled
// Python list [W, b] of NumPy float32 arrays with W of shape (in, out) and b of shape (out,).
// ref: Multilingual-CLIP legacy_multilingual_clip.py (MultilingualClip.__init__ loads the
// pickle and sets Linear.weight = W.T, Linear.bias = b), so y = x @ W + b.
#pragma once

#include <filesystem>
#include <vector>

namespace lingualens {

struct LinearHead {
  int in = 0;
  int out = 0;
  std::vector<float> weight;  // (in, out), row-major: as stored in the pickle (C order)
  std::vector<float> bias;    // (out)

  // Throws lingualens::Error naming the file when it is not such a pickle.
  static LinearHead load(const std::filesystem::path& file);

  // Finds the head next to a model: "<folder name> Linear Weights.pkl", else the only
  // "* Linear Weights.pkl" in `dir`. Throws kNotFound (or kInvalidArgument when ambiguous).
  static std::filesystem::path find_in(const std::filesystem::path& dir);
};

}  // namespace lingualens
