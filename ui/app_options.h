// What the desktop app was asked to open: library folder, model files, an initial query.
// Plain values; filled by app/gui/main.cpp from the saved settings and the command line
// (the command line wins).
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lingualens::ui {

struct AppOptions {
  QString library;             // empty: the default data folder
  QString models;              // empty: <data>/models
  QString image_model;         // empty: <models>/RN50x4.pt
  QString text_model;          // empty: <models>/M-BERT-Base-69
  QString text_head;           // empty: found in the text model folder
  QString model_pair;          // the Multilingual-CLIP pair chosen in Settings; empty: the default
  QString interface_language;  // "" follows the system; a code ("de", "ar") from the next start
  QString search;              // run this query once the models are loaded
  QString evaluate;  // open the translation evaluation with this set (run once models load)
  QStringList
      search_images;  // search by these example images at start (opened from a file manager)
  int threads = 0;    // compute threads; 0: all cores
  int thumbnail_size = 160;
  bool fast_indexing = false;         // approximate, faster JPEG decoding (IndexParams::fast)
  bool half_text_weights = false;     // TextEncoderParams::half_weights
  bool read_dates_and_places = true;  // understand "July 2023", "in Italy" in queries as filters
};

}  // namespace lingualens::ui

Q_DECLARE_METATYPE(lingualens::ui::AppOptions)
