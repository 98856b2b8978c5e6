#pragma once
// tcplens-cli info: Capture File Properties (core/capture/CaptureProperties), as text or JSON.

#include <iosfwd>
#include <string>

namespace tcplens::cli {

int runInfo(const std::string& path, bool json, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
