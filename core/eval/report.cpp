#include "core/eval/report.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/error.h"
#include "core/eval/eval_set.h"
#include "core/eval/heatmap_png.h"
#include "core/eval/report_html.h"
#include "core/eval/report_thumbnails.h"
#include "core/eval/token_diagnostics.h"

namespace lingualens {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
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

}  // namespace

void write_evaluation_report(const EvaluationResult& result, const EvalSet& set,
                             const std::filesystem::path& dir) {
  // Language codes name files: only a BCP-47 tag may, so nothing lands outside `dir`.
  for (const auto& r : result.languages) {
    if (!is_language_tag(r.language)) {
      throw Error(ErrorKind::kInvalidArgument, dir,
                  "\"" + r.language + "\" is not a language code; no file is named after it");
    }
  }
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(ErrorKind::kIo, dir, "cannot create the output folder: " + ec.message());

  std::ostringstream summary;
  summary << "language,accuracy,recall_t2i_1,recall_i2t_1,mean_cosine_to_reference,overlap_at_"
          << result.overlap_k << ",unk_share,pieces_per_word,truncated_captions\n";
  for (const auto& lang : result.summary) {
    const auto& r = *std::find_if(result.languages.begin(), result.languages.end(),
                                  [&](const LanguageResult& x) { return x.language == lang; });
    const TokenStats t = token_stats(r.caption_tokens);
    summary << csv_field(lang) << "," << fmt(r.accuracy, 3) << "," << fmt(r.recall_t2i.at(1), 3)
            << "," << fmt(r.recall_i2t.at(1), 3) << ","
            << (r.mean_cosine_to_reference ? fmt(*r.mean_cosine_to_reference) : "") << ","
            << (r.overlap_at_k ? fmt(*r.overlap_at_k, 3) : "") << "," << fmt(t.unk_share, 3) << ","
            << fmt(t.pieces_per_word, 2) << "," << t.truncated << "\n";
  }
  write_text(dir / "summary.csv", summary.str());

  for (const auto& r : result.languages) {
    std::ostringstream csv;
    csv << "image";
    for (int c : r.caption_items)
      csv << "," << csv_field("cosine: " + set.items[c].captions.at(r.language));
    for (int c : r.caption_items)
      csv << "," << csv_field("softmax %: " + set.items[c].captions.at(r.language));
    csv << "\n";
    for (size_t i = 0; i < r.cosine.size(); ++i) {
      csv << csv_field(set.items[i].image.filename().string());
      for (float v : r.cosine[i]) csv << "," << fmt(v, 6);
      for (float v : r.softmax[i]) csv << "," << fmt(v, 3);
      csv << "\n";
    }
    write_text(dir / (r.language + ".csv"), csv.str());
  }

  // Pictures for the headers: only when a heatmap or table will show them.
  const bool pictured = static_cast<int>(set.items.size()) <= kHeatmapMaxItems;
  const std::vector<ReportThumbnail> thumbnails =
      pictured ? report_thumbnails(set) : std::vector<ReportThumbnail>{};
  for (const auto& r : result.languages) {
    if (static_cast<int>(r.cosine.size()) <= kHeatmapMaxItems &&
        static_cast<int>(r.caption_items.size()) <= kHeatmapMaxItems)
      write_heatmap_png(r, set, thumbnails, dir / ("heatmap_" + r.language + ".png"));
  }
  write_text(dir / "report.html", evaluation_report_html(result, set, thumbnails));
}

}  // namespace lingualens
