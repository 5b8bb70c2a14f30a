// Helpers shared by the tests: fixture paths, JSONL reading, vector comparisons.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/vector_compare.h"

namespace lingualens::test {

inline std::filesystem::path data_dir() { return LINGUALENS_TEST_DATA; }
inline std::filesystem::path data(const std::string& rel) { return data_dir() / rel; }

inline std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& file) {
  std::vector<nlohmann::json> out;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

// Writes bytes to a fresh file under the test temp folder and returns its path.
inline std::filesystem::path write_temp(const std::string& name, const std::string& bytes) {
  auto dir = std::filesystem::temp_directory_path() / "lingualens_tests";
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// The reference crops are stored as lossless WebP (bit-identical to the reference's PNGs,
// 28% smaller; see tests/data/README.md), so "x.crop.png" in cases.jsonl is read as "x.crop.webp".
inline std::string stored_crop(std::string png_name) {
  if (png_name.size() > 4 && png_name.compare(png_name.size() - 4, 4, ".png") == 0) {
    png_name.replace(png_name.size() - 4, 4, ".webp");
  }
  return png_name;
}

// A fresh, empty scratch folder named after the running test.
inline std::filesystem::path scratch() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  auto dir = std::filesystem::temp_directory_path() / "lingualens_tests" /
             (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace lingualens::test
