// Standard base64 (RFC 4648, with padding): for bytes that must travel as text — non-UTF-8
// paths in JSON, images embedded in a self-contained HTML report.
#pragma once

#include <string>

namespace lingualens {

std::string base64(const std::string& bytes);

}  // namespace lingualens
