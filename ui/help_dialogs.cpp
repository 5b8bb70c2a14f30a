#include "ui/help_dialogs.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>

namespace lingualens::ui {
namespace {
struct HelpDialogs {
  Q_DECLARE_TR_FUNCTIONS(HelpDialogs)
};
}  // namespace

void show_search_tips(QWidget* parent) {
  QMessageBox box(parent);
  box.setWindowTitle(HelpDialogs::tr("Search tips"));
  box.setTextFormat(Qt::RichText);
  box.setText(HelpDialogs::tr(
      "<h3>Describe the photo, in any of 69 languages</h3>"
      "<p><i>Eisbär im Schnee</i> · <i>белая кошка</i> · <i>قطة بيضاء</i> · <i>red apple on a "
      "table</i></p>"
      "<table cellpadding=3>"
      "<tr><td><b>a +b</b></td><td>both: <i>beach +sunset</i></td></tr>"
      "<tr><td><b>a -b</b></td><td>less of b: <i>beach -people</i></td></tr>"
      "<tr><td><b>a^2</b></td><td>weigh a part: <i>dog^2 +snow</i></td></tr>"
      "<tr><td><b>an image</b></td><td>drop, paste (Ctrl+V) or choose a photo to find similar "
      "ones; with words, both count</td></tr>"
      "<tr><td><b>no words</b></td><td>every photo, newest first (the timeline)</td></tr>"
      "</table>"
      "<p>The relevance slider shows more or fewer results; the folder and date filters narrow "
      "the search. Enter or double-click opens a photo, Space for a quick look, Esc goes "
      "back.</p>"));
  box.exec();
}

void show_about_box(QWidget* parent, const QStringList& model_files) {
  QStringList files;
  for (const auto& f : model_files) files << QDir::toNativeSeparators(f).toHtmlEscaped();
  QMessageBox::about(
      parent, HelpDialogs::tr("About LinguaLens"),
      HelpDialogs::tr(
          "<h3>LinguaLens %1</h3>"
          "<p>Search your photos by describing them in any of 69 languages. Everything runs on "
          "this "
          "computer; no photo or query leaves it.</p>"
          "<p><b>Models</b>: OpenAI CLIP RN50x4 (image; MIT licence) and Multilingual-CLIP "
          "M-BERT-Base-69 (text; MIT licence). In use:<br>%2</p>"
          "<p><b>Built with</b> Qt %3 (LGPL), LibTorch (BSD), FAISS (MIT), OpenCV (Apache 2.0), "
          "SQLite (public domain), exiv2 (GPL), libheif (LGPL), ICU (Unicode licence), Pango "
          "(LGPL), CLD2 (Apache 2.0).</p>"
          "<p><b>Places</b>: the offline gazetteer of populated places comes from "
          "<a href=\"https://www.geonames.org\">GeoNames</a> (CC BY 4.0).</p>")
          .arg(QApplication::applicationVersion().isEmpty() ? QStringLiteral("dev")
                                                            : QApplication::applicationVersion(),
               files.join(QStringLiteral("<br>")), QString::fromLatin1(qVersion())));
}

}  // namespace lingualens::ui
