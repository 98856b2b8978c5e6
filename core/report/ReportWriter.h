#pragma once
// A ConversationReport as plain text, Markdown, HTML (frame numbers as "frame:N" links, for the
// GUI) or JSON (the numbers under stable keys, plus the worded answers).

#include "../flow/FlowNarrator.h"
#include "ConversationReport.h"

#include <optional>
#include <string>
#include <string_view>

namespace tcplens {

enum class ReportFormat : std::uint8_t { Text, Markdown, Html, Json };

/// "text", "markdown" (or "md"), "html", "json"; nullopt for anything else.
[[nodiscard]] std::optional<ReportFormat> parseReportFormat(std::string_view name) noexcept;

[[nodiscard]] std::string writeReport(const ConversationReport& report, ReportFormat format, NarrationLanguage language);

/// The JSON object (keys in the README), one line, no newline.
[[nodiscard]] std::string reportJson(const ConversationReport& report, NarrationLanguage language);

} // namespace tcplens
