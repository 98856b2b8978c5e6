#pragma once
// IPv4 and IPv6 fragment reassembly as Wireshark does it (reassemble.c's fragment_add_check),
// with bounded memory: fed every decoded frame in capture order, it hands back the datagram a
// fragment completes.

#include "ByteReader.h"
#include "DecodedPacket.h"

#include <cstdint>
#include <list>
#include <unordered_map>
#include <vector>

namespace tcplens {

/// Bounds on the datagrams waiting for fragments. Wireshark keeps them all until the file closes;
/// we drop one 60 s (IPv6's reassembly timeout, RFC 8200) after its first fragment, and the oldest
/// ones when more than maxPendingBytes of fragment data or maxPendingDatagrams wait.
struct ReassemblyLimits {
    std::int64_t timeoutNs = 60'000'000'000;
    std::size_t maxPendingBytes = 4U << 20; ///< Linux's ipfrag_high_thresh.
    std::size_t maxPendingDatagrams = 4096;
};

/// One fragment of a reassembled datagram: its frame and where its data lies in the datagram.
struct FragmentRef {
    std::uint32_t frame = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

/// A datagram completed by the fragment just added.
struct ReassembledDatagram {
    Bytes payload;                      ///< The reassembled IP payload; valid until the next add().
    std::uint8_t family = 4;            ///< 4 or 6.
    std::uint8_t protocol = 0;          ///< IPv4 protocol / next header after the IPv6 fragment header.
    std::vector<FragmentRef> fragments; ///< In offset order, as Wireshark lists them.
    bool overlap = false;               ///< Some fragments overlapped (duplicates included).
    bool overlapConflict = false;       ///< ...with different bytes; the first one seen wins.
    bool multipleTails = false;         ///< Last fragments disagreed on the length; the first one wins.
    bool tooLongFragment = false;       ///< A fragment ran past the datagram's end.
};

class IpReassembler {
public:
    explicit IpReassembler(ReassemblyLimits limits = {}) : limits_(limits) {}

    /// Adds `packet` (decoded from `frame`) if it is a reassemblable fragment; returns the datagram
    /// it completes, or nullptr. Frames must come in capture order.
    [[nodiscard]] const ReassembledDatagram* add(std::uint32_t frameNumber, std::int64_t timestampNs,
                                                 const DecodedPacket& packet, Bytes frame);

    [[nodiscard]] std::size_t pendingDatagrams() const noexcept { return pending_.size(); }
    [[nodiscard]] std::size_t pendingBytes() const noexcept { return pendingBytes_; }
    /// Datagrams given up incomplete: timed out or pushed out by the memory bounds.
    [[nodiscard]] std::uint64_t dropped() const noexcept { return dropped_; }

private:
    struct Key {
        IpAddress src;
        IpAddress dst;
        std::uint32_t id = 0;
        std::uint8_t protocol = 0; ///< IPv4 only: Wireshark keys IPv4 fragments by protocol too.
        std::uint16_t vlan = 0;
        bool operator==(const Key&) const = default;
    };
    struct KeyHash {
        std::size_t operator()(const Key& key) const noexcept;
    };
    struct Fragment {
        FragmentRef ref;
        std::uint32_t dataAt = 0; ///< Where its bytes start in Pending::data.
    };
    struct Pending {
        Key key;
        std::int64_t firstSeenNs = 0;
        std::vector<Fragment> fragments; ///< In arrival order.
        std::vector<std::uint8_t> data;
        std::uint32_t length = 0; ///< From the first last fragment; 0 until one arrived.
        bool hasLength = false;
        bool multipleTails = false;
    };
    using PendingList = std::list<Pending>;

    void expire(std::int64_t nowNs);
    void drop(PendingList::iterator it);
    [[nodiscard]] bool complete(const Pending& pending) const;
    void assemble(const Pending& pending);

    ReassemblyLimits limits_;
    PendingList pending_; ///< By the time of their first fragment, oldest first.
    std::unordered_map<Key, PendingList::iterator, KeyHash> index_;
    std::size_t pendingBytes_ = 0;
    std::uint64_t dropped_ = 0;
    std::vector<std::uint8_t> datagramBytes_;
    ReassembledDatagram datagram_;
};

} // namespace tcplens
