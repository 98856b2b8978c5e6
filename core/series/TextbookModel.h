#pragma once
// The textbook congestion-control figure (seed 001): Tahoe and Reno cwnd per transmission round,
// in MSS, and the bridge from a real capture's series to the same axes.

#include "SeriesTypes.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace tcplens {

enum class TextbookLossType : std::uint8_t { Timeout, TripleDupAck };
/// "timeout", "triple_dup_ack".
[[nodiscard]] const char* textbookLossName(TextbookLossType type) noexcept;

/// A loss detected in `round` (0-based): the cwnd of round + 1 is the reaction to it.
struct TextbookLoss {
    std::uint32_t round = 0;
    TextbookLossType type = TextbookLossType::Timeout;
};

/// Defaults reproduce seed 001's figure: cwnd 1, ssthresh 16, slow start 1 2 4 8 16, then
/// +1 per round up to 24 at round 12, where a timeout happens: ssthresh 12, cwnd 1, then
/// 1 2 4 8 12 13 ...
struct TextbookParams {
    double initialCwnd = 1;
    double initialSsthresh = 16;
    std::uint32_t rounds = 25;
    std::vector<TextbookLoss> losses{{12, TextbookLossType::Timeout}};
};

struct TextbookRound {
    std::uint32_t round = 0;
    double tahoeCwnd = 0;
    double tahoeSsthresh = 0;
    double renoCwnd = 0;
    double renoSsthresh = 0;
    std::optional<TextbookLossType> loss; ///< A loss detected in this round.
};

/// Round by round: slow start doubles cwnd but never past ssthresh (capped at it exactly), then
/// +1 per round. Tahoe: any loss -> ssthresh = max(cwnd / 2, 2), cwnd = 1. Reno: a timeout as
/// Tahoe; three duplicate ACKs -> ssthresh = max(cwnd / 2, 2), cwnd = ssthresh, then linear.
[[nodiscard]] std::vector<TextbookRound> textbookModel(const TextbookParams& params);

/// The textbook exercise as a teacher states it: start at `initialCwnd` with `ssthresh`, lose a
/// segment (of `type`) in the first round whose cwnd reaches `lossAtCwnd` (seed 001: 1, 16, 24 ->
/// round 12), run `rounds` rounds. No loss when cwnd never reaches it within the rounds.
[[nodiscard]] TextbookParams textbookParamsWithLossAt(double initialCwnd, double ssthresh, double lossAtCwnd,
                                                      TextbookLossType type, std::uint32_t rounds);

/// One RTT round of a capture, flight normalised by the MSS.
struct MeasuredRound {
    std::uint32_t round = 0;
    double start = 0;       ///< s since the stream's first packet
    double flightMss = 0;   ///< The round's max bytes in flight / MSS.
    CongestionPhase phase = CongestionPhase::SlowStart;
};

struct CaptureModelInput {
    std::vector<MeasuredRound> rounds;
    std::vector<TextbookLoss> losses; ///< Timeouts as Timeout; fast and other retransmissions as TripleDupAck.
    TextbookParams params;            ///< The capture's rounds and losses with the textbook start (1, 16).
};

/// Maps a capture's congestion estimate onto the textbook axes (rounds of one sRTT, as
/// CongestionEstimator forms them). `mss` 0 leaves flights in bytes.
[[nodiscard]] CaptureModelInput captureModelInput(const CwndSeries& series, std::uint32_t mss);

} // namespace tcplens
