#pragma once
// The kernel's own split of a sender's time (tcp_info's chronograph: tcpi_busy_time,
// tcpi_rwnd_limited, tcpi_sndbuf_limited, as `ss -ti` prints them) beside the wire's limiting
// factors (series/LimitTracker) over the same stretch of time, with the difference.
//
// The kernel counts three things: time with data to send ("busy", which includes the two
// others), time the receiver's window held the sender, time the send buffer held it. The wire's
// factors are grouped to match: receiver window (+ zero window), send buffer, the rest of busy
// (congestion, loss recovery, timeouts: what the kernel counts busy but neither limited), and
// not busy (application-limited, idle). The stretch compared runs from the stream's start (its
// handshake seen: the counters start at zero with the socket) or else from the first sample (its
// counters subtracted) to the end of the wire's timeline (the counters there interpolated between
// the samples around it, as the socket stays busy with its FIN after the last data) or the last
// sample before it.

#include "../series/LimitFactor.h"
#include "KernelSeries.h"

#include <array>
#include <cstddef>
#include <vector>

namespace tcplens {

enum class LimitGroup : std::uint8_t { ReceiverWindow, SendBuffer, OtherBusy, NotBusy, Unknown };
inline constexpr std::size_t kLimitGroupCount = 5;

/// Seconds per group over a stretch whose transfer time is `total`.
struct LimitSplit {
    std::array<double, kLimitGroupCount> seconds{};
    double total = 0;
    [[nodiscard]] double of(LimitGroup g) const noexcept { return seconds[static_cast<std::size_t>(g)]; }
    [[nodiscard]] double share(LimitGroup g) const noexcept { return total > 0 ? of(g) / total : 0; }
    /// The group with the most time (Unknown when there is none).
    [[nodiscard]] LimitGroup dominant() const noexcept;
};

/// Why the kernel's split cannot be shown.
enum class KernelSplitMissing : std::uint8_t {
    None,
    NoSocket,      ///< No sample of the sender's socket (it was not on the capturing machine).
    NoChronograph, ///< The samples lack the busy/rwnd/sndbuf columns (an older sidecar or kernel before 4.10).
    NoStretch,     ///< The samples cover no transfer time of the wire's timeline.
};

struct KernelLimitComparison {
    KernelSplitMissing missing = KernelSplitMissing::NoSocket;
    double from = 0; ///< s since the stream's first packet: the stretch compared.
    double to = 0;
    LimitSplit wire;
    LimitSplit kernel;
    double busy = 0; ///< The kernel's seconds over the stretch (busy includes the two limited times).
    double rwndLimited = 0;
    double sndbufLimited = 0;
    std::size_t samples = 0;           ///< Samples of the socket in the stretch.
    std::size_t appLimitedSamples = 0; ///< Of them, with delivery_rate_app_limited set.
    bool appLimitedKnown = false;
    [[nodiscard]] bool available() const noexcept { return missing == KernelSplitMissing::None; }
    /// Wire share minus kernel share of `g`, in percentage points.
    [[nodiscard]] double differencePoints(LimitGroup g) const noexcept
    {
        return 100 * (wire.share(g) - kernel.share(g));
    }
};

/// The wire's factor's group.
[[nodiscard]] LimitGroup limitGroupOf(LimitFactor factor) noexcept;
/// "receiver_window", "send_buffer", "other_busy", "not_busy", "unknown": the JSON keys.
[[nodiscard]] std::string_view limitGroupKey(LimitGroup group) noexcept;
/// "receiver-window-limited" / "受接收窗口限制", ...
[[nodiscard]] std::string limitGroupPhrase(LimitGroup group, NarrationLanguage language);
/// "kernel split unavailable: ..." in words.
[[nodiscard]] std::string kernelSplitMissingText(KernelSplitMissing missing, NarrationLanguage language);
/// "1 sample", "12 samples": the English count of the socket's samples.
[[nodiscard]] std::string kernelSamplesText(std::size_t samples);

/// Compares the wire's timeline of a direction (seconds since the stream's first packet) with
/// the kernel series of that direction's sender on the same time axis.
[[nodiscard]] KernelLimitComparison compareWithKernel(const std::vector<LimitSegment>& wireTimeline,
                                                      const KernelSeries& kernel);

} // namespace tcplens
