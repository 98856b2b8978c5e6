#pragma once
// Wireshark's Expert Information vocabulary for TCP: severities, groups and the ei_tcp_* items
// tshark 4.0 raises, each with its fixed severity, group, filter name and summary text.

#include <cstdint>
#include <string>
#include <string_view>

namespace tcplens {

/// Ordered from least to most severe, as Wireshark's PI_CHAT < PI_NOTE < PI_WARN < PI_ERROR.
enum class ExpertSeverity : std::uint8_t { Chat, Note, Warning, Error };
inline constexpr int kExpertSeverityCount = 4;

enum class ExpertGroup : std::uint8_t { Sequence, Protocol, Malformed, Checksum };

/// One ei_tcp_* expert item of Wireshark 4.0's packet-tcp.c.
enum class ExpertKind : std::uint8_t {
    AckNonzero,          ///< ei_tcp_ack_nonzero
    ConnectionSyn,       ///< ei_tcp_connection_syn (value: the server port)
    ConnectionSynAck,    ///< ei_tcp_connection_synack (value: the server port)
    ConnectionFin,       ///< ei_tcp_connection_fin
    ConnectionRst,       ///< ei_tcp_connection_rst
    FinActive,           ///< ei_tcp_connection_fin_active
    FinPassive,          ///< ei_tcp_connection_fin_passive
    BadChecksum,         ///< ei_tcp_checksum_bad (only when checksums are validated)
    UrgentPointerNonzero,///< ei_tcp_urgent_pointer_non_zero
    MssAbsent,           ///< ei_tcp_option_mss_absent
    MssPresent,          ///< ei_tcp_option_mss_present
    WindowScaleInvalid,  ///< ei_tcp_option_wscale_shift_invalid
    NonZeroPadding,      ///< ei_tcp_non_zero_bytes_after_eol
    DuplicateSack,       ///< ei_tcp_option_sack_dsack
    TfoSyn,              ///< ei_tcp_analysis_tfo_syn
    Retransmission,      ///< ei_tcp_analysis_retransmission
    FastRetransmission,  ///< ei_tcp_analysis_fast_retransmission
    SpuriousRetransmission, ///< ei_tcp_analysis_spurious_retransmission
    OutOfOrder,          ///< ei_tcp_analysis_out_of_order
    ReusedPorts,         ///< ei_tcp_analysis_reused_ports
    LostSegment,         ///< ei_tcp_analysis_lost_packet
    AckLostSegment,      ///< ei_tcp_analysis_ack_lost_packet
    WindowUpdate,        ///< ei_tcp_analysis_window_update
    WindowFull,          ///< ei_tcp_analysis_window_full
    KeepAlive,           ///< ei_tcp_analysis_keep_alive
    KeepAliveAck,        ///< ei_tcp_analysis_keep_alive_ack
    DuplicateAck,        ///< ei_tcp_analysis_duplicate_ack (value: the dup ACK number)
    ZeroWindowProbe,     ///< ei_tcp_analysis_zero_window_probe
    ZeroWindow,          ///< ei_tcp_analysis_zero_window
    ZeroWindowProbeAck,  ///< ei_tcp_analysis_zero_window_probe_ack
    MalformedHeader,     ///< ei_tcp_bogus_header_length: a data offset below 20 bytes
};
inline constexpr int kExpertKindCount = static_cast<int>(ExpertKind::MalformedHeader) + 1;

[[nodiscard]] ExpertSeverity expertSeverity(ExpertKind kind) noexcept;
[[nodiscard]] ExpertGroup expertGroup(ExpertKind kind) noexcept;
/// The expert field's filter name, e.g. "tcp.analysis.retransmission", "tcp.connection.syn".
[[nodiscard]] std::string_view expertFieldName(ExpertKind kind) noexcept;
/// The summary tshark prints; `value` fills the kinds that carry one (port, dup ACK number, header length).
[[nodiscard]] std::string expertSummary(ExpertKind kind, std::uint32_t value);

/// "Error", "Warning", "Note", "Chat" (tshark -z expert says "Errors", "Warns", "Notes", "Chats").
[[nodiscard]] std::string_view severityName(ExpertSeverity severity) noexcept;
/// "Sequence", "Protocol", "Malformed", "Checksum".
[[nodiscard]] std::string_view groupName(ExpertGroup group) noexcept;
/// Parses a severity name, case-insensitive, singular or tshark's plural ("warn", "Warns", "warning").
[[nodiscard]] bool parseSeverity(std::string_view text, ExpertSeverity& severity) noexcept;

} // namespace tcplens
