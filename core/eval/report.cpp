#include "core/eval/report.h"

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/eval/eval_set.h"

namespace lingualens {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string html(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '&':
        out += "&amp;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void write_text(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::trunc | std::ios::binary);
  out << text;
  if (!out.flush()) throw Error(ErrorKind::kIo, file, "cannot write");
}

std::string fmt(double v, int digits = 4) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(digits);
  s << v;
  return s.str();
}

// A white → blue colour scale for percentages, for both the PNG and the HTML.
cv::Scalar heat_bgr(double percent) {
  const double t = std::clamp(percent / 100.0, 0.0, 1.0);
  return cv::Scalar(255 - 55 * t, 255 - 160 * t, 255 - 215 * t);
}

std::string heat_css(double percent) {
  const auto c = heat_bgr(percent);
  std::ostringstream s;
  s << "rgb(" << int(c[2]) << "," << int(c[1]) << "," << int(c[0]) << ")";
  return s.str();
}

void write_heatmap_png(const LanguageResult& r, const EvalSet& set,
                       const std::filesystem::path& file) {
  const int rows = static_cast<int>(r.softmax.size()),
            cols = static_cast<int>(r.caption_items.size());
  const int cw = 70, ch = 36, left = 40, top = 30;
  cv::Mat img(top + rows * ch + 30, std::max(560, left + cols * cw + 10), CV_8UC3,
              cv::Scalar(255, 255, 255));
  for (int j = 0; j < cols; ++j) {
    cv::putText(img, "c" + std::to_string(r.caption_items[j] + 1), {left + j * cw + 20, top - 10},
                cv::FONT_HERSHEY_SIMPLEX, 0.45, {60, 60, 60}, 1, cv::LINE_AA);
  }
  for (int i = 0; i < rows; ++i) {
    cv::putText(img, "i" + std::to_string(i + 1), {5, top + i * ch + 23}, cv::FONT_HERSHEY_SIMPLEX,
                0.45, {60, 60, 60}, 1, cv::LINE_AA);
    for (int j = 0; j < cols; ++j) {
      const double p = r.softmax[i][j];
      const cv::Rect cell(left + j * cw, top + i * ch, cw - 2, ch - 2);
      cv::rectangle(img, cell, heat_bgr(p), cv::FILLED);
      if (r.caption_items[j] == i) cv::rectangle(img, cell, {0, 0, 0}, 1);
      cv::putText(img, fmt(p, 1) + "%", {cell.x + 8, cell.y + 22}, cv::FONT_HERSHEY_SIMPLEX, 0.42,
                  p > 60 ? cv::Scalar(255, 255, 255) : cv::Scalar(20, 20, 20), 1, cv::LINE_AA);
    }
  }
  cv::putText(img, set.name + " - " + r.language + " (softmax over captions, %)",
              {5, img.rows - 10}, cv::FONT_HERSHEY_SIMPLEX, 0.45, {60, 60, 60}, 1, cv::LINE_AA);
  if (!cv::imwrite(file.string(), img))
    throw Error(ErrorKind::kIo, file, "cannot write the heatmap");
}

}  // namespace

