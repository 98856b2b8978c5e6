#include "FieldFilter.h"

#include "PacketListModel.h"

#include <tcp/ConversationSummary.h>

namespace tcplens::ui {

QString FieldFilter::gapText(BpfGap gap)
{
    switch (gap) {
    case BpfGap::None:
        return {};
    case BpfGap::Computed:
        return tr("tcplens computes this value; it is not in the packet's bytes, which are all a tcpdump filter sees.");
    case BpfGap::CaptureMetadata:
        return tr("This comes from the capture file's record (time, interface, comment), not from the packet.");
    case BpfGap::Tunnelled:
        return tr("This header sits inside a tunnel or after a header tcpdump filters cannot step over; "
                  "their primitives read the outer headers.");
    case BpfGap::Reassembled:
        return tr("This field is in the reassembled datagram, past the bytes of this frame.");
    case BpfGap::TooLong:
        return tr("Too long for a tcpdump filter to compare (it loads at most 4 bytes at a time).");
    case BpfGap::MovingOffset:
        return tr("After IPv6 extension headers a tcpdump filter cannot find this header.");
    case BpfGap::NoPrimitive:
        return tr("tcpdump filters have no expression for this.");
    }
    return {};
}

FilterChoice FieldFilter::of(const BpfExpression& expression)
{
    if (expression.ok())
        return {QString::fromStdString(expression.text), {}};
    return {{}, gapText(expression.gap)};
}

FilterChoice FieldFilter::forField(const PacketListModel& packets, int row, int spanIndex)
{
    if (row < 0 || row >= packets.rowCount() || spanIndex < 0)
        return {{}, tr("Select a field first.")};
    const auto spans = packets.fieldSpans(row);
    const auto frameLength = packets.store().bytes(static_cast<PacketNumber>(row)).size();
    return of(bpfExpressionForField(spans, static_cast<std::size_t>(spanIndex), packets.decodedBytes(row), frameLength));
}

FilterChoice FieldFilter::forColumn(const PacketListModel& packets, int row, int column)
{
    if (row < 0 || row >= packets.rowCount())
        return {{}, tr("Select a packet first.")};
    const auto spans = packets.fieldSpans(row);
    auto first = [&](std::initializer_list<const char*> ids) -> int {
        for (const char* id : ids)
            for (std::size_t i = 0; i < spans.size(); ++i)
                if (spans[i].id == id)
                    return static_cast<int>(i);
        return -1;
    };
    int span = -1;
    switch (column) {
    case PacketListModel::SourceColumn: span = first({"ip.src", "ipv6.src", "eth.src"}); break;
    case PacketListModel::DestinationColumn: span = first({"ip.dst", "ipv6.dst", "eth.dst"}); break;
    case PacketListModel::ProtocolColumn: span = first({"tcp", "udp", "icmp", "icmpv6", "ip", "ipv6"}); break;
    case PacketListModel::FlagsColumn: span = first({"tcp.flags"}); break;
    case PacketListModel::SeqColumn: span = first({"tcp.seq_raw"}); break;
    case PacketListModel::AckColumn: span = first({"tcp.ack_raw"}); break;
    case PacketListModel::WindowColumn: span = first({"tcp.window_size_value"}); break;
    case PacketListModel::LengthColumn:
        return {QStringLiteral("len == %1").arg(packets.store().index().wireLength(static_cast<PacketNumber>(row))), {}};
    case PacketListModel::NumberColumn:
    case PacketListModel::TimeColumn:
        return {{}, gapText(BpfGap::CaptureMetadata)};
    default:
        return {{}, gapText(BpfGap::Computed)};
    }
    if (span < 0)
        return {{}, gapText(BpfGap::NoPrimitive)};
    return forField(packets, row, span);
}

FilterChoice FieldFilter::forConversation(const ConversationSummary& conversation, int endpoint)
{
    if (endpoint == 0 || endpoint == 1)
        return of(bpfExpressionForEndpoint(endpoint == 0 ? conversation.client.endpoint : conversation.server.endpoint));
    return of(bpfExpressionForConversation({conversation.client.endpoint, conversation.server.endpoint}));
}

} // namespace tcplens::ui
