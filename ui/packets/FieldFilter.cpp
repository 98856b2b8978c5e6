#include "FieldFilter.h"

#include "PacketListModel.h"

#include <filter/DisplayFilterBpf.h>
#include <filter/FieldMatchExpression.h>
#include <tcp/ConversationSummary.h>

#include "FilterMessageText.h"

namespace tcplens::ui {
namespace {

/// The packet of `row` as the filter engine reads it, with `spans` for its detail fields.
FilterChoice matchOf(const PacketListModel& packets, int row, const FieldSpans& spans, std::size_t spanIndex)
{
    const auto n = static_cast<PacketNumber>(row);
    const auto& index = packets.store().index();
    const DecodedPacket decoded = packets.decoded(row);
    FilterContext context;
    context.packet = &decoded;
    context.bytes = packets.decodedBytes(row);
    context.frameLength = static_cast<std::uint32_t>(packets.store().bytes(n).size());
    context.frameNumber = n + 1;
    context.timeRelativeNs = index.timestampNs(n) - index.timestampNs(0);
    context.timeDeltaNs = n > 0 ? index.timestampNs(n) - index.timestampNs(n - 1) : 0;
    context.record = &packets.analysis(row);
    context.spans = &spans;
    const auto match = displayFilterForSpan(spanIndex, context);
    if (match.ok())
        return {QString::fromStdString(match.text), {}};
    return {{}, FieldFilter::tr("No display filter for this: %1.").arg(FilterMessageText::of(match.why))};
}

} // namespace

FilterChoice FieldFilter::forField(const PacketListModel& packets, int row, int spanIndex)
{
    if (row < 0 || row >= packets.rowCount() || spanIndex < 0)
        return {{}, tr("Select a field first.")};
    const auto spans = packets.fieldSpans(row);
    if (static_cast<std::size_t>(spanIndex) >= spans.size())
        return {{}, tr("Select a field first.")};
    return matchOf(packets, row, spans, static_cast<std::size_t>(spanIndex));
}

FilterChoice FieldFilter::forColumn(const PacketListModel& packets, int row, int column)
{
    if (row < 0 || row >= packets.rowCount())
        return {{}, tr("Select a packet first.")};
    const auto n = static_cast<PacketNumber>(row);
    switch (column) {
    case PacketListModel::NumberColumn: return {QStringLiteral("frame.number == %1").arg(n + 1), {}};
    case PacketListModel::LengthColumn:
        return {QStringLiteral("frame.len == %1").arg(packets.store().index().wireLength(n)), {}};
    case PacketListModel::InfoColumn:
        return {{}, tr("The Info column is a summary of several fields; apply one of them from the packet details.")};
    default: break;
    }
    const auto spans = packets.fieldSpans(row);
    auto first = [&](std::initializer_list<const char*> ids) -> int {
        for (const char* id : ids)
            for (std::size_t i = 0; i < spans.size(); ++i)
                if (spans[i].id == id)
                    return static_cast<int>(i);
        return -1;
    };
    const bool relative = packets.relativeSequenceNumbers();
    int span = -1;
    switch (column) {
    case PacketListModel::TimeColumn: span = first({"frame.time_relative"}); break;
    case PacketListModel::SourceColumn: span = first({"ip.src", "ipv6.src", "eth.src"}); break;
    case PacketListModel::DestinationColumn: span = first({"ip.dst", "ipv6.dst", "eth.dst"}); break;
    case PacketListModel::ProtocolColumn: span = first({"tcp", "udp", "icmp", "icmpv6", "ip", "ipv6", "arp", "eth"}); break;
    case PacketListModel::FlagsColumn: span = first({"tcp.flags"}); break;
    case PacketListModel::SeqColumn: span = relative ? first({"tcp.seq", "tcp.seq_raw"}) : first({"tcp.seq_raw"}); break;
    case PacketListModel::AckColumn: span = relative ? first({"tcp.ack", "tcp.ack_raw"}) : first({"tcp.ack_raw"}); break;
    case PacketListModel::PayloadLengthColumn: span = first({"tcp.len"}); break;
    case PacketListModel::WindowColumn: span = first({"tcp.window_size_value"}); break;
    default: break;
    }
    if (column == PacketListModel::TimeColumn && span < 0) {
        const auto& index = packets.store().index();
        const auto ns = index.timestampNs(n) - index.timestampNs(0);
        return {QString::fromStdString(displayFilterComparison("frame.time_relative", FieldType::Time,
                                                               FilterValue::ofNumber(static_cast<std::uint64_t>(ns)))),
                {}};
    }
    if (span < 0)
        return {{}, tr("This packet has no field for that column.")};
    return matchOf(packets, row, spans, static_cast<std::size_t>(span));
}

FilterChoice FieldFilter::forConversation(const ConversationSummary& conversation, int endpoint)
{
    if (endpoint == 0 || endpoint == 1)
        return {QString::fromStdString(displayFilterForEndpoint(endpoint == 0 ? conversation.client.endpoint
                                                                              : conversation.server.endpoint)),
                {}};
    return {QString::fromStdString(displayFilterForStream(conversation.stream)), {}};
}

FilterChoice FieldFilter::asBpf(const QString& displayFilter)
{
    if (displayFilter.isEmpty())
        return {{}, tr("There is no filter to translate.")};
    const auto bpf = displayFilterToBpf(displayFilter.toStdString());
    if (bpf.ok())
        return {QString::fromStdString(bpf.text), {}};
    return {{}, FilterMessageText::of(bpf.why)};
}

} // namespace tcplens::ui
