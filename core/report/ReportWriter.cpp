#include "ReportWriter.h"

#include "ReportAnswers.h"
#include "../export/MarkupEscape.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

namespace tcplens {
namespace {

/// Columns a terminal gives `text`: East Asian wide characters take two.
std::size_t displayWidth(const std::string& text)
{
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::uint32_t code = c;
        std::size_t n = 1;
        if (c >= 0xF0) {
            code = c & 0x07;
            n = 4;
        } else if (c >= 0xE0) {
            code = c & 0x0F;
            n = 3;
        } else if (c >= 0xC0) {
            code = c & 0x1F;
            n = 2;
        }
        for (std::size_t k = 1; k < n && i + k < text.size(); ++k)
            code = (code << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
        width += (code >= 0x1100 && (code <= 0x115F || (code >= 0x2E80 && code <= 0xA4CF) || (code >= 0xAC00 && code <= 0xD7A3)
                                     || (code >= 0xF900 && code <= 0xFAFF) || (code >= 0xFE30 && code <= 0xFE4F)
                                     || (code >= 0xFF00 && code <= 0xFF60) || (code >= 0xFFE0 && code <= 0xFFE6)))
                     ? 2
                     : 1;
        i += n;
    }
    return width;
}

std::string pad(const std::string& text, std::size_t width, bool right)
{
    const auto w = displayWidth(text);
    const std::string fill(w < width ? width - w : 0, ' ');
    return right ? fill + text : text + fill;
}

std::string markdownEscape(const std::string& text)
{
    std::string out;
    for (const char c : text) {
        if (c == '|' || c == '*' || c == '_' || c == '`' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

std::string writeText(const ConversationReport& report, NarrationLanguage language)
{
    const auto words = [&](std::uint32_t f) { return frameWords(f, language); };
    std::ostringstream out;
    out << reportTitle(report, language) << '\n' << expandFrames(reportSubtitle(report, language), words) << '\n';
    int n = 0;
    for (const auto& a : reportAnswers(report, language)) {
        out << '\n' << ++n << ". " << a.question << '\n';
        for (const auto& line : a.lines)
            out << "   " << expandFrames(line, words) << '\n';
        if (a.table) {
            const auto& t = *a.table;
            std::vector<std::size_t> widths;
            for (const auto& h : t.header)
                widths.push_back(displayWidth(h));
            std::vector<std::vector<std::string>> rows;
            for (const auto& row : t.rows) {
                auto& cells = rows.emplace_back();
                for (std::size_t c = 0; c < row.size(); ++c) {
                    // Table cells show bare frame numbers: the column says they are frames.
                    cells.push_back(expandFrames(row[c], [&](std::uint32_t f) {
                        return c == 1 || c == 5 ? std::to_string(f) : words(f);
                    }));
                    widths[c] = std::max(widths[c], displayWidth(cells.back()));
                }
            }
            out << "   ";
            for (std::size_t c = 0; c < t.header.size(); ++c)
                out << (c ? "  " : "") << pad(t.header[c], widths[c], c != 0);
            out << '\n';
            for (const auto& cells : rows) {
                out << "   ";
                for (std::size_t c = 0; c < cells.size(); ++c)
                    out << (c ? "  " : "") << pad(cells[c], widths[c], true);
                out << '\n';
            }
        }
        out << "   " << howLabel(language) << expandFrames(a.how, words) << '\n';
    }
    return out.str();
}

std::string writeMarkdown(const ConversationReport& report, NarrationLanguage language)
{
    const auto words = [&](std::uint32_t f) { return frameWords(f, language); };
    std::ostringstream out;
    out << "# " << markdownEscape(reportTitle(report, language)) << "\n\n"
        << expandFrames(reportSubtitle(report, language), words) << '\n';
    int n = 0;
    for (const auto& a : reportAnswers(report, language)) {
        out << "\n## " << ++n << ". " << markdownEscape(a.question) << "\n\n";
        for (const auto& line : a.lines)
            out << "- " << markdownEscape(expandFrames(line, words)) << '\n';
        if (a.table) {
            out << '\n';
            for (const auto& h : a.table->header)
                out << "| " << markdownEscape(h) << ' ';
            out << "|\n";
            for (std::size_t c = 0; c < a.table->header.size(); ++c)
                out << (c == 0 ? "| ---: " : "| ---: ");
            out << "|\n";
            for (const auto& row : a.table->rows) {
                for (const auto& cell : row)
                    out << "| " << markdownEscape(expandFrames(cell, [&](std::uint32_t f) { return std::to_string(f); })) << ' ';
                out << "|\n";
            }
        }
        auto label = howLabel(language);
        const bool spaced = !label.empty() && label.back() == ' ';
        if (spaced)
            label.pop_back();
        out << "\n*" << label << '*' << (spaced ? " " : "") << markdownEscape(expandFrames(a.how, words)) << '\n';
    }
    return out.str();
}

std::string writeHtml(const ConversationReport& report, NarrationLanguage language)
{
    const auto link = [&](bool bare) {
        return [&language, bare](std::uint32_t f) {
            return "<a href=\"frame:" + std::to_string(f) + "\">" + (bare ? std::to_string(f) : frameWords(f, language))
                 + "</a>";
        };
    };
    // Escape first (tokens hold no HTML characters), then turn the tokens into links.
    const auto html = [&](const std::string& text, bool bare = false) { return expandFrames(markupEscape(text), link(bare)); };
    std::ostringstream out;
    out << "<h1>" << markupEscape(reportTitle(report, language)) << "</h1>\n<p>" << html(reportSubtitle(report, language))
        << "</p>\n";
    int n = 0;
    for (const auto& a : reportAnswers(report, language)) {
        out << "<h2>" << ++n << ". " << markupEscape(a.question) << "</h2>\n";
        for (const auto& line : a.lines)
            out << "<p>" << html(line) << "</p>\n";
        if (a.table) {
            out << "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>";
            for (const auto& h : a.table->header)
                out << "<th>" << markupEscape(h) << "</th>";
            out << "</tr>\n";
            for (const auto& row : a.table->rows) {
                out << "<tr>";
                for (const auto& cell : row)
                    out << "<td align=\"right\">" << html(cell, true) << "</td>";
                out << "</tr>\n";
            }
            out << "</table>\n";
        }
        out << "<p class=\"how\"><i>" << markupEscape(howLabel(language)) << "</i>" << html(a.how) << "</p>\n";
    }
    return out.str();
}

} // namespace

std::optional<ReportFormat> parseReportFormat(std::string_view name) noexcept
{
    if (name == "text" || name == "txt")
        return ReportFormat::Text;
    if (name == "markdown" || name == "md")
        return ReportFormat::Markdown;
    if (name == "html")
        return ReportFormat::Html;
    if (name == "json")
        return ReportFormat::Json;
    return std::nullopt;
}

std::string writeReport(const ConversationReport& report, ReportFormat format, NarrationLanguage language)
{
    switch (format) {
    case ReportFormat::Markdown: return writeMarkdown(report, language);
    case ReportFormat::Html: return writeHtml(report, language);
    case ReportFormat::Json: return reportJson(report, language) + '\n';
    case ReportFormat::Text: break;
    }
    return writeText(report, language);
}

} // namespace tcplens
