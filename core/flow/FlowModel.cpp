#include "FlowModel.h"

#include "../capture/StoredPacket.h"
#include "../decode/Nanoseconds.h"
#include "../decode/TcpFlagsText.h"
#include "../export/WiresharkInfo.h"
#include "FlowCopyIndex.h"
#include "PayloadPreview.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace tcplens {

struct FlowModel::LazyCopyIndex {
    std::once_flag once;
    std::unique_ptr<FlowCopyIndex> index;
};
namespace {

/// What the build learns about one conversation while scanning the records.
struct Scan {
    std::uint32_t stream = 0;
    std::uint32_t firstRow = 0;
    std::uint32_t lastRow = 0;
    std::uint32_t rows = 0;
    bool sawSyn = false;
};

ArrowStyle styleOf(const PacketAnalysisRecord& r)
{
    using namespace analysis;
    if (r.hasHeaderFlag(tcpflag::Rst))
        return ArrowStyle::Reset;
    if (r.hasAnalysis(Retransmission | FastRetransmission | SpuriousRetransmission))
        return ArrowStyle::Retransmission;
    if (r.hasAnalysis(OutOfOrder | LostSegment | AckLostSegment))
        return ArrowStyle::OutOfOrder;
    if (r.hasAnalysis(ZeroWindow | ZeroWindowProbe | ZeroWindowProbeAck | WindowFull))
        return ArrowStyle::ZeroWindow;
    if (r.hasAnalysis(DuplicateAck))
        return ArrowStyle::DuplicateAck;
    if (r.hasAnalysis(KeepAlive | KeepAliveAck))
        return ArrowStyle::KeepAlive;
    if (r.hasHeaderFlag(tcpflag::Syn))
        return ArrowStyle::Handshake;
    if (r.hasHeaderFlag(tcpflag::Fin))
        return ArrowStyle::Close;
    return ArrowStyle::Normal;
}

} // namespace

