#pragma once
// tcplens-cli report: the lab answers of one TCP conversation (ConversationReport) as text,
// Markdown or JSON, in English or Chinese.

#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

namespace tcplens::cli {

struct ReportOptions {
    std::string path;
    std::optional<std::uint32_t> stream;
    std::string format = "text"; ///< text, markdown, json (html too, for a browser).
    std::string language = "en"; ///< en or zh_CN.
    std::string output;          ///< File to write; stdout when empty.
};

int runReport(const ReportOptions& options, std::ostream& out, std::ostream& err);

} // namespace tcplens::cli
