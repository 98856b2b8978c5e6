#include "LimitText.h"

#include "JsonText.h"
#include "KernelLimitText.h"

#include <charconv>
#include <cstdio>
#include <optional>

namespace tcplens {
namespace {

constexpr std::array kDirections{Direction::ClientToServer, Direction::ServerToClient};

std::string number(double value, int decimals = 6)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

/// Appends `value` with `decimals` fixed decimals (to_chars: no locale, no temporary string).
void appendNumber(std::string& out, double value, int decimals = 6)
{
    char text[48];
    const auto result = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals);
    out.append(text, result.ec == std::errc() ? result.ptr : text);
}

/// Factor keys are plain ASCII words: quoted without the escaper.
void appendKey(std::string& out, LimitFactor f)
{
    out += '"';
    out += limitFactorKey(f);
    out += "\":";
}

const char* directionKey(Direction d) noexcept { return d == Direction::ClientToServer ? "c2s" : "s2c"; }

bool chinese(NarrationLanguage l) noexcept { return l == NarrationLanguage::SimplifiedChinese; }

/// The totals object; `receiverSide` adds that key when given.
void appendTotals(std::string& out, const LimitTotals& totals, NarrationLanguage language,
                  std::optional<bool> receiverSide = std::nullopt)
{
    out += "{\"transfer_seconds\":";
    appendNumber(out, totals.transferSeconds());
    out += ",\"dominant\":";
    if (totals.empty()) {
        out += "null";
    } else {
        out += '"';
        out += limitFactorKey(totals.dominant());
        out += '"';
    }
    out += ",\"sentence\":";
    out += jsonQuoted(dominantLimitSentence(totals, language));
    // Only the factors with time: most directions see two or three of the ten.
    out += ",\"seconds\":{";
    bool first = true;
    for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
        const auto f = static_cast<LimitFactor>(i);
        if (totals.of(f) <= 0)
            continue;
        if (!first)
            out += ',';
        first = false;
        appendKey(out, f);
        appendNumber(out, totals.of(f));
    }
    out += "},\"share\":{";
    first = true;
    for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
        const auto f = static_cast<LimitFactor>(i);
        if (f == LimitFactor::Handshake || totals.of(f) <= 0)
            continue;
        if (!first)
            out += ',';
        first = false;
        appendKey(out, f);
        appendNumber(out, totals.share(f), 4);
    }
    out += '}';
    if (receiverSide)
        out += *receiverSide ? ",\"receiver_side\":true" : ",\"receiver_side\":false";
    out += '}';
}

} // namespace

std::string limitTotalsJson(const LimitTotals& totals, NarrationLanguage language)
{
    std::string out;
    out.reserve(384);
    appendTotals(out, totals, language);
    return out;
}

void appendLimitDirectionsJson(std::string& out, const LimitTracker& tracker, NarrationLanguage language)
{
    out += '{';
    for (const auto d : kDirections) {
        if (d != kDirections.front())
            out += ',';
        out += '"';
        out += directionKey(d);
        out += "\":";
        const auto timeline = tracker.timeline(d);
        if (timeline.empty())
            out += "null";
        else
            appendTotals(out, limitTotals(timeline), language, tracker.receiverSide(d));
    }
    out += '}';
}

std::string limitDirectionsJson(const LimitTracker& tracker, NarrationLanguage language)
{
    std::string out;
    out.reserve(768);
    appendLimitDirectionsJson(out, tracker, language);
    return out;
}

std::string limitsJson(const LimitTracker& tracker, std::uint32_t stream, NarrationLanguage language,
                       const KernelComparisons* kernel)
{
    std::string out = "{\"stream\":" + std::to_string(stream) + ",\"directions\":[";
    bool firstDirection = true;
    for (const auto d : kDirections) {
        const auto timeline = tracker.timeline(d);
        if (timeline.empty())
            continue;
        out += std::string(firstDirection ? "" : ",") + "{\"direction\":\"" + directionKey(d)
             + "\",\"receiver_side\":" + (tracker.receiverSide(d) ? "true" : "false")
             + ",\"totals\":" + limitTotalsJson(limitTotals(timeline), language) + ",\"timeline\":[";
        firstDirection = false;
        for (std::size_t i = 0; i < timeline.size(); ++i)
            out += std::string(i ? "," : "") + "{\"start\":" + number(timeline[i].start) + ",\"end\":"
                 + number(timeline[i].end) + ",\"factor\":" + jsonQuoted(limitFactorKey(timeline[i].factor)) + "}";
        out += ']';
        if (kernel)
            out += ",\"kernel\":" + kernelComparisonJson((*kernel)[static_cast<std::size_t>(index(d))], language);
        out += '}';
    }
    return out + "]}";
}

std::string limitsText(const LimitTracker& tracker, std::uint32_t stream, const std::string& client,
                       const std::string& server, NarrationLanguage language, const KernelComparisons* kernel)
{
    const bool zh = chinese(language);
    std::string out;
    for (const auto d : kDirections) {
        const auto timeline = tracker.timeline(d);
        const bool c2s = d == Direction::ClientToServer;
        const std::string& from = c2s ? client : server;
        const std::string& to = c2s ? server : client;
        out += (zh ? "流 " : "Stream ") + std::to_string(stream) + (zh ? "，" : ", ") + from + " → " + to + "\n";
        if (timeline.empty()) {
            out += zh ? "  这个方向没有发送数据。\n\n" : "  No data in this direction.\n\n";
            continue;
        }
        const auto totals = limitTotals(timeline);
        out += "  " + dominantLimitSentence(totals, language) + "\n";
        if (tracker.receiverSide(d))
            out += zh ? "  （在接收方附近抓包：发送方的在途数据不可见，大部分轮次无法判断。）\n"
                      : "  (Captured near the receiver: the sender's flight is not visible, most rounds are unknown.)\n";
        char line[160];
        std::snprintf(line, sizeof line, "  %-24s %12s %8s\n", zh ? "因素" : "factor", zh ? "秒" : "seconds",
                      zh ? "占比" : "share");
        out += line;
        for (std::size_t i = 0; i < kLimitFactorCount; ++i) {
            const auto f = static_cast<LimitFactor>(i);
            if (totals.of(f) <= 0)
                continue;
            const std::string share = f == LimitFactor::Handshake ? "-" : number(100 * totals.share(f), 1) + "%";
            std::snprintf(line, sizeof line, "  %-24s %12s %8s\n", std::string(limitFactorKey(f)).c_str(),
                          number(totals.of(f)).c_str(), share.c_str());
            out += line;
        }
        if (kernel)
            out += kernelComparisonText((*kernel)[static_cast<std::size_t>(index(d))], language);
        out += zh ? "  时间线（相对流开始的秒数）：\n" : "  Timeline (seconds since the stream's first packet):\n";
        for (const auto& s : timeline) {
            std::snprintf(line, sizeof line, "  %12s %12s  %s\n", number(s.start).c_str(), number(s.end).c_str(),
                          limitFactorPhrase(s.factor, language).c_str());
            out += line;
        }
        out += "\n";
    }
    return out;
}

} // namespace tcplens
