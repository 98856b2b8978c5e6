#include "KernelLimitSplit.h"

#include <algorithm>
#include <iterator>

namespace tcplens {
namespace {

struct GroupText {
    std::string_view key;
    std::string_view en;
    std::string_view zh;
};

constexpr std::array<GroupText, kLimitGroupCount> kGroups{{
    {"receiver_window", "receiver-window-limited", "受接收窗口限制"},
    {"send_buffer", "send-buffer-limited", "受发送缓冲区限制"},
    {"other_busy", "busy, neither (congestion, loss)", "忙碌但不受这两者限制（拥塞、丢包）"},
    {"not_busy", "not busy (application, idle)", "不忙碌（应用程序、空闲）"},
    {"unknown", "unknown from the wire", "从线路上无法判断"},
}};

bool chinese(NarrationLanguage l) noexcept { return l == NarrationLanguage::SimplifiedChinese; }

} // namespace

LimitGroup LimitSplit::dominant() const noexcept
{
    auto best = LimitGroup::Unknown;
    double bestSeconds = 0;
    for (std::size_t i = 0; i < seconds.size(); ++i)
        if (seconds[i] > bestSeconds) {
            bestSeconds = seconds[i];
            best = static_cast<LimitGroup>(i);
        }
    return best;
}

LimitGroup limitGroupOf(LimitFactor factor) noexcept
{
    switch (factor) {
    case LimitFactor::ReceiverWindow:
    case LimitFactor::ZeroWindow: return LimitGroup::ReceiverWindow;
    case LimitFactor::SendBuffer: return LimitGroup::SendBuffer;
    case LimitFactor::Congestion:
    case LimitFactor::LossRecovery:
    case LimitFactor::RetransmissionTimeout: return LimitGroup::OtherBusy;
    case LimitFactor::Application:
    case LimitFactor::Idle: return LimitGroup::NotBusy;
    case LimitFactor::Handshake:
    case LimitFactor::Unknown: break;
    }
    return LimitGroup::Unknown;
}

std::string_view limitGroupKey(LimitGroup group) noexcept { return kGroups[static_cast<std::size_t>(group)].key; }

std::string limitGroupPhrase(LimitGroup group, NarrationLanguage language)
{
    const auto& t = kGroups[static_cast<std::size_t>(group)];
    return std::string(chinese(language) ? t.zh : t.en);
}

std::string kernelSplitMissingText(KernelSplitMissing missing, NarrationLanguage language)
{
    const bool zh = chinese(language);
    switch (missing) {
    case KernelSplitMissing::None: return {};
    case KernelSplitMissing::NoSocket:
        return zh ? "内核划分不可用：tcp_info 附带文件中没有该发送方套接字的采样（它不在抓包的机器上）"
                  : "kernel split unavailable: the tcp_info sidecar has no sample of the sender's socket (it was not on "
                    "the capturing machine)";
    case KernelSplitMissing::NoChronograph:
        return zh ? "内核划分不可用：tcp_info 附带文件没有 busy/rwnd_limited/sndbuf_limited 列（由较早的 tcplens 或 "
                    "Linux 4.10 之前的内核记录）"
                  : "kernel split unavailable: the tcp_info sidecar has no busy/rwnd_limited/sndbuf_limited columns "
                    "(recorded by an older tcplens or a kernel before Linux 4.10)";
    case KernelSplitMissing::NoStretch:
        return zh ? "内核划分不可用：发送方套接字的采样没有覆盖任何传输时间"
                  : "kernel split unavailable: the samples of the sender's socket cover no transfer time";
    }
    return {};
}

std::string kernelSamplesText(std::size_t samples)
{
    return std::to_string(samples) + (samples == 1 ? " sample" : " samples");
}

KernelLimitComparison compareWithKernel(const std::vector<LimitSegment>& wireTimeline, const KernelSeries& kernel)
{
    KernelLimitComparison c;
    if (kernel.points.empty() || wireTimeline.empty())
        return c;
    std::vector<const KernelPoint*> points;
    for (const auto& p : kernel.points)
        if (p.hasChrono)
            points.push_back(&p);
    if (points.empty()) {
        c.missing = KernelSplitMissing::NoChronograph;
        return c;
    }
    // With the handshake on the wire the counters start at zero with the socket; without it the
    // first sample is the baseline.
    const bool fromStart = wireTimeline.front().factor == LimitFactor::Handshake;
    const KernelPoint* first = fromStart ? nullptr : points.front();
    c.from = fromStart ? wireTimeline.front().start : first->time;
    // The counters where the wire's timeline ends: the socket is sampled on after its last data
    // was acknowledged (its FIN keeps it busy), so they are interpolated between the samples
    // around that moment; before it, the last sample's.
    const double wireEnd = wireTimeline.back().end;
    const auto after = std::find_if(points.begin(), points.end(), [&](const KernelPoint* p) { return p->time > wireEnd; });
    KernelPoint end = after == points.begin() ? **after : **std::prev(after);
    if (after != points.end() && after != points.begin() && (*after)->time > end.time) {
        const double t = (wireEnd - end.time) / ((*after)->time - end.time);
        end.busy += t * ((*after)->busy - end.busy);
        end.rwndLimited += t * ((*after)->rwndLimited - end.rwndLimited);
        end.sndbufLimited += t * ((*after)->sndbufLimited - end.sndbufLimited);
        end.time = wireEnd;
    }
    c.to = std::min(end.time, wireEnd);
    c.busy = end.busy - (first ? first->busy : 0);
    c.rwndLimited = end.rwndLimited - (first ? first->rwndLimited : 0);
    c.sndbufLimited = end.sndbufLimited - (first ? first->sndbufLimited : 0);
    std::array<double, kLimitFactorCount> perFactor{};
    for (const auto& segment : wireTimeline)
        if (segment.factor != LimitFactor::Handshake)
            addLimitSeconds(perFactor, segment, std::min(segment.end, c.to) - std::max(segment.start, c.from));
    for (std::size_t f = 0; f < kLimitFactorCount; ++f)
        c.wire.seconds[static_cast<std::size_t>(limitGroupOf(static_cast<LimitFactor>(f)))] += perFactor[f];
    for (const double s : c.wire.seconds)
        c.wire.total += s;
    if (c.wire.total <= 0 || c.to <= c.from || points.size() < (fromStart ? 1U : 2U)) {
        c.missing = KernelSplitMissing::NoStretch;
        return c;
    }
    c.kernel.total = c.wire.total;
    c.kernel.seconds[static_cast<std::size_t>(LimitGroup::ReceiverWindow)] = c.rwndLimited;
    c.kernel.seconds[static_cast<std::size_t>(LimitGroup::SendBuffer)] = c.sndbufLimited;
    c.kernel.seconds[static_cast<std::size_t>(LimitGroup::OtherBusy)] =
        std::max(0.0, c.busy - c.rwndLimited - c.sndbufLimited);
    c.kernel.seconds[static_cast<std::size_t>(LimitGroup::NotBusy)] = std::max(0.0, c.kernel.total - c.busy);
    for (const auto& p : kernel.points) {
        if (p.time < c.from || p.time > c.to)
            continue;
        ++c.samples;
        if (p.appLimited >= 0) {
            c.appLimitedKnown = true;
            c.appLimitedSamples += p.appLimited == 1 ? 1 : 0;
        }
    }
    c.missing = KernelSplitMissing::None;
    return c;
}

} // namespace tcplens
