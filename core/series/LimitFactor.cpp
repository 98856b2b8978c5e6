#include "LimitFactor.h"

#include <algorithm>
#include <cmath>

namespace tcplens {
namespace {

struct FactorText {
    std::string_view key;
    std::string_view phraseEn;
    std::string_view meaningEn;
    std::string_view phraseZh;
    std::string_view meaningZh;
};

constexpr std::array<FactorText, kLimitFactorCount> kText{{
    {"handshake", "in the handshake", "the connection was being set up", "处于握手阶段", "连接正在建立"},
    {"application", "limited by the application",
     "the sender had nothing to send; the application writes too little or too slowly", "受应用程序限制",
     "发送方没有数据可发：应用程序写入的数据太少或太慢"},
    {"receiver_window", "limited by the receiver's window",
     "the receiver reads too slowly or its buffer is too small", "受接收窗口限制",
     "接收方读取太慢或其缓冲区太小"},
    {"congestion", "limited by the congestion window",
     "congestion control sets the pace; the network path is the bottleneck", "受拥塞窗口限制",
     "拥塞控制决定了发送速度：网络路径是瓶颈"},
    {"send_buffer", "limited by the sender's buffer",
     "the send buffer is smaller than the path's bandwidth-delay product", "受发送缓冲区限制",
     "发送缓冲区小于路径的带宽时延积"},
    {"loss_recovery", "in loss recovery", "the sender was retransmitting lost segments", "处于丢包恢复",
     "发送方在重传丢失的报文段"},
    {"retransmission_timeout", "waiting for retransmission timeouts",
     "losses were repaired only when the retransmission timer expired", "在等待重传超时",
     "丢包只能等重传定时器到期后才修复"},
    {"zero_window", "stalled by a zero window", "the receiver's buffer was full and it stopped the sender",
     "因零窗口而停顿", "接收方缓冲区已满，让发送方停止发送"},
    {"idle", "idle", "nothing was outstanding and the sender sent nothing", "空闲", "没有未确认的数据，发送方也没有发送"},
    {"unknown", "unknown", "this capture point cannot show it (a receiver-side capture or missing ACKs)", "无法判断",
     "从这个抓包位置看不出来（在接收方抓包或缺少 ACK）"},
}};

const FactorText& text(LimitFactor f) noexcept { return kText[static_cast<std::size_t>(f)]; }
bool chinese(NarrationLanguage l) noexcept { return l == NarrationLanguage::SimplifiedChinese; }

} // namespace

std::string_view limitFactorKey(LimitFactor factor) noexcept { return text(factor).key; }

std::string limitFactorPhrase(LimitFactor factor, NarrationLanguage language)
{
    return std::string(chinese(language) ? text(factor).phraseZh : text(factor).phraseEn);
}

std::string limitFactorMeaning(LimitFactor factor, NarrationLanguage language)
{
    return std::string(chinese(language) ? text(factor).meaningZh : text(factor).meaningEn);
}

double LimitTotals::transferSeconds() const noexcept
{
    double total = 0;
    for (std::size_t i = 0; i < seconds.size(); ++i)
        if (static_cast<LimitFactor>(i) != LimitFactor::Handshake)
            total += seconds[i];
    return total;
}

double LimitTotals::share(LimitFactor f) const noexcept
{
    const double total = transferSeconds();
    return total > 0 ? of(f) / total : 0;
}

LimitFactor LimitTotals::dominant() const noexcept
{
    LimitFactor best = LimitFactor::Unknown;
    double bestSeconds = 0;
    for (std::size_t i = 0; i < seconds.size(); ++i) {
        const auto f = static_cast<LimitFactor>(i);
        if (f != LimitFactor::Handshake && seconds[i] > bestSeconds) {
            best = f;
            bestSeconds = seconds[i];
        }
    }
    return best;
}

void addLimitSeconds(std::array<double, kLimitFactorCount>& perFactor, const LimitSegment& segment, double seconds)
{
    const double length = segment.end - segment.start;
    if (seconds <= 0 || length <= 0)
        return;
    const double paced = std::clamp(segment.paced / length, 0.0, 1.0) * seconds;
    perFactor[static_cast<std::size_t>(segment.factor)] += seconds - paced;
    perFactor[static_cast<std::size_t>(LimitFactor::Congestion)] += paced;
}

LimitTotals limitTotals(const std::vector<LimitSegment>& timeline)
{
    LimitTotals totals;
    for (const auto& s : timeline)
        addLimitSeconds(totals.seconds, s, s.end - s.start);
    return totals;
}

std::string dominantLimitSentence(const LimitTotals& totals, NarrationLanguage language)
{
    if (totals.empty())
        return {};
    const LimitFactor f = totals.dominant();
    const std::string percent = std::to_string(static_cast<int>(std::lround(100 * totals.share(f)))) + "%";
    if (chinese(language))
        return percent + " 的时间" + limitFactorPhrase(f, language) + "：" + limitFactorMeaning(f, language);
    return limitFactorPhrase(f, language) + " " + percent + " of the time: " + limitFactorMeaning(f, language);
}

} // namespace tcplens
