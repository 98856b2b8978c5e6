#include "ExpertText.h"

#include "../export/JsonText.h"

#include <cstdio>
#include <map>

namespace tcplens {
namespace {

/// tshark's section titles.
const char* sectionTitle(ExpertSeverity severity) noexcept
{
    switch (severity) {
    case ExpertSeverity::Error: return "Errors";
    case ExpertSeverity::Warning: return "Warns";
    case ExpertSeverity::Note: return "Notes";
    case ExpertSeverity::Chat: return "Chats";
    }
    return "Chats";
}

std::string quoted(std::string_view text)
{
    return '"' + jsonEscape(text) + '"';
}

} // namespace

std::string expertText(const ExpertInfo& info, const ExpertSelection& selection)
{
    const auto entries = info.entries(selection);
    std::string out;
    for (int level = kExpertSeverityCount - 1; level >= 0; --level) {
        const auto severity = static_cast<ExpertSeverity>(level);
        std::size_t total = 0;
        for (const auto& entry : entries)
            if (entry.severity == severity)
                total += entry.frames.size();
        if (total == 0)
            continue;
        out += "\n" + std::string(sectionTitle(severity)) + " (" + std::to_string(total) + ")\n=============\n";
        out += "   Frequency      Group           Protocol  Summary\n";
        for (const auto& entry : entries) {
            if (entry.severity != severity)
                continue;
            char line[64];
            std::snprintf(line, sizeof line, "%12zu %10s %18s  ", entry.frames.size(),
                          std::string(groupName(entry.group)).c_str(), "TCP");
            out += line + entry.summary + "\n";
        }
    }
    return out;
}

std::string expertJson(const ExpertInfo& info, const ExpertSelection& selection)
{
    const auto entries = info.entries(selection);
    std::size_t items = 0;
    std::uint32_t perSeverity[kExpertSeverityCount] = {0, 0, 0, 0};
    std::map<std::uint32_t, ExpertTotal> streams;
    for (const auto& entry : entries) {
        items += entry.frames.size();
        perSeverity[static_cast<int>(entry.severity)] += static_cast<std::uint32_t>(entry.frames.size());
    }
    std::optional<ExpertSeverity> worst;
    for (int level = kExpertSeverityCount - 1; level >= 0 && !worst; --level)
        if (perSeverity[level] > 0)
            worst = static_cast<ExpertSeverity>(level);
    for (const auto& item : info.items()) {
        if (item.severity() < selection.minimum || (selection.stream && item.stream != *selection.stream)
            || item.stream == kNoStream)
            continue;
        auto& total = streams[item.stream];
        ++total.count;
        if (!total.worst || item.severity() > *total.worst)
            total.worst = item.severity();
    }

    std::string out = "{\"items\":" + std::to_string(items) + ",\"worst\":"
                    + (worst ? quoted(severityName(*worst)) : std::string("null")) + ",\"severities\":{";
    for (int level = kExpertSeverityCount - 1; level >= 0; --level) {
        out += quoted(severityName(static_cast<ExpertSeverity>(level))) + ":" + std::to_string(perSeverity[level]);
        out += level > 0 ? "," : "}";
    }
    out += ",\"entries\":[";
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& entry = entries[i];
        out += i ? ",{" : "{";
        out += "\"severity\":" + quoted(severityName(entry.severity)) + ",\"group\":" + quoted(groupName(entry.group))
             + ",\"protocol\":\"TCP\",\"field\":" + quoted(expertFieldName(entry.kind))
             + ",\"summary\":" + quoted(entry.summary) + ",\"count\":" + std::to_string(entry.frames.size())
             + ",\"frames\":[";
        for (std::size_t f = 0; f < entry.frames.size(); ++f)
            out += (f ? "," : "") + std::to_string(entry.frames[f]);
        out += "]}";
    }
    out += "],\"streams\":[";
    bool first = true;
    for (const auto& [stream, total] : streams) {
        out += first ? "{" : ",{";
        first = false;
        out += "\"stream\":" + std::to_string(stream) + ",\"worst\":" + quoted(severityName(*total.worst))
             + ",\"count\":" + std::to_string(total.count) + "}";
    }
    return out + "]}\n";
}

} // namespace tcplens