FlowModel FlowModel::build(const PacketStore& packets, const PacketAnalysisStore& analyses,
                           const FlowSelection& selection)
{
    FlowModel model;
    model.packets_ = &packets;
    model.analyses_ = &analyses;
    model.copies_ = std::make_shared<LazyCopyIndex>();
    const std::size_t n = std::min(packets.size(), analyses.size());

    // Which streams the selection wants, as a bitmap (stream numbers are dense, and fewer than the
    // packets: a number past them names no stream and costs nothing).
    std::vector<bool> wanted;
    if (selection.kind() == FlowSelection::Kind::Streams && !selection.streamList().empty()) {
        wanted.assign(std::min<std::size_t>(static_cast<std::size_t>(selection.streamList().back()) + 1, n), false);
        for (const auto s : selection.streamList())
            if (s < wanted.size())
                wanted[s] = true;
    }
    const auto keep = [&](PacketNumber p, const PacketAnalysisRecord& r) {
        if (!r.isTcp())
            return false;
        switch (selection.kind()) {
        case FlowSelection::Kind::Streams: return r.stream < wanted.size() && wanted[r.stream];
        case FlowSelection::Kind::AllStreams: return true;
        case FlowSelection::Kind::MatchingPackets: return !selection.predicate() || selection.predicate()(p);
        }
        return false;
    };

    // Pass 1: rows and conversations in order of their first row.
    std::vector<Scan> scans;
    std::vector<std::uint32_t> scanOfStream; // stream -> index + 1 into scans, 0 = none yet
    for (PacketNumber p = 0; p < n; ++p) {
        const auto& r = analyses[p];
        if (!keep(p, r))
            continue;
        const auto row = static_cast<std::uint32_t>(model.rows_.size());
        if (r.stream >= scanOfStream.size())
            scanOfStream.resize(static_cast<std::size_t>(r.stream) + 1, 0);
        auto& slot = scanOfStream[r.stream];
        if (slot == 0) {
            scans.push_back(Scan{r.stream, row, row, 0, false});
            slot = static_cast<std::uint32_t>(scans.size());
        }
        auto& scan = scans[slot - 1];
        scan.lastRow = row;
        ++scan.rows;
        scan.sawSyn = scan.sawSyn || r.hasHeaderFlag(tcpflag::Syn);
        model.rows_.push_back(FlowRow{p, 0, 0});
    }
    model.rows_.shrink_to_fit();
    if (model.rows_.empty())
        return model;
    model.originNs_ = packets.index().timestampNs(model.rows_.front().packet);

    // Endpoints: from each conversation's first packet.
    std::vector<FlowConversation> byAppearance;
    byAppearance.reserve(scans.size());
    for (const auto& scan : scans) {
        const PacketNumber p = model.rows_[scan.firstRow].packet;
        const auto decoded = decodeStoredPacket(packets, p).packet;
        const Endpoint src{decoded.network.src, decoded.tcp.srcPort};
        const Endpoint dst{decoded.network.dst, decoded.tcp.dstPort};
        FlowConversation c;
        c.stream = scan.stream;
        const bool fromClient = analyses[p].fromClient();
        c.client = fromClient ? src : dst;
        c.server = fromClient ? dst : src;
        c.clientKnown = scan.sawSyn;
        c.firstRow = scan.firstRow;
        c.lastRow = scan.lastRow;
        c.rows = scan.rows;
        byAppearance.push_back(c);
    }

    // Lifelines: endpoints for one conversation; hosts for several, except a conversation between
    // two ports of one host (loopback), which keeps endpoint lifelines so its arrows still go across.
    model.hostLifelines_ = byAppearance.size() > 1;
    std::map<std::pair<IpAddress, int>, std::uint32_t> lifelineOf; // (address, port or -1)
    const auto lifelineFor = [&](const Endpoint& e, bool asHost, bool client, bool known) {
        const std::pair<IpAddress, int> key{e.address, asHost ? -1 : e.port};
        auto [it, inserted] = lifelineOf.emplace(key, static_cast<std::uint32_t>(model.lifelines_.size()));
        if (inserted) {
            FlowLifeline l;
            l.address = e.address;
            l.port = asHost ? 0 : e.port;
            l.host = asHost;
            l.role = client ? FlowLifeline::Role::Client : FlowLifeline::Role::Server;
            l.roleKnown = known;
            model.lifelines_.push_back(std::move(l));
        }
        auto& l = model.lifelines_[it->second];
        const auto role = client ? FlowLifeline::Role::Client : FlowLifeline::Role::Server;
        if (l.role != role)
            l.role = FlowLifeline::Role::Mixed;
        l.roleKnown = l.roleKnown && known;
        if (asHost && std::find(l.ports.begin(), l.ports.end(), e.port) == l.ports.end())
            l.ports.push_back(e.port);
        return it->second;
    };
    for (auto& c : byAppearance) {
        const bool asHost = model.hostLifelines_ && c.client.address != c.server.address;
        c.clientLifeline = lifelineFor(c.client, asHost, true, c.clientKnown);
        c.serverLifeline = lifelineFor(c.server, asHost, false, c.clientKnown);
    }

    // Conversations sorted by stream (for lookups); rows get their lifelines.
    model.conversations_ = byAppearance;
    std::sort(model.conversations_.begin(), model.conversations_.end(),
              [](const FlowConversation& a, const FlowConversation& b) { return a.stream < b.stream; });
    std::vector<std::uint32_t> convOfScan(scans.size());
    for (std::size_t i = 0; i < scans.size(); ++i)
        convOfScan[i] = *model.conversationOfStream(scans[i].stream);

    // Tracks: client then server side of each conversation. Conversations that overlap in time on
    // one lifeline get bands side by side; one that starts after another ended reuses its slot.
    std::vector<std::vector<std::uint32_t>> slotEnds(model.lifelines_.size()); // last row per slot
    model.tracks_.resize(model.conversations_.size() * 2);
    for (std::size_t i = 0; i < scans.size(); ++i) {
        const auto ci = convOfScan[i];
        const auto& c = model.conversations_[ci];
        for (int side = 0; side < 2; ++side) {
            auto& t = model.tracks_[2 * ci + static_cast<std::size_t>(side)];
            t.conversation = ci;
            t.client = side == 0;
            t.lifeline = t.client ? c.clientLifeline : c.serverLifeline;
            t.firstRow = c.firstRow;
            t.lastRow = c.lastRow;
            auto& ends = slotEnds[t.lifeline];
            const auto free = std::find_if(ends.begin(), ends.end(), [&](std::uint32_t end) { return end < c.firstRow; });
            t.slot = static_cast<std::uint32_t>(free - ends.begin());
            if (free == ends.end())
                ends.push_back(c.lastRow);
            else
                *free = c.lastRow;
        }
    }
    model.slotsPerLifeline_.resize(model.lifelines_.size());
    for (std::size_t l = 0; l < slotEnds.size(); ++l)
        model.slotsPerLifeline_[l] = static_cast<std::uint32_t>(slotEnds[l].size());

    // Pass 2 over the rows: lifelines of each arrow and the state changes.
    for (std::uint32_t row = 0; row < model.rows_.size(); ++row) {
        auto& fr = model.rows_[row];
        const auto& r = analyses[fr.packet];
        const auto ci = convOfScan[scanOfStream[r.stream] - 1];
        const auto& c = model.conversations_[ci];
        const bool fromClient = r.fromClient();
        fr.fromLifeline = fromClient ? c.clientLifeline : c.serverLifeline;
        fr.toLifeline = fromClient ? c.serverLifeline : c.clientLifeline;
        auto& sender = model.tracks_[2 * ci + (fromClient ? 0 : 1)];
        auto& receiver = model.tracks_[2 * ci + (fromClient ? 1 : 0)];
        const bool first = row == c.firstRow;
        sender.follow(row, r.srcBefore(), r.srcAfter(), true, first);
        receiver.follow(row, r.dstBefore(), r.dstAfter(), false, first);
    }
    return model;
}

