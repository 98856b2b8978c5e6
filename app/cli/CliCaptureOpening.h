#pragma once
// Opening a capture and compiling a --filter the way every tcplens-cli command reports it: one
// message naming the file or the expression, and the exit code the caller returns.

#include <capture/BpfFilter.h>
#include <capture/CaptureFile.h>

#include <iosfwd>
#include <memory>
#include <optional>
#include <string>

namespace tcplens::cli {

/// The opened capture, or null after writing "tcplens-cli: <why>" to `err` (exit kExitUnreadable).
[[nodiscard]] std::unique_ptr<CaptureFile> openOrReport(const std::string& path, std::ostream& err);

/// Compiles `expression` (if any) against `file` into `filter`; false after writing
/// "tcplens-cli: bad filter ..." to `err` (exit kExitUsage).
[[nodiscard]] bool compileFilterOrReport(CaptureFile& file, const std::optional<std::string>& expression,
                                         std::optional<BpfFilter>& filter, std::ostream& err);

} // namespace tcplens::cli
