#include "TcpAnalysis.h"

#include <array>

namespace tcplens {
namespace {

constexpr std::array<const char*, analysis::Count> kNames{
    "retransmission", "fast_retransmission", "spurious_retransmission", "out_of_order", "lost_segment",
    "ack_lost_segment", "duplicate_ack", "zero_window", "zero_window_probe", "zero_window_probe_ack",
    "window_full", "window_update", "keep_alive", "keep_alive_ack", "reused_ports"};

} // namespace

std::vector<std::string> analysisNames(std::uint32_t flags)
{
    std::vector<std::string> names;
    for (int bit = 0; bit < analysis::Count; ++bit)
        if (flags & (1U << bit))
            names.emplace_back(kNames[static_cast<std::size_t>(bit)]);
    return names;
}

std::string analysisInfoText(std::uint32_t flags, std::uint32_t dupAckFrame, std::uint16_t dupAckNumber)
{
    using namespace analysis;
    std::string text;
    const auto add = [&](const std::string& item) {
        if (!text.empty())
            text += ' ';
        text += "[" + item + "]";
    };
    if (flags & ReusedPorts)
        add("TCP Port numbers reused");
    if (flags & LostSegment)
        add("TCP Previous segment not captured");
    if (flags & AckLostSegment)
        add("TCP ACKed unseen segment");
    // A spurious or fast retransmission is also a retransmission; tshark names only the kind.
    if (flags & SpuriousRetransmission)
        add("TCP Spurious Retransmission");
    if (flags & FastRetransmission)
        add("TCP Fast Retransmission");
    else if ((flags & Retransmission) && !(flags & SpuriousRetransmission))
        add("TCP Retransmission");
    if (flags & OutOfOrder)
        add("TCP Out-Of-Order");
    if (flags & KeepAlive)
        add("TCP Keep-Alive");
    if (flags & KeepAliveAck)
        add("TCP Keep-Alive ACK");
    if (flags & ZeroWindowProbe)
        add("TCP ZeroWindowProbe");
    if (flags & ZeroWindowProbeAck)
        add("TCP ZeroWindowProbeAck");
    if (flags & ZeroWindow)
        add("TCP ZeroWindow");
    if (flags & WindowFull)
        add("TCP Window Full");
    if (flags & WindowUpdate)
        add("TCP Window Update");
    if (flags & DuplicateAck)
        add("TCP Dup ACK " + std::to_string(dupAckFrame) + "#" + std::to_string(dupAckNumber));
    return text;
}

const char* stateName(TcpState state) noexcept
{
    switch (state) {
    case TcpState::Unknown: return "UNKNOWN";
    case TcpState::Closed: return "CLOSED";
    case TcpState::Listen: return "LISTEN";
    case TcpState::SynSent: return "SYN_SENT";
    case TcpState::SynReceived: return "SYN_RECEIVED";
    case TcpState::Established: return "ESTABLISHED";
    case TcpState::FinWait1: return "FIN_WAIT_1";
    case TcpState::FinWait2: return "FIN_WAIT_2";
    case TcpState::CloseWait: return "CLOSE_WAIT";
    case TcpState::Closing: return "CLOSING";
    case TcpState::LastAck: return "LAST_ACK";
    case TcpState::TimeWait: return "TIME_WAIT";
    }
    return "UNKNOWN";
}

} // namespace tcplens
