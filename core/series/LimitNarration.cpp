#include "LimitNarration.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace tcplens {
namespace {

struct Consequence {
    std::string_view en;
    std::string_view zh;
};

// What the new factor means, in LimitFactor order (the handshake is never narrated as a change).
constexpr std::array<Consequence, kLimitFactorCount> kConsequence{{
    {"", ""},
    {"the application is not writing fast enough to fill the windows", "应用程序写入的数据不足以填满窗口"},
    {"flow control has taken over", "流量控制接管了"},
    {"congestion control has taken over", "拥塞控制接管了"},
    {"its own send buffer caps the data in flight", "它自己的发送缓冲区限制了在途数据量"},
    {"it is retransmitting what was lost", "它正在重传丢失的数据"},
    {"only the retransmission timer can repair the loss", "只有等重传定时器到期才能修复丢包"},
    {"the receiver's buffer is full", "接收方的缓冲区已满"},
    {"nothing is outstanding and nothing is sent", "没有未确认的数据，也没有发送"},
    {"this capture point cannot show why", "从这个抓包位置看不出原因"},
}};

bool chinese(NarrationLanguage l) noexcept { return l == NarrationLanguage::SimplifiedChinese; }

/// Factors that are a "limited by X" (the others are states: recovery, a stall, idle).
bool limitedBy(LimitFactor f) noexcept
{
    return f == LimitFactor::Application || f == LimitFactor::ReceiverWindow || f == LimitFactor::Congestion
        || f == LimitFactor::SendBuffer;
}

} // namespace

std::optional<LimitFactor> limitFactorAt(const std::vector<LimitSegment>& timeline, double seconds)
{
    if (timeline.empty() || seconds < timeline.front().start || seconds > timeline.back().end)
        return std::nullopt;
    const auto it = std::upper_bound(timeline.begin(), timeline.end(), seconds,
                                     [](double t, const LimitSegment& s) { return t < s.end; });
    return it == timeline.end() ? timeline.back().factor : it->factor;
}

std::string limitChangeSentence(LimitFactor from, LimitFactor to, Direction data, NarrationLanguage language)
{
    const bool client = data == Direction::ClientToServer;
    const auto& consequence = kConsequence[static_cast<std::size_t>(to)];
    const bool saysFrom = from != to && from != LimitFactor::Handshake && from != LimitFactor::Unknown;
    if (chinese(language)) {
        std::string out = std::string("从这里开始，") + (client ? "客户端" : "服务器")
                        + (to == LimitFactor::Unknown ? "的限制因素无法判断" : limitFactorPhrase(to, language));
        if (saysFrom)
            out += "，不再" + limitFactorPhrase(from, language);
        if (!consequence.zh.empty())
            out += std::string("：") + std::string(consequence.zh);
        return out + "。";
    }
    std::string out = std::string("From here the ") + (client ? "client" : "server")
                    + (to == LimitFactor::Unknown ? "'s limit is unknown" : " is " + limitFactorPhrase(to, language));
    if (saysFrom) {
        // "not by the receiver's window" after a limit, "no longer in loss recovery" after a state.
        constexpr std::string_view kLimitedBy = "limited by ";
        const std::string before = limitFactorPhrase(from, language);
        if (limitedBy(from) && limitedBy(to) && before.starts_with(kLimitedBy))
            out += ", not by " + before.substr(kLimitedBy.size());
        else
            out += ", no longer " + before;
    }
    if (!consequence.en.empty())
        out += std::string(": ") + std::string(consequence.en);
    return out + ".";
}

std::optional<std::pair<LimitFactor, LimitFactor>> limitChangeAt(const std::vector<LimitSegment>& timeline,
                                                                 double previousSeconds, double seconds)
{
    const auto from = limitFactorAt(timeline, previousSeconds);
    const auto to = limitFactorAt(timeline, seconds);
    // Leaving the handshake is not a change of limit: the first factor is said when it gives way.
    if (!from || !to || *from == *to || *from == LimitFactor::Handshake || *to == LimitFactor::Handshake)
        return std::nullopt;
    return std::pair{*from, *to};
}

std::string limitChangeBetween(const std::vector<LimitSegment>& timeline, Direction data, double previousSeconds,
                               double seconds, NarrationLanguage language)
{
    const auto change = limitChangeAt(timeline, previousSeconds, seconds);
    return change ? limitChangeSentence(change->first, change->second, data, language) : std::string();
}

} // namespace tcplens
