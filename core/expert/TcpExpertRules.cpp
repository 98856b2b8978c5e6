#include "TcpExpertRules.h"

#include "../tcp/SeqNum.h"

namespace tcplens {
namespace {

void add(std::vector<ExpertItem>& out, const ExpertItem& base, ExpertKind kind, std::uint32_t value = 0)
{
    auto item = base;
    item.kind = kind;
    item.value = value;
    out.push_back(item);
}

/// A Fast Open cookie (not a cookie request): kind 34 longer than 2, or the experimental kind
/// 253/254 with magic 0xF989 (RFC 7413's pre-assignment form) longer than 4.
bool carriesFastOpenCookie(Bytes bytes, const TcpOptionRef& option) noexcept
{
    if (!option.wellFormed && option.kind != 253 && option.kind != 254)
        return false;
    if (option.kind == tcpopt::FastOpen)
        return option.length > 2;
    if (option.kind != 253 && option.kind != 254)
        return false;
    const auto magic = loadBe16(bytes, option.offset + 2U);
    return magic && *magic == 0xf989 && option.length > 4 && fits(bytes, option.offset, option.length);
}

/// Whether a byte after the End of Option List (at `eolAt`, 0 if none) inside the header is not 0.
bool nonZeroPaddingAfter(Bytes bytes, const TcpInfo& tcp, std::uint32_t eolAt) noexcept
{
    if (eolAt == 0)
        return false;
    const std::uint32_t end = tcp.offset + tcp.headerLength;
    for (std::uint32_t at = eolAt; at < end && at < bytes.size(); ++at)
        if (bytes[at] != 0)
            return true;
    return false;
}

} // namespace

void TcpExpertRules::collect(std::uint32_t frame, Bytes bytes, const DecodedPacket& packet,
                             const PacketAnalysisRecord& record, std::vector<ExpertItem>& out)
{
    const auto& tcp = packet.tcp;
    if (!tcp.present)
        return;
    const ExpertItem base{frame, record.isTcp() ? record.stream : kNoStream, ExpertKind::ConnectionSyn, 0};
    if (!tcp.complete) {
        // tshark stops at a data offset below 20 bytes; a header cut by the snap length is no expert item.
        if (tcp.headerLength != 0 && tcp.headerLength < 20 && fits(bytes, tcp.offset, 20))
            add(out, base, ExpertKind::MalformedHeader, tcp.headerLength);
        return;
    }
    headerItems(base, tcp, record, out);
    optionItems(base, bytes, tcp, out);
    if (record.isTcp())
        analysisItems(base, record, out);
}

void TcpExpertRules::headerItems(const ExpertItem& base, const TcpInfo& tcp, const PacketAnalysisRecord& record,
                                 std::vector<ExpertItem>& out)
{
    if (!tcp.has(tcpflag::Ack) && tcp.ack != 0)
        add(out, base, ExpertKind::AckNonzero);
    if (tcp.has(tcpflag::Syn)) {
        if (tcp.has(tcpflag::Ack))
            add(out, base, ExpertKind::ConnectionSynAck, tcp.srcPort);
        else
            add(out, base, ExpertKind::ConnectionSyn, tcp.dstPort);
    }
    if (tcp.has(tcpflag::Fin))
        add(out, base, ExpertKind::ConnectionFin);
    if (tcp.has(tcpflag::Rst))
        add(out, base, ExpertKind::ConnectionRst);
    if (tcp.has(tcpflag::Fin) && record.isTcp()) {
        // The side whose FIN comes first initiates the close; its later FINs do too.
        if (closingInitiator_.size() <= record.stream)
            closingInitiator_.resize(record.stream + 1, 0);
        auto& initiator = closingInitiator_[record.stream];
        const std::uint8_t side = record.fromClient() ? 1 : 2;
        if (initiator == 0)
            initiator = side;
        add(out, base, initiator == side ? ExpertKind::FinActive : ExpertKind::FinPassive);
    }
    if (options_.validateChecksums && tcp.checksum == ChecksumStatus::Bad && !tcp.checksumOffload)
        add(out, base, ExpertKind::BadChecksum);
    if (!tcp.has(tcpflag::Urg) && tcp.urgentPointer != 0)
        add(out, base, ExpertKind::UrgentPointerNonzero);
}

void TcpExpertRules::optionItems(const ExpertItem& base, Bytes bytes, const TcpInfo& tcp,
                                 std::vector<ExpertItem>& out) const
{
    const auto& options = tcp.options;
    const bool syn = tcp.has(tcpflag::Syn);
    std::uint32_t eolAt = 0;
    for (std::size_t i = 0; i < options.count; ++i) {
        const auto& option = options.items[i];
        if (option.kind == tcpopt::Eol && eolAt == 0)
            eolAt = option.offset + 1U;
        if (!option.wellFormed)
            continue;
        if (option.kind == tcpopt::WindowScale && fits(bytes, option.offset + 2U, 1) && bytes[option.offset + 2U] > 14)
            add(out, base, ExpertKind::WindowScaleInvalid);
    }
    if (options.hasMss && !syn)
        add(out, base, ExpertKind::MssPresent);
    // After non-zero padding tshark 4.0 raises no MSS item (seen on tcpdump's bgp-*-oobr SYNs).
    if (syn && !options.hasMss && tcp.headerLength > 20 && !nonZeroPaddingAfter(bytes, tcp, eolAt))
        add(out, base, ExpertKind::MssAbsent);
    if (options.sackCount > 0 && tcp.has(tcpflag::Ack)) {
        // RFC 2883: a first block below the cumulative ACK, or inside the second block, reports a duplicate.
        const auto& first = options.sack[0];
        const bool belowAck = seq::lt(first.left, tcp.ack);
        const bool insideSecond = options.sackCount > 1 && seq::ge(first.left, options.sack[1].left)
                                  && seq::le(first.right, options.sack[1].right);
        if (belowAck || insideSecond)
            add(out, base, ExpertKind::DuplicateSack);
    }
    if (syn && !tcp.has(tcpflag::Ack)) {
        for (std::size_t i = 0; i < options.count; ++i)
            if (carriesFastOpenCookie(bytes, options.items[i]))
                add(out, base, ExpertKind::TfoSyn);
    }
    if (nonZeroPaddingAfter(bytes, tcp, eolAt))
        add(out, base, ExpertKind::NonZeroPadding);
}

void TcpExpertRules::analysisItems(const ExpertItem& base, const PacketAnalysisRecord& record,
                                   std::vector<ExpertItem>& out)
{
    using namespace analysis;
    const auto flags = record.analysisFlags;
    if (flags & ReusedPorts)
        add(out, base, ExpertKind::ReusedPorts);
    // A fast or spurious retransmission is also a retransmission: tshark raises both items.
    if (flags & FastRetransmission)
        add(out, base, ExpertKind::FastRetransmission);
    if (flags & SpuriousRetransmission)
        add(out, base, ExpertKind::SpuriousRetransmission);
    if (flags & (Retransmission | FastRetransmission | SpuriousRetransmission))
        add(out, base, ExpertKind::Retransmission);
    if (flags & OutOfOrder)
        add(out, base, ExpertKind::OutOfOrder);
    if (flags & LostSegment)
        add(out, base, ExpertKind::LostSegment);
    if (flags & AckLostSegment)
        add(out, base, ExpertKind::AckLostSegment);
    if (flags & WindowUpdate)
        add(out, base, ExpertKind::WindowUpdate);
    if (flags & WindowFull)
        add(out, base, ExpertKind::WindowFull);
    if (flags & KeepAlive)
        add(out, base, ExpertKind::KeepAlive);
    if (flags & KeepAliveAck)
        add(out, base, ExpertKind::KeepAliveAck);
    if (flags & DuplicateAck)
        add(out, base, ExpertKind::DuplicateAck, record.dupAckNumber);
    if (flags & ZeroWindowProbe)
        add(out, base, ExpertKind::ZeroWindowProbe);
    if (flags & ZeroWindow)
        add(out, base, ExpertKind::ZeroWindow);
    if (flags & ZeroWindowProbeAck)
        add(out, base, ExpertKind::ZeroWindowProbeAck);
}

} // namespace tcplens
