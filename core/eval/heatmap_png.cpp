#include "core/eval/heatmap_png.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <string>

#include "core/error.h"
#include "core/eval/heat_colour.h"
#include "core/text/language_name.h"

namespace lingualens {
namespace {

// Noto first: it has a face for every script of the 69 languages; fontconfig falls back per
// character within the list (and beyond it) when a face lacks a glyph.
constexpr const char* kFontFamily = "Noto Sans, DejaVu Sans, sans-serif";
constexpr int kMargin = 16;
constexpr int kGap = 8;

struct Deleters {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
  void operator()(cairo_t* c) const { cairo_destroy(c); }
  void operator()(PangoLayout* l) const { g_object_unref(l); }
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Surface = std::unique_ptr<cairo_surface_t, Deleters>;
using Context = std::unique_ptr<cairo_t, Deleters>;
using Layout = std::unique_ptr<PangoLayout, Deleters>;
using Font = std::unique_ptr<PangoFontDescription, Deleters>;

Font font(int pixels, bool bold = false) {
  Font f(pango_font_description_from_string(kFontFamily));
  pango_font_description_set_absolute_size(f.get(), pixels * PANGO_SCALE);
  if (bold) pango_font_description_set_weight(f.get(), PANGO_WEIGHT_BOLD);
  return f;
}

// A paragraph of `text` at most `width` px wide and `lines` lines tall (ellipsized beyond).
// Alignment is the paragraph's start: Pango's auto-direction turns "left" into "right" for a
// right-to-left caption, so Arabic and Hebrew captions hug the right edge.
Layout paragraph(cairo_t* cr, const std::string& text, const Font& f, int width, int lines,
                 PangoAlignment align = PANGO_ALIGN_LEFT) {
  Layout l(pango_cairo_create_layout(cr));
  gchar* valid = g_utf8_make_valid(text.c_str(), static_cast<gssize>(text.size()));
  pango_layout_set_text(l.get(), valid, -1);
  g_free(valid);
  pango_layout_set_font_description(l.get(), f.get());
  if (width > 0) {
    pango_layout_set_width(l.get(), width * PANGO_SCALE);
    pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_ellipsize(l.get(), PANGO_ELLIPSIZE_END);
    pango_layout_set_height(l.get(), -lines);
  }
  pango_layout_set_alignment(l.get(), align);
  return l;
}

int pixel_height(PangoLayout* l) {
  int w = 0, h = 0;
  pango_layout_get_pixel_size(l, &w, &h);
  return h;
}

void set_colour(cairo_t* cr, Rgb c) {
  cairo_set_source_rgb(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0);
}

// Layouts measured on the scratch context are moved to the drawing one before they are shown.
void draw(cairo_t* cr, PangoLayout* l, double x, double y) {
  pango_cairo_update_layout(cr, l);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, l);
}

void draw_thumbnail(cairo_t* cr, const ReportThumbnail& t, int x, int y, int box) {
  Surface s(cairo_image_surface_create(CAIRO_FORMAT_RGB24, t.width, t.height));
  unsigned char* data = cairo_image_surface_get_data(s.get());
  const int stride = cairo_image_surface_get_stride(s.get());
  cairo_surface_flush(s.get());
  for (int row = 0; row < t.height; ++row) {
    for (int col = 0; col < t.width; ++col) {
      const uint8_t* px = &t.rgb[(static_cast<size_t>(row) * t.width + col) * 3];
      // CAIRO_FORMAT_RGB24 is a native-endian 32-bit xRGB word.
      reinterpret_cast<uint32_t*>(data + static_cast<ptrdiff_t>(row) * stride)[col] =
          (uint32_t(px[0]) << 16) | (uint32_t(px[1]) << 8) | px[2];
    }
  }
  cairo_surface_mark_dirty(s.get());
  // Fit the box, never enlarge.
  const double scale = std::min(1.0, static_cast<double>(box) / std::max(t.width, t.height));
  cairo_save(cr);
  cairo_translate(cr, x + (box - t.width * scale) / 2, y + (box - t.height * scale) / 2);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, s.get(), 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
  cairo_paint(cr);
  cairo_restore(cr);
}

struct Geometry {
  bool detailed = true;
  int cell_w = 0, cell_h = 0, row_header_w = 0, header_h = 0, title_h = 0;
  int grid_x = 0, grid_y = 0, width = 0, height = 0;
};

}  // namespace

void write_heatmap_png(const LanguageResult& r, const EvalSet& set,
                       const std::vector<ReportThumbnail>& thumbnails,
                       const std::filesystem::path& file) {
  const int rows = static_cast<int>(r.softmax.size());
  const int cols = static_cast<int>(r.caption_items.size());
  const bool pictures = thumbnails.size() == set.items.size();
  Geometry g;
  g.detailed = cols <= kHeatmapDetailedLimit && rows <= kHeatmapDetailedLimit;
  if (g.detailed) {
    g.cell_w = 112;
    g.cell_h = pictures ? 80 : 36;
    g.row_header_w = pictures ? 88 : 160;
  } else {
    g.cell_w = g.cell_h = std::clamp(4000 / std::max(rows, cols), 2, 12);
    g.row_header_w = 0;
  }
  const Font caption_font = font(13), cell_font = font(13), small_font = font(12),
             title_font = font(16, true);

  // Measure first (a scratch surface), then draw on one of the right size.
  Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_RGB24, 1, 1));
  Context measure(cairo_create(scratch.get()));
  std::vector<Layout> headers;
  if (g.detailed) {
    for (int c : r.caption_items) {
      headers.push_back(paragraph(measure.get(),
                                  set.items[static_cast<size_t>(c)].captions.at(r.language),
                                  caption_font, g.cell_w - kGap, 6));
      g.header_h = std::max(g.header_h, pixel_height(headers.back().get()));
    }
    g.header_h += kGap;
  }
  const std::string name = language_name(r.language);
  const std::string title =
      set.name + " — " + (name == r.language ? name : name + " (" + r.language + ")");
  const std::string subtitle =
      g.detailed ? "Rows: photos. Columns: captions in " + r.language +
                       ". Cell: softmax over the captions of 100 × cosine, in %. Framed: the "
                       "photo's own caption."
                 : "Rows: photos. Columns: captions in " + r.language +
                       ". Colour: softmax over the captions of 100 × cosine, in % (numbers in " +
                       r.language + ".csv).";
  const int legend_w = 16, legend_text_w = 48;
  const int grid_w = g.cell_w * cols, grid_h = g.cell_h * rows;
  g.width = std::max(
      560, kMargin + g.row_header_w + grid_w + 2 * kGap + legend_w + legend_text_w + kMargin);
  Layout title_l = paragraph(measure.get(), title, title_font, g.width - 2 * kMargin, 2);
  Layout subtitle_l = paragraph(measure.get(), subtitle, small_font, g.width - 2 * kMargin, 3);
  g.title_h = pixel_height(title_l.get()) + pixel_height(subtitle_l.get()) + 2 * kGap;
  g.grid_x = kMargin + g.row_header_w;
  g.grid_y = kMargin + g.title_h + g.header_h;
  g.height = g.grid_y + std::max(grid_h, 120) + kMargin;

  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, g.width, g.height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorKind::kIo, file, "no memory for a heatmap of this size");
  Context cr(cairo_create(surface.get()));
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_paint(cr.get());
  const Rgb ink{40, 40, 40};
  set_colour(cr.get(), ink);
  draw(cr.get(), title_l.get(), kMargin, kMargin);
  draw(cr.get(), subtitle_l.get(), kMargin, kMargin + pixel_height(title_l.get()) + kGap / 2);

  if (g.detailed) {
    for (int j = 0; j < cols; ++j) {
      PangoLayout* l = headers[static_cast<size_t>(j)].get();
      set_colour(cr.get(), ink);
      draw(cr.get(), l, g.grid_x + j * g.cell_w + kGap / 2, g.grid_y - kGap / 2 - pixel_height(l));
    }
    for (int i = 0; i < rows; ++i) {
      const int y = g.grid_y + i * g.cell_h;
      const ReportThumbnail* t = pictures ? &thumbnails[static_cast<size_t>(i)] : nullptr;
      if (t && t->ok()) {
        const int box = std::min(g.row_header_w - kGap, g.cell_h - 4);
        draw_thumbnail(cr.get(), *t, kMargin, y + (g.cell_h - box) / 2, box);
      } else {
        // No picture (unreadable photo, or none asked for): its file name instead.
        Layout l = paragraph(cr.get(), set.items[static_cast<size_t>(i)].image.filename().string(),
                             small_font, g.row_header_w - kGap, 3);
        set_colour(cr.get(), ink);
        draw(cr.get(), l.get(), kMargin, y + (g.cell_h - pixel_height(l.get())) / 2.0);
      }
    }
  }
  for (int i = 0; i < rows; ++i) {
    for (int j = 0; j < cols; ++j) {
      const double p = r.softmax[static_cast<size_t>(i)][static_cast<size_t>(j)];
      const int x = g.grid_x + j * g.cell_w, y = g.grid_y + i * g.cell_h;
      set_colour(cr.get(), heat_colour(p / 100.0));
      cairo_rectangle(cr.get(), x, y, g.cell_w, g.cell_h);
      cairo_fill(cr.get());
      if (!g.detailed) continue;
      char text[32];
      std::snprintf(text, sizeof text, "%.1f%%", p);
      Layout l = paragraph(cr.get(), text, cell_font, g.cell_w, 1, PANGO_ALIGN_CENTER);
      set_colour(cr.get(), heat_wants_dark_text(p / 100.0) ? Rgb{20, 20, 20} : Rgb{255, 255, 255});
      draw(cr.get(), l.get(), x, y + (g.cell_h - pixel_height(l.get())) / 2.0);
    }
  }
  // The photo's own caption: a black frame with a white inner line, visible on dark and light.
  for (int j = 0; j < cols && g.detailed; ++j) {
    const int i = r.caption_items[static_cast<size_t>(j)];
    const double x = g.grid_x + j * g.cell_w, y = g.grid_y + i * g.cell_h;
    cairo_set_line_width(cr.get(), 2);
    cairo_set_source_rgb(cr.get(), 0, 0, 0);
    cairo_rectangle(cr.get(), x + 1, y + 1, g.cell_w - 2, g.cell_h - 2);
    cairo_stroke(cr.get());
    cairo_set_source_rgb(cr.get(), 1, 1, 1);
    cairo_rectangle(cr.get(), x + 3, y + 3, g.cell_w - 6, g.cell_h - 6);
    cairo_stroke(cr.get());
  }
  // Colour scale: 100 % at the top, its unit above it.
  const int lx = g.grid_x + grid_w + 2 * kGap, lh = std::max(grid_h, 120);
  for (int y = 0; y < lh; ++y) {
    set_colour(cr.get(), heat_colour(1.0 - static_cast<double>(y) / std::max(1, lh - 1)));
    cairo_rectangle(cr.get(), lx, g.grid_y + y, legend_w, 1);
    cairo_fill(cr.get());
  }
  set_colour(cr.get(), ink);
  cairo_set_line_width(cr.get(), 1);
  cairo_rectangle(cr.get(), lx + 0.5, g.grid_y + 0.5, legend_w - 1, lh - 1);
  cairo_stroke(cr.get());
  for (int tick : {100, 50, 0}) {
    Layout l = paragraph(cr.get(), std::to_string(tick) + " %", small_font, 0, 1);
    const double y = g.grid_y + (100 - tick) / 100.0 * (lh - 1) - pixel_height(l.get()) / 2.0;
    draw(cr.get(), l.get(), lx + legend_w + 4,
         std::clamp(y, double(g.grid_y), double(g.grid_y + lh - pixel_height(l.get()))));
  }
  Layout unit = paragraph(cr.get(), "softmax, %", small_font, 0, 1);
  draw(cr.get(), unit.get(), lx, g.grid_y - pixel_height(unit.get()) - 2);

  cairo_surface_flush(surface.get());
  const cairo_status_t status = cairo_surface_write_to_png(surface.get(), file.c_str());
  if (status != CAIRO_STATUS_SUCCESS)
    throw Error(ErrorKind::kIo, file,
                std::string("cannot write the heatmap: ") + cairo_status_to_string(status));
}

}  // namespace lingualens
