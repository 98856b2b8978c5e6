#include "AnalysisTags.h"

#include <array>
#include <utility>

namespace tcplens {

namespace {

// Tag (without brackets) to its Chinese; "TCP Dup ACK " keeps its "frame#count" after it.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kChinese{{
    {"TCP Port numbers reused", "TCP 端口号重用"},
    {"TCP Previous segment not captured", "TCP 前一报文段未捕获"},
    {"TCP ACKed unseen segment", "TCP 确认了未捕获的报文段"},
    {"TCP Spurious Retransmission", "TCP 虚假重传"},
    {"TCP Fast Retransmission", "TCP 快速重传"},
    {"TCP Retransmission", "TCP 重传"},
    {"TCP Out-Of-Order", "TCP 乱序"},
    {"TCP Keep-Alive ACK", "TCP 保活确认"},
    {"TCP Keep-Alive", "TCP 保活"},
    {"TCP ZeroWindowProbeAck", "TCP 零窗口探测确认"},
    {"TCP ZeroWindowProbe", "TCP 零窗口探测"},
    {"TCP ZeroWindow", "TCP 零窗口"},
    {"TCP Window Full", "TCP 窗口已满"},
    {"TCP Window Update", "TCP 窗口更新"},
    {"TCP Dup ACK ", "TCP 重复确认 "},
}};

std::string chineseTag(std::string_view tag)
{
    for (const auto& [english, chinese] : kChinese) {
        if (tag == english)
            return std::string(chinese);
        if (english.back() == ' ' && tag.starts_with(english))
            return std::string(chinese) + std::string(tag.substr(english.size()));
    }
    return std::string(tag);
}

} // namespace

std::string localizedAnalysisTags(std::string_view tags, NarrationLanguage language)
{
    if (language == NarrationLanguage::English)
        return std::string(tags);
    std::string text;
    std::size_t at = 0;
    while (at < tags.size()) {
        const std::size_t open = tags.find('[', at);
        const std::size_t close = open == std::string_view::npos ? open : tags.find(']', open);
        if (close == std::string_view::npos) {
            text += tags.substr(at);
            break;
        }
        text += tags.substr(at, open - at);
        text += "[" + chineseTag(tags.substr(open + 1, close - open - 1)) + "]";
        at = close + 1;
    }
    return text;
}

} // namespace tcplens
