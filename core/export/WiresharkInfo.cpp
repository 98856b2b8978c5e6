#include "WiresharkInfo.h"

#include "../decode/TcpFlagsText.h"

#include <algorithm>

namespace tcplens {
namespace {

void appendField(std::string& text, const char* name, std::uint32_t value)
{
    text += ' ';
    text += name;
    text += '=';
    text += std::to_string(value);
}

} // namespace

std::string wiresharkOptionsInfo(Bytes frame, const TcpInfo& tcp, std::uint32_t sackBase)
{
    std::string text;
    const auto add = [&text](const std::string& item) {
        if (!text.empty())
            text += ' ';
        text += item;
    };
    for (std::size_t i = 0; i < tcp.options.count; ++i) {
        const auto& option = tcp.options.items[i];
        if (!option.wellFormed || !fits(frame, option.offset, option.length))
            continue; // Wireshark flags a bad option in the tree, not in the Info column
        const std::uint8_t* p = frame.data() + option.offset;
        switch (option.kind) {
        case tcpopt::Mss: add("MSS=" + std::to_string(be16(p + 2))); break;
        case tcpopt::WindowScale: add("WS=" + std::to_string(1U << std::min<unsigned>(p[2], 14U))); break;
        case tcpopt::SackPermitted: add("SACK_PERM"); break;
        case tcpopt::Timestamps:
            add("TSval=" + std::to_string(be32(p + 2)) + " TSecr=" + std::to_string(be32(p + 6)));
            break;
        case tcpopt::Sack:
            for (unsigned b = 0; b < (option.length - 2U) / 8U; ++b)
                add("SLE=" + std::to_string(be32(p + 2 + 8 * b) - sackBase) + " SRE="
                    + std::to_string(be32(p + 6 + 8 * b) - sackBase));
            break;
        case tcpopt::FastOpen: add(option.length == 2 ? "TFO=R" : "TFO=C"); break;
        default: break;
        }
    }
    return text;
}

std::string wiresharkInfo(Bytes frame, const DecodedPacket& packet, const PacketAnalysisRecord& analysis,
                          bool relativeNumbers)
{
    const auto& tcp = packet.tcp;
    if (!tcp.complete)
        return {};
    const bool relative = relativeNumbers && analysis.isTcp();
    std::string text = analysisInfoText(analysis.analysisFlags, analysis.dupAckFrame, analysis.dupAckNumber);
    if (!text.empty())
        text += ' ';
    text += std::to_string(tcp.srcPort) + " \u2192 " + std::to_string(tcp.dstPort) + " ["
          + wiresharkFlagNames(tcp.flags) + "]";
    appendField(text, "Seq", relative ? analysis.relativeSeq : tcp.seq);
    const bool ack = tcp.has(tcpflag::Ack);
    if (ack)
        appendField(text, "Ack", relative ? analysis.relativeAck : tcp.ack);
    const bool windowKnown = analysis.calculatedWindow != PacketAnalysisRecord::kUnknownWindow;
    appendField(text, "Win", windowKnown ? analysis.calculatedWindow : tcp.window);
    if (tcp.checksum == ChecksumStatus::Bad && !tcp.checksumOffload)
        text += " [TCP CHECKSUM INCORRECT]";
    if (tcp.has(tcpflag::Urg))
        appendField(text, "Urg", tcp.urgentPointer);
    appendField(text, "Len", tcp.payloadLength);
    // SACK edges count in the receiver's numbers, whose base the relative ack reveals.
    const std::uint32_t sackBase = relative && ack ? tcp.ack - analysis.relativeAck : 0;
    const std::string options = wiresharkOptionsInfo(frame, tcp, sackBase);
    if (!options.empty())
        text += ' ' + options;
    return text;
}

} // namespace tcplens
