#include "PacketRowStyle.h"

namespace tcplens::ui {
namespace {

// The analysis flags Wireshark's "Bad TCP" rule colours (window updates and keep-alives are routine).
constexpr std::uint32_t kTcpProblems = analysis::Retransmission | analysis::FastRetransmission
                                     | analysis::SpuriousRetransmission | analysis::OutOfOrder
                                     | analysis::LostSegment | analysis::AckLostSegment | analysis::DuplicateAck;
constexpr std::uint32_t kWindowProblems = analysis::ZeroWindow | analysis::ZeroWindowProbe
                                        | analysis::ZeroWindowProbeAck | analysis::WindowFull;

RowTone decodeTone(const DecodedPacket& packet) noexcept
{
    auto tone = RowTone::Plain;
    for (const auto& problem : packet.problems) {
        const auto severity = severityOf(problem.kind);
        if (severity == Severity::Error)
            return RowTone::Error;
        if (severity == Severity::Warning)
            tone = RowTone::Warning;
    }
    return tone;
}

} // namespace

RowTone rowToneOf(const DecodedPacket& packet, const PacketAnalysisRecord& analysis) noexcept
{
    const auto decoded = decodeTone(packet);
    if (decoded == RowTone::Error)
        return decoded;
    if (analysis.hasAnalysis(kTcpProblems))
        return RowTone::TcpProblem;
    const auto& tcp = packet.tcp;
    if (tcp.present && tcp.has(tcpflag::Rst))
        return RowTone::Reset;
    if (analysis.hasAnalysis(kWindowProblems))
        return RowTone::ZeroWindow;
    if (decoded == RowTone::Warning)
        return decoded;
    if (tcp.present && (tcp.has(tcpflag::Syn) || tcp.has(tcpflag::Fin)))
        return RowTone::SynFin;
    return RowTone::Plain;
}

RowPalette RowPalette::standard()
{
    RowPalette palette;
    palette.set(RowTone::SynFin, RowColours{QColor(0xdd, 0xdd, 0xe8), QColor(0x1c, 0x1c, 0x28)});
    palette.set(RowTone::Warning, RowColours{QColor(0xfc, 0xec, 0xb8), QColor(0x5c, 0x43, 0x00)});
    palette.set(RowTone::ZeroWindow, RowColours{QColor(0xff, 0xd8, 0xa8), QColor(0x6b, 0x32, 0x00)});
    palette.set(RowTone::Reset, RowColours{QColor(0xa4, 0x00, 0x00), QColor(0xff, 0xfc, 0x9c)});
    palette.set(RowTone::TcpProblem, RowColours{QColor(0x26, 0x26, 0x26), QColor(0xff, 0x6b, 0x6b)});
    palette.set(RowTone::Error, RowColours{QColor(0xf6, 0xc9, 0xc9), QColor(0x7a, 0x00, 0x00)});
    return palette;
}

} // namespace tcplens::ui
