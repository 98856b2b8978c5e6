#pragma once
// The last few packets of one conversation with the endpoint states the tracker gave them: the
// bounded window in which a later packet may still prove that one of them never reached its
// receiver, and withdraw what it did there (docs/state-inference.md).

#include "StateRevision.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace tcplens {

class RecentStates {
public:
    /// Packets of the conversation a proof may reach back (the current one not counted).
    static constexpr std::size_t kPackets = 16;
    /// Frames of the whole capture a proof may reach back: what a reader must hold before it
    /// publishes a packet's states for good.
    static constexpr std::uint32_t kFrames = 16384;

    static constexpr std::uint8_t kFromClient = 1, kNotReceived = 2, kOriginal = 4;

    struct Entry {
        std::uint32_t frame = 0;
        std::uint32_t seq = 0; ///< Relative, as TcpPacketAnalysis::relativeSeq.
        std::uint32_t end = 0; ///< seq + payload + SYN + FIN.
        std::uint32_t ack = 0; ///< Relative; meaningful with the ACK flag.
        TcpState srcBefore = TcpState::Unknown, srcAfter = TcpState::Unknown;
        TcpState dstBefore = TcpState::Unknown, dstAfter = TcpState::Unknown;
        std::uint16_t flags = 0; ///< TCP header flags.
        std::uint8_t bits = 0;   ///< kFromClient, kNotReceived, kOriginal (new data, in order).

        [[nodiscard]] bool fromClient() const noexcept { return bits & kFromClient; }
        [[nodiscard]] bool notReceived() const noexcept { return bits & kNotReceived; }
    };

    void push(const Entry& entry) noexcept;

    /// When the latest change of the client's (`client`) or server's state in the window was a
    /// receipt (it was that packet's receiver), withdraws it as of frame `now`: that packet keeps
    /// the state it found and is marked not received, every later packet of the window gets the
    /// side's state as it was; the changed entries are appended to `revisions`. Returns the state
    /// the side is back in, or nothing when its latest change was its own or lies outside the window.
    /// `withdrawnFlags`, if given, gets the withdrawn packet's TCP flags.
    std::optional<TcpState> withdrawLatestReceipt(bool client, std::uint32_t now, std::vector<StateRevision>& revisions,
                                                  std::uint16_t* withdrawnFlags = nullptr);

    /// The side `client` sends again data up to `end` that its peer had acknowledged: none of the
    /// peer's segments acknowledging it since had arrived. Marks them not received and withdraws
    /// what they did to the side. Returns the side's state as it was, if that changed.
    std::optional<TcpState> withdrawAcksOf(bool client, std::uint32_t end, std::uint32_t now,
                                           std::vector<StateRevision>& revisions);

    /// The side `client` sends a duplicate ACK for `ack` (carrying SACK blocks up to `sackedTo`, or
    /// none): the peer's first copy of the data at `ack`, seen on the wire before data the peer sent
    /// after it, never arrived. Marks it not received and withdraws what it did to the side
    /// (a FIN's CLOSE_WAIT). Returns the side's state as it was, if that changed.
    std::optional<TcpState> withdrawLostData(bool client, std::uint32_t ack, std::optional<std::uint32_t> sackedTo,
                                             std::uint32_t now, std::vector<StateRevision>& revisions);

    /// Marks frame `frame` not received if the window holds it (a proof found it beyond the window's
    /// own search): later revisions of its entry keep the mark.
    void markNotReceived(std::uint32_t frame) noexcept;

private:
    [[nodiscard]] Entry& at(std::size_t back) noexcept { return ring_[(head_ + kPackets - 1 - back) % kPackets]; }
    /// Puts side `client` back in `restored` from entry `back` (the receipt being withdrawn) on, in
    /// every entry up to the newest, and records each as a revision.
    void restore(bool client, std::size_t back, TcpState restored, std::vector<StateRevision>& revisions);

    std::array<Entry, kPackets> ring_{};
    std::uint8_t head_ = 0; ///< Where the next entry goes.
    std::uint8_t count_ = 0;
};

} // namespace tcplens