std::uint32_t FlowModel::slotsOn(std::uint32_t lifeline) const noexcept
{
    return lifeline < slotsPerLifeline_.size() ? slotsPerLifeline_[lifeline] : 0;
}

std::uint32_t FlowModel::maxSlots() const noexcept
{
    std::uint32_t most = 0;
    for (const auto s : slotsPerLifeline_)
        most = std::max(most, s);
    return most;
}

std::int64_t FlowModel::timestampNs(std::size_t r) const noexcept
{
    return r < rows_.size() ? packets_->index().timestampNs(rows_[r].packet) : 0;
}

FlowArrow FlowModel::arrow(std::size_t r, SequenceNumbers infoNumbers, bool withInfo) const
{
    FlowArrow a;
    if (r >= rows_.size())
        return a;
    const auto& fr = rows_[r];
    const auto& rec = (*analyses_)[fr.packet];
    const auto stored = decodeStoredPacket(*packets_, fr.packet);
    const auto bytes = stored.bytes(); // a reassembled segment's payload follows its last fragment
    const auto& tcp = stored.packet.tcp;

    a.row = static_cast<std::uint32_t>(r);
    a.frame = fr.frame();
    a.timestampNs = packets_->index().timestampNs(fr.packet);
    a.sinceStartNs = nsBetween(originNs_, a.timestampNs);
    a.stream = rec.stream;
    a.conversation = conversationOfStream(rec.stream).value_or(0);
    a.fromLifeline = fr.fromLifeline;
    a.toLifeline = fr.toLifeline;
    a.fromClient = rec.fromClient();
    a.srcPort = tcp.srcPort;
    a.dstPort = tcp.dstPort;
    a.tcpFlags = rec.headerFlags();
    a.flags = flagWords(a.tcpFlags);
    a.seq = tcp.seq;
    a.ack = tcp.ack;
    a.relativeSeq = rec.relativeSeq;
    a.relativeAck = rec.relativeAck;
    a.length = tcp.payloadLength;
    a.rawWindow = tcp.window;
    a.window = rec.calculatedWindow == PacketAnalysisRecord::kUnknownWindow ? std::int64_t{tcp.window}
                                                                            : std::int64_t{rec.calculatedWindow};
    if (tcp.payloadCaptured > 0 && tcp.payloadOffset + tcp.payloadCaptured <= bytes.size())
        a.payloadText = payloadPreview(bytes.subspan(tcp.payloadOffset, tcp.payloadCaptured),
                                       tcp.payloadCaptured >= tcp.payloadLength);
    a.analysis = rec.analysisFlags;
    a.dupAckFrame = rec.dupAckFrame;
    a.dupAckNumber = rec.dupAckNumber;
    a.analysisText = analysisInfoText(a.analysis, a.dupAckFrame, a.dupAckNumber);
    if (withInfo)
        a.info = wiresharkInfo(bytes, stored.packet, rec, infoNumbers == SequenceNumbers::Relative);
    a.style = styleOf(rec);
    a.notReceived = rec.notReceived();
    // The states as the lifelines draw them (the tracker's, corrected by later rows).
    const auto conversation = 2 * static_cast<std::size_t>(a.conversation);
    if (conversation + 1 < tracks_.size()) {
        const auto& sender = tracks_[conversation + (a.fromClient ? 0 : 1)];
        const auto& receiver = tracks_[conversation + (a.fromClient ? 1 : 0)];
        a.senderBefore = sender.stateBefore(a.row);
        a.senderAfter = sender.stateAfter(a.row);
        a.receiverBefore = receiver.stateBefore(a.row);
        a.receiverAfter = receiver.stateAfter(a.row);
        const auto at = std::lower_bound(receiver.changes.begin(), receiver.changes.end(), a.row,
                                         [](const FlowStateChange& c, std::uint32_t r) { return c.row < r; });
        if (at != receiver.changes.end() && at->row == a.row && at->atSender)
            a.receiverOnArrival = at->after;
    }
    return a;
}

