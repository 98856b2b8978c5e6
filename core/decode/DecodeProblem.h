#pragma once
// What was wrong with a frame, kept as a kind plus two numbers so the decode
// path never allocates; text is made only when someone reads it.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace tcplens {

enum class ProblemKind : std::uint8_t {
    UnsupportedLinkType,   // a = link type
    TruncatedLinkHeader,   // a = needed, b = captured
    TruncatedNetwork,      // a = needed, b = captured
    TruncatedTcpHeader,    // a = needed, b = captured
    TruncatedPayload,      // a = captured payload bytes, b = payload length (snaplen cut)
    BogusIpVersion,        // a = version
    BogusIpv4HeaderLength, // a = header length in bytes
    BogusIpv4TotalLength,  // a = total length, b = header length
    IpLengthExceedsFrame,  // a = claimed IP length, b = bytes on the wire after the link header
    BadIpOption,           // a = option kind, b = length
    Ipv6ExtensionChainTooLong, // a = headers walked
    BadIpv6ExtensionHeader,    // a = next header value
    IpFragment,            // a = fragment offset in bytes, b = more-fragments flag
    BogusTcpHeaderLength,  // a = data offset in bytes
    TcpHeaderExceedsSegment, // a = header length, b = segment length
    TcpOptionBadLength,    // a = kind, b = length
    TcpOptionPastHeader,   // a = kind, b = length (0 when the length byte itself is missing)
    TcpOptionWrongLength,  // a = kind, b = length (valid framing, wrong size for the kind)
    BadIpChecksum,         // a = stored, b = computed
    BadTcpChecksum,        // a = stored, b = computed
    ChecksumOffload,       // a = stored, b = computed (partial checksum left by the sending host's NIC offload)
    IpChecksumOffload,     // a = stored (0), b = computed: an IPv4 header the capturing host's NIC fills in
    TruncatedEncapsulation, // a = needed, b = captured (a tunnel, MPLS, PPP or PPPoE header)
    TooManyEncapsulations, // a = layers entered
    BadEncapsulation,      // a = encap:: bit, b = the value that is wrong (version, length)
    BadGreChecksum,        // a = stored, b = computed
    Count
};

enum class Severity : std::uint8_t { Note, Warning, Error };

struct DecodeProblem {
    ProblemKind kind{};
    std::uint32_t a = 0;
    std::uint32_t b = 0;
};

/// Expert severity of a kind, like Wireshark's chat/note/warning/error levels.
[[nodiscard]] Severity severityOf(ProblemKind kind) noexcept;
/// Short stable name of a kind, used for grouping ("truncated", "bogus TCP header length").
[[nodiscard]] std::string_view problemKindName(ProblemKind kind) noexcept;
/// Full message with the numbers, e.g. "bogus TCP header length (0, must be at least 20)".
[[nodiscard]] std::string describe(const DecodeProblem& problem);

/// Fixed-capacity list; a frame rarely has more than two problems, extra ones are counted.
class ProblemList {
public:
    static constexpr std::size_t kCapacity = 6;

    void add(ProblemKind kind, std::uint32_t a = 0, std::uint32_t b = 0) noexcept
    {
        if (count_ < kCapacity)
            items_[count_++] = DecodeProblem{kind, a, b};
        else
            ++dropped_;
    }
    [[nodiscard]] std::size_t size() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }
    [[nodiscard]] const DecodeProblem* begin() const noexcept { return items_.data(); }
    [[nodiscard]] const DecodeProblem* end() const noexcept { return items_.data() + count_; }
    [[nodiscard]] bool has(ProblemKind kind) const noexcept
    {
        for (const auto& p : *this)
            if (p.kind == kind)
                return true;
        return false;
    }
    [[nodiscard]] std::size_t dropped() const noexcept { return dropped_; }

private:
    std::array<DecodeProblem, kCapacity> items_{};
    std::size_t count_ = 0;
    std::size_t dropped_ = 0;
};

} // namespace tcplens
