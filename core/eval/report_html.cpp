#include "core/eval/report_html.h"

#include <algorithm>
#include <numeric>
#include <sstream>

#include "core/eval/heat_colour.h"
#include "core/eval/heatmap_png.h"
#include "core/eval/token_diagnostics.h"
#include "core/text/language_name.h"
#include "core/util/base64.h"

namespace lingualens {
namespace {

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

// "Kannada (kn)": the code as written in the set, with a name a reader knows.
std::string named(const std::string& code) {
  const std::string name = language_name(code);
  return name == code ? code : name + " (" + code + ")";
}

std::string fmt(double v, int digits) {
  std::ostringstream s;
  s.setf(std::ios::fixed);
  s.precision(digits);
  s << v;
  return s.str();
}

constexpr const char* kStyle =
    "body{font-family:'Noto Sans',system-ui,sans-serif;margin:2em;color:#222;max-width:80em}"
    "table{border-collapse:collapse;margin:1em 0}"
    "td,th{border:1px solid #ccc;padding:4px 8px;text-align:center}"
    "th.cap{width:7em;min-width:7em;font-weight:normal;font-size:90%;text-align:start;"
    "vertical-align:bottom}"
    "td.own{box-shadow:inset 0 0 0 2px #000,inset 0 0 0 4px #fff}"
    "th.photo{padding:2px}"
    ".th{display:inline-block;width:64px;height:64px;background:center/contain no-repeat;"
    "vertical-align:middle;margin:1px}"
    ".th.small{width:48px;height:48px}"
    ".th.div{box-shadow:0 0 0 3px #d62728}"
    ".th.mine{border-bottom:4px solid #000}"
    ".th.missing{background:#eee;font-size:9px;overflow:hidden}"
    "table.tokens td,table.retrieval td.text{text-align:start}"
    "td.why{text-align:start;font-size:90%}"
    ".legend{display:inline-block;width:16em;height:1em;vertical-align:middle;"
    "border:1px solid #888}"
    ".note{color:#555;font-size:90%}";

// One CSS class per photo carrying its thumbnail: each picture is embedded once however often
// the page shows it.
std::string thumbnail_classes(const std::vector<ReportThumbnail>& thumbnails) {
  std::string css;
  for (size_t i = 0; i < thumbnails.size(); ++i) {
    if (!thumbnails[i].ok()) continue;
    css += ".t" + std::to_string(i) + "{background-image:url(data:image/jpeg;base64," +
           base64(thumbnails[i].jpeg) + ")}";
  }
  return css;
}

class Page {
 public:
  Page(const EvaluationResult& result, const EvalSet& set,
       const std::vector<ReportThumbnail>& thumbnails)
      : r_(result), set_(set), thumbs_(thumbnails) {}

  std::string render() {
    head();
    summary();
    for (const auto& l : r_.languages) language(l);
    out_ << "</body></html>\n";
    return out_.str();
  }

 private:
  const LanguageResult* find(const std::string& language) const {
    for (const auto& l : r_.languages)
      if (l.language == language) return &l;
    return nullptr;
  }

  std::string photo_name(int item) const {
    return set_.items[static_cast<size_t>(item)].image.filename().string();
  }

  // A photo's thumbnail (or its name when there is no picture), with extra classes.
  std::string photo(int item, const std::string& extra = {}, const std::string& title = {}) {
    const bool pictured =
        thumbs_.size() == set_.items.size() && thumbs_[static_cast<size_t>(item)].ok();
    std::string tip = photo_name(item) + (title.empty() ? "" : " — " + title);
    return "<span class=\"th " + extra + (pictured ? " t" + std::to_string(item) : " missing") +
           "\" title=\"" + html(tip) + "\" role=\"img\" aria-label=\"" + html(photo_name(item)) +
           "\">" + (pictured ? "" : html(photo_name(item))) + "</span>";
  }

  void head() {
    std::string gradient;
    for (int k = 0; k <= 8; ++k)
      gradient += (k ? "," : "") + css_colour(heat_colour(k / 8.0)) + " " +
                  std::to_string(k * 100 / 8) + "%";
    out_ << "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" << html(set_.name)
         << " — LinguaLens translation evaluation</title><style>" << kStyle
         << ".legend{background:linear-gradient(to right," << gradient << ")}"
         << thumbnail_classes(thumbs_) << "</style></head><body><h1>" << html(set_.name)
         << "</h1><p>Reference language: <b>" << html(r_.reference_language) << "</b>. "
         << set_.items.size()
         << " photos. In each heatmap a row is a photo and a column a caption; a cell is the "
            "softmax over the captions of 100 × cosine, in percent (how sure the model is that "
            "this caption, of all of them, describes the photo); the framed cell is the photo's "
            "own caption.</p><p>0 % <span class=\"legend\"></span> 100 %</p>";
  }

