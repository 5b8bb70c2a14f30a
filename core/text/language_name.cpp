#include "core/text/language_name.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace lingualens {

std::string language_name(const std::string& code, const std::string& in_language) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Locale locale = icu::Locale::forLanguageTag(code, status);
  if (U_FAILURE(status) || locale.isBogus()) return code;
  icu::UnicodeString name;
  locale.getDisplayName(icu::Locale(in_language.c_str()), name);
  std::string out;
  name.toUTF8String(out);
  // ICU echoes the code back when it has no name for it.
  return out.empty() ? code : out;
}

}  // namespace lingualens