std::optional<std::uint32_t> FlowModel::rowOfPacket(PacketNumber packet) const noexcept
{
    const auto it = std::lower_bound(rows_.begin(), rows_.end(), packet,
                                     [](const FlowRow& row, PacketNumber p) { return row.packet < p; });
    if (it == rows_.end() || it->packet != packet)
        return std::nullopt;
    return static_cast<std::uint32_t>(it - rows_.begin());
}

std::uint32_t FlowModel::firstRowAtOrAfterFrame(std::uint32_t frame) const noexcept
{
    const auto it = std::lower_bound(rows_.begin(), rows_.end(), frame,
                                     [](const FlowRow& row, std::uint32_t f) { return row.frame() < f; });
    return static_cast<std::uint32_t>(it - rows_.begin());
}

std::optional<std::uint32_t> FlowModel::conversationOfStream(std::uint32_t stream) const noexcept
{
    const auto it = std::lower_bound(conversations_.begin(), conversations_.end(), stream,
                                     [](const FlowConversation& c, std::uint32_t s) { return c.stream < s; });
    if (it == conversations_.end() || it->stream != stream)
        return std::nullopt;
    return static_cast<std::uint32_t>(it - conversations_.begin());
}

std::optional<std::uint32_t> FlowModel::previousCopyRow(std::size_t r) const
{
    if (r >= rows_.size() || !copies_)
        return std::nullopt;
    std::call_once(copies_->once, [this] { copies_->index = std::make_unique<FlowCopyIndex>(*this); });
    const auto& rec = (*analyses_)[rows_[r].packet];
    return copies_->index->previousCopy(rec.stream, rec.fromClient(), rec.relativeSeq, static_cast<std::uint32_t>(r));
}

std::size_t FlowModel::memoryBytes() const noexcept
{
    std::size_t bytes = rows_.capacity() * sizeof(FlowRow) + lifelines_.capacity() * sizeof(FlowLifeline)
                        + conversations_.capacity() * sizeof(FlowConversation)
                        + tracks_.capacity() * sizeof(FlowStateTrack) + slotsPerLifeline_.capacity() * sizeof(std::uint32_t);
    for (const auto& l : lifelines_)
        bytes += l.ports.capacity() * sizeof(std::uint16_t);
    for (const auto& t : tracks_)
        bytes += t.changes.capacity() * sizeof(FlowStateChange);
    return bytes;
}

} // namespace tcplens
