#include "ReportKernelSplit.h"

#include "../kernel/KernelLimitSplit.h"
#include "../kernel/KernelSeries.h"

#include <cstdio>

namespace tcplens {
namespace {

constexpr std::int64_t kMarginNs = 100'000'000;

std::string fixed(double value, int decimals)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

std::string signedPoints(double value)
{
    char text[48];
    std::snprintf(text, sizeof text, "%+.1f", value);
    return text;
}

} // namespace

void addKernelSplit(ConversationReport& report, std::span<const TcpInfoSample> samples)
{
    for (auto& d : report.directions) {
        if (d.limitTimeline.empty())
            continue;
        const bool c2s = d.direction == Direction::ClientToServer;
        const auto series = kernelSeries(samples, c2s ? report.client : report.server,
                                         c2s ? report.server : report.client, report.firstNs,
                                         report.firstNs - kMarginNs, report.lastNs + kMarginNs);
        d.kernel = compareWithKernel(d.limitTimeline, series);
    }
}

ReportAnswer kernelSplitAnswer(const std::string& key, const std::string& directionName,
                               const KernelLimitComparison& c, NarrationLanguage language)
{
    const bool zh = language == NarrationLanguage::SimplifiedChinese;
    ReportAnswer a;
    a.id = key + "kernel_limits";
    a.question = directionName + (zh ? "：内核自己的划分（tcp_info）与线路估计" : ": the kernel's own split (tcp_info) beside the wire's");
    a.how = zh ? "内核的 tcp_info 累计发送方有数据可发的时间（tcpi_busy_time，含两个受限时间）、受接收窗口限制的时间"
                 "（tcpi_rwnd_limited）和受发送缓冲区限制的时间（tcpi_sndbuf_limited），即 ss -ti 的 busy、rwnd_limited、"
                 "sndbuf_limited；线路上的因素按同样的分组合并（拥塞、丢包恢复和超时算作“忙碌但不受这两者限制”，应用程序和空闲"
                 "算作“不忙碌”），在同一段时间内比较；差值为线路占比减内核占比（百分点）。"
               : "The kernel's tcp_info counts the time the sender had data to send (tcpi_busy_time, the two limited "
                 "times included), the time the receiver's window held it (tcpi_rwnd_limited) and the time its send "
                 "buffer held it (tcpi_sndbuf_limited): ss -ti's busy, rwnd_limited and sndbuf_limited. The wire's "
                 "factors are grouped the same way (congestion, loss recovery and timeouts are busy but neither; "
                 "application and idle are not busy) over the same stretch; the difference is the wire's share minus "
                 "the kernel's, in percentage points.";
    if (!c.available()) {
        a.lines.push_back(kernelSplitMissingText(c.missing, language));
        return a;
    }
    a.lines.push_back(zh ? "采样 " + std::to_string(c.samples) + " 个，覆盖 " + fixed(c.from, 3) + "–" + fixed(c.to, 3)
                               + " 秒（" + fixed(c.wire.total, 3) + " 秒传输时间）：busy " + fixed(c.busy, 3)
                               + " 秒，rwnd_limited " + fixed(c.rwndLimited, 3) + " 秒，sndbuf_limited "
                               + fixed(c.sndbufLimited, 3) + " 秒。"
                         : kernelSamplesText(c.samples) + " over " + fixed(c.from, 3) + "–" + fixed(c.to, 3)
                               + " s (" + fixed(c.wire.total, 3) + " s of transfer): busy " + fixed(c.busy, 3)
                               + " s, rwnd_limited " + fixed(c.rwndLimited, 3) + " s, sndbuf_limited "
                               + fixed(c.sndbufLimited, 3) + " s.");
    const auto wire = c.wire.dominant();
    const auto kernel = c.kernel.dominant();
    a.lines.push_back(wire == kernel
                          ? (zh ? "线路与内核一致：主要是" + limitGroupPhrase(wire, language) + "。"
                                : "The wire and the kernel agree: mostly " + limitGroupPhrase(wire, language) + ".")
                          : (zh ? "线路认为主要是" + limitGroupPhrase(wire, language) + "，内核认为主要是"
                                      + limitGroupPhrase(kernel, language) + "。"
                                : "The wire says mostly " + limitGroupPhrase(wire, language) + ", the kernel mostly "
                                      + limitGroupPhrase(kernel, language) + "."));
    if (c.appLimitedKnown)
        a.lines.push_back(zh ? "delivery_rate_app_limited 在 " + std::to_string(c.appLimitedSamples) + "/"
                                   + std::to_string(c.samples) + " 个采样中为真（该投递速率样本受应用程序限制）。"
                             : "delivery_rate_app_limited was set in " + std::to_string(c.appLimitedSamples) + " of "
                                   + kernelSamplesText(c.samples) + " (that delivery-rate sample was application-limited).");
    ReportTable table;
    table.header = zh ? std::vector<std::string>{"分组", "线路（秒）", "线路占比", "内核（秒）", "内核占比", "差（百分点）"}
                      : std::vector<std::string>{"Group", "Wire (s)", "Wire share", "Kernel (s)", "Kernel share",
                                                 "Difference (points)"};
    for (std::size_t i = 0; i < kLimitGroupCount; ++i) {
        const auto g = static_cast<LimitGroup>(i);
        if (g == LimitGroup::Unknown && c.wire.of(g) <= 0)
            continue;
        table.rows.push_back({limitGroupPhrase(g, language), fixed(c.wire.of(g), 3), fixed(100 * c.wire.share(g), 1) + "%",
                              fixed(c.kernel.of(g), 3), fixed(100 * c.kernel.share(g), 1) + "%",
                              signedPoints(c.differencePoints(g))});
    }
    a.table = std::move(table);
    return a;
}

} // namespace tcplens
