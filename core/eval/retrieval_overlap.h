// How much of what the reference caption retrieves another caption retrieves too: the share
// of the reference's results (its top k) found among the other's. One definition for the
// evaluation's overlap@k (core/eval/evaluation.cpp) and the app's side-by-side search of the
// library (ui/engine.cpp), which returns fewer than k when the library is small.
#pragma once

#include <algorithm>
#include <vector>

namespace lingualens {

// |reference ∩ other| / |reference|; 0 when the reference found nothing. Ids are unique
// within each list (a ranking).
template <typename Id>
double retrieval_overlap(const std::vector<Id>& reference, const std::vector<Id>& other) {
  if (reference.empty()) return 0;
  size_t common = 0;
  for (const Id& id : other)
    common += std::find(reference.begin(), reference.end(), id) != reference.end() ? 1 : 0;
  return static_cast<double>(common) / static_cast<double>(reference.size());
}

}  // namespace lingualens
