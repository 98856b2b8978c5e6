#pragma once
// Chart data as CSV: a header line, then one row per point; empty fields mean "does not apply".
// Times are seconds since the stream's first packet; seq numbers relative to the data
// direction's ISN; sizes in bytes; rates in bits per second.
//
// tsg:        series,time_s,frame,seq,end,label
//             segment: seq, end = seq + len, label = kind (new, retransmission, fast_retransmission,
//                      spurious, out_of_order, zero_window_probe, keep_alive), "+syn"/"+fin" appended
//             ack:     seq = cumulative ack          window: end = ack + calculated window
//             sack:    seq = left edge, end = right  event:  seq = where, label = zero_window,
//                      window_full, rst, lost_segment or dup_ack#n
// window:     series,time_s,frame,bytes             series = rwnd (receiver's window) | flight
// throughput: time_s,frame,len,throughput_bps,goodput_bps   (moving average, see Throughput.h)
// rtt:        source,time_s,frame,rtt_s,seq         source = ack (seq = acked up to) | timestamp
// cwnd:       series,time_s,end_s,frame,bytes,label
//             point: bytes = flight, label = phase (slow_start, congestion_avoidance)
//             loss: bytes = flight at loss, label = retransmission | fast_retransmission | timeout
//             ssthresh: bytes = estimate            round: time..end, bytes = max flight, label = phase
//             phase: time..end, label = phase
//             loss rows: end_s = when the receiver ACKed everything sent before the loss (recovery end)
// model:      round,start_s,measured_flight_mss,phase,tahoe_cwnd,tahoe_ssthresh,reno_cwnd,reno_ssthresh,loss
//             the capture's rounds and losses run through the textbook model (TextbookModel.h)

#include "../series/StreamSeriesBuilder.h"
#include "../series/TextbookModel.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tcplens {

enum class SeriesKind : std::uint8_t { Tsg, Window, Throughput, Rtt, Cwnd, Model };

/// "tsg", "window", "throughput", "rtt", "cwnd", "model".
[[nodiscard]] std::string_view seriesKindName(SeriesKind kind) noexcept;
/// The inverse of seriesKindName; nullopt for anything else.
[[nodiscard]] std::optional<SeriesKind> parseSeriesKind(std::string_view text) noexcept;
/// "c2s" or "s2c".
[[nodiscard]] std::optional<Direction> parseDirection(std::string_view text) noexcept;

/// The CSV of one kind of series for the data direction `data`; `throughputWindow` in seconds.
[[nodiscard]] std::string seriesCsv(const StreamSeriesBuilder& builder, Direction data, SeriesKind kind,
                                    double throughputWindow = StreamSeriesBuilder::kDefaultThroughputWindow);
/// The Windows chart's data in the cwnd layout (series,time_s,end_s,frame,bytes,label): rwnd and
/// flight rows (series = rwnd | flight, end_s and label empty), then the cwnd rows.
[[nodiscard]] std::string windowChartCsv(const StreamSeriesBuilder& builder, Direction data);
/// The textbook model alone: round,tahoe_cwnd,tahoe_ssthresh,reno_cwnd,reno_ssthresh,loss.
[[nodiscard]] std::string textbookCsv(const std::vector<TextbookRound>& rounds);

} // namespace tcplens
