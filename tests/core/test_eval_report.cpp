// The evaluation's report files against the engine's numbers: what each caption retrieves and
// its cosine to the reference (brute force), the HTML tables read back from the page's data-*
// attributes, the photos in the PNG heatmap and in the page, and the limits for large sets.
#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <numeric>
#include <random>
#include <regex>
#include <sstream>

#include "core/eval/eval_set.h"
#include "core/eval/evaluation.h"
#include "core/eval/heatmap_png.h"
#include "core/eval/report.h"
#include "tests/test_util.h"

namespace lingualens {
namespace {

constexpr int kDim = 6;

Embedding random_unit(std::mt19937& rng) {
  std::normal_distribution<float> normal;
  Embedding e(kDim);
  double n = 0;
  for (float& v : e) {
    v = normal(rng);
    n += double(v) * v;
  }
  for (float& v : e) v = static_cast<float>(v / std::sqrt(n));
  return e;
}

double dot(const Embedding& a, const Embedding& b) {
  double s = 0;
  for (size_t k = 0; k < a.size(); ++k) s += double(a[k]) * b[k];
  return s;
}

// `n` items with English captions and Swedish ones for all but the last; photos are solid
// colour images when `dir` is given (the last one missing, so it has no picture).
struct Fixture {
  EvalSet set;
  std::vector<Embedding> images;
  std::map<std::string, std::map<int, Embedding>> texts;
  EvaluationResult result;
};

const cv::Vec3b kColours[] = {{0, 0, 255},   {0, 255, 0},   {255, 0, 0},  {0, 255, 255},
                              {255, 0, 255}, {255, 255, 0}, {128, 0, 255}};

Fixture make_fixture(int n, const std::filesystem::path& photos = {}) {
  Fixture f;
  f.set.name = "report test";
  std::mt19937 rng(7);
  for (int i = 0; i < n; ++i) {
    EvalItem it;
    it.image = (photos.empty() ? std::filesystem::path("/nonexistent") : photos) /
               ("photo" + std::to_string(i) + ".png");
    if (!photos.empty() && i + 1 < n) {
      cv::Mat img(48, 64, CV_8UC3, kColours[i % 7]);
      cv::imwrite(it.image.string(), img);
    }
    it.captions["en"] = "caption number " + std::to_string(i);
    if (i + 1 < n) it.captions["ar"] = "تعليق رقم " + std::to_string(i);
    f.set.items.push_back(it);
    f.images.push_back(random_unit(rng));
    f.texts["en"][i] = random_unit(rng);
    if (i + 1 < n) f.texts["ar"][i] = random_unit(rng);
  }
  f.result = evaluate(f.set, f.images, f.texts, {"en", "ar"});
  return f;
}

std::string read_all(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Evaluation, RetrievalAndCosineToReferenceAreTheBruteForceOnes) {
  const Fixture f = make_fixture(9);
  const LanguageResult& ar = f.result.languages[1];
  ASSERT_EQ(ar.language, "ar");
  ASSERT_EQ(ar.retrieved.size(), 8u);
  for (size_t j = 0; j < ar.caption_items.size(); ++j) {
    const int item = ar.caption_items[j];
    std::vector<int> order(9);
    std::iota(order.begin(), order.end(), 0);
    const Embedding& t = f.texts.at("ar").at(item);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return dot(f.images[a], t) > dot(f.images[b], t); });
    order.resize(static_cast<size_t>(f.result.overlap_k));
    EXPECT_EQ(ar.retrieved[j], order) << "caption " << j;
    ASSERT_TRUE(ar.cosine_to_reference[j]);
    EXPECT_NEAR(*ar.cosine_to_reference[j], dot(t, f.texts.at("en").at(item)), 1e-6);
  }
  for (const auto& c : f.result.languages[0].cosine_to_reference) EXPECT_FALSE(c);  // en itself
}