  void summary() {
    out_ << "<h2>Which languages can I trust, and why (best first)</h2><table id=\"summary\">"
            "<tr><th>language</th><th>accuracy</th><th>text→image R@1</th><th>image→text "
            "R@1</th><th>cosine to "
         << html(r_.reference_language) << "</th><th>overlap@" << r_.overlap_k
         << "</th><th title=\"share of word pieces the vocabulary does not know\">[UNK]</th>"
            "<th title=\"word pieces per word: 1 is whole words, high is letters\">pieces per "
            "word</th><th>captions cut short</th><th>what the tokenizer shows</th></tr>";
    for (const auto& name : r_.summary) {
      const LanguageResult* l = find(name);
      if (!l) continue;
      const TokenStats t = token_stats(l->caption_tokens);
      const std::string cos =
          l->mean_cosine_to_reference ? fmt(*l->mean_cosine_to_reference, 4) : "";
      const std::string ov = l->overlap_at_k ? fmt(*l->overlap_at_k, 3) : "";
      out_ << "<tr data-language=\"" << html(name) << "\" data-accuracy=\"" << fmt(l->accuracy, 6)
           << "\" data-recall-t2i-1=\"" << fmt(l->recall_t2i.at(1), 6) << "\" data-recall-i2t-1=\""
           << fmt(l->recall_i2t.at(1), 6) << "\"><td><a href=\"#lang-" << html(name) << "\">"
           << html(named(name)) << "</a></td><td>" << fmt(l->accuracy, 3) << "</td><td>"
           << fmt(l->recall_t2i.at(1), 3) << "</td><td>" << fmt(l->recall_i2t.at(1), 3)
           << "</td><td>" << cos << "</td><td>" << ov << "</td><td>" << fmt(100 * t.unk_share, 0)
           << " %</td><td>" << fmt(t.pieces_per_word, 2) << "</td><td>" << t.truncated
           << "</td><td class=\"why\">" << (l->caption_tokens.empty() ? "" : html(token_reading(t)))
           << "</td></tr>";
    }
    out_ << "</table>";
  }

  void heatmap(const LanguageResult& l) {
    const int cols = static_cast<int>(l.caption_items.size());
    if (cols > kHeatmapDetailedLimit || static_cast<int>(l.cosine.size()) > kHeatmapDetailedLimit) {
      const bool drawn =
          static_cast<int>(l.cosine.size()) <= kHeatmapMaxItems && cols <= kHeatmapMaxItems;
      out_ << "<p class=\"note\">" << l.cosine.size() << " × " << cols
           << " cells are too many to read as a table: see ";
      if (drawn)
        out_ << "<a href=\"heatmap_" << html(l.language) << ".png\">heatmap_" << html(l.language)
             << ".png</a> and ";
      out_ << "<a href=\"" << html(l.language) << ".csv\">" << html(l.language) << ".csv</a>.</p>";
      return;
    }
    out_ << "<table class=\"heatmap\" data-language=\"" << html(l.language) << "\"><tr><th></th>";
    for (int c : l.caption_items)
      out_ << "<th class=\"cap\" dir=\"auto\">"
           << html(set_.items[static_cast<size_t>(c)].captions.at(l.language)) << "</th>";
    out_ << "</tr>";
    for (size_t i = 0; i < l.cosine.size(); ++i) {
      out_ << "<tr><th class=\"photo\">" << photo(static_cast<int>(i)) << "</th>";
      for (size_t j = 0; j < l.softmax[i].size(); ++j) {
        const double p = l.softmax[i][j];
        out_ << "<td" << (l.caption_items[j] == static_cast<int>(i) ? " class=\"own\"" : "")
             << " data-row=\"" << i << "\" data-col=\"" << j << "\" data-cosine=\""
             << fmt(l.cosine[i][j], 6) << "\" data-softmax=\"" << fmt(p, 6)
             << "\" style=\"background:" << css_colour(heat_colour(p / 100))
             << ";color:" << (heat_wants_dark_text(p / 100) ? "#111" : "#fff")
             << "\" title=\"cosine " << fmt(l.cosine[i][j], 4) << "\">" << fmt(p, 1) << " %</td>";
      }
      out_ << "</tr>";
    }
    out_ << "</table>";
  }

