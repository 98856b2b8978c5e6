#pragma once
// What held a TCP sender back, one factor at a time (T-RAT's rate-limiting factors, Zhang et al.
// SIGCOMM 2002; Siekkinen et al. 2008): the segments of a direction's timeline and their totals.
// The rules that assign them are in LimitTracker.h and docs/limiting-factors.md.

#include "../flow/FlowNarrator.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

enum class LimitFactor : std::uint8_t {
    Handshake,
    Application,      ///< The sender had nothing to send.
    ReceiverWindow,   ///< Flight at the receiver's advertised window: flow control.
    Congestion,       ///< Flight below both windows, growing and cut by losses: congestion control.
    SendBuffer,       ///< Flight flat below the receiver's window, no loss: the sender's buffer (T-RAT's sender window).
    LossRecovery,     ///< Retransmitting until the receiver ACKs what was outstanding at the loss.
    RetransmissionTimeout, ///< Silence ended by a timeout retransmission.
    ZeroWindow,       ///< The receiver advertised a zero window.
    Idle,             ///< Nothing outstanding and nothing sent for a long time.
    Unknown,          ///< The capture point cannot show it (receiver-side capture, missing ACKs).
};
inline constexpr std::size_t kLimitFactorCount = 10;

/// "handshake", "application", "receiver_window", "congestion", "send_buffer", "loss_recovery",
/// "retransmission_timeout", "zero_window", "idle", "unknown": the JSON keys.
[[nodiscard]] std::string_view limitFactorKey(LimitFactor factor) noexcept;
/// "limited by the receiver's window" / "受接收窗口限制": the factor as a phrase.
[[nodiscard]] std::string limitFactorPhrase(LimitFactor factor, NarrationLanguage language);
/// "the receiver reads too slowly or its buffer is too small": what the factor means for the user.
[[nodiscard]] std::string limitFactorMeaning(LimitFactor factor, NarrationLanguage language);

/// A stretch of time (seconds since the stream's first packet) with one factor.
struct LimitSegment {
    double start = 0;
    double end = 0;
    LimitFactor factor = LimitFactor::Unknown;
    /// Of a receiver-window stretch, the seconds in which a paced sender's pacing, not the window,
    /// held the next segment (docs/limiting-factors.md): the totals count them as congestion.
    double paced = 0;
};

/// Seconds per factor of one direction. The transfer time excludes the handshake.
struct LimitTotals {
    std::array<double, kLimitFactorCount> seconds{};

    [[nodiscard]] double of(LimitFactor f) const noexcept { return seconds[static_cast<std::size_t>(f)]; }
    /// Every factor but the handshake.
    [[nodiscard]] double transferSeconds() const noexcept;
    /// of(f) / transferSeconds(); 0 when there is no transfer time.
    [[nodiscard]] double share(LimitFactor f) const noexcept;
    /// The factor with the most transfer time (not the handshake); Unknown when there is none.
    [[nodiscard]] LimitFactor dominant() const noexcept;
    [[nodiscard]] bool empty() const noexcept { return transferSeconds() <= 0; }
};

/// Each segment's seconds to its factor, its paced seconds to congestion.
[[nodiscard]] LimitTotals limitTotals(const std::vector<LimitSegment>& timeline);
/// Adds `seconds` of `segment` (a part of it, the paced share in proportion) to `perFactor`.
void addLimitSeconds(std::array<double, kLimitFactorCount>& perFactor, const LimitSegment& segment, double seconds);

/// "limited by the receiver's window 92% of the time: the receiver reads too slowly or its buffer
/// is too small", or its Chinese; "" when there is no transfer time.
[[nodiscard]] std::string dominantLimitSentence(const LimitTotals& totals, NarrationLanguage language);

} // namespace tcplens
