#include "KernelLimitText.h"

#include "JsonText.h"

#include <cstdio>

namespace tcplens {
namespace {

std::string fixed(double value, int decimals)
{
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", decimals, value);
    return text;
}

bool chinese(NarrationLanguage l) noexcept { return l == NarrationLanguage::SimplifiedChinese; }

} // namespace

std::string kernelComparisonText(const KernelLimitComparison& c, NarrationLanguage language, const std::string& indent)
{
    const bool zh = chinese(language);
    if (!c.available())
        return indent + kernelSplitMissingText(c.missing, language) + "\n";
    std::string out = indent
                    + (zh ? "内核自己的划分（发送方套接字的 tcp_info，" + fixed(c.from, 3) + "–" + fixed(c.to, 3) + " 秒，"
                                + std::to_string(c.samples) + " 个采样）与线路估计对比：\n"
                          : "The kernel's own split (tcp_info of the sender's socket, " + fixed(c.from, 3) + "–"
                                + fixed(c.to, 3) + " s, " + kernelSamplesText(c.samples)
                                + ") beside the wire's estimate:\n");
    char line[256];
    std::snprintf(line, sizeof line, "%s%-34s %10s %7s %10s %7s %11s\n", indent.c_str(), zh ? "分组" : "group",
                  zh ? "线路 秒" : "wire s", zh ? "占比" : "share", zh ? "内核 秒" : "kernel s", zh ? "占比" : "share",
                  zh ? "差（百分点）" : "difference");
    out += line;
    for (std::size_t i = 0; i < kLimitGroupCount; ++i) {
        const auto g = static_cast<LimitGroup>(i);
        if (g == LimitGroup::Unknown && c.wire.of(g) <= 0)
            continue;
        const auto diff = c.differencePoints(g);
        std::snprintf(line, sizeof line, "%s%-34s %10s %6s%% %10s %6s%% %+10.1f%s\n", indent.c_str(),
                      std::string(limitGroupKey(g)).c_str(), fixed(c.wire.of(g), 3).c_str(),
                      fixed(100 * c.wire.share(g), 1).c_str(), fixed(c.kernel.of(g), 3).c_str(),
                      fixed(100 * c.kernel.share(g), 1).c_str(), diff, zh ? "" : " pts");
        out += line;
    }
    out += indent
         + (zh ? "内核计数：busy " + fixed(c.busy, 3) + " 秒，rwnd_limited " + fixed(c.rwndLimited, 3)
                     + " 秒，sndbuf_limited " + fixed(c.sndbufLimited, 3) + " 秒（占 " + fixed(c.wire.total, 3)
                     + " 秒传输时间）"
               : "Kernel counters: busy " + fixed(c.busy, 3) + " s, rwnd_limited " + fixed(c.rwndLimited, 3)
                     + " s, sndbuf_limited " + fixed(c.sndbufLimited, 3) + " s (of " + fixed(c.wire.total, 3)
                     + " s of transfer)");
    if (c.appLimitedKnown)
        out += zh ? "；delivery_rate_app_limited 在 " + std::to_string(c.appLimitedSamples) + "/"
                        + std::to_string(c.samples) + " 个采样中为真"
                  : "; delivery_rate_app_limited in " + std::to_string(c.appLimitedSamples) + " of "
                        + kernelSamplesText(c.samples);
    out += zh ? "。\n" : ".\n";
    if (c.wire.dominant() != c.kernel.dominant())
        out += indent
             + (zh ? "主要因素不一致：线路为“" + limitGroupPhrase(c.wire.dominant(), language) + "”，内核为“"
                         + limitGroupPhrase(c.kernel.dominant(), language) + "”。\n"
                   : "The dominant factor differs: the wire says " + limitGroupPhrase(c.wire.dominant(), language)
                         + ", the kernel " + limitGroupPhrase(c.kernel.dominant(), language) + ".\n");
    else
        out += indent
             + (zh ? "主要因素一致：" + limitGroupPhrase(c.wire.dominant(), language) + "。\n"
                   : "Both say the sender was mostly " + limitGroupPhrase(c.wire.dominant(), language) + ".\n");
    return out;
}

std::string kernelComparisonJson(const KernelLimitComparison& c, NarrationLanguage language)
{
    if (!c.available())
        return "{\"available\":false,\"reason\":" + jsonQuoted(kernelSplitMissingText(c.missing, language)) + "}";
    std::string out = "{\"available\":true,\"from\":" + fixed(c.from, 6) + ",\"to\":" + fixed(c.to, 6)
                    + ",\"samples\":" + std::to_string(c.samples) + ",\"transfer_seconds\":" + fixed(c.wire.total, 6)
                    + ",\"busy_seconds\":" + fixed(c.busy, 6) + ",\"rwnd_limited_seconds\":" + fixed(c.rwndLimited, 6)
                    + ",\"sndbuf_limited_seconds\":" + fixed(c.sndbufLimited, 6) + ",\"app_limited_samples\":"
                    + (c.appLimitedKnown ? std::to_string(c.appLimitedSamples) : std::string("null"))
                    + ",\"wire_dominant\":\"" + std::string(limitGroupKey(c.wire.dominant()))
                    + "\",\"kernel_dominant\":\"" + std::string(limitGroupKey(c.kernel.dominant())) + "\",\"groups\":{";
    for (std::size_t i = 0; i < kLimitGroupCount; ++i) {
        const auto g = static_cast<LimitGroup>(i);
        out += std::string(i ? "," : "") + "\"" + std::string(limitGroupKey(g)) + "\":{\"wire_seconds\":"
             + fixed(c.wire.of(g), 6) + ",\"wire_share\":" + fixed(c.wire.share(g), 4) + ",\"kernel_seconds\":"
             + fixed(c.kernel.of(g), 6) + ",\"kernel_share\":" + fixed(c.kernel.share(g), 4)
             + ",\"difference_points\":" + fixed(c.differencePoints(g), 1) + "}";
    }
    return out + "}}";
}

} // namespace tcplens
