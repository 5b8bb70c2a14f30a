// A folder of 300 small distinct photos and three broken files (tests/index/test_crash_safety.cpp).
#pragma once

#include <filesystem>

namespace lingualens {
std::filesystem::path make_crash_photos(const std::filesystem::path& root);
}