TEST(EvalReport, WritesEveryFile) {
  const auto dir = test::scratch();
  const Fixture f = make_fixture(4);
  write_evaluation_report(f.result, f.set, dir);
  for (const char* name :
       {"summary.csv", "en.csv", "ar.csv", "heatmap_en.png", "heatmap_ar.png", "report.html"}) {
    EXPECT_GT(std::filesystem::file_size(dir / name), 0u) << name;
  }
  std::ifstream in(dir / "summary.csv");
  std::string header;
  std::getline(in, header);
  EXPECT_EQ(header.rfind("language,accuracy", 0), 0u);
}

// Every number the page shows is the engine's: heatmap cells, summary rows, the retrieval
// table with its divergent photos marked, and one embedded picture per readable photo.
TEST(EvalReport, HtmlTablesEqualTheEnginesNumbers) {
  const auto dir = test::scratch();
  std::filesystem::create_directories(dir / "photos");
  const Fixture f = make_fixture(7, dir / "photos");
  write_evaluation_report(f.result, f.set, dir / "out");
  const std::string page = read_all(dir / "out" / "report.html");

  for (const auto& l : f.result.languages) {
    const auto at = page.find("<table class=\"heatmap\" data-language=\"" + l.language + "\"");
    ASSERT_NE(at, std::string::npos) << l.language;
    const std::string table = page.substr(at, page.find("</table>", at) - at);
    const std::regex cell(
        R"re(data-row="(\d+)" data-col="(\d+)" data-cosine="([-0-9.]+)" data-softmax="([0-9.]+)")re");
    size_t cells = 0;
    for (std::sregex_iterator m(table.begin(), table.end(), cell), end; m != end; ++m, ++cells) {
      const size_t i = std::stoul((*m)[1]), j = std::stoul((*m)[2]);
      EXPECT_NEAR(std::stod((*m)[3]), l.cosine.at(i).at(j), 1e-6);
      EXPECT_NEAR(std::stod((*m)[4]), l.softmax.at(i).at(j), 1e-6);
    }
    EXPECT_EQ(cells, l.cosine.size() * l.caption_items.size()) << l.language;
  }

  const std::regex row(
      R"re(<tr data-language="([^"]+)" data-accuracy="([0-9.]+)" data-recall-t2i-1="([0-9.]+)" data-recall-i2t-1="([0-9.]+)")re");
  std::vector<std::string> order;
  for (std::sregex_iterator m(page.begin(), page.end(), row), end; m != end; ++m) {
    const auto& l = *std::find_if(f.result.languages.begin(), f.result.languages.end(),
                                  [&](const LanguageResult& x) { return x.language == (*m)[1]; });
    order.push_back((*m)[1]);
    EXPECT_NEAR(std::stod((*m)[2]), l.accuracy, 1e-6);
    EXPECT_NEAR(std::stod((*m)[3]), l.recall_t2i.at(1), 1e-6);
    EXPECT_NEAR(std::stod((*m)[4]), l.recall_i2t.at(1), 1e-6);
  }
  EXPECT_EQ(order, f.result.summary);

  // Retrieval beside the reference: each row's photos in rank order, divergent ones marked.
  const LanguageResult& ar = f.result.languages[1];
  const LanguageResult& en = f.result.languages[0];
  const auto at = page.find("<table class=\"retrieval\" data-language=\"ar\"");
  ASSERT_NE(at, std::string::npos);
  const std::string table = page.substr(at, page.find("</table>", at) - at);
  const std::regex caption_row(
      R"re(<tr data-caption="(\d+)" data-cosine-to-reference="([-0-9.]+)")re");
  const std::regex photo(R"re(class="th small( div)?( mine)? t(\d+)")re");
  size_t rows = 0;
  for (std::sregex_iterator m(table.begin(), table.end(), caption_row), end; m != end;
       ++m, ++rows) {
    const size_t j = std::stoul((*m)[1]);
    EXPECT_NEAR(std::stod((*m)[2]), *ar.cosine_to_reference.at(j), 1e-6);
    const int item = ar.caption_items[j];
    const auto& mine = ar.retrieved[j];
    const auto& theirs = en.retrieved[static_cast<size_t>(item)];  // en has every item
    const auto row_end = table.find("</tr>", static_cast<size_t>(m->position()));
    const std::string cells = table.substr(static_cast<size_t>(m->position()),
                                           row_end - static_cast<size_t>(m->position()));
    std::vector<int> shown;
    std::vector<bool> marked;
    for (std::sregex_iterator p(cells.begin(), cells.end(), photo), e; p != e; ++p) {
      shown.push_back(std::stoi((*p)[3]));
      marked.push_back((*p)[1].matched);
      EXPECT_EQ((*p)[2].matched, shown.back() == item);
    }
    std::vector<int> expected = mine;
    expected.insert(expected.end(), theirs.begin(), theirs.end());
    // The last photo has no picture: its name is shown instead, and the regex skips it.
    expected.erase(std::remove(expected.begin(), expected.end(), 6), expected.end());
    ASSERT_EQ(shown, expected) << "caption " << j;
    for (size_t k = 0; k < shown.size(); ++k) {
      const bool in_first = k < static_cast<size_t>(std::count_if(
                                    mine.begin(), mine.end(), [](int x) { return x != 6; }));
      const auto& other = in_first ? theirs : mine;
      EXPECT_EQ(marked[k], std::find(other.begin(), other.end(), shown[k]) == other.end());
    }
  }
  EXPECT_EQ(rows, ar.caption_items.size());

  size_t pictures = 0;
  for (size_t p = page.find("data:image/jpeg;base64,"); p != std::string::npos;
       p = page.find("data:image/jpeg;base64,", p + 1))
    ++pictures;
  EXPECT_EQ(pictures, 6u);  // each readable photo once, however often it is shown
  EXPECT_NE(page.find("photo6.png"), std::string::npos);  // the unreadable one by name
  EXPECT_NE(page.find("<th class=\"cap\" dir=\"auto\">تعليق رقم 0</th>"), std::string::npos);
}

// The PNG carries the photos themselves: each solid-colour photo's exact pixels appear, a
// thumbnail's worth of them (no colour of the heat scale is a pure primary).
TEST(EvalReport, PngHeatmapShowsThePhotos) {
  const auto dir = test::scratch();
  std::filesystem::create_directories(dir / "photos");
  const Fixture f = make_fixture(4, dir / "photos");
  write_evaluation_report(f.result, f.set, dir / "out");
  const cv::Mat png = cv::imread((dir / "out" / "heatmap_ar.png").string(), cv::IMREAD_COLOR);
  ASSERT_FALSE(png.empty());
  for (int i = 0; i < 3; ++i) {
    int count = 0;
    for (int y = 0; y < png.rows; ++y)
      for (int x = 0; x < png.cols; ++x) count += png.at<cv::Vec3b>(y, x) == kColours[i];
    EXPECT_GE(count, 64 * 48 * 9 / 10) << "photo " << i;
  }
}

// Beyond a readable table the cells become a coloured poster (numbers in the CSV, the page
// says where); beyond kHeatmapMaxItems no heatmap is drawn at all.
TEST(EvalReport, LargeSetsKeepTheirNumbersInTheCsv) {
  const auto dir = test::scratch();
  Fixture f = make_fixture(kHeatmapDetailedLimit + 5);
  write_evaluation_report(f.result, f.set, dir / "mid");
  EXPECT_TRUE(std::filesystem::exists(dir / "mid" / "heatmap_en.png"));
  const std::string page = read_all(dir / "mid" / "report.html");
  EXPECT_EQ(page.find("<table class=\"heatmap\""), std::string::npos);
  EXPECT_NE(page.find("too many to read as a table"), std::string::npos);

  f = make_fixture(kHeatmapMaxItems + 1);
  write_evaluation_report(f.result, f.set, dir / "big");
  EXPECT_FALSE(std::filesystem::exists(dir / "big" / "heatmap_en.png"));
  EXPECT_TRUE(std::filesystem::exists(dir / "big" / "en.csv"));
  EXPECT_NE(read_all(dir / "big" / "report.html").find("Only the 100 captions furthest"),
            std::string::npos);
}

}  // namespace
}  // namespace lingualens
