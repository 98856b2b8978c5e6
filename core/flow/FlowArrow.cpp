#include "FlowArrow.h"

namespace tcplens {

const char* arrowStyleName(ArrowStyle style) noexcept
{
    switch (style) {
    case ArrowStyle::Normal: return "normal";
    case ArrowStyle::Handshake: return "handshake";
    case ArrowStyle::Close: return "close";
    case ArrowStyle::Reset: return "reset";
    case ArrowStyle::Retransmission: return "retransmission";
    case ArrowStyle::DuplicateAck: return "dup-ack";
    case ArrowStyle::ZeroWindow: return "zero-window";
    case ArrowStyle::OutOfOrder: return "out-of-order";
    case ArrowStyle::KeepAlive: return "keep-alive";
    }
    return "normal";
}

std::string FlowArrow::label(SequenceNumbers mode, bool ports) const
{
    std::string text;
    if (ports)
        text = std::to_string(srcPort) + " \xE2\x86\x92 " + std::to_string(dstPort) + " "; // →
    text += flags;
    text += " seq=" + std::to_string(seqIn(mode));
    if (has(0x010))
        text += " ack=" + std::to_string(ackIn(mode));
    text += " len=" + std::to_string(length);
    text += " win=" + std::to_string(window >= 0 ? window : rawWindow);
    return text;
}

std::string FlowArrow::comment() const
{
    std::string text = notReceived ? std::string(fromClient ? "[Not received by the server]" : "[Not received by the client]")
                                   : std::string();
    if (!analysisText.empty())
        text += (text.empty() ? "" : " ") + analysisText;
    if (!payloadText.empty()) {
        if (!text.empty())
            text += ' ';
        text += '"' + payloadText + '"';
    }
    return text;
}

} // namespace tcplens
