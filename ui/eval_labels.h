// How the evaluation views write their figures and names: shared by the evaluation window
// and its side-by-side view of two pairs.
#pragma once

#include <QString>
#include <string>

namespace lingualens::ui {

// "42%" in the interface's locale.
QString percent(double share);

// "Kannada (kn)": the code people wrote in the set, with a name they can read (in the
// interface's language); the bare code when no name is known.
QString language_label(const std::string& code);

// ①, ②: the evaluated and the compared pair, in headers too narrow for their names.
QString pair_mark(int index);

}  // namespace lingualens::ui
