#include "ExpertKind.h"

#include <array>
#include <cctype>

namespace tcplens {
namespace {

struct KindInfo {
    ExpertSeverity severity;
    ExpertGroup group;
    std::string_view field;
    std::string_view summary; ///< "%u" where the value goes.
};

using S = ExpertSeverity;
using G = ExpertGroup;

// Severities, groups and texts as Wireshark 4.0's proto_register_tcp() declares them.
constexpr std::array<KindInfo, kExpertKindCount> kKinds{{
    {S::Note, G::Protocol, "tcp.ack.nonzero", "The acknowledgment number field is nonzero while the ACK flag is not set"},
    {S::Chat, G::Sequence, "tcp.connection.syn", "Connection establish request (SYN): server port %u"},
    {S::Chat, G::Sequence, "tcp.connection.sack", "Connection establish acknowledge (SYN+ACK): server port %u"},
    {S::Chat, G::Sequence, "tcp.connection.fin", "Connection finish (FIN)"},
    {S::Warning, G::Sequence, "tcp.connection.rst", "Connection reset (RST)"},
    {S::Note, G::Sequence, "tcp.connection.fin_active", "This frame initiates the connection closing"},
    {S::Note, G::Sequence, "tcp.connection.fin_passive", "This frame undergoes the connection closing"},
    {S::Error, G::Checksum, "tcp.checksum_bad.expert", "Bad checksum"},
    {S::Note, G::Protocol, "tcp.urgent_pointer.non_zero", "The urgent pointer field is nonzero while the URG flag is not set"},
    {S::Note, G::Protocol, "tcp.option.mss.absent", "The SYN packet does not contain a MSS option"},
    {S::Warning, G::Protocol, "tcp.option.mss.present", "The non-SYN packet does contain a MSS option"},
    {S::Warning, G::Protocol, "tcp.option.wscale.shift.invalid", "Window scale shift exceeds 14"},
    {S::Error, G::Protocol, "tcp.non_zero_bytes_after_eol", "Non-zero header padding"},
    {S::Warning, G::Sequence, "tcp.options.sack.dsack", "D-SACK Sequence"},
    {S::Note, G::Sequence, "tcp.analysis.tfo_syn", "TCP SYN with TFO Cookie"},
    {S::Note, G::Sequence, "tcp.analysis.retransmission", "This frame is a (suspected) retransmission"},
    {S::Note, G::Sequence, "tcp.analysis.fast_retransmission", "This frame is a (suspected) fast retransmission"},
    {S::Note, G::Sequence, "tcp.analysis.spurious_retransmission", "This frame is a (suspected) spurious retransmission"},
    {S::Warning, G::Sequence, "tcp.analysis.out_of_order", "This frame is a (suspected) out-of-order segment"},
    {S::Note, G::Sequence, "tcp.analysis.reused_ports", "A new tcp session is started with the same ports as an earlier session in this trace"},
    {S::Warning, G::Sequence, "tcp.analysis.lost_segment", "Previous segment(s) not captured (common at capture start)"},
    {S::Warning, G::Sequence, "tcp.analysis.ack_lost_segment", "ACKed segment that wasn't captured (common at capture start)"},
    {S::Chat, G::Sequence, "tcp.analysis.window_update", "TCP window update"},
    {S::Warning, G::Sequence, "tcp.analysis.window_full", "TCP window specified by the receiver is now completely full"},
    {S::Note, G::Sequence, "tcp.analysis.keep_alive", "TCP keep-alive segment"},
    {S::Note, G::Sequence, "tcp.analysis.keep_alive_ack", "ACK to a TCP keep-alive segment"},
    {S::Note, G::Sequence, "tcp.analysis.duplicate_ack", "Duplicate ACK (#%u)"},
    {S::Note, G::Sequence, "tcp.analysis.zero_window_probe", "TCP Zero Window Probe"},
    {S::Warning, G::Sequence, "tcp.analysis.zero_window", "TCP Zero Window segment"},
    {S::Note, G::Sequence, "tcp.analysis.zero_window_probe_ack", "ACK to a TCP Zero Window Probe"},
    {S::Error, G::Protocol, "tcp.bogus_header_length", "Bogus TCP header length (%u, must be at least 20)"},
}};

const KindInfo& info(ExpertKind kind) noexcept
{
    return kKinds[static_cast<std::size_t>(kind)];
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) noexcept
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

} // namespace

ExpertSeverity expertSeverity(ExpertKind kind) noexcept
{
    return info(kind).severity;
}

ExpertGroup expertGroup(ExpertKind kind) noexcept
{
    return info(kind).group;
}

std::string_view expertFieldName(ExpertKind kind) noexcept
{
    return info(kind).field;
}

std::string expertSummary(ExpertKind kind, std::uint32_t value)
{
    std::string text(info(kind).summary);
    if (const auto at = text.find("%u"); at != std::string::npos)
        text.replace(at, 2, std::to_string(value));
    return text;
}

std::string_view severityName(ExpertSeverity severity) noexcept
{
    switch (severity) {
    case ExpertSeverity::Chat: return "Chat";
    case ExpertSeverity::Note: return "Note";
    case ExpertSeverity::Warning: return "Warning";
    case ExpertSeverity::Error: return "Error";
    }
    return "Chat";
}

std::string_view groupName(ExpertGroup group) noexcept
{
    switch (group) {
    case ExpertGroup::Sequence: return "Sequence";
    case ExpertGroup::Protocol: return "Protocol";
    case ExpertGroup::Malformed: return "Malformed";
    case ExpertGroup::Checksum: return "Checksum";
    }
    return "Sequence";
}

bool parseSeverity(std::string_view text, ExpertSeverity& severity) noexcept
{
    static constexpr std::array<std::pair<std::string_view, ExpertSeverity>, 10> kNames{{
        {"chat", S::Chat}, {"chats", S::Chat}, {"note", S::Note}, {"notes", S::Note}, {"warn", S::Warning},
        {"warns", S::Warning}, {"warning", S::Warning}, {"warnings", S::Warning}, {"error", S::Error},
        {"errors", S::Error},
    }};
    for (const auto& [name, value] : kNames)
        if (equalsIgnoringCase(text, name)) {
            severity = value;
            return true;
        }
    return false;
}

} // namespace tcplens
