// A failure from the core library, for a dialog in the interface's language: one translated
// sentence saying what went wrong (by the error's kind, naming its file), then core's own
// words, exact and in English, as logs and the command line give them (core has no Qt and no
// translations). In English the core's words say it all and come alone.
#pragma once

#include <QString>
#include <exception>

namespace lingualens::ui {

QString error_text(const std::exception& e);

}  // namespace lingualens::ui
