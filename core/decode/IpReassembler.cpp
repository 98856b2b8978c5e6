#include "IpReassembler.h"

#include <algorithm>
#include <numeric>

namespace tcplens {

std::size_t IpReassembler::KeyHash::operator()(const Key& key) const noexcept
{
    std::size_t h = hashOf(key.src) * 31U + hashOf(key.dst);
    h = h * 1'000'003U + key.id;
    return h * 131U + (std::size_t{key.protocol} << 16 | key.vlan);
}

const ReassembledDatagram* IpReassembler::add(std::uint32_t frameNumber, std::int64_t timestampNs,
                                              const DecodedPacket& packet, Bytes frame)
{
    const auto& ip = packet.network;
    if (!ip.isFragment || !ip.reassemblable || !fits(frame, ip.fragmentDataOffset, ip.fragmentDataLength))
        return nullptr;
    expire(timestampNs);

    Key key{ip.src, ip.dst, ip.fragmentId, 0, 0};
    if (ip.kind == NetworkKind::Ipv4) {
        key.protocol = ip.fragmentProtocol;
        key.vlan = packet.link.vlanCount > 0 ? packet.link.vlanIds[0] : 0;
    }
    auto found = index_.find(key);
    if (found == index_.end()) {
        // Kept in order of first fragment (capture clocks can step back), so that expire() gives up
        // exactly the datagrams older than the timeout: whether one completes must not depend on
        // other datagrams, because a stored packet is decoded again from its own fragments alone.
        auto at = pending_.end();
        while (at != pending_.begin() && std::prev(at)->firstSeenNs > timestampNs)
            --at;
        const auto inserted = pending_.insert(at, Pending{key, timestampNs, {}, {}, 0, false, false});
        found = index_.emplace(key, inserted).first;
    }
    Pending& pending = *found->second;

    const std::uint32_t end = ip.fragmentOffset + ip.fragmentDataLength;
    if (!ip.moreFragments) {
        if (!pending.hasLength) {
            pending.length = end;
            pending.hasLength = true;
        } else if (pending.length != end) {
            pending.multipleTails = true;
        }
    }
    const auto data = frame.subspan(ip.fragmentDataOffset, ip.fragmentDataLength);
    pending.fragments.push_back(
        Fragment{FragmentRef{frameNumber, ip.fragmentOffset, ip.fragmentDataLength}, static_cast<std::uint32_t>(pending.data.size())});
    pending.data.insert(pending.data.end(), data.begin(), data.end());
    pendingBytes_ += data.size();

    if (complete(pending)) {
        assemble(pending);
        datagram_.family = ip.src.family;
        datagram_.protocol = ip.fragmentProtocol;
        pendingBytes_ -= pending.data.size();
        const auto done = found->second;
        index_.erase(found);
        pending_.erase(done);
        return &datagram_;
    }
    // Over the bounds, give up the oldest datagrams (possibly this one).
    while (!pending_.empty()
           && (pendingBytes_ > limits_.maxPendingBytes || pending_.size() > limits_.maxPendingDatagrams))
        drop(pending_.begin());
    return nullptr;
}

void IpReassembler::expire(std::int64_t nowNs)
{
    // Ordered by first fragment: stop at the first that has time left.
    // In unsigned arithmetic: clamped timestamps span all of int64, their difference may not.
    const auto olderThanTimeout = [&](std::int64_t firstSeenNs) {
        return nowNs > firstSeenNs
            && static_cast<std::uint64_t>(nowNs) - static_cast<std::uint64_t>(firstSeenNs)
                   > static_cast<std::uint64_t>(limits_.timeoutNs);
    };
    while (!pending_.empty() && olderThanTimeout(pending_.front().firstSeenNs))
        drop(pending_.begin());
}

void IpReassembler::drop(PendingList::iterator it)
{
    pendingBytes_ -= it->data.size();
    index_.erase(it->key);
    pending_.erase(it);
    ++dropped_;
}

bool IpReassembler::complete(const Pending& pending) const
{
    if (!pending.hasLength)
        return false;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges;
    ranges.reserve(pending.fragments.size());
    for (const auto& f : pending.fragments)
        ranges.emplace_back(f.ref.offset, f.ref.offset + f.ref.length);
    std::sort(ranges.begin(), ranges.end());
    std::uint32_t covered = 0;
    for (const auto& [begin, end] : ranges) {
        if (begin > covered)
            return false; // a hole
        covered = std::max(covered, end);
        if (covered >= pending.length)
            return true;
    }
    return false;
}

void IpReassembler::assemble(const Pending& pending)
{
    // Wireshark keeps fragments sorted by offset (arrival order among equals) and copies each
    // one's bytes beyond what earlier ones filled: on overlap the first seen wins.
    std::vector<std::size_t> order(pending.fragments.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return pending.fragments[a].ref.offset < pending.fragments[b].ref.offset;
    });
    datagramBytes_.assign(pending.length, 0);
    datagram_ = ReassembledDatagram{};
    datagram_.multipleTails = pending.multipleTails;
    std::uint32_t filled = 0;
    for (const auto i : order) {
        const auto& f = pending.fragments[i];
        datagram_.fragments.push_back(f.ref);
        const std::uint8_t* data = pending.data.data() + f.dataAt;
        const std::uint32_t begin = f.ref.offset;
        const std::uint32_t end = begin + f.ref.length;
        if (end > pending.length)
            datagram_.tooLongFragment = true;
        if (begin < filled) {
            datagram_.overlap = true;
            const std::uint32_t sameEnd = std::min({end, filled, pending.length});
            if (sameEnd > begin && !std::equal(data, data + (sameEnd - begin), datagramBytes_.begin() + begin))
                datagram_.overlapConflict = true;
        }
        const std::uint32_t copyFrom = std::max(begin, filled);
        const std::uint32_t copyTo = std::min(end, pending.length);
        if (copyTo > copyFrom)
            std::copy(data + (copyFrom - begin), data + (copyTo - begin), datagramBytes_.begin() + copyFrom);
        filled = std::max(filled, copyTo);
    }
    datagram_.payload = Bytes(datagramBytes_.data(), datagramBytes_.size());
}

} // namespace tcplens