  // Per caption: the reference caption, their cosine, and what each retrieves.
  void retrieval(const LanguageResult& l) {
    const LanguageResult* ref = find(r_.reference_language);
    if (!ref || l.language == r_.reference_language) return;
    std::vector<int> rows(l.caption_items.size());
    std::iota(rows.begin(), rows.end(), 0);
    rows.erase(
        std::remove_if(rows.begin(), rows.end(),
                       [&](int j) { return !l.cosine_to_reference[static_cast<size_t>(j)]; }),
        rows.end());
    if (rows.empty()) return;
    const bool cut = static_cast<int>(rows.size()) > kReportRetrievalRows;
    if (cut) {
      std::stable_sort(rows.begin(), rows.end(), [&](int a, int b) {
        return *l.cosine_to_reference[static_cast<size_t>(a)] <
               *l.cosine_to_reference[static_cast<size_t>(b)];
      });
      rows.resize(kReportRetrievalRows);
    }
    out_ << "<h3>Against " << html(r_.reference_language) << ": what each caption retrieves</h3>"
         << "<p class=\"note\">The " << r_.overlap_k
         << " photos each caption ranks highest among the set's. Red frame: not among the other "
            "caption's "
         << r_.overlap_k << "; black underline: the caption's own photo."
         << (cut ? " Only the " + std::to_string(kReportRetrievalRows) +
                       " captions furthest from the reference are shown."
                 : std::string())
         << "</p><table class=\"retrieval\" data-language=\"" << html(l.language)
         << "\"><tr><th>photo</th><th>" << html(l.language) << "</th><th>"
         << html(r_.reference_language) << "</th><th>cosine</th><th>" << html(l.language)
         << " retrieves</th><th>" << html(r_.reference_language) << " retrieves</th></tr>";
    for (int j : rows) {
      const int item = l.caption_items[static_cast<size_t>(j)];
      const auto rj = std::find(ref->caption_items.begin(), ref->caption_items.end(), item);
      const std::vector<int>& mine = l.retrieved[static_cast<size_t>(j)];
      const std::vector<int>& theirs =
          ref->retrieved[static_cast<size_t>(rj - ref->caption_items.begin())];
      out_ << "<tr data-caption=\"" << j << "\" data-cosine-to-reference=\""
           << fmt(*l.cosine_to_reference[static_cast<size_t>(j)], 6) << "\"><td>" << photo(item)
           << "</td><td class=\"text\" dir=\"auto\">"
           << html(set_.items[static_cast<size_t>(item)].captions.at(l.language))
           << "</td><td class=\"text\" dir=\"auto\">"
           << html(set_.items[static_cast<size_t>(item)].captions.at(r_.reference_language))
           << "</td><td>" << fmt(*l.cosine_to_reference[static_cast<size_t>(j)], 3) << "</td>";
      for (const auto* list : {&mine, &theirs}) {
        const auto& other = list == &mine ? theirs : mine;
        out_ << "<td class=\"retrieved\">";
        for (int x : *list) {
          const bool divergent = std::find(other.begin(), other.end(), x) == other.end();
          out_ << photo(
              x, std::string("small") + (divergent ? " div" : "") + (x == item ? " mine" : ""),
              divergent ? "not retrieved by the other caption" : "");
        }
        out_ << "</td>";
      }
      out_ << "</tr>";
    }
    out_ << "</table>";
  }

  void tokens(const LanguageResult& l) {
    if (l.caption_tokens.empty()) return;
    out_ << "<h3>How the tokenizer read the captions</h3><table class=\"tokens\"><tr><th>caption"
            "</th><th>word pieces</th><th>[UNK]</th><th>pieces per word</th></tr>";
    for (const auto& c : l.caption_tokens) {
      out_ << "<tr><td dir=\"auto\">" << html(c.text) << "</td><td dir=\"auto\">";
      for (size_t k = 0; k < c.pieces.size(); ++k)
        out_ << (k ? " · " : "")
             << (c.pieces[k] == c.unk_token ? "<b>" + html(c.pieces[k]) + "</b>"
                                            : html(c.pieces[k]));
      out_ << (c.truncated ? " <i>(cut short)</i>" : "") << "</td><td>" << fmt(100 * c.unk_share, 0)
           << " %</td><td>" << fmt(c.pieces_per_word, 2) << "</td></tr>";
    }
    out_ << "</table>";
  }

  void language(const LanguageResult& l) {
    out_ << "<h2 id=\"lang-" << html(l.language) << "\">" << html(named(l.language)) << "</h2>";
    heatmap(l);
    out_ << "<p>accuracy " << fmt(l.accuracy, 3) << " · text→image R@1/5/10 "
         << fmt(l.recall_t2i.at(1), 2) << " / " << fmt(l.recall_t2i.at(5), 2) << " / "
         << fmt(l.recall_t2i.at(10), 2) << " · image→text R@1/5/10 " << fmt(l.recall_i2t.at(1), 2)
         << " / " << fmt(l.recall_i2t.at(5), 2) << " / " << fmt(l.recall_i2t.at(10), 2) << "</p>";
    retrieval(l);
    tokens(l);
  }

  const EvaluationResult& r_;
  const EvalSet& set_;
  const std::vector<ReportThumbnail>& thumbs_;
  std::ostringstream out_;
};

}  // namespace

std::string evaluation_report_html(const EvaluationResult& result, const EvalSet& set,
                                   const std::vector<ReportThumbnail>& thumbnails) {
  return Page(result, set, thumbnails).render();
}

}  // namespace lingualens
