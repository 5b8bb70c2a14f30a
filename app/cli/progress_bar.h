// A one-line progress bar on the terminal (stderr) for long CLI operations.
#pragma once

#include "index/indexer.h"

namespace lingualens::cli {

class ProgressBar {
 public:
  explicit ProgressBar(bool enabled) : enabled_(enabled) {}
  void update(const IndexProgress& p);
  void finish();  // ends the line

 private:
  bool enabled_;
  bool drawn_ = false;
};

}  // namespace lingualens::cli
