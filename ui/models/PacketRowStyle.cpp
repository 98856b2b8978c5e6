#include "PacketRowStyle.h"

namespace tcplens::ui {

RowTone rowToneOf(const DecodedPacket& packet) noexcept
{
    auto tone = RowTone::Plain;
    for (const auto& problem : packet.problems) {
        const auto severity = severityOf(problem.kind);
        if (severity == Severity::Error)
            return RowTone::Error;
        if (severity == Severity::Warning)
            tone = RowTone::Warning;
    }
    if (tone == RowTone::Plain && packet.tcp.present && packet.tcp.has(tcpflag::Rst))
        tone = RowTone::Reset;
    return tone;
}

std::optional<RowColours> coloursOf(RowTone tone)
{
    // Both colours are set so a toned row stays readable under a dark palette too.
    switch (tone) {
    case RowTone::Error: return RowColours{QColor(0xf6, 0xc9, 0xc9), QColor(0x7a, 0x00, 0x00)};
    case RowTone::Warning: return RowColours{QColor(0xfc, 0xec, 0xb8), QColor(0x5c, 0x43, 0x00)};
    case RowTone::Reset: return RowColours{QColor(0xe9, 0xd5, 0xf2), QColor(0x4a, 0x14, 0x63)};
    case RowTone::Plain: break;
    }
    return std::nullopt;
}

} // namespace tcplens::ui
