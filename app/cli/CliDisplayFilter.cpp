#include "CliDisplayFilter.h"

#include <capture/PacketAnalysisStore.h>
#include <decode/PacketDecoder.h>

#include <ostream>

namespace tcplens::cli {

std::optional<CliDisplayFilter> CliDisplayFilter::compileOrReport(const std::string& expression, std::ostream& err)
{
    auto compiled = DisplayFilter::compile(expression);
    if (compiled.ok())
        return CliDisplayFilter(std::move(compiled.filter));
    const auto& e = compiled.error;
    err << "tcplens-cli: bad display filter (-Y), column " << e.column + 1 << ": " << e.message << '\n'
        << "    " << expression << '\n'
        << "    " << std::string(e.column, ' ') << '^' << std::string(e.length > 1 ? e.length - 1 : 0, '~') << '\n';
    return std::nullopt;
}

bool CliDisplayFilter::shows(std::uint64_t frameNumber, const RawPacket& packet, const DecodedFrame& frame,
                             const TcpPacketAnalysis& analysis)
{
    const auto& decoded = frame.packet;
    const auto record = compactAnalysis(analysis, decoded);
    FilterContext context;
    context.packet = &decoded;
    context.bytes = frame.bytes;
    context.frameLength = static_cast<std::uint32_t>(packet.bytes.size());
    context.frameNumber = frameNumber;
    context.record = &record;
    context.analysis = &analysis;
    clock_.advance(context, packet.timestampNs, record.stream);
    if (filter_->needsSpansAlways()) {
        context.spans = &spans_;
    } else if (filter_->needsSpans(decoded)) {
        // Tunnels and ICMP quotes repeat headers the fast decode keeps once: decode this frame's spans.
        frameSpans_.clear();
        (void)decodePacket(packet.bytes, packet.wireLength, packet.linkType, &frameSpans_);
        context.spans = &frameSpans_;
    }
    const bool shown = filter_->matches(context);
    spans_.clear();
    if (shown)
        clock_.displayed(packet.timestampNs);
    return shown;
}

} // namespace tcplens::cli
