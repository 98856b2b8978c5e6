#include "RecentStates.h"

#include "../decode/DecodedPacket.h"
#include "SeqNum.h"

namespace tcplens {
namespace {

StateRevision revisionOf(const RecentStates::Entry& e)
{
    return StateRevision{e.frame, e.srcBefore, e.srcAfter, e.dstBefore, e.dstAfter, e.notReceived()};
}

/// The side's states in entry `e`: its own (it sent e) or as e's receiver.
TcpState& before(RecentStates::Entry& e, bool client) { return e.fromClient() == client ? e.srcBefore : e.dstBefore; }
TcpState& after(RecentStates::Entry& e, bool client) { return e.fromClient() == client ? e.srcAfter : e.dstAfter; }

} // namespace

void RecentStates::push(const Entry& entry) noexcept
{
    ring_[head_] = entry;
    head_ = static_cast<std::uint8_t>((head_ + 1) % kPackets);
    if (count_ < kPackets)
        ++count_;
}

void RecentStates::restore(bool client, std::size_t back, TcpState restored, std::vector<StateRevision>& revisions)
{
    // The receipt's packet leaves the side where it found it; later ones find it there.
    after(at(back), client) = restored;
    revisions.push_back(revisionOf(at(back)));
    for (std::size_t later = back; later-- > 0;) {
        Entry& e = at(later);
        before(e, client) = restored;
        after(e, client) = restored;
        revisions.push_back(revisionOf(e));
    }
}

void RecentStates::markNotReceived(std::uint32_t frame) noexcept
{
    for (std::size_t back = 0; back < count_; ++back)
        if (at(back).frame == frame)
            at(back).bits |= kNotReceived;
}

std::optional<TcpState> RecentStates::withdrawLatestReceipt(bool client, std::uint32_t now,
                                                            std::vector<StateRevision>& revisions,
                                                            std::uint16_t* withdrawnFlags)
{
    for (std::size_t back = 0; back < count_; ++back) {
        Entry& e = at(back);
        if (now - e.frame > kFrames)
            return std::nullopt;
        const TcpState from = before(e, client);
        if (from == after(e, client))
            continue;
        if (e.fromClient() == client)
            return std::nullopt; // its own move: nothing it received to withdraw
        e.bits |= kNotReceived;
        if (withdrawnFlags)
            *withdrawnFlags = e.flags;
        // Copies of it sent since (a SYN-ACK or FIN retransmitted) had not arrived either.
        constexpr std::uint16_t kind = tcpflag::Syn | tcpflag::Fin | tcpflag::Ack;
        if (e.flags & (tcpflag::Syn | tcpflag::Fin))
            for (std::size_t later = back; later-- > 0;)
                if (Entry& l = at(later); l.fromClient() != client && (l.flags & kind) == (e.flags & kind))
                    l.bits |= kNotReceived;
        restore(client, back, from, revisions);
        return from;
    }
    return std::nullopt;
}

std::optional<TcpState> RecentStates::withdrawAcksOf(bool client, std::uint32_t end, std::uint32_t now,
                                                     std::vector<StateRevision>& revisions)
{
    // Back from the newest: the peer's segments that acknowledge `end`, until one that does not, a
    // move of the side's own (what it did since stands) or the window's edge.
    std::size_t earliest = count_;   // the oldest of them
    std::size_t earliestChange = count_; // the oldest of them that moved the side
    for (std::size_t back = 0; back < count_; ++back) {
        Entry& e = at(back);
        if (now - e.frame > kFrames)
            break;
        if (e.fromClient() == client) {
            if (before(e, client) != after(e, client))
                break;
            continue;
        }
        if (!(e.flags & tcpflag::Ack) || seq::lt(e.ack, end))
            break;
        earliest = back;
        if (before(e, client) != after(e, client))
            earliestChange = back;
    }
    if (earliest == count_)
        return std::nullopt;
    std::optional<TcpState> restored;
    if (earliestChange != count_)
        restored = before(at(earliestChange), client);
    for (std::size_t back = earliest + 1; back-- > 0;) {
        Entry& e = at(back);
        if (e.fromClient() == client)
            continue;
        e.bits |= kNotReceived;
        if (!restored || back > earliestChange)
            revisions.push_back(revisionOf(e));
    }
    if (restored)
        restore(client, earliestChange, *restored, revisions);
    return restored;
}

std::optional<TcpState> RecentStates::withdrawLostData(bool client, std::uint32_t ack, std::optional<std::uint32_t> sackedTo,
                                                       std::uint32_t now, std::vector<StateRevision>& revisions)
{
    // The peer's first copy of the bytes at `ack`, and whether the peer sent (or the side SACKed)
    // data beyond it afterwards: only data sent after it can have made this duplicate ACK while it
    // was missing (with SACK, the blocks must reach past it).
    bool laterData = false;
    for (std::size_t back = 0; back < count_; ++back) {
        Entry& e = at(back);
        if (now - e.frame > kFrames)
            return std::nullopt;
        if (e.fromClient() == client)
            continue;
        if (e.seq == ack && seq::gt(e.end, ack)) {
            if (!(e.bits & kOriginal) || e.notReceived())
                return std::nullopt;
            const bool proven = sackedTo ? seq::gt(*sackedTo, e.end) : laterData;
            if (!proven)
                return std::nullopt;
            e.bits |= kNotReceived;
            // Without it, no FIN the peer sent from it on was in sequence at the side, so none of
            // them moved it: withdraw the first such move, unless something else moved it since.
            std::size_t finAt = count_;
            for (std::size_t later = back + 1; later-- > 0;) {
                Entry& x = at(later);
                if (before(x, client) == after(x, client))
                    continue;
                if (x.fromClient() == client || !(x.flags & tcpflag::Fin)) {
                    finAt = count_;
                    break;
                }
                if (finAt == count_)
                    finAt = later;
            }
            if (finAt == count_) {
                revisions.push_back(revisionOf(e));
                return std::nullopt;
            }
            const TcpState from = before(at(finAt), client);
            restore(client, finAt, from, revisions);
            if (finAt != back)
                revisions.push_back(revisionOf(e));
            return from;
        }
        if (seq::ge(e.seq, ack) && seq::gt(e.end, e.seq))
            laterData = laterData || seq::gt(e.seq, ack);
    }
    return std::nullopt;
}

} // namespace tcplens