void write_evaluation_report(const EvaluationResult& result, const EvalSet& set,
                             const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorKind::kIo, dir, "cannot create the output folder: " + ec.message());
  std::ostringstream page;
  page << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" << html(set.name)
       << " — LinguaLens translation "
          "evaluation</title><style>body{font-family:sans-serif;margin:2em}"
          "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:4px 8px;"
          "text-align:center}th.cap{max-width:10em;font-weight:normal;font-size:90%}.own{outline:"
          "2px solid #000}table.tokens td{text-align:start}"
          "</style></head><body><h1>"
       << html(set.name) << "</h1><p>Reference language: " << html(result.reference_language)
       << ". Each cell: softmax over the captions of 100 × cosine, in percent; the framed cell is "
          "the "
          "image's own caption.</p>";
  std::ostringstream summary;
  summary << "language,accuracy,recall_t2i_1,recall_i2t_1,mean_cosine_to_reference,overlap_at_"
          << result.overlap_k << ",unk_share,pieces_per_word,truncated_captions\n";
  page << "<h2>Summary (best "
          "first)</h2><table><tr><th>language</th><th>accuracy</th><th>text→image R@1</th>"
          "<th>image→text R@1</th><th>cosine to "
       << html(result.reference_language) << "</th><th>overlap@" << result.overlap_k
       << "</th><th title=\"share of word pieces the vocabulary does not know\">[UNK]</th>"
          "<th title=\"word pieces per word: 1 is whole words, high is letters\">pieces per "
          "word</th><th>captions cut short</th></tr>";
  for (const auto& lang : result.summary) {
    const auto& r = *std::find_if(result.languages.begin(), result.languages.end(),
                                  [&](const LanguageResult& x) { return x.language == lang; });
    const std::string cos = r.mean_cosine_to_reference ? fmt(*r.mean_cosine_to_reference) : "";
    const std::string ov = r.overlap_at_k ? fmt(*r.overlap_at_k, 3) : "";
    const TokenStats t = token_stats(r.caption_tokens);
    summary << csv_field(lang) << "," << fmt(r.accuracy, 3) << "," << fmt(r.recall_t2i.at(1), 3)
            << "," << fmt(r.recall_i2t.at(1), 3) << "," << cos << "," << ov << ","
            << fmt(t.unk_share, 3) << "," << fmt(t.pieces_per_word, 2) << "," << t.truncated
            << "\n";
    page << "<tr><td>" << html(lang) << "</td><td>" << fmt(r.accuracy, 3) << "</td><td>"
         << fmt(r.recall_t2i.at(1), 3) << "</td><td>" << fmt(r.recall_i2t.at(1), 3) << "</td><td>"
         << cos << "</td><td>" << ov << "</td><td>" << fmt(100 * t.unk_share, 0) << "%</td><td>"
         << fmt(t.pieces_per_word, 2) << "</td><td>" << t.truncated << "</td></tr>";
  }
  page << "</table>";
  write_text(dir / "summary.csv", summary.str());
  for (const auto& r : result.languages) {
    std::ostringstream csv;
    csv << "image";
    for (int c : r.caption_items)
      csv << "," << csv_field("cosine: " + set.items[c].captions.at(r.language));
    for (int c : r.caption_items)
      csv << "," << csv_field("softmax %: " + set.items[c].captions.at(r.language));
    csv << "\n";
    page << "<h2>" << html(r.language) << "</h2><table><tr><th></th>";
    for (int c : r.caption_items)
      page << "<th class=\"cap\">" << html(set.items[c].captions.at(r.language)) << "</th>";
    page << "</tr>";
    for (size_t i = 0; i < r.cosine.size(); ++i) {
      csv << csv_field(set.items[i].image.filename().string());
      for (float v : r.cosine[i]) csv << "," << fmt(v, 6);
      for (float v : r.softmax[i]) csv << "," << fmt(v, 3);
      csv << "\n";
      page << "<tr><th>" << html(set.items[i].image.filename().string()) << "</th>";
      for (size_t j = 0; j < r.softmax[i].size(); ++j) {
        page << "<td" << (r.caption_items[j] == static_cast<int>(i) ? " class=\"own\"" : "")
             << " style=\"background:" << heat_css(r.softmax[i][j]) << "\" title=\"cosine "
             << fmt(r.cosine[i][j]) << "\">" << fmt(r.softmax[i][j], 1) << "%</td>";
      }
      page << "</tr>";
    }
    page << "</table><p>accuracy " << fmt(r.accuracy, 3) << " · text→image R@1/5/10 "
         << fmt(r.recall_t2i.at(1), 2) << " / " << fmt(r.recall_t2i.at(5), 2) << " / "
         << fmt(r.recall_t2i.at(10), 2) << " · image→text R@1/5/10 " << fmt(r.recall_i2t.at(1), 2)
         << " / " << fmt(r.recall_i2t.at(5), 2) << " / " << fmt(r.recall_i2t.at(10), 2) << "</p>";
    // How the tokenizer saw each caption: the pieces the model reads, [UNK]s marked.
    page << "<table class=\"tokens\"><tr><th>caption</th><th>word pieces</th><th>[UNK]</th>"
            "<th>pieces per word</th></tr>";
    for (const auto& c : r.caption_tokens) {
      page << "<tr><td dir=\"auto\">" << html(c.text) << "</td><td dir=\"auto\">";
      for (size_t k = 0; k < c.pieces.size(); ++k)
        page << (k ? " · " : "")
             << (c.pieces[k] == c.unk_token ? "<b>" + html(c.pieces[k]) + "</b>"
                                            : html(c.pieces[k]));
      page << (c.truncated ? " <i>(cut short)</i>" : "") << "</td><td>" << fmt(100 * c.unk_share, 0)
           << "%</td><td>" << fmt(c.pieces_per_word, 2) << "</td></tr>";
    }
    page << "</table>";
    // Language codes name files: only a BCP-47 tag may, so nothing lands outside `dir`.
    if (!is_language_tag(r.language)) {
      throw Error(ErrorKind::kInvalidArgument, dir,
                  "\"" + r.language + "\" is not a language code; no file is named after it");
    }
    write_text(dir / (r.language + ".csv"), csv.str());
    write_heatmap_png(r, set, dir / ("heatmap_" + r.language + ".png"));
  }
  page << "</body></html>\n";
  write_text(dir / "report.html", page.str());
}

}  // namespace lingualens
